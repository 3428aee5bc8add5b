import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { setPreviewBuildOptions } from '../lib/og/build-options';
import { pruneUntouched } from '../lib/og/card-cache';

/**
 * Tells the /og/ route and the guide's content loader (through src/lib/og/build-options.ts)
 * where to keep rendered link-preview cards and which file draws them in worker threads, and
 * prunes that cache after a build.
 *
 * The cache lives in Astro's cache directory (node_modules/.astro/ unless `cacheDir` says
 * otherwise), as Astro's own optimised images do: a rebuild draws only the cards whose text
 * changed, and a clean checkout or a CI runner without that directory draws them all. After a
 * build, whatever in it the build did not use is deleted, so it never grows past one site's cards.
 */
export function previewImages(): AstroIntegration {
  let cacheDir = '';
  let buildStart = 0;
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        cacheDir = fileURLToPath(new URL('preview-images/', config.cacheDir));
        setPreviewBuildOptions({
          cacheDir,
          workerFile: fileURLToPath(new URL('../lib/og/render-worker.ts', import.meta.url)),
          // Not for `astro dev` or `astro check`, which load the content too but draw no card.
          drawEarly: command === 'build',
        });
      },
      'astro:build:start': () => {
        // File times have coarse resolution on some file systems: leave some slack.
        buildStart = Date.now() - 2000;
      },
      'astro:build:done': async ({ logger }) => {
        // A cache that cannot be pruned costs disk space, never the build.
        try {
          const removed = await pruneUntouched(cacheDir, buildStart);
          if (removed) logger.info(`removed ${removed} cached preview file(s) this build no longer uses`);
        } catch (error) {
          logger.warn(`could not prune the preview image cache in ${cacheDir}: ${String(error)}`);
        }
      },
    },
  };
}
