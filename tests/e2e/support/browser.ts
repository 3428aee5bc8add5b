import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../tooling/chromium-flags';

export const baseUrl = () => inject('baseUrl');

/** Debian's Chromium; tests never download a browser of their own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
  /** Requests that left the site's own origin. */
  foreignRequests: string[];
}

export async function openWatchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
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
  return { page, problems, foreignRequests };
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  return browser.newContext({ baseURL: baseUrl(), ...options });
}

export interface FreshPage extends WatchedPage {
  context: BrowserContext;
  /** Messages of the alerts, confirms and prompts the page opened, each dismissed. */
  dialogs: string[];
}

/** A watched page in a browser profile of its own, so nothing saved by another test leaks in. Close `context` when done. */
export async function openFreshPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<FreshPage> {
  const context = await newContext(browser, options);
  const watched = await openWatchedPage(context);
  const dialogs: string[] = [];
  watched.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { ...watched, context, dialogs };
}

/** How many pages the page prints on: each page of a PDF is one "/Type /Page" object (the page tree is "/Type /Pages"). */
export async function printedPageCount(page: Page, options: Parameters<Page['pdf']>[0]): Promise<number> {
  const pdf = (await page.pdf(options)).toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
