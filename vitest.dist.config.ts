import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site's files in dist/: run `npm run build` first (./scripts/test does both).
 * The tests in a browser (and Lighthouse) are Playwright's: playwright.config.ts.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
