import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { brand } from './src/lib/config/brand';
import { rehypeGlossaryLinks } from './src/lib/content/rehype-glossary-links';
import { rehypeScrollableTables } from './src/lib/content/rehype-scrollable-tables';
import { directDynamicImports } from './src/integrations/direct-dynamic-imports';
import { staticHostHeaders } from './src/integrations/static-host-headers';
import { pagefindIndex } from './src/integrations/pagefind-index';
import { brandTheme } from './src/integrations/brand-theme';
import glossary from './src/content/glossary.json' with { type: 'json' };

export default defineConfig({
  site: brand.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    preact(),
    // Outcome pages of the tools are share targets, canonical to their landing page, and the
    // search page is a results page: none of them is listed.
    sitemap({ filter: (page) => !/\/404\/?$|\/search\/$|\/(assessment|estimator)\/[^/]+\/$/.test(page) }),
    staticHostHeaders(),
    pagefindIndex(),
  ],
  vite: { plugins: [directDynamicImports(), brandTheme()] },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      rehypePlugins: [[rehypeGlossaryLinks, { terms: glossary, glossaryPath: '/glossary/' }], rehypeScrollableTables],
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
