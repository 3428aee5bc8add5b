import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { brand } from '../../lib/config/brand';
import { renderPreviewPngs } from '../../lib/og/render-png';
import type { PreviewCard } from '../../lib/og/preview-svg';

// Set at build time by src/integrations/preview-images.ts.
declare const __PREVIEW_IMAGE_CACHE_DIR__: string | undefined;
declare const __PREVIEW_IMAGE_WORKER__: string | undefined;
const renderOptions = {
  cacheDir: typeof __PREVIEW_IMAGE_CACHE_DIR__ === 'string' ? __PREVIEW_IMAGE_CACHE_DIR__ : undefined,
  workerFile: typeof __PREVIEW_IMAGE_WORKER__ === 'string' ? __PREVIEW_IMAGE_WORKER__ : undefined,
};

export const getStaticPaths = (async () => {
  const guide = await getCollection('guide');
  const cards: { card: string; preview: PreviewCard }[] = [
    {
      card: 'home',
      preview: {
        eyebrow: 'A practical guide',
        title: 'Co-managed IT: who it suits, what it costs, how to split the work',
        footer: brand.siteName,
      },
    },
    { card: 'faq', preview: { eyebrow: 'FAQ', title: 'Co-managed IT questions, answered', footer: brand.siteName } },
    {
      card: 'glossary',
      preview: { eyebrow: 'Glossary', title: 'The words in co-managed IT contracts, defined', footer: brand.siteName },
    },
    { card: 'search', preview: { eyebrow: 'Search', title: 'Search the co-managed IT guide', footer: brand.siteName } },
    {
      card: 'link-help',
      preview: {
        eyebrow: 'For sales',
        title: 'Send a filled-in assessment or estimate as a link',
        footer: brand.siteName,
      },
    },
    {
      card: 'assessment',
      preview: { eyebrow: 'Fit assessment', title: 'Which IT model fits your company?', footer: brand.siteName },
    },
    {
      card: 'assessment-in-house',
      preview: {
        eyebrow: 'Fit assessment result',
        title: 'In-house IT fits this company best',
        footer: brand.siteName,
        accent: '#176534',
      },
    },
    {
      card: 'assessment-co-managed',
      preview: {
        eyebrow: 'Fit assessment result',
        title: 'Co-managed IT fits this company best',
        footer: brand.siteName,
      },
    },
    {
      card: 'assessment-fully-managed',
      preview: {
        eyebrow: 'Fit assessment result',
        title: 'Fully managed IT fits this company best',
        footer: brand.siteName,
        accent: '#7a3e9d',
      },
    },
    {
      card: 'estimator',
      preview: {
        eyebrow: 'Pricing estimator',
        title: 'What co-managed IT costs under each pricing model',
        footer: brand.siteName,
      },
    },
    {
      card: 'handoff-planner',
      preview: {
        eyebrow: 'Handoff planner',
        title: 'Who owns what: a handoff plan for you and your MSP',
        footer: brand.siteName,
      },
    },
    ...guide.map((entry) => ({
      card: entry.id,
      preview: { eyebrow: `Guide · part ${entry.data.order}`, title: entry.data.title, footer: brand.siteName },
    })),
  ];
  // The brand's accent, unless a card's own colour names a result. Every card starts rendering
  // now rather than as Astro reaches its path, so they are drawn in parallel with the pages.
  const pngs = renderPreviewPngs(
    cards.map(({ preview }) => ({ accent: brand.theme.accent.light, ...preview })),
    renderOptions,
  );
  return cards.map(({ card }, i) => {
    const png = pngs[i]!;
    png.catch(() => {}); // a failure surfaces in GET, with its path, not as an unhandled rejection
    return { params: { card }, props: { png } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await (props as { png: Promise<Uint8Array> }).png) as BodyInit, {
    headers: { 'content-type': 'image/png' },
  });
