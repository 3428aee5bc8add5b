/*
 * The tools inside another website's page. Two origins on this machine: the site (a copy of the
 * project built with the host's origin in brand.json's embed.allowedOrigins) on 127.0.0.1, and
 * the MSP's own pages on localhost, one port listed and one not. Ports: E2E_PORT + 3 the site,
 * + 4 the allowed host, + 5 a host not on the list (+ 1 and + 2 are the lead-capture tests').
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.ts';
import embedCopy from '../../src/data/embed-copy.json' with { type: 'json' };
import estimatorCopy from '../../src/data/estimator-copy.json' with { type: 'json' };
import brand from '../../src/data/brand.json' with { type: 'json' };
import { buildCopy, editJson, projectCopy, removeProjectCopy } from '../support/project-copy';
import { expect, test, watchPage } from './support/fixtures';

const port = Number(process.env.E2E_PORT ?? 4391);
const site = `http://127.0.0.1:${port + 3}`;
const host = `http://localhost:${port + 4}`;
const strangerHost = `http://localhost:${port + 5}`;
const fullPageLink = embedCopy.frame.openFullPage.replace('{site}', brand.siteName);

const TOOLS = [
  { key: 'assessment', ready: '#question-employees' },
  { key: 'estimator', ready: '.estimator[data-ready]' },
  { key: 'handoff-planner', ready: '.planner[data-ready]' },
] as const;

/**
 * An MSP's page with the snippet from /embed/ (`?tool=`, `&src=` for a query, `&allow=no` without
 * the clipboard, `&late=1` with the host script starting a second after the frame has loaded).
 */
function hostPage(url: URL): string {
  const tool = url.searchParams.get('tool') ?? 'estimator';
  const allow = url.searchParams.get('allow') === 'no' ? '' : ' allow="clipboard-write"';
  const frames = [`${site}/embed/${tool}/${url.searchParams.get('query') ?? ''}`];
  if (url.searchParams.get('second')) frames.push(`${site}/embed/assessment/`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our services</title></head><body>
<h1>Our services</h1>
${frames.map((src, index) => `<iframe id="frame-${index}" src="${src}" title="Tool ${index}" loading="lazy"${allow} style="width: 100%; height: 300px; border: 0"></iframe>`).join('\n')}
<p id="after">Below the tool.</p>
${
  url.searchParams.get('late')
    ? // The host script arrives well after the frame has drawn its tool and reported its height.
      `<script>document.getElementById('frame-0').addEventListener('load', () => setTimeout(() => document.body.append(Object.assign(document.createElement('script'), { src: '${site}/embed.js' })), 1000));</script>`
    : `<script src="${site}/embed.js" async></script>`
}
</body></html>`;
}

function startHost(listenPort: number): Promise<Server> {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostPage(new URL(request.url ?? '/', host)));
  });
  return new Promise((done) => server.listen(listenPort, '127.0.0.1', () => done(server)));
}

test.describe('the tools embedded in another site', () => {
  test.describe.configure({ mode: 'serial' });
  let copy = '';
  const servers: Server[] = [];

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(240_000);
    copy = projectCopy();
    editJson(copy, 'src/data/brand.json', (file) => {
      file.embed = { allowedOrigins: [host] };
    });
    const { status, output } = buildCopy(copy);
    expect(status, output).toBe(0);
    servers.push(await startStaticServer(join(copy, 'dist'), port + 3));
    servers.push(await startHost(port + 4), await startHost(port + 5));
  });

  test.afterAll(async () => {
    for (const server of servers) {
      // Browsers keep connections open; close them, or close() waits for them.
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
    if (copy) removeProjectCopy(copy);
  });

  /** The host page in a fresh profile, with everything that goes wrong in it or its frames recorded. */
  async function openHost(browser: Browser, path: string, width = 1280) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    // The fixtures' watch, over the host page and its frames; the host's own requests are not foreign.
    const { problems, foreignRequests } = await watchPage(page, site);
    const foreign = () => foreignRequests.filter((url) => !url.startsWith(host) && !url.startsWith(strangerHost));
    await page.goto(path);
    return { page, context, problems, foreign };
  }

  /** The frame's height on the host page, and the height of what it shows. */
  async function heights(page: Page, frame: FrameLocator, index = 0) {
    const outer = await page.locator(`#frame-${index}`).evaluate((element) => element.getBoundingClientRect().height);
    const inner = await frame.locator('body').evaluate((body) => ({
      content: Math.ceil(body.getBoundingClientRect().height),
      scrolls: body.scrollHeight > innerHeight,
    }));
    return { outer, ...inner };
  }

  /** Waits until the frame is exactly as tall as its content, so it never scrolls by itself. */
  async function expectFitted(page: Page, frame: FrameLocator, index = 0) {
    await expect
      .poll(async () => {
        const { outer, content } = await heights(page, frame, index);
        return outer === content;
      })
      .toBe(true);
    expect((await heights(page, frame, index)).scrolls).toBe(false);
  }

  for (const tool of TOOLS) {
    test(`the ${tool.key} renders in the host's page, as tall as its content, with no error and nothing fetched from elsewhere`, async ({
      browser,
    }) => {
      const { page, context, problems, foreign } = await openHost(browser, `${host}/?tool=${tool.key}`);
      const frame = page.frameLocator('#frame-0');
      await expect(frame.locator(tool.ready)).toBeAttached();
      await expect(frame.locator('.site-header')).toHaveCount(0);
      await expectFitted(page, frame);
      expect((await heights(page, frame)).outer).toBeGreaterThan(600);
      expect(problems).toEqual([]);
      expect(foreign()).toEqual([]);
      await context.close();
    });
  }

  test('the frame fits its tool even when the host script starts after the tool reported its height', async ({
    browser,
  }) => {
    const { page, context, problems } = await openHost(browser, `${host}/?tool=assessment&late=1`);
    const frame = page.frameLocator('#frame-0');
    await expect(frame.locator('#question-employees')).toBeAttached();
    await expectFitted(page, frame);
    expect((await heights(page, frame)).outer).toBeGreaterThan(600);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the frame grows and shrinks as answers change the tool', async ({ browser }) => {
    const { page, context, problems } = await openHost(browser, `${host}/?tool=assessment`);
    const frame = page.frameLocator('#frame-0');
    await expect(frame.locator('#question-employees')).toBeAttached();
    await expectFitted(page, frame);
    const before = (await heights(page, frame)).outer;
    await frame.locator('#question-employees').fill('120');
    await frame.locator('#question-it-staff').fill('2');
    await expect(frame.locator('#assessment-result[data-recommendation]')).toBeAttached();
    await expectFitted(page, frame);
    const withResult = (await heights(page, frame)).outer;
    expect(withResult).toBeGreaterThan(before);
    await frame.locator('#question-employees').fill('');
    await expect(frame.locator('#assessment-result[data-recommendation]')).toHaveCount(0);
    await expectFitted(page, frame);
    expect((await heights(page, frame)).outer).toBeLessThan(withResult);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a height message from another frame or origin moves nothing', async ({ browser }) => {
    const { page, context, problems } = await openHost(browser, `${host}/?tool=estimator&second=1`);
    const frame = page.frameLocator('#frame-0');
    await expect(frame.locator('.estimator[data-ready]')).toBeAttached();
    await expectFitted(page, frame);
    const { outer } = await heights(page, frame);
    // The host page itself (another origin), and the site's other frame (the right origin, another source).
    await page.evaluate(() => window.postMessage({ type: 'cmit-embed-height', height: 123 }, '*'));
    const second = page.frames().find((candidate) => candidate.url().includes('/embed/assessment/'))!;
    await second.evaluate(() => window.parent.postMessage({ type: 'cmit-embed-height', height: 321 }, '*'));
    await expect(page.locator('#frame-1')).toHaveCSS('height', '321px');
    expect((await heights(page, frame)).outer).toBe(outer);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a page whose origin is not on the list cannot show the tool', async ({ browser }) => {
    const { page, context, problems } = await openHost(browser, `${strangerHost}/?tool=estimator`);
    // Chromium reports the refusal on the console: the one problem this page may have.
    await expect.poll(() => problems.some((problem) => /frame-ancestors/.test(problem))).toBe(true);
    await expect(page.frameLocator('#frame-0').locator('.estimator')).toHaveCount(0);
    expect(page.frames().some((candidate) => candidate.url().includes('/embed/estimator/'))).toBe(false);
    expect(problems.every((problem) => /frame-ancestors/.test(problem))).toBe(true);
    await context.close();
  });

  test('copy link puts the full page’s link on the clipboard, and shows it selected where the host allows no clipboard', async ({
    browser,
  }) => {
    const words = estimatorCopy.tool.share;
    const query = encodeURIComponent('?v=1&users=120&devices=180');
    const allowed = await openHost(browser, `${host}/?tool=estimator&query=${query}`);
    await allowed.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    let frame = allowed.page.frameLocator('#frame-0');
    await frame.getByRole('button', { name: words.copy }).click();
    await expect(frame.getByText(words.copied)).toBeVisible();
    // Read back on the host page: the frame was allowed to write the clipboard, not to read it.
    const copied = await allowed.page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe('/estimator/');
    expect(copied).toContain('users=120');
    await allowed.context.close();

    const refused = await openHost(browser, `${host}/?tool=estimator&allow=no&query=${query}`);
    frame = refused.page.frameLocator('#frame-0');
    await frame.getByRole('button', { name: words.copy }).click();
    await expect(frame.getByText(words.blocked)).toBeVisible();
    const field = frame.getByLabel(words.manualLabel);
    await expect(field).toHaveValue(/\/estimator\/\?v=1&users=120/);
    await expect(field).not.toHaveValue(/\/embed\//);
    await expect(field).toBeFocused();
    await refused.context.close();
  });

  test('where the browser blocks storage in the frame, the tool says it will not remember and loses nothing on screen', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    // What a browser that blocks third-party storage does: touching localStorage throws.
    await context.addInitScript((siteOrigin) => {
      if (location.origin !== siteOrigin) return;
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }, site);
    const page = await context.newPage();
    await page.goto(`${host}/?tool=estimator`);
    const frame = page.frameLocator('#frame-0');
    await expect(frame.locator('.estimator[data-ready]')).toBeAttached();
    await frame.locator('#est-users').fill('250');
    await expect(frame.getByText(estimatorCopy.tool.notices.notSaving)).toBeVisible();
    await expect(frame.locator('#est-users')).toHaveValue('250');
    await expectFitted(page, frame);
    await context.close();
  });

  test('links in the frame open the full site in a new tab, and the host page stays', async ({ browser }) => {
    const { page, context, problems } = await openHost(browser, `${host}/?tool=estimator`);
    const frame = page.frameLocator('#frame-0');
    await expect(frame.locator('.estimator[data-ready]')).toBeAttached();
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      frame.getByRole('link', { name: fullPageLink }).click(),
    ]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname).toBe('/estimator/');
    expect(page.url()).toContain(host);
    await expect(frame.locator('.estimator[data-ready]')).toBeAttached();
    expect(problems).toEqual([]);
    await context.close();
  });
});
