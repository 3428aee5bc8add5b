import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Keeps Vite from pre-bundling browser dependencies during `astro build`.
 *
 * To load the content, `astro build` starts a dev server that never serves a page, and Vite's
 * dependency optimizer in it still bundles the client dependencies that @astrojs/preact and
 * Astro's dev toolbar list: about 0.2 s of a build, on every core, for files nothing reads.
 * The build itself bundles the islands from source, as always. `astro dev` is left alone.
 */
export function noPrebundlingInBuild(): AstroIntegration {
  const plugin: Plugin = {
    name: 'no-prebundling-in-build',
    // After @astrojs/preact has added its list.
    enforce: 'post',
    configEnvironment(_name, options) {
      options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
  return {
    name: 'no-prebundling-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
