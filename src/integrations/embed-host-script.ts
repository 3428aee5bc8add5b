import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/**
 * Writes dist/embed.js, the host script of the embed snippet, from src/embed-host/host.ts.
 * Not an Astro script: an MSP's page loads it by a fixed address, so it cannot carry a content
 * hash, and it must stand alone (no shared chunks). Rolldown is the bundler Vite already runs.
 */
export function embedHostScript(): AstroIntegration {
  let root = '';
  return {
    name: 'embed-host-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = await rolldown({ input: join(root, 'src/embed-host/host.ts'), platform: 'browser' });
        try {
          await bundle.write({
            file: join(fileURLToPath(dir), 'embed.js'),
            format: 'iife',
            minify: true,
            comments: false,
          });
        } finally {
          await bundle.close();
        }
        logger.info('wrote the embed host script to embed.js');
      },
    },
  };
}
