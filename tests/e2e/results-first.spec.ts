import type { Locator, Page } from '@playwright/test';
import { encodeMatrixLink } from '../../src/lib/handoff/link-codec';
import { createDefaultMatrix, updateMatrixInfo } from '../../src/lib/handoff/matrix';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { shippedRowNames as ROW_NAMES } from '../../src/lib/handoff-copy/copy';

/*
 * A link to a filled-in tool opens on its result, on a phone within the first screen, with the
 * answers in short and a way back to the form; on a wide screen the inputs and the live result
 * sit side by side. Issue 10, "Results first".
 */

interface Tool {
  name: string;
  link: () => Promise<string>;
  /** What a reader opened the link for: the recommendation, the figures, the plan's open checks. */
  result: string;
  says: RegExp;
  preparedFor: boolean;
  /** The form's first field, which the summary's button ("Change answers") puts the reader in. */
  firstField: string;
  change: string;
}

const TOOLS: Tool[] = [
  {
    name: 'fit assessment',
    link: async () =>
      '/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Freight',
    result: '#result-title',
    says: /^Co-managed IT fits best$/,
    preparedFor: true,
    firstField: '#question-employees',
    change: 'Change answers',
  },
  {
    name: 'pricing estimator',
    link: async () =>
      '/estimator/?v=1&users=120&devices=180&scope=after-hours,patching,security&hours=20&term=3&adj=3&for=Acme%20Freight',
    result: '.suggestion',
    says: /^Suits this company: per user per month\. \$[\d,]+–\$[\d,]+ a month, typically \$[\d,]+\. /,
    preparedFor: true,
    firstField: '#est-users',
    change: 'Change answers',
  },
  {
    name: 'handoff planner',
    link: async () =>
      `/handoff-planner/?${await encodeMatrixLink(
        updateMatrixInfo(createDefaultMatrix(ROW_NAMES), { internalTeam: 'Acme Freight IT', mspName: 'Northwind MSP' }),
        ROW_NAMES,
      )}`,
    result: '.hp-count',
    says: /^\d+ checks? open\./,
    preparedFor: false,
    firstField: '#hp-internal',
    change: 'Change the plan',
  },
];

const layout = (page: Page) => page.locator('.tool-layout');
const summary = (page: Page) => page.locator('.answer-summary');

type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };

/**
 * The layout shift of the load so far in the page's content, as Lighthouse adds it up (shifts
 * right after input left out). The site header is left out: what moves there is not the tool's.
 */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const inContent = (node: Node | null) => document.querySelector('main')!.contains(node);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LayoutShift[]) {
            if (!entry.hadRecentInput && entry.sources.some(({ node }) => inContent(node))) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );

/** Fully on screen where the page opened, without the reader scrolling. */
async function expectInFirstScreen(page: Page, locator: Locator) {
  await expect(locator).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => scrollY)).toBe(0);
}

for (const tool of TOOLS) {
  test.describe(`a shared ${tool.name} link`, () => {
    test.describe('on a 390 × 844 phone', () => {
      test.use({ viewport: { width: 390, height: 844 } });

      test('opens on the result, within the first screen and without a jump, then the answers in short', async ({
        page,
        watch,
      }) => {
        await page.goto(await tool.link());
        await expect(layout(page)).toHaveAttribute('data-mode', 'result-first');
        const result = page.locator(tool.result);
        await expect(result).toHaveText(tool.says);
        await expectInFirstScreen(page, result);
        if (tool.preparedFor) {
          await expect(page.locator('.prepared-for')).toHaveText('Prepared for Acme Freight');
          await expectInFirstScreen(page, page.locator('.prepared-for'));
        }
        // The answers in short follow the result, with the way back to the form; the form is put away.
        await expect(summary(page)).toBeVisible();
        expect(
          await result.evaluate(
            (element, next) => element.compareDocumentPosition(next!),
            await summary(page).elementHandle(),
          ),
        ).toBe(4);
        await expect(page.locator(tool.firstField)).toBeHidden();
        await expect(page.locator('.tool-intro')).toBeHidden();
        // The page was laid out once, in the mode it opened in.
        expect(await layoutShift(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.problems).toEqual([]);
      });

      test('"Change answers" brings back the form with the first field focused, by keyboard', async ({
        page,
        watch,
      }) => {
        await page.goto(await tool.link());
        await expect(layout(page)).toHaveAttribute('data-mode', 'result-first');
        const url = page.url();
        const change = summary(page).getByRole('button', { name: tool.change });
        await change.focus();
        await page.keyboard.press('Enter');
        await expect(page.locator(tool.firstField)).toBeFocused();
        await expect(page.locator(tool.firstField)).toBeInViewport();
        await expect(summary(page)).toHaveCount(0);
        await expect(layout(page)).toHaveAttribute('data-mode', 'inputs-first');
        await expect(page.locator('.tool-intro')).toBeVisible();
        // Nothing about the answers changed, so neither did the address (the planner clears its own on opening).
        if (tool.preparedFor) expect(page.url()).toBe(url);
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.problems).toEqual([]);
      });
    });
  });
}

test.describe('the fit assessment after "Change answers"', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('keeps the link in the address and the result live as answers change', async ({ page }) => {
    await page.goto(await TOOLS[0]!.link());
    await page.getByRole('button', { name: 'Change answers' }).click();
    await expect(page.locator('#question-employees')).toHaveValue('120');
    await page.fill('#question-it-staff', '0');
    await expect(page.locator('#assessment-result')).toHaveAttribute('data-recommendation', 'fully-managed');
    await expect(page).toHaveURL(/\/assessment\/fully-managed\/\?v=1&employees=120&it-staff=0&.*for=Acme%20Freight/);
    // Reopened, the address is a link again and leads with its result.
    await page.reload();
    await expect(layout(page)).toHaveAttribute('data-mode', 'result-first');
    await expect(page.locator('#result-title')).toHaveText('Fully managed IT fits best');
  });
});

test.describe('an address that is not a link', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/estimator/', '/estimator/?utm_source=newsletter', '/handoff-planner/?from=assessment']) {
    test(`${path} opens on the form`, async ({ page, watch }) => {
      await page.goto(path);
      await expect(layout(page)).toHaveAttribute('data-mode', 'inputs-first');
      await expect(page.locator('.tool-inputs input').first()).toBeVisible();
      await expect(summary(page)).toHaveCount(0);
      expect(await layoutShift(page)).toBe(0);
      expect(watch.problems).toEqual([]);
    });
  }

  test('a plain address is never held back before the tool has run', async ({ page }) => {
    await page.goto('/assessment/');
    expect(await page.evaluate(() => document.documentElement.classList.contains('opening'))).toBe(false);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('a link shows the page as built: the intro, the form and the result', async ({ page }) => {
    await page.goto(await TOOLS[1]!.link());
    await expect(page.locator('.tool-intro')).toBeVisible();
    await expect(page.locator('#est-users')).toBeVisible();
    await expect(page.locator('.suggestion')).toBeVisible();
  });
});

test.describe('on a 1280 px wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the estimate sits beside the inputs and stays in view, updating, as the reader works down the form', async ({
    page,
    watch,
  }) => {
    await page.goto('/estimator/');
    await expect(page.locator('.estimator')).toHaveAttribute('data-ready');
    const suggestion = page.locator('.suggestion');
    const form = page.locator('.estimator-form');
    const [formBox, resultBox] = [await form.boundingBox(), await suggestion.boundingBox()];
    expect(resultBox!.x).toBeGreaterThan(formBox!.x + formBox!.width);
    expect(resultBox!.y).toBeLessThan(formBox!.y + formBox!.height);

    // The last field is far down the form: the page scrolls, the estimate stays.
    const last = page.locator('#est-adj');
    await last.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    await expect(suggestion).toBeInViewport({ ratio: 1 });
    const before = await suggestion.textContent();
    await last.fill('10');
    await page.locator('#est-users').fill('400');
    await page.locator('input[name="scope"][value="projects"]').check();
    await expect(suggestion).not.toHaveText(before!);
    await expect(suggestion).toBeInViewport({ ratio: 1 });
    await expect(page.locator('[data-model="per-user"]')).not.toHaveAttribute('data-monthly-high', '12000');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test('the assessment keeps its recommendation in view while the last questions are answered', async ({ page }) => {
    await page.goto('/assessment/');
    await page.fill('#question-employees', '120');
    await page.fill('#question-it-staff', '2');
    const headline = page.locator('#result-title');
    await expect(headline).toBeVisible();
    const last = page.locator('input[name="msp-is"][value="cost-lever"]');
    await last.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    await expect(headline).toBeInViewport({ ratio: 1 });
    await page.locator('input[name="needs"][value="security"]').check();
    await expect(headline).toHaveText('Co-managed IT fits best');
    await last.check();
    await expect(headline).not.toHaveText('Co-managed IT fits best');
    await expect(headline).toBeInViewport({ ratio: 1 });
  });

  test('a link leads with its result; "Change answers" puts the form beside it', async ({ page, watch }) => {
    await page.goto(await TOOLS[0]!.link());
    await expect(layout(page)).toHaveAttribute('data-mode', 'result-first');
    await expectInFirstScreen(page, page.locator('#result-title'));
    await summary(page).getByRole('button', { name: 'Change answers' }).click();
    await expect(page.locator('#question-employees')).toBeFocused();
    const [formBox, resultBox] = [
      await page.locator('.assessment-form').boundingBox(),
      await page.locator('#result-title').boundingBox(),
    ];
    expect(resultBox!.x).toBeGreaterThan(formBox!.x + formBox!.width);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
