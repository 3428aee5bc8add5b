import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardLayout } from './card-layout';
import type { RenderReply, RenderRequest } from './render-worker';

interface Slot {
  worker: Worker;
  pending: number;
  dead: boolean;
}
/** Draws a card in this thread: the pool's fallback. */
export type DrawInThread = (layout: CardLayout) => Promise<Uint8Array>;

interface Job extends RenderRequest {
  slot: Slot;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * Worker threads (one per core but one, up to 4) that draw cards while the build's own thread
 * renders pages; the 3 MB of pixels each card passes through also stay out of the build's heap.
 * A worker keeps the process alive only while it has work. If a worker cannot start or dies (a
 * Node without type stripping, say), its cards and every later one are drawn in this thread
 * instead: slower, never different.
 */
export class RenderPool {
  readonly #slots: Slot[] = [];
  readonly #jobs = new Map<number, Job>();
  #nextId = 0;

  // One core is left to the build's own thread, which renders the pages meanwhile.
  readonly #drawHere: DrawInThread;

  constructor(workerFile: string, drawHere: DrawInThread, size = Math.min(4, Math.max(1, availableParallelism() - 1))) {
    this.#drawHere = drawHere;
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        worker = new Worker(workerFile);
      } catch {
        break;
      }
      const slot: Slot = { worker, pending: 0, dead: false };
      worker.unref();
      worker.on('message', (reply: RenderReply) => this.#settle(reply));
      worker.on('error', () => this.#retire(slot));
      worker.on('exit', () => this.#retire(slot));
      this.#slots.push(slot);
    }
  }

  render(layout: CardLayout): Promise<Uint8Array> {
    // Cards cost about the same, so the least busy worker is as good as a shared queue.
    let slot: Slot | undefined;
    for (const candidate of this.#slots) {
      if (!candidate.dead && (!slot || candidate.pending < slot.pending)) slot = candidate;
    }
    if (!slot) return this.#drawHere(layout);
    const chosen = slot;
    const id = this.#nextId++;
    if (chosen.pending++ === 0) chosen.worker.ref();
    const request: RenderRequest = { id, layout };
    chosen.worker.postMessage(request);
    return new Promise((resolve, reject) => this.#jobs.set(id, { ...request, slot: chosen, resolve, reject }));
  }

  #settle(reply: RenderReply) {
    const job = this.#jobs.get(reply.id);
    if (!job) return;
    this.#jobs.delete(reply.id);
    if (--job.slot.pending === 0) job.slot.worker.unref();
    if ('png' in reply) job.resolve(reply.png);
    else job.reject(new Error(`rendering a preview image failed: ${reply.error}`));
  }

  #retire(slot: Slot) {
    if (slot.dead) return;
    slot.dead = true;
    slot.pending = 0;
    for (const [id, job] of this.#jobs) {
      if (job.slot !== slot) continue;
      this.#jobs.delete(id);
      this.#drawHere(job.layout).then(job.resolve, (error: unknown) => job.reject(asError(error)));
    }
  }
}
