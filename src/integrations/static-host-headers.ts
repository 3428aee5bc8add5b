import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { brand } from '../lib/config/brand';
import { buildHeadersFile, extractMetaCsp, type PagePolicy } from './headers-file';

/** Writes dist/_headers with every page's own Content-Security-Policy after the build. */
export function staticHostHeaders(): AstroIntegration {
  return {
    name: 'static-host-headers',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const headersPath = join(outDir, '_headers');
        const siteWide = await readFile(headersPath, 'utf8');
        const policies: PagePolicy[] = [];
        for (const { pathname } of pages) {
          const htmlPath = pathname === '404/' ? join(outDir, '404.html') : join(outDir, pathname, 'index.html');
          const html = await readFile(htmlPath, 'utf8').catch(() => null);
          const policy = html && extractMetaCsp(html);
          if (policy)
            policies.push({ path: pathname === '404/' ? '/404.html' : `/${pathname}`, contentSecurityPolicy: policy });
        }
        await writeFile(headersPath, buildHeadersFile(siteWide, policies, brand.embed.allowedOrigins));
        logger.info(`wrote Content-Security-Policy headers for ${policies.length} pages to _headers`);
      },
    },
  };
}
