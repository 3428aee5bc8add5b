import type { Plugin } from 'vite';

/**
 * Compiles the .tsx files' JSX with Vite's own transform (oxc, native code) instead of Babel.
 *
 * @astrojs/preact always hands @preact/preset-vite a Babel config, which makes the preset run
 * Babel over every .tsx module in both the server and the client build: about a second of each
 * build, for the same files (dist/ is byte for byte the same either way). This unhooks the
 * preset's JSX transform once Vite has resolved its plugins, in builds only (the dev server keeps
 * the hook names Babel adds for Preact's devtools). Should the preset rename that plugin, nothing
 * is unhooked and Babel runs as before: slower, never different.
 *
 * The preset's hot-reload transform (prefresh) is unhooked in builds too. It already returns
 * nothing there, but the bundler would still hand it every module's source, one at a time.
 */
export function preactJsxWithoutBabel(): Plugin {
  return {
    name: 'preact-jsx-without-babel',
    apply: 'build',
    config: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
    configResolved(config) {
      for (const plugin of config.plugins) {
        if (plugin.name === 'vite:preact-jsx' || plugin.name === 'prefresh') delete plugin.transform;
      }
    },
  };
}
