import type { Plugin } from 'vite';
import { brand } from '../lib/config/brand';
import { themeCss } from '../lib/config/theme-css';

/**
 * `import 'virtual:brand-theme.css'` gives the stylesheet its colour and font variables from the
 * validated brand file, bundled with the site's own CSS: no extra request, and no component to edit.
 */
export function brandTheme(): Plugin {
  const resolvedId = '\0brand-theme.css';
  return {
    name: 'brand-theme',
    // Filters let the bundler skip calling these for every other module.
    resolveId: { filter: { id: /^virtual:brand-theme\.css$/ }, handler: () => resolvedId },
    load: { filter: { id: /^\0brand-theme\.css$/ }, handler: () => themeCss(brand.theme) },
  };
}
