// A worker thread that turns preview-card SVGs into PNGs for render-pool.ts. Node runs this file as
// it is (type stripping), so it and what it imports use only erasable TypeScript.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { rasterize } from './rasterize.ts';

export interface RenderRequest {
  id: number;
  svg: string;
  fontFiles: readonly string[];
}
export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

// On Linux a pid of 0 names the calling thread alone: this worker yields to the bundler's threads.
try {
  setPriority(0, 19);
} catch {}

const queue: RenderRequest[] = [];

function drawNext() {
  const { id, svg, fontFiles } = queue.shift()!;
  let reply: RenderReply;
  try {
    reply = { id, png: rasterize(svg, fontFiles) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
  if (queue.length) setImmediate(drawNext);
}

// One card per turn of the event loop, not all queued cards in one: resvg frees a card's 6 MB of
// pixels only in finalizers that run between turns, so drawing 219 cards back to back held 1.5 GB.
parentPort?.on('message', (request: RenderRequest) => {
  if (queue.push(request) === 1) setImmediate(drawNext);
});
