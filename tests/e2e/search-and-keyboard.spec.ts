import { expect, test } from './support/fixtures';

test.describe('search', () => {
  test('opens with Ctrl+K, finds a term from the FAQ, and the result navigates there', async ({ page, watch }) => {
    await page.goto('/comparison/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('#search-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.locator('#search-dialog-input')).toBeFocused();
    await page.keyboard.type('staff augmentation');
    const faqResult = dialog.locator('.search-results a[href^="/faq/"]').first();
    await expect(faqResult).toBeVisible();
    await expect(dialog.locator('[data-search-status]')).toHaveText(/match/);
    await faqResult.click();
    await expect(page).toHaveURL(/\/faq\//);
    await expect(page.locator('h1')).toHaveText(/questions/i);
    expect(watch.problems).toEqual([]);
  });

  test('closes on Escape and returns focus to the search button', async ({ page, watch }) => {
    await page.goto('/glossary/');
    await page.locator('[data-search-open]').click();
    await expect(page.locator('#search-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog')).toBeHidden();
    await expect(page.locator('[data-search-open]')).toBeFocused();
    expect(watch.problems).toEqual([]);
  });

  test('runs the query from a ?q= link on the search page and escapes what the link holds', async ({
    page,
    watch,
    openPage,
  }) => {
    await page.goto('/search/?q=contract%20length');
    await expect(page.locator('#search-page-results li a').first()).toBeVisible();
    await expect(page.locator('#search-page-input')).toHaveValue('contract length');
    const hostile = await openPage();
    await hostile.page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(hostile.page.locator('#search-page-status')).toHaveText(/No page matches|match/);
    await expect(hostile.page.locator('#search-page-status img, #search-page-results img')).toHaveCount(0);
    expect(watch.problems).toEqual([]);
    expect(hostile.problems).toEqual([]);
  });

  test('fetches no script until asked, then opens from the second request on too', async ({ page, watch }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/faq/', { waitUntil: 'load' });
    expect(scripts).toEqual([]);
    await page.locator('[data-search-open]').click();
    await expect(page.locator('#search-dialog')).toBeVisible();
    expect(scripts.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog')).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(page.locator('#search-dialog')).toBeVisible();
    expect(watch.problems).toEqual([]);
  });

  test('goes to the search page when the search code cannot be fetched', async ({ page }) => {
    await page.route(/SearchCode[^/]*\.js$/, (route) => route.abort());
    await page.goto('/faq/');
    await page.locator('[data-search-open]').click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#search-page-input')).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the search button is a link to the search page', async ({ page }) => {
      await page.goto('/faq/');
      await page.locator('[data-search-open]').click();
      await expect(page).toHaveURL(/\/search\/$/);
    });
  });
});

test.describe('keyboard', () => {
  test('reaches the skip link first, then the navigation and search, and the skip link moves focus to the content', async ({
    page,
  }) => {
    await page.goto('/');
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to content');
    const visited: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      visited.push(await focusedHref());
    }
    expect(visited).toEqual(expect.arrayContaining(['/faq/', '/glossary/', '/assessment/', '/search/']));
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});
