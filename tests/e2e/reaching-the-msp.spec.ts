/*
 * The panel under every tool's result that reaches the MSP, and the optional lead form in it.
 *
 * The default build (dist/, served by Playwright) must send nothing anywhere. Lead capture is
 * tested on a second build: a copy of the project whose src/data/lead-capture.json points at a
 * real HTTP endpoint on this machine that records what it receives. Ports: the default site on
 * E2E_PORT, the lead-capture site on E2E_PORT + 1, the endpoint on E2E_PORT + 2.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.ts';
import brand from '../../src/data/brand.json' with { type: 'json' };
import sharedCopy from '../../src/data/shared-tool-copy.json' with { type: 'json' };
import { buildCopy, editJson, projectCopy, removeProjectCopy } from '../support/project-copy';
import { axeViolations } from './support/axe';
import { startRecordingEndpoint, type RecordingEndpoint } from './support/recording-endpoint';
import { expect, tabTo, test, watchPage, type Watch } from './support/fixtures';

const words = sharedCopy.leadForm;
const fill = (template: string) => template.replaceAll('{msp}', brand.mspName);

const ASSESSMENT =
  '/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Freight';
const ESTIMATOR = '/estimator/?v=1&users=120&devices=180&scope=after-hours,patching,security&hours=20&term=3&adj=3';
const PLANNER = '/handoff-planner/';

/** Each tool's page, and how to tell it has opened. */
const TOOLS = [
  { path: ASSESSMENT, ready: '#assessment-result[data-recommendation]', says: 'Co-managed IT fits best' },
  { path: ESTIMATOR, ready: '.estimator[data-ready]', says: 'For 120 users and 180 devices' },
  { path: PLANNER, ready: '.planner[data-ready]', says: 'handoff plan between' },
] as const;

const panel = (page: Page) => page.locator('.send-to-msp');
const emailLink = (page: Page) => panel(page).getByRole('link', { name: `E-mail ${brand.mspName}` });

test.describe('the panel under every result (default build)', () => {
  test('e-mails the MSP the result’s summary and link, offers no lead form, and sends nothing anywhere', async ({
    page,
    watch,
  }) => {
    for (const tool of TOOLS) {
      await page.goto(tool.path);
      await expect(page.locator(tool.ready)).toBeAttached();
      await expect(panel(page)).toContainText(`Send this to ${brand.mspName}`);
      await emailLink(page).hover();
      await expect(emailLink(page)).toHaveAttribute('href', /body=/);
      const mail = new URL((await emailLink(page).getAttribute('href'))!);
      expect(mail.pathname).toBe(brand.contactEmail);
      const body = mail.searchParams.get('body')!;
      expect(body).toContain(tool.says);
      // The link reopens this very result.
      const link = body.split('\n').find((line) => line.startsWith('http'))!;
      expect(new URL(link).pathname).toBe(
        new URL(page.url()).pathname.replace(/^\/assessment\/$/, '/assessment/co-managed/'),
      );
      await expect(panel(page).getByRole('button')).toHaveCount(0);
    }
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});

const CONSENT = 'I agree that Example Managed Services may contact me about this result and keep my details to do so.';
const DANA = { name: 'Dana Ortiz', email: 'dana.ortiz@acme-freight.example', company: 'Acme Freight' };

test.describe('lead capture (a build with an endpoint set up)', () => {
  test.describe.configure({ mode: 'serial' });

  const port = Number(process.env.E2E_PORT ?? 4391);
  const site = `http://127.0.0.1:${port + 1}`;
  let copy = '';
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  let endpoint: RecordingEndpoint;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(240_000);
    endpoint = await startRecordingEndpoint(port + 2, site);
    copy = projectCopy();
    editJson(copy, 'src/data/lead-capture.json', (file) => {
      file.leadCapture = { kind: 'endpoint', url: endpoint.url, encoding: 'json', consent: CONSENT, timeoutSeconds: 2 };
    });
    const { status, output } = buildCopy(copy);
    expect(status, output).toBe(0);
    server = await startStaticServer(join(copy, 'dist'), port + 1);
  });

  test.afterAll(async () => {
    await new Promise((done) => (server ? server.close(done) : done(null)));
    await endpoint?.close();
    if (copy) removeProjectCopy(copy);
  });

  test.beforeEach(() => {
    endpoint.received.length = 0;
    endpoint.answerWith({ status: 200 });
  });

  /** A page of the lead-capture site in a fresh profile, watched like every other test's. */
  async function open(
    browser: Browser,
    path: string,
    ready: string,
    colorScheme: 'light' | 'dark' = 'light',
  ): Promise<{ page: Page; context: BrowserContext } & Watch> {
    const context = await browser.newContext({ baseURL: site, viewport: { width: 390, height: 844 }, colorScheme });
    const page = await context.newPage();
    const watch = await watchPage(page, site);
    await page.goto(path);
    await expect(page.locator(ready)).toBeAttached();
    return { page, context, ...watch };
  }

  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  const openForm = async (page: Page) => {
    const button = panel(page).getByRole('button', { name: fill(words.open) });
    // The estimate's long parts skip layout while off screen (content-visibility in tools.css) and
    // take their real height in the frame after scrolling brings them near, which moves the
    // button: on a busy machine a click could land where it was a frame earlier. Scroll to it
    // until it stays put, then click.
    await expect(async () => {
      await button.scrollIntoViewIfNeeded();
      const before = await button.boundingBox();
      await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
      expect(await button.boundingBox()).toEqual(before);
    }).toPass();
    await button.click();
    await expect(field(page, words.name)).toBeVisible();
  };

  async function fillIn(page: Page) {
    await field(page, words.name).fill(DANA.name);
    await field(page, words.email).fill(DANA.email);
    await field(page, words.company).fill(DANA.company);
    await page.getByRole('checkbox', { name: CONSENT }).check();
  }
  /** Every value typed is still there, as typed. */
  async function expectKept(page: Page) {
    await expect(field(page, words.name)).toHaveValue(DANA.name);
    await expect(field(page, words.email)).toHaveValue(DANA.email);
    await expect(field(page, words.company)).toHaveValue(DANA.company);
    await expect(page.getByRole('checkbox', { name: CONSENT })).toBeChecked();
  }
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
  /** Nothing the reader typed is in the address, the browser's storage or a cookie. */
  async function expectNothingKept(page: Page, context: BrowserContext) {
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    const cookies = JSON.stringify(await context.cookies());
    for (const value of [DANA.name, DANA.email, 'dana']) {
      expect(page.url()).not.toContain(encodeURIComponent(value));
      expect(stored.toLowerCase()).not.toContain(value.toLowerCase());
      expect(cookies.toLowerCase()).not.toContain(value.toLowerCase());
    }
  }

  test('by keyboard: a mistyped address is caught in the browser, then the lead arrives intact', async ({
    browser,
  }) => {
    const { page, context, problems, foreignRequests } = await open(browser, ASSESSMENT, TOOLS[0].ready);
    await tabTo(page, `.send-to-msp [data-action="lead"]`);
    await page.keyboard.press('Enter');
    await expect(field(page, words.name)).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await isFocused(field(page, words.name))).toBe(true);
    await page.keyboard.type(DANA.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type('dana.ortiz at acme-freight');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DANA.company);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // Refused before anything is sent, with the reason tied to the field, which takes the focus.
    const email = field(page, words.email);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(new RegExp(words.emailInvalid.replace(/[.]/g, '\\.')));
    expect(await isFocused(email)).toBe(true);
    expect(endpoint.received).toEqual([]);

    await email.fill(DANA.email);
    await page.getByRole('button', { name: fill(words.send) }).press('Enter');
    const sent = page.getByText(fill(words.sent));
    await expect(sent).toBeVisible();
    expect(await isFocused(sent)).toBe(true);

    expect(endpoint.received).toHaveLength(1);
    const lead = JSON.parse(endpoint.received[0]!.body);
    expect(endpoint.received[0]!.headers['content-type']).toBe('application/json');
    expect(lead).toMatchObject({
      ...DANA,
      consent: true,
      consentText: CONSENT,
      page: `${site}/assessment/co-managed/`,
    });
    expect(lead.summary).toContain('Co-managed IT fits best');
    expect(lead.summary).toContain('120 employees');
    expect(new URL(lead.link).pathname).toBe('/assessment/co-managed/');
    expect(lead.link).toContain('employees=120&it-staff=2');
    // The share link carries the answers, never the reader's details; no cookie went with it.
    expect(lead.link).not.toMatch(/dana|ortiz/i);
    expect(endpoint.received[0]!.headers.cookie).toBeUndefined();
    await expectNothingKept(page, context);
    expect(foreignRequests.every((url) => url.startsWith(endpoint.url))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a 500 is reported, everything typed stays, the summary can be copied, and a retry goes through', async ({
    browser,
  }) => {
    const { page, context, problems } = await open(browser, ESTIMATOR, TOOLS[1].ready);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    endpoint.answerWith({ status: 500 });
    await openForm(page);
    await fillIn(page);
    await page.getByRole('button', { name: fill(words.send) }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('error 500');
    await expect(alert).toContainText('Everything you typed is still in the form');
    expect(await isFocused(alert)).toBe(true);
    expect(endpoint.received).toHaveLength(1);
    await expectKept(page);
    const summary = page.getByRole('textbox', { name: words.summaryLabel });
    await expect(summary).toHaveValue(/For 120 users and 180 devices[\s\S]*\/estimator\/\?v=1&users=120/);
    await alert.getByRole('button', { name: words.copy }).click();
    await expect(alert).toContainText(words.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await summary.inputValue());

    endpoint.answerWith({ status: 200 });
    await page.getByRole('button', { name: fill(words.send) }).click();
    await expect(page.getByText(fill(words.sent))).toBeVisible();
    expect(endpoint.received).toHaveLength(2);
    expect(JSON.parse(endpoint.received[1]!.body)).toMatchObject(DANA);
    await expectNothingKept(page, context);
    // The endpoint's error reaches the console as a failed request; nothing else went wrong.
    expect(problems.filter((problem) => !/status of 500/.test(problem))).toEqual([]);
    await context.close();
  });

  test('an endpoint that never answers is reported after the timeout, and nothing typed is lost', async ({
    browser,
  }) => {
    const { page, context, problems } = await open(browser, PLANNER, TOOLS[2].ready);
    endpoint.answerWith('hang');
    await openForm(page);
    await fillIn(page);
    const started = Date.now();
    await page.getByRole('button', { name: fill(words.send) }).click();
    await expect(page.getByText(fill(words.sending))).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(fill(words.timedOut));
    // The config gives the endpoint 2 seconds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(await isFocused(alert)).toBe(true);
    expect(endpoint.received).toHaveLength(1);
    expect(JSON.parse(endpoint.received[0]!.body).summary).toContain('handoff plan between');
    await expectKept(page);
    await expect(page.getByRole('textbox', { name: words.summaryLabel })).toHaveValue(/\/handoff-planner\/\?v=1&m=/);
    await expectNothingKept(page, context);
    expect(problems.filter((problem) => !/ERR_|aborted/i.test(problem))).toEqual([]);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`with its field errors, a failure and a success, passes axe and fits a 390 px screen (${scheme})`, async ({
      browser,
    }) => {
      const { page, context } = await open(browser, ESTIMATOR, TOOLS[1].ready, scheme);
      const states: string[] = [];
      const check = async (state: string) => {
        states.push(...(await axeViolations(page)).map((violation) => `${state}: ${violation}`));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) states.push(`${state}: ${width} px wide`);
      };
      await openForm(page);
      await page.getByRole('button', { name: fill(words.send) }).click();
      await expect(field(page, words.name)).toHaveAttribute('aria-invalid', 'true');
      await check('field errors');
      endpoint.answerWith({ status: 500 });
      await fillIn(page);
      await page.getByRole('button', { name: fill(words.send) }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await check('failure');
      endpoint.answerWith({ status: 200 });
      await page.getByRole('button', { name: fill(words.send) }).click();
      await expect(page.getByText(fill(words.sent))).toBeVisible();
      await check('sent');
      expect(states).toEqual([]);
      await context.close();
    });
  }
});
