import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { brand } from '../../lib/config/brand';
import { previewBuildOptions } from '../../lib/og/build-options';
import { renderPreviewPngs } from '../../lib/og/render-png';
import { siteCards } from '../../lib/og/site-cards';
import { siteCopy } from '../../lib/content/site-copy';

export const getStaticPaths = (async () => {
  const guide = await getCollection('guide');
  const cards = siteCards(
    guide.map((entry) => ({ id: entry.id, title: entry.data.title, order: entry.data.order })),
    brand.siteName,
    brand.theme.accent.light,
    siteCopy.previewCards,
  );
  // Every card starts now rather than as Astro reaches its path, so they are drawn while the
  // pages render; in a build most are drawn or under way already (preview-card-loader.ts).
  const pngs = renderPreviewPngs(
    cards.map(({ preview }) => preview),
    previewBuildOptions(),
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
