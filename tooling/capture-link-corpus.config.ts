import { defineConfig } from 'vitest/config';

/**
 * Runs the corpus captures (tooling/capture-link-corpus.ts, tooling/capture-planner-links.ts) on
 * purpose only; no test command includes them, and each runs only under its own variable.
 */
export default defineConfig({
  test: { include: ['tooling/capture-link-corpus.ts', 'tooling/capture-planner-links.ts'], environment: 'node' },
});
