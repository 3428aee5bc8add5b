import type { Plugin } from 'vite';

/**
 * Replaces Vite's module-preload helper (about 0.9 KB compressed) with a direct call. Our only
 * dynamic imports are the tools' chunks, which load on demand and have nothing worth preloading;
 * the helper would otherwise count against every tool page's budget.
 * With nothing preloaded, the list of each dynamic import's dependencies Vite writes into the
 * importing chunk is dead weight too, so the browser build writes none (modulePreload: false;
 * Astro's own build settings would otherwise keep it on).
 */
export function directDynamicImports(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  const helperFilter = /^\0vite\/preload-helper\.js$/;
  return {
    name: 'direct-dynamic-imports',
    enforce: 'pre',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    // Filters let the bundler skip calling these for every other module.
    resolveId: { filter: { id: helperFilter }, handler: () => helperId },
    load: { filter: { id: helperFilter }, handler: () => 'export const __vitePreload = (load) => load();' },
  };
}
