import type { Loader } from 'astro/loaders';
import { brand } from '../lib/config/brand';
import { previewBuildOptions } from '../lib/og/build-options';
import { renderPreviewPngs } from '../lib/og/render-png';
import { siteCards, type GuideCardSource } from '../lib/og/site-cards';
import { siteCopy } from '../lib/content/site-copy';

/**
 * The guide's loader, which also starts drawing every link-preview card once the entries are
 * loaded, in `astro build` only. Astro reaches the /og/ route only after bundling the site, a few
 * seconds later; by then the cards have been drawn in a worker thread while the build's thread
 * bundled, and the route finds them in the cache or still under way (render-png.ts), so no card
 * is drawn twice. If the early list and the route's ever differed, the route would draw the
 * cards it lacks itself: the early start only saves time.
 */
export function drawingPreviewCards(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const options = previewBuildOptions();
      if (!options.drawEarly) return;
      const guide: GuideCardSource[] = [];
      for (const { id, data } of context.store.values()) {
        if (typeof data['title'] === 'string' && typeof data['order'] === 'number') {
          guide.push({ id, title: data['title'], order: data['order'] });
        }
      }
      const cards = siteCards(guide, brand.siteName, brand.theme.accent.light, siteCopy.previewCards);
      // Failures surface where the route awaits the same cards, with their paths.
      for (const png of renderPreviewPngs(
        cards.map(({ preview }) => preview),
        options,
      ))
        png.catch(() => {});
    },
  };
}
