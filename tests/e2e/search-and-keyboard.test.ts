import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, openWatchedPage } from './support/browser';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await newContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  it('opens with Ctrl+K, finds a term from the FAQ, and the result navigates there', async () => {
    const { page, problems } = await openWatchedPage(context);
    await page.goto('/comparison/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('#search-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('staff augmentation');
    const faqResult = dialog.locator('.search-results a[href^="/faq/"]').first();
    await faqResult.waitFor();
    await expect.poll(() => dialog.locator('[data-search-status]').textContent()).toMatch(/match/);
    await faqResult.click();
    await page.waitForURL(/\/faq\//);
    expect(await page.locator('h1').textContent()).toMatch(/questions/i);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('closes on Escape and returns focus to the search button', async () => {
    const { page, problems } = await openWatchedPage(context);
    await page.goto('/glossary/');
    await page.locator('[data-search-open]').click();
    await page.locator('#search-dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('#search-dialog').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs the query from a ?q= link on the search page and escapes what the link holds', async () => {
    const { page, problems } = await openWatchedPage(context);
    await page.goto('/search/?q=contract%20length');
    await page.locator('#search-page-results li a').first().waitFor();
    expect(await page.inputValue('#search-page-input')).toBe('contract length');
    const hostile = await openWatchedPage(context);
    await hostile.page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect.poll(() => hostile.page.locator('#search-page-status').textContent()).toMatch(/No page matches|match/);
    expect(await hostile.page.locator('#search-page-status img, #search-page-results img').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(hostile.problems).toEqual([]);
    await page.close();
    await hostile.page.close();
  });

  it('works without JavaScript: the search button is a link to the search page', async () => {
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/faq/');
    await page.locator('[data-search-open]').click();
    await page.waitForURL(/\/search\/$/);
    await noJs.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, then the navigation and search, and the skip link moves focus to the content', async () => {
    const { page } = await openWatchedPage(context);
    await page.goto('/');
    const focused = async () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '' };
      });
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Skip to content');
    const visited: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      visited.push((await focused()).href);
    }
    expect(visited).toEqual(expect.arrayContaining(['/faq/', '/glossary/', '/assessment/', '/search/']));
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
