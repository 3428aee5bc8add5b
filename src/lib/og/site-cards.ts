import type { PreviewCard } from './card-layout';
import type { PreviewCardWords } from '../content/site-copy';
import { fillTemplate } from '../text/template';

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
 * Every card the site has, in the words of src/data/site-copy.json (previewCards): the fixed
 * pages', then one per guide page. Both the /og/ route and the content loader that starts
 * drawing them early (src/integrations/preview-card-loader.ts) read the list from here, so they
 * ask for the same cards.
 */
export function siteCards(
  guide: readonly GuideCardSource[],
  siteName: string,
  accent: string,
  words: PreviewCardWords,
): SiteCard[] {
  const fixed = (card: string, { eyebrow, title }: { eyebrow: string; title: string }): SiteCard => ({
    card,
    preview: { eyebrow, title, footer: siteName },
  });
  const { outcomes } = words;
  const cards: SiteCard[] = [
    fixed('home', words.home),
    fixed('faq', words.faq),
    fixed('glossary', words.glossary),
    fixed('search', words.search),
    fixed('link-help', words.linkHelp),
    fixed('assessment', words.assessment),
    {
      card: 'assessment-in-house',
      preview: { eyebrow: outcomes.eyebrow, title: outcomes['in-house'], footer: siteName, accent: '#176534' },
    },
    fixed('assessment-co-managed', { eyebrow: outcomes.eyebrow, title: outcomes['co-managed'] }),
    {
      card: 'assessment-fully-managed',
      preview: { eyebrow: outcomes.eyebrow, title: outcomes['fully-managed'], footer: siteName, accent: '#7a3e9d' },
    },
    fixed('estimator', words.estimator),
    fixed('handoff-planner', words.handoffPlanner),
    ...guide.map((page) => ({
      card: page.id,
      preview: {
        eyebrow: fillTemplate(words.guide.eyebrow, { part: page.order }),
        title: page.title,
        footer: siteName,
      },
    })),
  ];
  // The brand's accent, unless a card's own colour names a result.
  return cards.map(({ card, preview }) => ({ card, preview: { accent, ...preview } }));
}
