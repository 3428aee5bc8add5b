import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimatePricing, PRICING_MODEL_IDS, type PricingModelId } from '../../src/lib/pricing/estimate';
import type { EstimatorInputs } from '../../src/lib/pricing/inputs';
import { centsToWholeDollars } from '../../src/lib/pricing/money';
import { rateCard } from '../../src/lib/pricing/rate-card';
import { launchChromium, newContext, openFreshPage, openWatchedPage } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The island marks itself ready once it has decided where its inputs come from. */
async function hydrated(page: Page) {
  await page.locator('.estimator[data-ready]').waitFor();
}

async function monthly(page: Page, model: PricingModelId) {
  const card = page.locator(`[data-model="${model}"]`);
  return {
    low: Number(await card.getAttribute('data-monthly-low')),
    high: Number(await card.getAttribute('data-monthly-high')),
  };
}

function expected(inputs: EstimatorInputs) {
  const estimate = estimatePricing(inputs, rateCard);
  return Object.fromEntries(
    PRICING_MODEL_IDS.map((id) => [
      id,
      { low: centsToWholeDollars(estimate.models[id].monthly.low), high: centsToWholeDollars(estimate.models[id].monthly.high) },
    ]),
  ) as Record<PricingModelId, { low: number; high: number }>;
}

/** textContent, not innerText: the long estimate uses content-visibility, so off-screen parts have no rendered text. */
const textOf = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? '';

/** The page's text without scripts and without the link notice (which quotes the link as typed). */
function pageText(page: Page) {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, style, .notice').forEach((element) => element.remove());
    return copy.textContent ?? '';
  });
}

describe('the pricing estimator', () => {
  it('recalculates the figures, chart and table as inputs change by keyboard', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await page.goto('/estimator/');
    await hydrated(page);
    expect(await monthly(page, 'per-user')).toEqual(expected({ users: 100, devices: 150, scope: ['after-hours', 'patching'], hoursPerMonth: 20, termYears: 3, annualAdjustmentPercent: 3 })['per-user']);
    const chartBefore = await page.locator('#est-chart-desc').textContent();
    const tableBefore = await textOf(page, '.est-table');

    await page.focus('#est-users');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('250');
    // Devices follow users at the rate card's 1.5 per user until set by hand.
    const after = expected({ users: 250, devices: 375, scope: ['after-hours', 'patching'], hoursPerMonth: 20, termYears: 3, annualAdjustmentPercent: 3 });
    await expect.poll(() => monthly(page, 'per-user')).toEqual(after['per-user']);
    expect(await page.inputValue('#est-devices')).toBe('375');
    await expect.poll(() => page.locator('#est-chart-desc').textContent()).not.toBe(chartBefore);
    expect(await page.locator('#est-chart-desc').textContent()).toContain(`$${after['per-user'].high.toLocaleString('en-US')}`);
    const tableAfter = await textOf(page, '.est-table');
    expect(tableAfter).not.toBe(tableBefore);
    expect(tableAfter).toContain(`$${after['per-user'].high.toLocaleString('en-US')}`);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('users=250');

    // Tick "Backup and disaster recovery" with the keyboard: every banded figure rises.
    const beforeScope = await monthly(page, 'per-user');
    await page.locator('input[name="scope"][value="backup"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await monthly(page, 'per-user')).high).toBeGreaterThan(beforeScope.high);
    expect(await monthly(page, 'per-user')).toEqual(
      expected({ users: 250, devices: 375, scope: ['after-hours', 'patching', 'backup'], hoursPerMonth: 20, termYears: 3, annualAdjustmentPercent: 3 })['per-user'],
    );
    await expect.poll(() => page.evaluate(() => location.search)).toContain('scope=after-hours,patching,backup');

    // The term radios move with arrow keys; the table's term column follows.
    await page.locator('input[name="term"][value="3"]').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => textOf(page, '.est-table thead')).toContain('Over 2 years');

    // The annual adjustment takes up to two decimals; the term total follows.
    const termBefore = await textOf(page, '[data-model="per-user"] .est-figures');
    await page.focus('#est-adj');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4.75');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('adj=4.75');
    expect(await page.locator('#est-adj-error').count()).toBe(0);
    await expect.poll(() => textOf(page, '[data-model="per-user"] .est-figures')).not.toBe(termBefore);

    // A typed value the estimator cannot use is explained where it was typed, and ignored.
    await page.focus('#est-users');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0');
    await page.locator('#est-users-error').waitFor();
    expect(await page.getAttribute('#est-users', 'aria-invalid')).toBe('true');
    expect((await monthly(page, 'per-user')).high).toBeGreaterThan(0);

    // The screen reader summary follows, after a pause.
    await expect.poll(() => page.locator('.estimator [role="status"][aria-live="polite"]').textContent(), { timeout: 3000 }).toMatch(/Per user \$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a shared link with exactly the figures the pricing module computes', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await page.goto('/estimator/?v=1&users=120&devices=180&scope=after-hours,security&hours=25&term=2&adj=3&for=Acme');
    await hydrated(page);
    const want = expected({ users: 120, devices: 180, scope: ['after-hours', 'security'], hoursPerMonth: 25, termYears: 2, annualAdjustmentPercent: 3 });
    await expect.poll(() => monthly(page, 'per-user')).toEqual(want['per-user']);
    for (const id of PRICING_MODEL_IDS) expect(await monthly(page, id), id).toEqual(want[id]);
    expect(await page.locator('[data-model]').count()).toBe(PRICING_MODEL_IDS.length);

    expect(await textOf(page, '.estimator .notice')).toContain('come from the link you opened');
    expect(await textOf(page, '.prepared-for')).toBe('Prepared for Acme');
    expect(await page.inputValue('#est-users')).toBe('120');
    expect(await page.inputValue('#est-devices')).toBe('180');
    expect(await page.inputValue('#est-hours')).toBe('25');
    expect(await page.inputValue('#est-adj')).toBe('3');
    expect(await page.isChecked('input[name="term"][value="2"]')).toBe(true);
    expect(await page.isChecked('input[name="scope"][value="security"]')).toBe(true);
    expect(await page.isChecked('input[name="scope"][value="patching"]')).toBe(false);
    expect(new URL(page.url()).search).toBe('?v=1&users=120&devices=180&scope=after-hours,security&hours=25&term=2&adj=3&for=Acme');

    // The suggestion names one model and says why.
    expect(await textOf(page, '.suggestion')).toMatch(/Suits this company: .+\. .+/);
    // The security comparison names both sides and the months without cover.
    const security = await textOf(page, '.est-security');
    expect(security).toMatch(/about 6 weeks/);
    expect(security).toMatch(/about 9 months/);
    expect(security).toMatch(/Months without cover/);

    // Print: the form goes, the chart and its table stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    expect(await page.locator('.est-chart-svg').isVisible()).toBe(true);
    expect(await page.locator('.est-table').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The e-mail link and the copied link are the address on screen.
    const shareUrl = page.url();
    const mailto = (await page.locator('.share-actions a', { hasText: 'E-mail link' }).getAttribute('href')) ?? '';
    expect(decodeURIComponent(mailto)).toContain(`Co-managed IT estimate for Acme (`);
    expect(decodeURIComponent(mailto)).toContain(`\n\n${shareUrl}\n`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => textOf(page, '.share-actions [role="status"]')).toContain('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);

    // The CSV holds every model's line items, with the same totals.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV of the line items' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('co-managed-it-estimate-acme.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFModel,Item,Unit,Quantity,Low (USD),High (USD),Monthly low (USD),Monthly high (USD),Term low (USD),Term high (USD)');
    expect(csv).toContain(`Per user per month,"Total (2-year term, 3% annual adjustment)",per month,,,,${want['per-user'].low}.00,`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('arrives from the fit assessment pre-filled', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await page.goto('/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner');
    await page.getByRole('link', { name: 'Open the estimator with these answers' }).click();
    await page.waitForURL(/\/estimator\//);
    await hydrated(page);
    await expect.poll(() => page.inputValue('#est-users')).toBe('120');
    // The same work the assessment's split handed the MSP: after-hours tier-1 and patching, and the security stack.
    for (const scope of ['after-hours', 'patching', 'backup', 'security']) {
      expect(await page.isChecked(`input[name="scope"][value="${scope}"]`), scope).toBe(true);
    }
    expect(await page.isChecked('input[name="scope"][value="projects"]')).toBe(false);
    const scope = ['after-hours', 'patching', 'backup', 'security'] as const;
    expect(await monthly(page, 'per-user')).toEqual(
      expected({ users: 120, devices: 180, scope: [...scope], hoursPerMonth: 20, termYears: 3, annualAdjustmentPercent: 3 })['per-user'],
    );

    // Opening the estimator with no link at all starts from the saved assessment, and says so.
    const other = await openFreshPage(browser);
    await other.page.goto('/assessment/?v=1&employees=300&it-staff=2&needs=compliance&custom-apps=no&it-is=capability&msp-is=partner');
    // The assessment saves its answers once it has read the link and shows a result.
    await other.page.locator('[data-recommendation]').waitFor();
    await other.page.goto('/estimator/');
    await hydrated(other.page);
    await expect.poll(() => other.page.inputValue('#est-users')).toBe('300');
    expect(await textOf(other.page, '.estimator')).toContain('Filled in from your fit assessment');
    // Compliance hands the MSP the evidence library and the backups; the control owner stays yours.
    for (const scope of ['backup', 'compliance']) {
      expect(await other.page.isChecked(`input[name="scope"][value="${scope}"]`), scope).toBe(true);
    }
    for (const scope of ['patching', 'security']) {
      expect(await other.page.isChecked(`input[name="scope"][value="${scope}"]`), scope).toBe(false);
    }
    // Each model says what it prices; per user leaves the evidence work out, beside its figure.
    expect(await other.page.getAttribute('[data-model="block-hours"]', 'data-covers')).toBe('backup compliance');
    expect(await other.page.getAttribute('[data-model="per-user"]', 'data-covers')).toBe('backup');
    expect(await textOf(other.page, '[data-model="per-user"] .est-leaves-out')).toContain('Compliance evidence library');
    expect(await other.page.locator('[data-from-assessment] a[href="#from-assessment"]').count()).toBe(1);
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await context.close();
    await other.context.close();
  });

  it('shrugs off a hostile link: lists what it ignored, shows no NaN, runs no markup', async () => {
    const { page, problems, context, dialogs } = await openFreshPage(browser);
    await page.goto(
      '/estimator/?users=-5&users=7&devices=NaN&scope=%3Cscript%3Ealert(1)%3C/script%3E&term=99&hours=1e9&for=%3Cimg%20src=x%20onerror=alert(1)%3E',
    );
    await hydrated(page);
    const notice = page.locator('.estimator .notice', { hasText: 'could not be used' });
    await notice.waitFor();
    const ignored = await notice.locator('li').allInnerTexts();
    for (const param of ['users', 'devices', 'scope', 'term', 'hours']) {
      expect(ignored.some((line) => line.startsWith(`${param} `) || line.startsWith(`${param}:`)), param).toBe(true);
    }
    expect(ignored.some((line) => line.includes('repeated'))).toBe(true);
    // The notice quotes the link ("devices = NaN"); nothing the page computed may read like that.
    expect(await pageText(page)).not.toMatch(/NaN|Infinity|undefined/);
    expect(await page.inputValue('#est-devices')).toBe('150');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((script) => script.text.includes('alert(')).length)).toBe(0);
    expect(await textOf(page, '.prepared-for')).toBe('Prepared for <img src=x onerror=alert(1)>');
    // Ignored values fall back to the defaults.
    expect(await page.inputValue('#est-users')).toBe('100');
    for (const id of PRICING_MODEL_IDS) {
      const { low, high } = await monthly(page, id);
      expect(Number.isSafeInteger(low) && Number.isSafeInteger(high) && low <= high && low > 0, id).toBe(true);
    }
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript, shows the estimate for the starting inputs and the price bands', async () => {
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/estimator/');
    const want = expected({ users: 100, devices: 150, scope: ['after-hours', 'patching'], hoursPerMonth: 20, termYears: 3, annualAdjustmentPercent: 3 });
    for (const id of PRICING_MODEL_IDS) expect(await monthly(page, id), id).toEqual(want[id]);
    expect(await page.locator('.est-bands table').count()).toBe(2);
    expect(await textOf(page, '.est-bands')).toContain('$50–$200 a user a month');
    await noJs.close();
  });

  it('has no console errors or CSP violations at 360 px, and no sideways scrolling', async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 740 } });
    const { page, problems, foreignRequests } = await openWatchedPage(context);
    await page.goto('/estimator/?v=1&users=100000&devices=1000000&scope=after-hours,patching,backup,security,projects&hours=2000&term=3&adj=25', {
      waitUntil: 'networkidle',
    });
    await hydrated(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // The long parts of the estimate skip layout while off screen, so bring each into view and check it fits.
    for (const selector of ['.est-chart', '.est-models', '.est-security', '.est-assumption-list', '.est-bands']) {
      await page.locator(selector).scrollIntoViewIfNeeded();
      const overflow = await page.locator(selector).evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, selector).toBeLessThanOrEqual(0);
    }
    expect(await pageText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await page.getByRole('button', { name: 'Reset to our defaults' }).click();
    await expect.poll(() => page.inputValue('#est-users')).toBe('100');
    // Every figure, the address and the form go back to the starting inputs.
    const start = expected({ users: 100, devices: 150, scope: ['after-hours', 'patching'], hoursPerMonth: 20, termYears: 3, annualAdjustmentPercent: 3 });
    for (const id of PRICING_MODEL_IDS) expect(await monthly(page, id), id).toEqual(start[id]);
    expect(await page.inputValue('#est-adj')).toBe('3');
    expect(await page.isChecked('input[name="scope"][value="backup"]')).toBe(false);
    expect(new URL(page.url()).search).toBe('?v=1&users=100&devices=150&scope=after-hours,patching&hours=20&term=3&adj=3');
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
