// Serves dist/ the way a static host does: directory indexes, 404.html, and the headers in
// dist/_headers (so tests see the same Content-Security-Policy header production sends).
// Usage: node scripts/static-server.ts [port] [host]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../src/integrations/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

export async function startStaticServer(distDir: string, port: number, host = '127.0.0.1') {
  const root = resolve(distDir);
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));

  async function resolveFile(pathname: string): Promise<string | null> {
    const candidate = normalize(join(root, decodeURIComponent(pathname)));
    if (!candidate.startsWith(root)) return null;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) {
      const index = join(candidate, 'index.html');
      if (await stat(index).catch(() => null)) return index;
    }
    return null;
  }

  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (!pathname.endsWith('/') && !extname(pathname) && (await resolveFile(`${pathname}/`))) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      const file = await resolveFile(pathname);
      const served = file ?? join(root, '404.html');
      const headerPath = file ? pathname : '/404.html';
      for (const [name, value] of headersForPath(rules, headerPath)) response.setHeader(name, value);
      const type = TYPES[extname(served)] ?? 'application/octet-stream';
      response.setHeader('content-type', type);
      let body = await readFile(served);
      // Static hosts and CDNs compress text; serving it raw would understate real-world speed.
      if (/text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        response.setHeader('content-encoding', 'gzip');
        response.setHeader('vary', 'Accept-Encoding');
      }
      response.writeHead(file ? 200 : 404);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(400).end('Bad request');
    }
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  const host = process.argv[3] ?? '127.0.0.1';
  await startStaticServer('dist', port, host);
  console.log(`Serving dist/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/  (Ctrl+C to stop)`);
}
