// A worker thread that draws preview cards as PNGs for render-pool.ts. Node runs this file as it is
// (type stripping), so it and what it imports use only erasable TypeScript.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { CardLayout } from './card-layout.ts';
import { drawCard } from './draw-card.ts';

export interface RenderRequest {
  id: number;
  layout: CardLayout;
}
export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

// On Linux a pid of 0 names the calling thread alone: this worker yields to the bundler's threads.
try {
  setPriority(0, 19);
} catch {}

const queue: RenderRequest[] = [];

function drawNext() {
  const { id, layout } = queue.shift()!;
  let reply: RenderReply;
  try {
    reply = { id, png: drawCard(layout) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
  if (queue.length) setImmediate(drawNext);
}

// One card per turn of the event loop, not all queued cards in one, so the garbage collector can
// free each card's 3 MB of pixels between them.
parentPort?.on('message', (request: RenderRequest) => {
  if (queue.push(request) === 1) setImmediate(drawNext);
});
