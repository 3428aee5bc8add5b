import { axeViolations } from './support/axe';
import { encodeMatrixLink } from '../../src/lib/handoff/link-codec';
import { createDefaultMatrix } from '../../src/lib/handoff/matrix';
import { expect, test, watchPage } from './support/fixtures';
import { shippedRowNames as ROW_NAMES } from '../../src/lib/handoff-copy/copy';

/** Tool pages with their results on screen, and the outcome pages share links point to. */
const TOOL_STATES = [
  '/assessment/co-managed/?v=1&employees=120&it-staff=2&needs=after-hours,security,compliance&custom-apps=yes&it-is=capability&msp-is=partner&for=Acme',
  '/assessment/in-house/',
  '/estimator/?v=1&users=120&devices=180&scope=after-hours,security&hours=25&term=2&adj=3&for=Acme',
  '/assessment/fully-managed/?v=1&employees=30&it-staff=0&needs=none&custom-apps=no&it-is=cost-center&msp-is=partner',
  // The embed pages stay out of the sitemap (they are the tools made for frames) but are checked like every page.
  '/embed/assessment/?v=1&employees=120&it-staff=2&needs=after-hours&for=Acme',
  '/embed/estimator/',
  '/embed/handoff-planner/',
];

/** Every page the sitemap lists, as local paths, plus the 404 page. */
async function sitemapPaths(baseURL: string): Promise<string[]> {
  const locs = async (path: string) =>
    [...(await (await fetch(`${baseURL}${path}`)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
  const sitemaps = await locs('/sitemap-index.xml');
  // A shared plan opens on its checks (the link is made the way the planner makes it).
  const plannerLink = `/handoff-planner/?${await encodeMatrixLink(createDefaultMatrix(ROW_NAMES), ROW_NAMES)}`;
  return [...(await Promise.all(sitemaps.map(locs))).flat(), '/404.html', ...TOOL_STATES, plannerLink];
}

interface PageFacts {
  ids: string[];
  links: string[];
}

let paths: string[] = [];
let baseURL = '';

test.beforeAll(async ({}, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  paths = await sitemapPaths(baseURL);
});

test.describe('every page in the sitemap, in Chromium', () => {
  // Each test below visits every page (about two dozen) in one go.
  test.describe.configure({ timeout: 180_000 });

  test('finds the pages to visit', () => {
    expect(paths.length).toBeGreaterThanOrEqual(15);
  });

  test.describe('links', () => {
    // The link check reads what the page visits collected, so it runs after them, in the same worker.
    test.describe.configure({ mode: 'serial' });
    const pages = new Map<string, PageFacts>();

    test('loads each page with no console error, no CSP violation and no request to another origin', async ({
      context,
    }) => {
      for (const path of paths) {
        const page = await context.newPage();
        const watch = await watchPage(page, baseURL);
        const response = await page.goto(path, { waitUntil: 'networkidle' });
        // Soft: every page is visited and reported, and its facts kept for the link check.
        expect.soft(response?.status(), path).toBe(200);
        const facts = await page.evaluate(() => ({
          ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
          links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        }));
        pages.set(path, facts);
        expect.soft(watch.problems, path).toEqual([]);
        expect.soft(watch.foreignRequests, path).toEqual([]);
        await page.close();
      }
    });

    test('has no broken internal link or anchor', async () => {
      expect(pages.size).toBe(paths.length);
      const origin = new URL(baseURL).origin;
      const broken: string[] = [];
      const statusCache = new Map<string, number>();
      for (const [from, facts] of pages) {
        for (const href of facts.links) {
          const url = new URL(href);
          if (url.origin !== origin) continue;
          if (!statusCache.has(url.pathname)) {
            statusCache.set(url.pathname, (await fetch(`${origin}${url.pathname}`)).status);
          }
          if (statusCache.get(url.pathname) !== 200) {
            broken.push(`${from} → ${url.pathname} (${statusCache.get(url.pathname)})`);
            continue;
          }
          if (!url.hash) continue;
          const target =
            pages.get(url.pathname) ?? [...pages].find(([path]) => path.split('?')[0] === url.pathname)?.[1];
          const id = decodeURIComponent(url.hash.slice(1));
          if (target && !target.ids.includes(id)) broken.push(`${from} → ${url.pathname}${url.hash} (no such anchor)`);
        }
      }
      expect(broken).toEqual([]);
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`in the ${scheme} theme`, () => {
      test.use({ colorScheme: scheme });

      test(`passes axe (WCAG 2.0-2.2 A and AA) on every page in the ${scheme} theme`, async ({ context }) => {
        const failures: string[] = [];
        for (const path of paths) {
          const page = await context.newPage();
          await page.goto(path, { waitUntil: 'networkidle' });
          const violations = await axeViolations(page);
          failures.push(...violations.map((v: string) => `${path} ${v}`));
          await page.close();
        }
        expect(failures).toEqual([]);
      });
    });
  }

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('keeps every page inside a 360 px wide screen (tables scroll within the page)', async ({ context }) => {
      const overflowing: string[] = [];
      for (const path of paths) {
        const page = await context.newPage();
        await page.goto(path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) overflowing.push(`${path}: ${width}px`);
        await page.close();
      }
      expect(overflowing).toEqual([]);
    });
  });
});
