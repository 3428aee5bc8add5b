import type { LoaderContext } from 'astro/loaders';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawingPreviewCards } from '../../../src/integrations/preview-card-loader';
import { setPreviewBuildOptions } from '../../../src/lib/og/build-options';
import type { PreviewCard } from '../../../src/lib/og/card-layout';
import { renderPreviewPngs } from '../../../src/lib/og/render-png';
import { siteCards } from '../../../src/lib/og/site-cards';
import { siteCopy } from '../../../src/lib/content/site-copy';

const pngs = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.png'));

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'preview-early-'));
});
afterEach(() => {
  setPreviewBuildOptions({});
  rmSync(dir, { recursive: true, force: true });
});

/** The guide's loader as the content layer runs it, with two entries (and one without a title). */
async function loadGuide() {
  let innerLoaded = false;
  const loader = drawingPreviewCards({ name: 'guide', load: async () => void (innerLoaded = true) });
  const entries = [
    { id: 'who-owns-what', data: { title: 'Who owns what in co-managed IT', order: 3 } },
    { id: 'pricing-models', data: { title: 'Pricing models compared', order: 5 } },
    { id: 'draft', data: { order: 9 } },
  ];
  await loader.load({ store: { values: () => entries } } as unknown as LoaderContext);
  expect(innerLoaded).toBe(true);
  return siteCards(
    entries.slice(0, 2).map(({ id, data }) => ({ id, title: data.title!, order: data.order })),
    'Co-managed IT guide',
    '#0b5cad',
    siteCopy.previewCards,
  );
}

async function until(condition: () => boolean) {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 20_000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('drawing the preview cards as soon as the guide is loaded', () => {
  it('draws every card of the site into the cache, with no route asking', async () => {
    setPreviewBuildOptions({ cacheDir: dir, drawEarly: true });
    const cards = await loadGuide();
    expect(cards).toHaveLength(13);
    await until(() => pngs(dir).length === cards.length);
  });

  it('draws nothing outside a build', async () => {
    setPreviewBuildOptions({ cacheDir: dir, drawEarly: false });
    await loadGuide();
    // Drawing the 13 cards early would write their fonts and cards well within a second.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a card asked for while it is being drawn', () => {
  it('is the same drawing, not a second one', async () => {
    const cards: PreviewCard[] = [{ eyebrow: 'FAQ', title: 'Questions, answered', footer: 'Co-managed IT guide' }];
    const [first] = renderPreviewPngs(cards, { cacheDir: dir });
    const [second] = renderPreviewPngs(cards, { cacheDir: dir });
    expect(second).toBe(first);
    await first;
    // Once it is in the cache, the file is read instead.
    const [third] = renderPreviewPngs(cards, { cacheDir: dir });
    expect(third).not.toBe(first);
    expect(Buffer.from(await third!).equals(Buffer.from(await first!))).toBe(true);
  });
});
