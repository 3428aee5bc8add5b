// Builds the site as `npm run build` does and prints how long it took, then what each built page
// costs (gzip and brotli bytes) and Lighthouse mobile scores for key pages.
// Run through `npm run measure`, which makes sure Node, the packages and Chromium are there.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measurePage } from '../tooling/page-weight.ts';
import { LIGHTHOUSE_PAGES, measureLighthouse } from '../tooling/lighthouse-scores.ts';
import { startStaticServer } from './static-server.ts';

const DIST = 'dist';

/** `astro build` (its Pagefind integration included), output hidden but for warnings and errors. */
function timedBuild(): number {
  const started = performance.now();
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error(`✗ astro build failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  return (performance.now() - started) / 1000;
}

const buildSeconds = timedBuild();
console.log(
  `\nBuild time: ${buildSeconds.toFixed(2)} s wall-clock for astro build with the search index (Astro caches in node_modules/.astro; delete it for a cold build)`,
);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'pagefind' || name === '_astro') return [];
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [relative(DIST, full)] : [];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pages = htmlFiles(DIST).sort();
const rows = pages.map((file) => measurePage(DIST, file, 'gzip'));
for (const encoding of ['gzip', 'brotli'] as const) {
  const measured = encoding === 'gzip' ? rows : pages.map((file) => measurePage(DIST, file, encoding));
  console.log(`\nPage weight (${encoding}): first load = HTML + CSS + JavaScript fetched on load`);
  console.table(
    Object.fromEntries(
      measured.map((r) => [
        r.page,
        {
          html: kb(r.html),
          css: kb(r.css),
          'js on load': kb(r.initialJs),
          'js if used': kb(r.allJs),
          'first load': kb(r.firstLoad),
        },
      ]),
    ),
  );
}

const port = 4900 + Math.floor(Math.random() * 90);
const server = await startStaticServer(DIST, port);
try {
  // A page measured as a link is the built page with a query.
  const available = LIGHTHOUSE_PAGES.filter((path) =>
    rows.some((r) => `/${r.page}` === `${path.split('?')[0]}index.html`),
  );
  const scores = await measureLighthouse(`http://127.0.0.1:${port}`, available);
  console.log('\nLighthouse (mobile, median of several runs per page)');
  console.table(
    Object.fromEntries(
      scores.map((s) => [
        s.path,
        {
          performance: s.performance,
          accessibility: s.accessibility,
          'best practices': s.bestPractices,
          seo: s.seo,
          'blocking ms': s.blockingMs,
          'LCP ms': s.largestPaintMs,
          CLS: s.layoutShift,
        },
      ]),
    ),
  );
  for (const s of scores) if (s.failing.length) console.log(`${s.path}: below 1 → ${s.failing.join(', ')}`);
} finally {
  server.close();
}
