import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeAssessmentQuery } from '../../src/lib/assessment/link-codec';
import { scorableAnswers } from '../../src/lib/assessment/answers';
import { assessmentRules } from '../../src/lib/assessment/rules';
import { assessFit } from '../../src/lib/assessment/score';
import { baseUrl, launchChromium, newContext, openWatchedPage, printedPageCount } from './support/browser';

const STORAGE_KEY = 'co-managed-it:assessment';
const CO_MANAGED_LINK =
  '/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Freight';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await newContext(browser, { viewport: { width: 390, height: 844 } });
});

const recommendation = (page: Page) => page.getAttribute('#assessment-result', 'data-recommendation');
const expectedFor = (query: string) => {
  const scorable = scorableAnswers(decodeAssessmentQuery(query).answers);
  if (!scorable) throw new Error(`test link lacks a head count: ${query}`);
  return assessFit(scorable, assessmentRules).recommendation;
};

async function tabTo(page: Page, selector: string, maxTabs = 60) {
  for (let i = 0; i < maxTabs; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('fit assessment', () => {
  it('can be completed by keyboard alone, shows progress, and the result survives a reload', async () => {
    const { page, problems } = await openWatchedPage(context);
    await page.goto('/assessment/');
    await page.locator('#assessment-result').waitFor();
    await expect.poll(() => page.locator('.progress').textContent()).toContain('0 of 6 answered');

    await tabTo(page, '#question-employees');
    await page.keyboard.type('120');
    await page.keyboard.press('Tab');
    await tabTo(page, '#question-it-staff');
    await page.keyboard.type('2');
    await tabTo(page, 'input[name="needs"][value="after-hours"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // security
    await tabTo(page, 'input[name="custom-apps"]');
    await page.keyboard.press('ArrowDown'); // arrow keys move within a radio group: "No"
    await tabTo(page, 'input[name="it-is"]');
    await page.keyboard.press('Space'); // first option: capability
    await tabTo(page, 'input[name="msp-is"]');
    await page.keyboard.press('Space'); // partner

    await expect.poll(() => page.locator('.progress').textContent()).toContain('6 of 6 answered');
    const expected = expectedFor(
      'v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner',
    );
    await expect.poll(() => recommendation(page)).toBe(expected);
    expect(await page.locator('input[name="custom-apps"][value="no"]').isChecked()).toBe(true);
    // The result is announced to screen readers.
    await expect.poll(() => page.locator('.assessment > [role="status"][aria-live="polite"]').textContent()).toMatch(/fits best/);
    // The address bar is always a shareable copy of the answers.
    expect(page.url()).toContain('employees=120');

    const urlBeforeReload = page.url();
    await page.reload();
    expect(page.url()).toBe(urlBeforeReload);
    await expect.poll(() => page.inputValue('#question-employees')).toBe('120');
    await expect.poll(() => recommendation(page), { message: `after reload of ${urlBeforeReload}` }).toBe(expected);
    expect(await page.inputValue('#question-employees')).toBe('120');
    expect(problems).toEqual([]);
  });

  it('opens a shared link with the same result at once, answers still editable, and the result updates live', async () => {
    const { page, problems } = await openWatchedPage(context);
    await page.goto(CO_MANAGED_LINK);
    await expect.poll(() => recommendation(page)).toBe(expectedFor(CO_MANAGED_LINK.split('?')[1]!));
    await expect.poll(() => page.locator('.assessment-result').textContent()).toContain('Prepared for Acme Freight');
    // Reasons name the answer and link to the guide; the co-managed split and risks are shown.
    const reasonLinks = await page.locator('.reasons a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(reasonLinks.length).toBeGreaterThan(2);
    expect(reasonLinks.every((href) => /^\/[a-z-]+\/(#[a-z0-9-]+)?$/.test(href ?? ''))).toBe(true);
    expect(await page.locator('.split').count()).toBe(1);
    expect(await page.locator('.risks li').count()).toBe(3);
    // The share link points at the outcome page, where the preview names the recommendation.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/assessment/co-managed/');

    await page.fill('#question-it-staff', '0');
    await expect.poll(() => recommendation(page)).toBe('fully-managed');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/assessment/fully-managed/');
    expect(problems).toEqual([]);
  });

  it('shows a result from a link with only the two head counts, and says what is still open', async () => {
    const { page, problems } = await openWatchedPage(context);
    await page.goto('/assessment/?v=1&employees=40&it-staff=0');
    await expect.poll(() => recommendation(page)).toBe('fully-managed');
    const result = page.locator('#assessment-result');
    await expect.poll(() => result.locator('.based-on').textContent()).toContain('2 of 6');
    expect(await result.locator('.tipping-points li').count()).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });

  it.each([
    ['a provider squeezed at every renewal', 'employees=150&it-staff=2&needs=after-hours&custom-apps=yes&it-is=capability&msp-is=cost-lever', 'provider-as-cost-lever'],
    ['no gap to hand over', 'employees=150&it-staff=2&needs=none&custom-apps=yes&it-is=capability&msp-is=partner', 'no-gap'],
    ['fewer than 50 employees', 'employees=40&it-staff=1&needs=security&custom-apps=yes&it-is=capability&msp-is=partner', 'small-company'],
  ])('never offers co-managed for %s, and names the rule', async (_, query, rule) => {
    const { page } = await openWatchedPage(context);
    await page.goto(`/assessment/?v=1&${query}`);
    await expect.poll(() => recommendation(page)).not.toBeNull();
    expect(await recommendation(page)).not.toBe('co-managed');
    // The reason given is the rule's own wording, the same the table on the page shows.
    const why = assessmentRules.decisionRules.find((candidate) => candidate.id === rule)!.why;
    expect((await page.locator('.reasons .against').allTextContents()).join(' ')).toContain(why);
    expect(await page.locator(`#rule-${rule}`).textContent()).toContain(why);
  });

  it('lets a shared link win over saved answers, and says so', async () => {
    const { page, problems } = await openWatchedPage(context);
    await page.goto(CO_MANAGED_LINK);
    await expect.poll(() => recommendation(page)).toBe('co-managed');
    await page.goto('/assessment/?v=1&employees=30&it-staff=0&needs=none&custom-apps=no&it-is=cost-center&msp-is=partner');
    await expect.poll(() => recommendation(page)).toBe('fully-managed');
    await expect.poll(() => page.locator('.notice').first().textContent()).toMatch(/replace the answers saved/);
    expect(problems).toEqual([]);
  });

  it('copies a link that reproduces the result, with visible confirmation', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const { page, problems } = await openWatchedPage(context);
    await page.goto(CO_MANAGED_LINK);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.share-status').textContent()).toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${baseUrl()}/assessment/co-managed/?`)).toBe(true);
    const fresh = await newContext(browser);
    const other = await openWatchedPage(fresh);
    await other.page.goto(copied);
    await expect.poll(() => recommendation(other.page)).toBe('co-managed');
    await fresh.close();
    const mailto = await page.getByRole('link', { name: 'E-mail link' }).getAttribute('href');
    expect(mailto).toContain(encodeURIComponent('/assessment/co-managed/?'));
    expect(problems).toEqual([]);
  });

  it('survives a hostile link: nothing thrown, no markup rendered, ignored values listed, defaults used', async () => {
    const { page, problems } = await openWatchedPage(context);
    const junk = 'x'.repeat(10_000);
    await page.goto(
      `/assessment/?v=1&employees=-5&employees=7&it-staff=1e3&needs=%3Cscript%3Ealert(1)%3C/script%3E,security` +
        `&custom-apps=maybe&it-is=NaN&msp-is=%3Cb%3Ebold%3C/b%3E&for=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&junk=${junk}&%E0%A4%A=1`,
    );
    await page.locator('.notice').first().waitFor();
    const noticeText = await page.locator('.notice').first().textContent();
    expect(noticeText).toContain('employees');
    expect(noticeText).toContain('it-staff');
    expect(await page.locator('.assessment img, .assessment script, .assessment b').count()).toBe(0);
    expect(await page.locator('.assessment-form').innerText()).not.toMatch(/\bNaN\b|Infinity|undefined|\[object/);
    expect(await page.locator('.assessment-result').innerText()).not.toMatch(/\bNaN\b|Infinity|undefined|\[object/);
    expect(await page.inputValue('#question-employees')).toBe('');
    expect(await page.locator('input[name="needs"][value="security"]').isChecked()).toBe(true);
    // The name is kept as plain text, never as an element.
    expect(await page.inputValue('#prepared-for')).toBe('<img src=x onerror=alert(1)>');
    expect(problems).toEqual([]);
  });

  it('never breaks when storage is corrupt, full or missing, and start over clears everything', async () => {
    await context.addInitScript(
      ([key]) => {
        if (location.search.includes('storage=corrupt')) localStorage.setItem(key!, '%%%{not a link');
        if (location.search.includes('storage=blocked')) {
          Object.defineProperty(window, 'localStorage', { get: () => { throw new Error('storage disabled'); } });
        }
      },
      [STORAGE_KEY],
    );
    const corrupt = await openWatchedPage(context);
    await corrupt.page.goto('/assessment/?storage=corrupt');
    await corrupt.page.locator('#question-employees').waitFor();
    await corrupt.page.fill('#question-employees', '80');
    await expect.poll(() => corrupt.page.locator('.progress').textContent()).toContain('1 of 6');

    const blocked = await openWatchedPage(context);
    await blocked.page.goto('/assessment/?storage=blocked');
    await blocked.page.fill('#question-employees', '80');
    await expect.poll(() => blocked.page.locator('.progress').textContent()).toContain('1 of 6');

    const { page, problems } = await openWatchedPage(context);
    await page.goto(CO_MANAGED_LINK);
    await expect.poll(() => recommendation(page)).toBe('co-managed');
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => page.locator('.progress').textContent()).toContain('0 of 6 answered');
    expect(await recommendation(page)).toBeNull();
    await page.goto('/assessment/');
    await expect.poll(() => page.locator('.progress').textContent()).toContain('0 of 6 answered');
    expect(corrupt.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    expect(blocked.problems).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows the decision table without JavaScript', async () => {
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/assessment/');
    expect(await page.locator('#how-it-decides').count()).toBe(1);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(5);
    await noJs.close();
  });

  it('gives each outcome page its own preview, canonical to the landing page', async () => {
    for (const outcome of ['in-house', 'co-managed', 'fully-managed']) {
      const html = await (await fetch(`${baseUrl()}/assessment/${outcome}/`)).text();
      expect(html).toMatch(new RegExp(`<meta property="og:image" content="[^"]+/og/assessment-${outcome}\\.png"`));
      expect(html).toMatch(/<link rel="canonical" href="[^"]+\/assessment\/">/);
    }
  });

  it('prints the result, reasons and split on one A4 or Letter page, without the form', async () => {
    const { page, problems } = await openWatchedPage(context);
    // The longest result there is: every gap handed over, the most reasons, a tipping point.
    await page.goto(
      '/assessment/?v=1&employees=60&it-staff=1&needs=after-hours,security,cloud,compliance,projects&custom-apps=yes' +
        '&it-is=capability&msp-is=partner&for=Northwind%20Logistics%20and%20Warehousing%20Limited%20Partnership',
    );
    await expect.poll(() => recommendation(page)).toBe('co-managed');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.assessment-form').isVisible()).toBe(false);
    for (const selector of ['#result-title', '.prepared-for', '.split', '.reasons', '.tipping-points', '.risks']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    for (const format of ['A4', 'Letter'] as const) {
      expect(await printedPageCount(page, { format, printBackground: false }), format).toBe(1);
    }
    expect(problems).toEqual([]);
  });
});
