import type { RenderOptions } from './render-png';

export interface PreviewBuildOptions extends RenderOptions {
  /** Start drawing the cards as soon as the guide's entries are loaded (`astro build` only). */
  drawEarly?: boolean;
}

// The integration that sets these (src/integrations/preview-images.ts), the content loader and the
// /og/ route each run from a bundle of their own, with their own copy of this module, in one
// process: the options live on the global object, not in a module variable.
const KEY = Symbol.for('co-managed-it.preview-build-options');
const slot = globalThis as { [KEY]?: PreviewBuildOptions };

export function setPreviewBuildOptions(options: PreviewBuildOptions): void {
  slot[KEY] = options;
}

/** What the integration set for this build, or nothing (no cache, no workers) outside one. */
export function previewBuildOptions(): PreviewBuildOptions {
  return slot[KEY] ?? {};
}
