import { cacheFile, readCached, writeCached } from './card-cache';
import { cardFonts, FULL_FONTS } from './card-fonts';
import { buildPreviewSvg, type PreviewCard } from './preview-svg';
import { rasterize } from './rasterize';
import { RenderPool } from './render-pool';

export interface RenderOptions {
  /**
   * Keep rendered cards (and the cut-down fonts they are drawn with) in this directory and reuse
   * them in later builds; see card-cache.ts. Without it every card is drawn, with the whole fonts.
   */
  cacheDir?: string | undefined;
  /** Draw the cards in worker threads running this file (render-worker.ts); see render-pool.ts. */
  workerFile?: string | undefined;
  /**
   * Use the workers only when at least this many cards have to be drawn. Starting one costs
   * about as much as drawing a dozen cards, so a few cards (a rebuild after one title changed,
   * or the site without extra pages) are drawn in this thread.
   */
  workersFrom?: number;
}

const pools = new Map<string, RenderPool>();
function poolFor(workerFile: string): RenderPool {
  let pool = pools.get(workerFile);
  if (!pool) pools.set(workerFile, (pool = new RenderPool(workerFile)));
  return pool;
}

type Draw = (svg: string) => Uint8Array | Promise<Uint8Array>;

/**
 * The PNG for each card, in order. All of them start at once, so with workers they are drawn in
 * parallel and each caller awaits only its own. Cards found in the cache are read, not drawn; once
 * the cache has been read, the fonts are cut down for all the cards of the call, and only if one
 * has to be drawn.
 */
export function renderPreviewPngs(cards: readonly PreviewCard[], options: RenderOptions = {}): Promise<Uint8Array>[] {
  const { cacheDir, workerFile, workersFrom = 40 } = options;
  const svgs = cards.map(buildPreviewSvg);
  const files = svgs.map((svg) => (cacheDir ? cacheFile(cacheDir, svg) : undefined));
  const cached = files.map((file) => (file ? readCached(file) : Promise.resolve(null)));
  let drawer: Promise<Draw> | undefined;
  const draw = async (svg: string) => {
    drawer ??= Promise.all(cached).then(async (found) => {
      const toDraw = found.filter((png) => !png).length;
      const fonts = cacheDir ? await cardFonts(svgs.join(''), cacheDir) : FULL_FONTS;
      if (workerFile && toDraw >= workersFrom) {
        const pool = poolFor(workerFile);
        return (card) => pool.render(card, fonts);
      }
      return (card) => rasterize(card, fonts);
    });
    return (await drawer)(svg);
  };
  return svgs.map(async (svg, i) => {
    const found = await cached[i]!;
    if (found) return found;
    const png = await draw(svg);
    // A cache that cannot be written only costs the next build time.
    if (cacheDir) await writeCached(files[i]!, png, cacheDir).catch(() => {});
    return png;
  });
}

export function renderPreviewPng(card: PreviewCard, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPreviewPngs([card], options)[0]!;
}
