import type { PreviewCard } from './preview-svg';

/** A link-preview card and the name of its file, /og/<card>.png. */
export interface SiteCard {
  card: string;
  preview: PreviewCard;
}

/** What a guide page's card shows: its entry's id, title and place in the guide. */
export interface GuideCardSource {
  id: string;
  title: string;
  order: number;
}

/**
 * Every card the site has: the fixed pages', then one per guide page. Both the /og/ route and the
 * content loader that starts drawing them early (src/integrations/preview-card-loader.ts) read
 * the list from here, so they ask for the same cards.
 */
export function siteCards(guide: readonly GuideCardSource[], siteName: string, accent: string): SiteCard[] {
  const cards: SiteCard[] = [
    {
      card: 'home',
      preview: {
        eyebrow: 'A practical guide',
        title: 'Co-managed IT: who it suits, what it costs, how to split the work',
        footer: siteName,
      },
    },
    { card: 'faq', preview: { eyebrow: 'FAQ', title: 'Co-managed IT questions, answered', footer: siteName } },
    {
      card: 'glossary',
      preview: { eyebrow: 'Glossary', title: 'The words in co-managed IT contracts, defined', footer: siteName },
    },
    { card: 'search', preview: { eyebrow: 'Search', title: 'Search the co-managed IT guide', footer: siteName } },
    {
      card: 'link-help',
      preview: {
        eyebrow: 'For sales',
        title: 'Send a filled-in assessment or estimate as a link',
        footer: siteName,
      },
    },
    {
      card: 'assessment',
      preview: { eyebrow: 'Fit assessment', title: 'Which IT model fits your company?', footer: siteName },
    },
    {
      card: 'assessment-in-house',
      preview: {
        eyebrow: 'Fit assessment result',
        title: 'In-house IT fits this company best',
        footer: siteName,
        accent: '#176534',
      },
    },
    {
      card: 'assessment-co-managed',
      preview: {
        eyebrow: 'Fit assessment result',
        title: 'Co-managed IT fits this company best',
        footer: siteName,
      },
    },
    {
      card: 'assessment-fully-managed',
      preview: {
        eyebrow: 'Fit assessment result',
        title: 'Fully managed IT fits this company best',
        footer: siteName,
        accent: '#7a3e9d',
      },
    },
    {
      card: 'estimator',
      preview: {
        eyebrow: 'Pricing estimator',
        title: 'What co-managed IT costs under each pricing model',
        footer: siteName,
      },
    },
    {
      card: 'handoff-planner',
      preview: {
        eyebrow: 'Handoff planner',
        title: 'Who owns what: a handoff plan for you and your MSP',
        footer: siteName,
      },
    },
    ...guide.map((page) => ({
      card: page.id,
      preview: { eyebrow: `Guide · part ${page.order}`, title: page.title, footer: siteName },
    })),
  ];
  // The brand's accent, unless a card's own colour names a result.
  return cards.map(({ card, preview }) => ({ card, preview: { accent, ...preview } }));
}
