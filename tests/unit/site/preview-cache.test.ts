import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFile, pruneUntouched } from '../../../src/lib/og/card-cache';
import { layoutCard, type PreviewCard } from '../../../src/lib/og/card-layout';
import { renderPreviewPng, renderPreviewPngs } from '../../../src/lib/og/render-png';

const card: PreviewCard = { eyebrow: 'FAQ', title: 'Co-managed IT questions, answered', footer: 'Co-managed IT guide' };
const pngs = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.png'));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the preview card cache', () => {
  it('stores a card once, and the next build gets the same bytes back', async () => {
    const first = await renderPreviewPng(card, { cacheDir: dir });
    expect(pngs(dir)).toHaveLength(1);
    const second = await renderPreviewPng(card, { cacheDir: dir });
    expect(same(second, first)).toBe(true);
    expect(pngs(dir)).toHaveLength(1);
    expect(same(await renderPreviewPng(card), first)).toBe(true);
  });

  it('reads a cached card instead of drawing it', async () => {
    writeFileSync(cacheFile(dir, layoutCard(card)), 'cached bytes');
    expect(Buffer.from(await renderPreviewPng(card, { cacheDir: dir })).toString()).toBe('cached bytes');
  });

  it('draws a card again when its title changes, and keeps the old one until pruned', async () => {
    const before = await renderPreviewPng(card, { cacheDir: dir });
    const after = await renderPreviewPng({ ...card, title: 'A different title' }, { cacheDir: dir });
    expect(same(after, before)).toBe(false);
    expect(pngs(dir)).toHaveLength(2);
  });

  it('draws a card again when its accent colour changes', async () => {
    await renderPreviewPng(card, { cacheDir: dir });
    await renderPreviewPng({ ...card, accent: '#176534' }, { cacheDir: dir });
    expect(pngs(dir)).toHaveLength(2);
  });

  it('keeps the files a build used and prunes the rest', async () => {
    const old = join(dir, 'left-over.png');
    writeFileSync(old, '');
    utimesSync(old, new Date(1000), new Date(1000));
    const [png] = renderPreviewPngs([card], { cacheDir: dir });
    await png;
    const used = readdirSync(dir).filter((name) => name !== 'left-over.png');
    expect(used).toHaveLength(1); // the card
    expect(await pruneUntouched(dir, Date.now() - 60_000)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(used.sort());
  });

  it('touches a card it reads, so a build that only reads it keeps it', async () => {
    await renderPreviewPng(card, { cacheDir: dir });
    const file = cacheFile(dir, layoutCard(card));
    utimesSync(file, new Date(1000), new Date(1000));
    await renderPreviewPng(card, { cacheDir: dir });
    expect(statSync(file).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });

  it('still returns the card when the cache cannot be written', async () => {
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const png = await renderPreviewPng(card, { cacheDir: join(blocked, 'cache') });
    expect(same(png, await renderPreviewPng(card))).toBe(true);
    expect(readFileSync(blocked, 'utf8')).toBe('');
  });
});
