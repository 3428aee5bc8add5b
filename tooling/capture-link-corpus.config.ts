import { defineConfig } from 'vitest/config';

/** Runs tooling/capture-link-corpus.ts on purpose only; no test command includes it. */
export default defineConfig({ test: { include: ['tooling/capture-link-corpus.ts'], environment: 'node' } });
