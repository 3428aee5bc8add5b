import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { layoutCard, type PreviewCard } from '../../../src/lib/og/card-layout';
import type { RenderReply, RenderRequest } from '../../../src/lib/og/render-worker';
import { renderPreviewPng, renderPreviewPngs } from '../../../src/lib/og/render-png';

const workerFile = fileURLToPath(new URL('../../../src/lib/og/render-worker.ts', import.meta.url));
const card: PreviewCard = { eyebrow: 'Guide · part 2', title: 'Who owns what', footer: 'Co-managed IT guide' };
const cards = [card, { ...card, title: 'When co-managed IT fits' }, { ...card, eyebrow: 'FAQ', accent: '#176534' }];
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

const scratch = mkdtempSync(join(tmpdir(), 'preview-workers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A worker file that does `body` instead of drawing. */
function brokenWorker(name: string, body: string): string {
  const file = join(scratch, name);
  writeFileSync(file, body);
  return file;
}

describe('drawing preview cards in worker threads', () => {
  it('has a worker file that Node runs as it is and that answers with the PNG', async () => {
    const worker = new Worker(workerFile);
    try {
      const request: RenderRequest = { id: 7, layout: layoutCard(card) };
      const reply = new Promise<RenderReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage(request);
      const answer = await reply;
      expect(answer.id).toBe(7);
      expect('png' in answer && same(answer.png, await renderPreviewPng(card))).toBe(true);
    } finally {
      await worker.terminate();
    }
  });

  it('gives the same PNGs as drawing them in this thread, several at once', async () => {
    const inWorkers = await Promise.all(renderPreviewPngs(cards, { workerFile, workersFrom: 1 }));
    for (const [i, png] of inWorkers.entries()) expect(same(png, await renderPreviewPng(cards[i]!))).toBe(true);
  });

  it('draws in this thread, with the same result, when no worker can start', async () => {
    const workerFile = brokenWorker('never-starts.mjs', "throw new Error('this worker never starts');\n");
    const [first, later] = await Promise.all(renderPreviewPngs(cards.slice(0, 2), { workerFile, workersFrom: 1 }));
    expect(same(first!, await renderPreviewPng(cards[0]!))).toBe(true);
    // And cards asked for after the workers are gone.
    expect(
      same(await renderPreviewPng(cards[2]!, { workerFile, workersFrom: 1 }), await renderPreviewPng(cards[2]!)),
    ).toBe(true);
    expect(later).toBeInstanceOf(Uint8Array);
  });

  it('draws in this thread the cards a worker held when it died', async () => {
    const workerFile = brokenWorker(
      'dies-on-first-card.mjs',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
    );
    const drawn = await Promise.all(renderPreviewPngs(cards, { workerFile, workersFrom: 1 }));
    for (const [i, png] of drawn.entries()) expect(same(png, await renderPreviewPng(cards[i]!))).toBe(true);
  });

  it("passes on a worker's error with the card's reason", async () => {
    const workerFile = brokenWorker(
      'fails-each-card.mjs',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'no fonts here' }));\n",
    );
    await expect(renderPreviewPng(card, { workerFile, workersFrom: 1 })).rejects.toThrow(
      /rendering a preview image failed: no fonts here/,
    );
  });

  it('draws fewer cards than workersFrom in this thread, starting no worker', async () => {
    const workerFile = brokenWorker(
      'would-fail-each-card.mjs',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'not me' }));\n",
    );
    const drawn = await Promise.all(renderPreviewPngs(cards, { workerFile, workersFrom: 4 }));
    for (const [i, png] of drawn.entries()) expect(same(png, await renderPreviewPng(cards[i]!))).toBe(true);
  });

  it('lets go of each card it has drawn: 120 cards in a worker stay far below the 3 MB of pixels each card passes through', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...card, title: `Guide page ${i}: who owns what` }));
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    try {
      await Promise.all(renderPreviewPngs(many, { workerFile, workersFrom: 1 }));
    } finally {
      clearInterval(sampler);
    }
    expect(peak - before).toBeLessThan(300 * 1024 * 1024);
  });
});
