import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/*
 * `npx vitest run` runs the tests that need no build: unit (pure logic), content (what the
 * shipped data files say) and dom (components). The tests of the built site are in
 * vitest.dist.config.ts; ./scripts/test runs both.
 */
export default defineConfig({
  test: {
    projects: [
      // Property tests replay thousands of cases: give them room on a busy machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      // Tests that pin shipped content (the rules file's answers for real companies): an MSP that
      // tunes its data files edits these, never the engine's tests in unit.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        plugins: [preact()],
        test: { name: 'dom', include: ['tests/dom/**/*.test.tsx'], environment: 'happy-dom' },
      },
    ],
  },
});
