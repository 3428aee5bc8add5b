import { cacheFile, readCached, writeCached } from './card-cache';
import { layoutCard, type CardLayout, type PreviewCard } from './card-layout';
import { RenderPool } from './render-pool';

export interface RenderOptions {
  /** Keep drawn cards in this directory and reuse them in later builds; see card-cache.ts. */
  cacheDir?: string | undefined;
  /** Draw the cards in worker threads running this file (render-worker.ts); see render-pool.ts. */
  workerFile?: string | undefined;
  /**
   * Use the workers only when at least this many cards have to be drawn. Starting one (a thread,
   * its fonts and the rasteriser) costs about as much as drawing a few dozen cards, so a few cards
   * (a rebuild after one title changed, or the site without extra pages) are drawn in this thread.
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

// Loaded only when a card is drawn in this thread: the fonts and the shaper stay out of a build
// whose cards all come from the cache or the workers.
const drawHere = async (layout: CardLayout) => (await import('./draw-card')).drawCard(layout);

function poolFor(workerFile: string): RenderPool {
  let pool = shared.pools.get(workerFile);
  if (!pool) shared.pools.set(workerFile, (pool = new RenderPool(workerFile, drawHere)));
  return pool;
}

type Draw = (layout: CardLayout) => Promise<Uint8Array>;

/**
 * The PNG for each card, in order. All of them start at once, so with workers they are drawn in
 * parallel and each caller awaits only its own. A card already being drawn for an earlier call is
 * that call's; a card found in the cache is read, not drawn.
 */
export function renderPreviewPngs(cards: readonly PreviewCard[], options: RenderOptions = {}): Promise<Uint8Array>[] {
  const { cacheDir, workerFile, workersFrom = 40 } = options;
  const layouts = cards.map(layoutCard);
  const files = layouts.map((layout) => (cacheDir ? cacheFile(cacheDir, layout) : undefined));
  const underWay = files.map((file) => (file ? shared.drawing.get(file) : undefined));
  const cached = files.map((file, i) => (file && !underWay[i] ? readCached(file) : Promise.resolve(null)));
  let drawer: Promise<Draw> | undefined;
  const draw = async (layout: CardLayout) => {
    drawer ??= Promise.all(cached).then((found) => {
      const toDraw = found.filter((png, i) => !png && !underWay[i]).length;
      if (workerFile && toDraw >= workersFrom) {
        const pool = poolFor(workerFile);
        return (card) => pool.render(card);
      }
      return drawHere;
    });
    return (await drawer)(layout);
  };
  const render = async (layout: CardLayout, i: number) => {
    const found = await cached[i]!;
    if (found) return found;
    const png = await draw(layout);
    // A cache that cannot be written only costs the next build time.
    if (cacheDir) await writeCached(files[i]!, png, cacheDir).catch(() => {});
    return png;
  };
  return layouts.map((layout, i) => {
    const file = files[i];
    if (!file) return render(layout, i);
    if (underWay[i]) return underWay[i];
    // Shared until it is in the cache; later calls read the file.
    const png = render(layout, i);
    shared.drawing.set(file, png);
    const done = () => shared.drawing.delete(file);
    png.then(done, done);
    return png;
  });
}

export function renderPreviewPng(card: PreviewCard, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPreviewPngs([card], options)[0]!;
}
