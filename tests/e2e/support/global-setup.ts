import { existsSync } from 'node:fs';

const dist = new URL('../../../dist/', import.meta.url);

/** The tests run against dist/: without a build the server would answer every page with an error. */
export default function checkBuilt() {
  if (!existsSync(new URL('index.html', dist)) || !existsSync(new URL('pagefind/pagefind.js', dist))) {
    throw new Error('dist/ is missing or has no search index: run `npm run build` first');
  }
}
