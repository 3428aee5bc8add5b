import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** How a CDN compresses what it serves: gzip everywhere, brotli where the browser accepts it. */
export type Encoding = 'gzip' | 'brotli';

const COMPRESS: Record<Encoding, (bytes: Buffer) => number> = {
  gzip: (bytes) => gzipSync(bytes, { level: 9 }).length,
  brotli: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};

/** What one built page costs a reader, in compressed bytes. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  /** Scripts fetched as the page loads, before the reader does anything. */
  initialJs: number;
  /** Every script the page can fetch: its islands, and chunks loaded on demand. */
  allJs: number;
  /** html + css + initialJs: the first load. */
  firstLoad: number;
  scripts: string[];
}

function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1]!).filter((url) => url.startsWith('/'));
}

/** Static and dynamic imports of a built chunk, as site paths. */
function chunkImports(code: string, fromPath: string): { staticImports: string[]; dynamicImports: string[] } {
  const resolve = (spec: string) => new URL(spec, `http://site${fromPath}`).pathname;
  const local = (spec: string) => spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/');
  const staticImports = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+)["'`]/g)]
    .map((m) => m[1]!)
    .filter(local)
    .map(resolve);
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)]
    .map((m) => m[1]!)
    .filter(local)
    .map(resolve);
  return { staticImports, dynamicImports };
}

export function measurePage(distDir: string, htmlFile: string, encoding: Encoding = 'gzip'): PageWeight {
  const gzipSize = COMPRESS[encoding];
  const htmlBytes = readFileSync(join(distDir, htmlFile));
  const html = htmlBytes.toString('utf8');
  // A script inside a <template> is inert: the page puts it in only when the reader asks for it.
  const onRequest = [...html.matchAll(/<template\b[^>]*>([\s\S]*?)<\/template>/gi)].map((m) => m[1]!).join('');
  const onArrival = html.replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, '');
  const cssFiles = attributeValues(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const entryScripts = attributeValues(onArrival, /<script[^>]+src="([^"]+)"/g);
  const requestedScripts = attributeValues(onRequest, /<script[^>]+src="([^"]+)"/g);
  const islandScripts = attributeValues(html, /component-url="([^"]+)"/g);
  // The Preact renderer loads @preact/signals only for islands given signal props; ours never are.
  const rendererScripts = attributeValues(html, /renderer-url="([^"]+)"/g);
  const inlineScripts = [
    ...onArrival.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1]!)
    .filter((code) => code.trim().length > 0);

  const sizeOf = (path: string) => gzipSize(readFileSync(join(distDir, path)));
  const collect = (entries: string[], followDynamic: boolean, staticOnly: string[] = []) => {
    const seen = new Set<string>();
    const queue = [
      ...entries.map((path) => ({ path, dynamic: followDynamic })),
      ...staticOnly.map((path) => ({ path, dynamic: false })),
    ];
    while (queue.length) {
      const { path, dynamic } = queue.shift()!;
      if (seen.has(path) || path.startsWith('/pagefind/')) continue;
      seen.add(path);
      const code = readFileSync(join(distDir, path), 'utf8');
      const { staticImports, dynamicImports } = chunkImports(code, path);
      queue.push(...staticImports.map((next) => ({ path: next, dynamic })));
      if (dynamic) queue.push(...dynamicImports.map((next) => ({ path: next, dynamic })));
    }
    return [...seen];
  };
  const inlineJs = inlineScripts.reduce((sum, code) => sum + gzipSize(Buffer.from(code)), 0);
  const initial = collect(entryScripts, false);
  const all = collect([...entryScripts, ...islandScripts, ...requestedScripts], true, rendererScripts);
  const css = cssFiles.reduce((sum, file) => sum + sizeOf(file), 0);
  const initialJs = inlineJs + initial.reduce((sum, file) => sum + sizeOf(file), 0);
  const htmlSize = gzipSize(htmlBytes);
  return {
    page: htmlFile,
    html: htmlSize,
    css,
    initialJs,
    allJs: inlineJs + all.reduce((sum, file) => sum + sizeOf(file), 0),
    firstLoad: htmlSize + css + initialJs,
    scripts: all,
  };
}
