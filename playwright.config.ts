import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './tooling/chromium-flags.ts';

/*
 * The end-to-end tests of the built site: `npm run build` first, then `npx playwright test`
 * (./scripts/test does both). Playwright serves dist/ itself with scripts/static-server.ts,
 * the server that sends dist/_headers as a static host would, so the pages run under the
 * production Content-Security-Policy.
 *
 * The browser is Debian's Chromium (`apt-get install chromium`, or CHROMIUM_PATH), launched
 * through executablePath: nothing here or in the npm packages downloads a browser, and
 * `npx playwright install` is never needed.
 */

const port = Number(process.env.E2E_PORT ?? 4391);
const baseURL = `http://127.0.0.1:${port}`;
const inCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // One test at a time by default: the machines this runs on have two shared cores, and the
  // timing-sensitive checks (the estimator's delayed announcement, Lighthouse) want them.
  // `--workers=2` runs the browser test files side by side.
  workers: 1,
  fullyParallel: false,
  forbidOnly: inCI,
  // No retries, in CI either: every check is deterministic, and a retry would hide a flaky
  // test rather than fix it. The one infrastructure flake known (Lighthouse losing its trace on
  // a busy machine) is retried inside tooling/lighthouse-scores.ts, never a real measurement.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/lighthouse.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: CHROMIUM_FLAGS,
        },
      },
    },
    {
      // Lighthouse starts its own Chromium (chrome-launcher, same executable and flags) and
      // needs only the served site: it runs after the browser tests, on its own.
      name: 'lighthouse',
      testMatch: '**/lighthouse.spec.ts',
      timeout: 600_000,
    },
  ],
  webServer: {
    command: `node scripts/static-server.ts ${port}`,
    url: `${baseURL}/`,
    // Never test whatever already listens on the port (another checkout's build, say): a busy
    // port fails the run with Playwright's message. E2E_PORT picks another one.
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
