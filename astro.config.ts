import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { brand } from './src/lib/config/brand';
import { parseDataFile } from './src/lib/config/config-error';
import { GLOSSARY_FILE, glossaryEntrySchema } from './src/lib/content/collection-schemas';
import { glossaryLinks } from './src/lib/content/glossary-links';
import { siteCopy } from './src/lib/content/site-copy';
import { scrollableTables } from './src/lib/content/scrollable-tables';
import { directDynamicImports } from './src/integrations/direct-dynamic-imports';
import { preactJsxWithoutBabel } from './src/integrations/preact-jsx-without-babel';
import { staticHostHeaders } from './src/integrations/static-host-headers';
import { embedHostScript } from './src/integrations/embed-host-script';
import { pagefindIndex } from './src/integrations/pagefind-index';
import { previewImages } from './src/integrations/preview-images';
import { brandTheme } from './src/integrations/brand-theme';
import { noPrebundlingInBuild } from './src/integrations/no-prebundling-in-build';
import rawGlossary from './src/content/glossary.json' with { type: 'json' };

// The glossary collection's own schema, so the links see the entries (and defaults) the glossary page does.
const glossary = parseDataFile(glossaryEntrySchema.array(), rawGlossary, GLOSSARY_FILE);

export default defineConfig({
  site: brand.baseUrl,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets inline: a page paints from its first response instead of waiting for a second
    // round trip for 2-4 KB of CSS (Astro's CSP hashes each <style>).
    inlineStylesheets: 'always',
    // Paths are rendered in route order, and the preview cards (/og/…) come before the guide
    // pages: one at a time, the build would wait for each card from the worker thread before
    // rendering the next page. With room for every path, the pages render while the cards are
    // drawn. Rendering itself stays on one thread, so this only lets paths wait side by side
    // (same dist/, byte for byte; about 2% more memory at +200 pages).
    concurrency: 1024,
  },
  integrations: [
    mdx(),
    // Only .tsx files hold JSX; limiting Preact's Babel pass to them keeps it off every other
    // TypeScript module. Builds skip it altogether (preactJsxWithoutBabel, below).
    preact({ include: [/\.tsx$/] }),
    // Outcome pages of the tools are share targets, canonical to their landing page, and the
    // search page is a results page: none of them is listed.
    // The embed pages (/embed/<tool>/) are the tools made for frames on other sites.
    sitemap({
      filter: (page) => !/\/404\/?$|\/search\/$|\/(assessment|estimator|embed)\/[^/]+\/$/.test(page),
    }),
    staticHostHeaders(),
    embedHostScript(),
    previewImages(),
    pagefindIndex(),
    noPrebundlingInBuild(),
  ],
  vite: { plugins: [directDynamicImports(), brandTheme(), preactJsxWithoutBabel()] },
  markdown: {
    syntaxHighlight: false,
    // Astro's default processor (Sätteri: parsing and HTML in Rust) with our two hast plugins;
    // MDX inherits it. A unified() pipeline here made Markdown the slowest step of the build.
    processor: satteri({
      hastPlugins: [
        glossaryLinks({ terms: glossary, glossaryPath: '/glossary/', linkTitle: siteCopy.glossaryLinkTitle }),
        scrollableTables,
      ],
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its search index reader from WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
