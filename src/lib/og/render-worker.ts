// A worker thread that turns preview-card SVGs into PNGs for render-pool.ts. Node runs this file as
// it is (type stripping), so it and what it imports use only erasable TypeScript.
import { parentPort } from 'node:worker_threads';
import { rasterize } from './rasterize.ts';

export interface RenderRequest {
  id: number;
  svg: string;
  fontFiles: readonly string[];
}
export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', ({ id, svg, fontFiles }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id, png: rasterize(svg, fontFiles) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
