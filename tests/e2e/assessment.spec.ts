import type { Page } from '@playwright/test';
import { decodeAssessmentQuery } from '../../src/lib/assessment/link-codec';
import { scorableAnswers } from '../../src/lib/assessment/answers';
import { assessmentRules } from '../../src/lib/assessment/rules';
import { assessFit } from '../../src/lib/assessment/score';
import brand from '../../src/data/brand.json' with { type: 'json' };
import { expect, printedPageCount, tabTo, test } from './support/fixtures';

const STORAGE_KEY = 'co-managed-it:assessment';
const CO_MANAGED_LINK =
  '/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Freight';
const NOT_RENDERED = /\bNaN\b|Infinity|undefined|\[object/;

/** The result carries the recommended model in data-recommendation once there is one. */
const result = (page: Page) => page.locator('#assessment-result');
const expectedFor = (query: string) => {
  const scorable = scorableAnswers(decodeAssessmentQuery(query).answers);
  if (!scorable) throw new Error(`test link lacks a head count: ${query}`);
  return assessFit(scorable, assessmentRules).recommendation;
};

test.use({ viewport: { width: 390, height: 844 } });

test.describe('fit assessment', () => {
  test('can be completed by keyboard alone, shows progress, and the result survives a reload', async ({
    page,
    watch,
  }) => {
    await page.goto('/assessment/');
    await expect(result(page)).toBeVisible();
    const progress = page.locator('.progress');
    await expect(progress).toContainText('0 of 6 answered');

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

    await expect(progress).toContainText('6 of 6 answered');
    const expected = expectedFor(
      'v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner',
    );
    await expect(result(page)).toHaveAttribute('data-recommendation', expected);
    await expect(page.locator('input[name="custom-apps"][value="no"]')).toBeChecked();
    // The result is announced to screen readers.
    await expect(page.locator('.assessment > [role="status"][aria-live="polite"]')).toHaveText(/fits best/);
    // The address bar is always a shareable copy of the answers.
    await expect(page).toHaveURL(/employees=120/);

    const urlBeforeReload = page.url();
    await page.reload();
    await expect(page).toHaveURL(urlBeforeReload);
    await expect(page.locator('#question-employees')).toHaveValue('120');
    await expect(result(page), `after reload of ${urlBeforeReload}`).toHaveAttribute('data-recommendation', expected);
    await expect(page.locator('#question-employees')).toHaveValue('120');
    expect(watch.problems).toEqual([]);
  });

  test('opens a shared link with the same result at once, answers still editable, and the result updates live', async ({
    page,
    watch,
  }) => {
    await page.goto(CO_MANAGED_LINK);
    await expect(result(page)).toHaveAttribute('data-recommendation', expectedFor(CO_MANAGED_LINK.split('?')[1]!));
    await expect(page.locator('.assessment-result')).toContainText('Prepared for Acme Freight');
    // Reasons name the answer and link to the guide; the co-managed split and risks are shown.
    const reasonLinks = page.locator('.reasons a');
    await expect.poll(() => reasonLinks.count()).toBeGreaterThan(2);
    for (const link of await reasonLinks.all()) {
      await expect(link).toHaveAttribute('href', /^\/[a-z-]+\/(#[a-z0-9-]+)?$/);
    }
    await expect(page.locator('.split')).toHaveCount(1);
    await expect(page.locator('.risks li')).toHaveCount(3);
    // The share link points at the outcome page, where the preview names the recommendation.
    await expect(page).toHaveURL((url) => url.pathname === '/assessment/co-managed/');

    // It opens on the result; the answers come back to be changed.
    await page.getByRole('button', { name: 'Change answers' }).click();
    await page.fill('#question-it-staff', '0');
    await expect(result(page)).toHaveAttribute('data-recommendation', 'fully-managed');
    await expect(page).toHaveURL((url) => url.pathname === '/assessment/fully-managed/');
    expect(watch.problems).toEqual([]);
  });

  test('shows a result from a link with only the two head counts, and says what is still open', async ({
    page,
    watch,
  }) => {
    await page.goto('/assessment/?v=1&employees=40&it-staff=0');
    await expect(result(page)).toHaveAttribute('data-recommendation', 'fully-managed');
    await expect(result(page).locator('.based-on')).toContainText('2 of 6');
    await expect.poll(() => result(page).locator('.tipping-points li').count()).toBeGreaterThanOrEqual(4);
    expect(watch.problems).toEqual([]);
  });

  for (const [name, query, rule] of [
    [
      'a provider squeezed at every renewal',
      'employees=150&it-staff=2&needs=after-hours&custom-apps=yes&it-is=capability&msp-is=cost-lever',
      'provider-as-cost-lever',
    ],
    [
      'no gap to hand over',
      'employees=150&it-staff=2&needs=none&custom-apps=yes&it-is=capability&msp-is=partner',
      'no-gap',
    ],
    [
      'fewer than 50 employees',
      'employees=40&it-staff=1&needs=security&custom-apps=yes&it-is=capability&msp-is=partner',
      'small-company',
    ],
  ] as const) {
    test(`never offers co-managed for ${name}, and names the rule`, async ({ page }) => {
      await page.goto(`/assessment/?v=1&${query}`);
      await expect(result(page)).toHaveAttribute('data-recommendation');
      await expect(result(page)).not.toHaveAttribute('data-recommendation', 'co-managed');
      // The reason given is the rule's own wording, the same the table on the page shows.
      const why = assessmentRules.decisionRules.find((candidate) => candidate.id === rule)!.why;
      await expect(page.locator('.reasons .against')).toContainText([why]);
      await expect(page.locator(`#rule-${rule}`)).toContainText(why);
    });
  }

  test('lets a shared link win over saved answers, and says so', async ({ page, watch }) => {
    await page.goto(CO_MANAGED_LINK);
    await expect(result(page)).toHaveAttribute('data-recommendation', 'co-managed');
    await page.goto(
      '/assessment/?v=1&employees=30&it-staff=0&needs=none&custom-apps=no&it-is=cost-center&msp-is=partner',
    );
    await expect(result(page)).toHaveAttribute('data-recommendation', 'fully-managed');
    await expect(page.locator('.notice').first()).toHaveText(/replace the answers saved/);
    expect(watch.problems).toEqual([]);
  });

  test('copies a link that reproduces the result, with visible confirmation', async ({
    page,
    watch,
    context,
    baseURL,
    freshPage,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(CO_MANAGED_LINK);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.share-status')).toContainText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${baseURL}/assessment/co-managed/?`)).toBe(true);
    const other = await freshPage();
    await other.page.goto(copied);
    await expect(result(other.page)).toHaveAttribute('data-recommendation', 'co-managed');
    const mailto = await page.getByRole('link', { name: 'E-mail link' }).getAttribute('href');
    expect(mailto).toContain(encodeURIComponent('/assessment/co-managed/?'));
    expect(watch.problems).toEqual([]);
  });

  test('offers to send the result to the MSP, with a summary and the link, and no booking link by default', async ({
    page,
    watch,
  }) => {
    await page.goto(CO_MANAGED_LINK);
    const panel = page.locator('.send-to-msp');
    await expect(panel).toContainText(brand.mspName);
    const email = panel.getByRole('link', { name: `E-mail ${brand.mspName}` });
    // The message is made when the reader reaches the panel.
    await email.hover();
    await expect(email).toHaveAttribute('href', /body=/);
    const mail = new URL((await email.getAttribute('href'))!);
    expect(mail.pathname).toBe(brand.contactEmail);
    expect(mail.searchParams.get('subject')).toContain('Acme Freight');
    const body = mail.searchParams.get('body')!;
    expect(body).toContain('Co-managed IT fits best');
    expect(body).toContain('120 employees');
    expect(body).toMatch(/\/assessment\/co-managed\/\?v=1&employees=120/);
    // The default brand has no booking page, so nothing points off the site.
    await expect(panel.locator('[data-action="book"]')).toHaveCount(0);
    expect(watch.problems).toEqual([]);
  });

  test('survives a hostile link: nothing thrown, no markup rendered, ignored values listed, defaults used', async ({
    page,
    watch,
  }) => {
    const junk = 'x'.repeat(10_000);
    await page.goto(
      `/assessment/?v=1&employees=-5&employees=7&it-staff=1e3&needs=%3Cscript%3Ealert(1)%3C/script%3E,security` +
        `&custom-apps=maybe&it-is=NaN&msp-is=%3Cb%3Ebold%3C/b%3E&for=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&junk=${junk}&%E0%A4%A=1`,
    );
    const notice = page.locator('.notice').first();
    await expect(notice).toBeVisible();
    // Each value with its reason, worded by the copy file when the page shows the notice.
    await expect(notice.locator('li')).toContainText([
      'employees = -5: must be between 1 and 100,000',
      'employees = 7: repeated; the first value was used',
      'it-staff = 1e3: not a whole number',
      'needs = <script>alert(1)</script>: unknown need',
      'custom-apps = maybe: must be yes or no',
    ]);
    await expect(page.locator('.assessment img, .assessment script, .assessment b')).toHaveCount(0);
    await expect(page.locator('.assessment-form')).not.toHaveText(NOT_RENDERED, { useInnerText: true });
    await expect(page.locator('.assessment-result')).not.toHaveText(NOT_RENDERED, { useInnerText: true });
    await expect(page.locator('#question-employees')).toHaveValue('');
    await expect(page.locator('input[name="needs"][value="security"]')).toBeChecked();
    // The name is kept as plain text, never as an element.
    await expect(page.locator('#prepared-for')).toHaveValue('<img src=x onerror=alert(1)>');
    expect(watch.problems).toEqual([]);
  });

  test('never breaks when storage is corrupt, full or missing, and start over clears everything', async ({
    context,
    openPage,
  }) => {
    await context.addInitScript(
      ([key]) => {
        if (location.search.includes('storage=corrupt')) localStorage.setItem(key!, '%%%{not a link');
        if (location.search.includes('storage=blocked')) {
          Object.defineProperty(window, 'localStorage', {
            get: () => {
              throw new Error('storage disabled');
            },
          });
        }
      },
      [STORAGE_KEY],
    );
    const corrupt = await openPage();
    await corrupt.page.goto('/assessment/?storage=corrupt');
    await expect(corrupt.page.locator('#question-employees')).toBeVisible();
    await corrupt.page.fill('#question-employees', '80');
    await expect(corrupt.page.locator('.progress')).toContainText('1 of 6');

    const blocked = await openPage();
    await blocked.page.goto('/assessment/?storage=blocked');
    await blocked.page.fill('#question-employees', '80');
    await expect(blocked.page.locator('.progress')).toContainText('1 of 6');

    const { page, problems } = await openPage();
    await page.goto(CO_MANAGED_LINK);
    await expect(result(page)).toHaveAttribute('data-recommendation', 'co-managed');
    await page.getByRole('button', { name: 'Change answers' }).click();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.locator('.progress')).toContainText('0 of 6 answered');
    await expect(result(page)).not.toHaveAttribute('data-recommendation');
    await page.goto('/assessment/');
    await expect(page.locator('.progress')).toContainText('0 of 6 answered');
    expect(corrupt.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    expect(blocked.problems).toEqual([]);
    expect(problems).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the decision table', async ({ page }) => {
      await page.goto('/assessment/');
      await expect(page.locator('#how-it-decides')).toHaveCount(1);
      expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(5);
    });
  });

  test('gives each outcome page its own preview, canonical to the landing page', async ({ request }) => {
    for (const outcome of ['in-house', 'co-managed', 'fully-managed']) {
      const html = await (await request.get(`/assessment/${outcome}/`)).text();
      expect(html).toMatch(new RegExp(`<meta property="og:image" content="[^"]+/og/assessment-${outcome}\\.png"`));
      expect(html).toMatch(/<link rel="canonical" href="[^"]+\/assessment\/">/);
    }
  });

  test('prints the result, reasons and split on one A4 or Letter page, without the form', async ({ page, watch }) => {
    // The longest result there is: every gap handed over, the most reasons, a tipping point.
    await page.goto(
      '/assessment/?v=1&employees=60&it-staff=1&needs=after-hours,security,cloud,compliance,projects&custom-apps=yes' +
        '&it-is=capability&msp-is=partner&for=Northwind%20Logistics%20and%20Warehousing%20Limited%20Partnership',
    );
    await expect(result(page)).toHaveAttribute('data-recommendation', 'co-managed');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.assessment-form')).toBeHidden();
    for (const selector of ['#result-title', '.prepared-for', '.split', '.reasons', '.tipping-points', '.risks']) {
      await expect(page.locator(selector).first(), selector).toBeVisible();
    }
    for (const format of ['A4', 'Letter'] as const) {
      expect(await printedPageCount(page, { format, printBackground: false }), format).toBe(1);
    }
    expect(watch.problems).toEqual([]);
  });
});
