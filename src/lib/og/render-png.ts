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

// Cards being drawn, by cache file, and the worker pools: shared through the global object by
// every copy of this module in the process (the content loader that starts the cards early and
// the /og/ route are bundled apart), so a card asked for twice is drawn once, by one pool.
interface Shared {
  drawing: Map<string, Promise<Uint8Array>>;
  pools: Map<string, RenderPool>;
}
const KEY = Symbol.for('co-managed-it.preview-drawing');
const shared = ((globalThis as { [KEY]?: Shared })[KEY] ??= { drawing: new Map(), pools: new Map() });

function poolFor(workerFile: string): RenderPool {
  let pool = shared.pools.get(workerFile);
  if (!pool) shared.pools.set(workerFile, (pool = new RenderPool(workerFile)));
  return pool;
}

type Draw = (svg: string) => Uint8Array | Promise<Uint8Array>;

/**
 * The PNG for each card, in order. All of them start at once, so with workers they are drawn in
 * parallel and each caller awaits only its own. A card already being drawn for an earlier call is
 * that call's; a card found in the cache is read, not drawn. Once the cache has been read, the
 * fonts are cut down for all the cards of the call, and only if one has to be drawn.
 */
export function renderPreviewPngs(cards: readonly PreviewCard[], options: RenderOptions = {}): Promise<Uint8Array>[] {
  const { cacheDir, workerFile, workersFrom = 40 } = options;
  const svgs = cards.map(buildPreviewSvg);
  const files = svgs.map((svg) => (cacheDir ? cacheFile(cacheDir, svg) : undefined));
  const underWay = files.map((file) => (file ? shared.drawing.get(file) : undefined));
  const cached = files.map((file, i) => (file && !underWay[i] ? readCached(file) : Promise.resolve(null)));
  let drawer: Promise<Draw> | undefined;
  const draw = async (svg: string) => {
    drawer ??= Promise.all(cached).then(async (found) => {
      const toDraw = found.filter((png, i) => !png && !underWay[i]).length;
      const fonts = cacheDir ? await cardFonts(svgs.join(''), cacheDir) : FULL_FONTS;
      if (workerFile && toDraw >= workersFrom) {
        const pool = poolFor(workerFile);
        return (card) => pool.render(card, fonts);
      }
      return (card) => rasterize(card, fonts);
    });
    return (await drawer)(svg);
  };
  const render = async (svg: string, i: number) => {
    const found = await cached[i]!;
    if (found) return found;
    const png = await draw(svg);
    // A cache that cannot be written only costs the next build time.
    if (cacheDir) await writeCached(files[i]!, png, cacheDir).catch(() => {});
    return png;
  };
  return svgs.map((svg, i) => {
    const file = files[i];
    if (!file) return render(svg, i);
    if (underWay[i]) return underWay[i];
    // Shared until it is in the cache; later calls read the file.
    const png = render(svg, i);
    shared.drawing.set(file, png);
    const done = () => shared.drawing.delete(file);
    png.then(done, done);
    return png;
  });
}

export function renderPreviewPng(card: PreviewCard, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPreviewPngs([card], options)[0]!;
}
