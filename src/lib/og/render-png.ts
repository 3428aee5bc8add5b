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
}

const pools = new Map<string, RenderPool>();
function poolFor(workerFile: string): RenderPool {
  let pool = pools.get(workerFile);
  if (!pool) pools.set(workerFile, (pool = new RenderPool(workerFile)));
  return pool;
}

/**
 * The PNG for each card, in order. All of them start at once, so with workers they are drawn in
 * parallel and each caller awaits only its own. Cards found in the cache are read, not drawn; the
 * fonts are cut down once for all the cards of the call, and only when one has to be drawn.
 */
export function renderPreviewPngs(cards: readonly PreviewCard[], options: RenderOptions = {}): Promise<Uint8Array>[] {
  const { cacheDir, workerFile } = options;
  const svgs = cards.map(buildPreviewSvg);
  let fonts: Promise<readonly string[]> | undefined;
  const fontsForAll = () => (fonts ??= cacheDir ? cardFonts(svgs.join(''), cacheDir) : Promise.resolve(FULL_FONTS));
  const draw = async (svg: string) => {
    const fontFiles = await fontsForAll();
    return workerFile ? poolFor(workerFile).render(svg, fontFiles) : rasterize(svg, fontFiles);
  };
  return svgs.map(async (svg) => {
    if (!cacheDir) return draw(svg);
    const file = cacheFile(cacheDir, svg);
    const cached = await readCached(file);
    if (cached) return cached;
    const png = await draw(svg);
    // A cache that cannot be written only costs the next build time.
    await writeCached(file, png, cacheDir).catch(() => {});
    return png;
  });
}

export function renderPreviewPng(card: PreviewCard, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPreviewPngs([card], options)[0]!;
}
