import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Serves the built site (dist/) the way a static host would, for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('dist/ is missing or has no search index: run `npm run build` first');
  }
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await startStaticServer('dist', port);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseUrl}/`, 30_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.close();
  };
}
