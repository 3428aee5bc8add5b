import type { Plugin } from 'vite';
import { brand } from '../lib/config/brand';
import { themeCss } from '../lib/config/theme-css';

/**
 * `import 'virtual:brand-theme.css'` gives the stylesheet its colour and font variables from the
 * validated brand file, bundled with the site's own CSS: no extra request, and no component to edit.
 */
export function brandTheme(): Plugin {
  const publicId = 'virtual:brand-theme.css';
  const resolvedId = '\0brand-theme.css';
  return {
    name: 'brand-theme',
    resolveId: (id) => (id === publicId ? resolvedId : null),
    load: (id) => (id === resolvedId ? themeCss(brand.theme) : null),
  };
}
