import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export interface Watch {
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
  /** Requests that left the site's own origin. */
  foreignRequests: string[];
  /** Messages of the alerts, confirms and prompts the page opened, each dismissed. */
  dialogs: string[];
}

export interface WatchedPage extends Watch {
  page: Page;
}

export interface FreshPage extends WatchedPage {
  /** A browser profile of its own, closed when the test ends. */
  context: BrowserContext;
}

/** Starts recording what goes wrong on `page`; call it before the first navigation. */
export async function watchPage(page: Page, baseURL: string): Promise<Watch> {
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // CSP violations also reach the console, but the event names the blocked directive exactly.
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
      );
    });
  });
  return { problems, foreignRequests, dialogs };
}

interface Fixtures {
  /** What went wrong on the test's `page` (console errors, CSP violations, foreign requests, dialogs). */
  watch: Watch;
  /** Opens another watched page, in the test's own browser profile unless `context` is given. */
  openPage: (context?: BrowserContext) => Promise<WatchedPage>;
  /**
   * Opens a watched page in a new browser profile (with the project's base URL), so nothing
   * saved by the test's own profile leaks in: "another browser". Closed when the test ends.
   */
  freshPage: (options?: BrowserContextOptions) => Promise<FreshPage>;
}

export const test = base.extend<Fixtures>({
  watch: async ({ page, baseURL }, use) => {
    await use(await watchPage(page, baseURL!));
  },
  openPage: async ({ context, baseURL }, use) => {
    await use(async (inContext = context) => {
      const page = await inContext.newPage();
      return { page, ...(await watchPage(page, baseURL!)) };
    });
  },
  freshPage: async ({ browser, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL: baseURL!, ...options });
      contexts.push(context);
      const page = await context.newPage();
      return { page, context, ...(await watchPage(page, baseURL!)) };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/** How many pages the page prints on: each page of a PDF is one "/Type /Page" object (the page tree is "/Type /Pages"). */
export async function printedPageCount(page: Page, options: Parameters<Page['pdf']>[0]): Promise<number> {
  const pdf = (await page.pdf(options)).toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Moves focus with Tab until an element matching `selector` has it (at most `limit` presses), as a keyboard user would. */
export async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
