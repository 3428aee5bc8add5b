import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** Every HTML page the build wrote, as paths relative to dist/ ("faq/index.html"). */
export function builtHtmlFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (name === 'pagefind' || name === '_astro') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(relative(DIST, full));
    }
  };
  walk(DIST);
  return found.sort();
}

/** "faq/index.html" → "/faq/"; "index.html" → "/". */
export function sitePathOf(htmlFile: string): string {
  if (htmlFile === '404.html') return '/404/';
  return `/${htmlFile.replace(/index\.html$/, '')}`;
}

export function readBuilt(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** Pages of reading matter: they must ship no JavaScript beyond the search loader. */
export const TOOL_PATHS = new Set(['/assessment/', '/estimator/', '/handoff-planner/', '/search/']);
// /embed/ previews the tools in frames and loads the host script; its tool pages keep the tools' budget.
export const isContentPage = (path: string) =>
  !TOOL_PATHS.has(path) &&
  !path.startsWith('/assessment/') &&
  !path.startsWith('/estimator/') &&
  !path.startsWith('/embed/') &&
  path !== '/404/';
