import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { estimatePricing, PRICING_MODEL_IDS, type PricingModelId } from '../../src/lib/pricing/estimate';
import type { EstimatorInputs } from '../../src/lib/pricing/inputs';
import { centsToWholeDollars } from '../../src/lib/pricing/money';
import { rateCard } from '../../src/lib/pricing/rate-card';
import { expect, test } from './support/fixtures';

type Monthly = { low: number; high: number };

const START: EstimatorInputs = {
  users: 100,
  devices: 150,
  scope: ['after-hours', 'patching'],
  hoursPerMonth: 20,
  termYears: 3,
  annualAdjustmentPercent: 3,
};

/** The island marks itself ready once it has decided where its inputs come from. */
async function hydrated(page: Page) {
  await expect(page.locator('.estimator')).toHaveAttribute('data-ready');
}

/** A model's monthly band as the page shows it now (whole dollars, from its data attributes). */
async function monthly(page: Page, model: PricingModelId): Promise<Monthly> {
  const card = page.locator(`[data-model="${model}"]`);
  return {
    low: Number(await card.getAttribute('data-monthly-low')),
    high: Number(await card.getAttribute('data-monthly-high')),
  };
}

/** Waits until a model's card shows exactly the monthly band `want`. */
async function expectMonthly(page: Page, model: PricingModelId, want: Monthly) {
  const card = page.locator(`[data-model="${model}"]`);
  await expect(card, `${model} monthly low`).toHaveAttribute('data-monthly-low', String(want.low));
  await expect(card, `${model} monthly high`).toHaveAttribute('data-monthly-high', String(want.high));
}

function expected(inputs: EstimatorInputs) {
  const estimate = estimatePricing(inputs, rateCard);
  return Object.fromEntries(
    PRICING_MODEL_IDS.map((id) => [
      id,
      {
        low: centsToWholeDollars(estimate.models[id].monthly.low),
        high: centsToWholeDollars(estimate.models[id].monthly.high),
      },
    ]),
  ) as Record<PricingModelId, Monthly>;
}

/** The long estimate uses content-visibility, so off-screen parts have no rendered text: Playwright's text assertions read textContent. */
const first = (page: Page, selector: string) => page.locator(selector).first();
const dollars = (amount: number) => `$${amount.toLocaleString('en-US')}`;

/** The page's text without scripts and without the link notice (which quotes the link as typed). */
function pageText(page: Page) {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, style, .notice').forEach((element) => element.remove());
    return copy.textContent ?? '';
  });
}

test.describe('the pricing estimator', () => {
  test('recalculates the figures, chart and table as inputs change by keyboard', async ({ page, watch }) => {
    await page.goto('/estimator/');
    await hydrated(page);
    await expectMonthly(page, 'per-user', expected(START)['per-user']);
    const chart = page.locator('#est-chart-desc');
    const table = first(page, '.est-table');
    const chartBefore = (await chart.textContent()) ?? '';
    const tableBefore = (await table.textContent()) ?? '';

    await page.focus('#est-users');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('250');
    // Devices follow users at the rate card's 1.5 per user until set by hand.
    const after = expected({ ...START, users: 250, devices: 375 });
    await expectMonthly(page, 'per-user', after['per-user']);
    await expect(page.locator('#est-devices')).toHaveValue('375');
    await expect(chart).not.toHaveText(chartBefore);
    await expect(chart).toContainText(dollars(after['per-user'].high));
    await expect(table).not.toHaveText(tableBefore);
    await expect(table).toContainText(dollars(after['per-user'].high));
    await expect(page).toHaveURL((url) => url.search.includes('users=250'));

    // Tick "Backup and disaster recovery" with the keyboard: every banded figure rises.
    const beforeScope = await monthly(page, 'per-user');
    await page.locator('input[name="scope"][value="backup"]').focus();
    await page.keyboard.press('Space');
    const withBackup = expected({ ...START, users: 250, devices: 375, scope: ['after-hours', 'patching', 'backup'] })[
      'per-user'
    ];
    await expectMonthly(page, 'per-user', withBackup);
    expect((await monthly(page, 'per-user')).high).toBeGreaterThan(beforeScope.high);
    await expect(page).toHaveURL((url) => url.search.includes('scope=after-hours,patching,backup'));

    // The term radios move with arrow keys; the table's term column follows.
    await page.locator('input[name="term"][value="3"]').focus();
    await page.keyboard.press('ArrowUp');
    await expect(first(page, '.est-table thead')).toContainText('Over 2 years');

    // The annual adjustment takes up to two decimals; the term total follows.
    const figures = first(page, '[data-model="per-user"] .est-figures');
    const termBefore = (await figures.textContent()) ?? '';
    await page.focus('#est-adj');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4.75');
    await expect(page).toHaveURL((url) => url.search.includes('adj=4.75'));
    await expect(page.locator('#est-adj-error')).toHaveCount(0);
    await expect(figures).not.toHaveText(termBefore);

    // A typed value the estimator cannot use is explained where it was typed, and ignored.
    await page.focus('#est-users');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0');
    await expect(page.locator('#est-users-error')).toBeVisible();
    await expect(page.locator('#est-users')).toHaveAttribute('aria-invalid', 'true');
    expect((await monthly(page, 'per-user')).high).toBeGreaterThan(0);

    // The screen reader summary follows, after a pause.
    await expect(page.locator('.estimator [role="status"][aria-live="polite"]')).toHaveText(/Per user \$/, {
      timeout: 3000,
    });
    expect(watch.problems).toEqual([]);
  });

  test('opens a shared link with exactly the figures the pricing module computes', async ({ page, watch, context }) => {
    const link = '/estimator/?v=1&users=120&devices=180&scope=after-hours,security&hours=25&term=2&adj=3&for=Acme';
    await page.goto(link);
    await hydrated(page);
    const want = expected({
      users: 120,
      devices: 180,
      scope: ['after-hours', 'security'],
      hoursPerMonth: 25,
      termYears: 2,
      annualAdjustmentPercent: 3,
    });
    for (const id of PRICING_MODEL_IDS) await expectMonthly(page, id, want[id]);
    await expect(page.locator('[data-model]')).toHaveCount(PRICING_MODEL_IDS.length);

    await expect(first(page, '.estimator .notice')).toContainText('come from the link you opened');
    await expect(first(page, '.prepared-for')).toHaveText('Prepared for Acme');
    await expect(page.locator('#est-users')).toHaveValue('120');
    await expect(page.locator('#est-devices')).toHaveValue('180');
    await expect(page.locator('#est-hours')).toHaveValue('25');
    await expect(page.locator('#est-adj')).toHaveValue('3');
    await expect(page.locator('input[name="term"][value="2"]')).toBeChecked();
    await expect(page.locator('input[name="scope"][value="security"]')).toBeChecked();
    await expect(page.locator('input[name="scope"][value="patching"]')).not.toBeChecked();
    await expect(page).toHaveURL((url) => url.search === link.slice(link.indexOf('?')));

    // The suggestion names one model and says why.
    await expect(first(page, '.suggestion')).toHaveText(/Suits this company: .+\. .+/);
    // The security comparison names both sides and the months without cover.
    const security = first(page, '.est-security');
    await expect(security).toContainText('about 6 weeks');
    await expect(security).toContainText('about 9 months');
    await expect(security).toContainText('Months without cover');

    // Print: the form goes, the chart and its table stay.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.estimator-form')).toBeHidden();
    await expect(page.locator('.est-chart-svg')).toBeVisible();
    await expect(page.locator('.est-table')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The e-mail link and the copied link are the address on screen.
    const shareUrl = page.url();
    const mailto = (await page.locator('.share-actions a', { hasText: 'E-mail link' }).getAttribute('href')) ?? '';
    expect(decodeURIComponent(mailto)).toContain(`Co-managed IT estimate for Acme (`);
    expect(decodeURIComponent(mailto)).toContain(`\n\n${shareUrl}\n`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(first(page, '.share-actions [role="status"]')).toContainText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);

    // The CSV holds every model's line items, with the same totals.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV of the line items' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('co-managed-it-estimate-acme.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFModel,Item,Unit,Quantity,Low (USD),High (USD),Monthly low (USD),Monthly high (USD),Term low (USD),Term high (USD)',
    );
    expect(csv).toContain(
      `Per user per month,"Total (2-year term, 3% annual adjustment)",per month,,,,${want['per-user'].low}.00,`,
    );
    expect(watch.problems).toEqual([]);
  });

  test('arrives from the fit assessment pre-filled', async ({ page, watch, freshPage }) => {
    await page.goto(
      '/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner',
    );
    await page.getByRole('link', { name: 'Open the estimator with these answers' }).click();
    await expect(page).toHaveURL(/\/estimator\//);
    await hydrated(page);
    await expect(page.locator('#est-users')).toHaveValue('120');
    // The same work the assessment's split handed the MSP: after-hours tier-1 and patching, and the security stack.
    const scope = ['after-hours', 'patching', 'backup', 'security'] as const;
    for (const item of scope) {
      await expect(page.locator(`input[name="scope"][value="${item}"]`), item).toBeChecked();
    }
    await expect(page.locator('input[name="scope"][value="projects"]')).not.toBeChecked();
    await expectMonthly(
      page,
      'per-user',
      expected({ ...START, users: 120, devices: 180, scope: [...scope] })['per-user'],
    );

    // Opening the estimator with no link at all starts from the saved assessment, and says so.
    const other = await freshPage();
    await other.page.goto(
      '/assessment/?v=1&employees=300&it-staff=2&needs=compliance&custom-apps=no&it-is=capability&msp-is=partner',
    );
    // The assessment saves its answers once it has read the link and shows a result.
    await expect(other.page.locator('[data-recommendation]')).toBeVisible();
    await other.page.goto('/estimator/');
    await hydrated(other.page);
    await expect(other.page.locator('#est-users')).toHaveValue('300');
    await expect(first(other.page, '.estimator')).toContainText('Filled in from your fit assessment');
    // Compliance hands the MSP the evidence library and the backups; the control owner stays yours.
    for (const item of ['backup', 'compliance']) {
      await expect(other.page.locator(`input[name="scope"][value="${item}"]`), item).toBeChecked();
    }
    for (const item of ['patching', 'security']) {
      await expect(other.page.locator(`input[name="scope"][value="${item}"]`), item).not.toBeChecked();
    }
    // Each model says what it prices; per user leaves the evidence work out, beside its figure.
    await expect(other.page.locator('[data-model="block-hours"]')).toHaveAttribute('data-covers', 'backup compliance');
    await expect(other.page.locator('[data-model="per-user"]')).toHaveAttribute('data-covers', 'backup');
    await expect(first(other.page, '[data-model="per-user"] .est-leaves-out')).toContainText(
      'Compliance evidence library',
    );
    await expect(other.page.locator('[data-from-assessment] a[href="#from-assessment"]')).toHaveCount(1);
    expect(watch.problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });

  test('shrugs off a hostile link: lists what it ignored, shows no NaN, runs no markup', async ({ page, watch }) => {
    await page.goto(
      '/estimator/?users=-5&users=7&devices=NaN&scope=%3Cscript%3Ealert(1)%3C/script%3E&term=99&hours=1e9&for=%3Cimg%20src=x%20onerror=alert(1)%3E',
    );
    await hydrated(page);
    const notice = page.locator('.estimator .notice', { hasText: 'could not be used' });
    await expect(notice).toBeVisible();
    const ignored = await notice.locator('li').allInnerTexts();
    for (const param of ['users', 'devices', 'scope', 'term', 'hours']) {
      expect(
        ignored.some((line) => line.startsWith(`${param} `) || line.startsWith(`${param}:`)),
        param,
      ).toBe(true);
    }
    expect(ignored.some((line) => line.includes('repeated'))).toBe(true);
    // Each reason in the words of the estimator's copy file, numbers as the page writes them.
    expect(ignored).toContain('term = 99: must be 1, 2 or 3 (years)');
    expect(ignored).toContain('hours = 1e9: must be a whole number from 0 to 2,000, written in digits');
    // The notice quotes the link ("devices = NaN"); nothing the page computed may read like that.
    expect(await pageText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await expect(page.locator('#est-devices')).toHaveValue('150');
    await expect(page.locator('img')).toHaveCount(0);
    expect(
      await page.evaluate(() => [...document.scripts].filter((script) => script.text.includes('alert(')).length),
    ).toBe(0);
    await expect(first(page, '.prepared-for')).toHaveText('Prepared for <img src=x onerror=alert(1)>');
    // Ignored values fall back to the defaults.
    await expect(page.locator('#est-users')).toHaveValue('100');
    for (const id of PRICING_MODEL_IDS) {
      const { low, high } = await monthly(page, id);
      expect(Number.isSafeInteger(low) && Number.isSafeInteger(high) && low <= high && low > 0, id).toBe(true);
    }
    expect(watch.dialogs).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the estimate for the starting inputs and the price bands', async ({ page }) => {
      await page.goto('/estimator/');
      const want = expected(START);
      for (const id of PRICING_MODEL_IDS) await expectMonthly(page, id, want[id]);
      await expect(page.locator('.est-bands table')).toHaveCount(2);
      await expect(first(page, '.est-bands')).toContainText('$50–$200 a user a month');
    });
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('has no console errors or CSP violations, and no sideways scrolling', async ({ page, watch }) => {
      await page.goto(
        '/estimator/?v=1&users=100000&devices=1000000&scope=after-hours,patching,backup,security,projects&hours=2000&term=3&adj=25',
        {
          waitUntil: 'networkidle',
        },
      );
      await hydrated(page);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      // The long parts of the estimate skip layout while off screen, so bring each into view and check it fits.
      for (const selector of ['.est-chart', '.est-models', '.est-security', '.est-assumption-list', '.est-bands']) {
        await page.locator(selector).scrollIntoViewIfNeeded();
        const overflow = await page.locator(selector).evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, selector).toBeLessThanOrEqual(0);
      }
      expect(await pageText(page)).not.toMatch(/NaN|Infinity|undefined/);
      await page.getByRole('button', { name: 'Change answers' }).click();
      await page.getByRole('button', { name: 'Reset to our defaults' }).click();
      await expect(page.locator('#est-users')).toHaveValue('100');
      // Every figure, the address and the form go back to the starting inputs.
      const start = expected(START);
      for (const id of PRICING_MODEL_IDS) await expectMonthly(page, id, start[id]);
      await expect(page.locator('#est-adj')).toHaveValue('3');
      await expect(page.locator('input[name="scope"][value="backup"]')).not.toBeChecked();
      await expect(page).toHaveURL(
        (url) => url.search === '?v=1&users=100&devices=150&scope=after-hours,patching&hours=20&term=3&adj=3',
      );
      expect(watch.problems).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  });
});
