import { searchStatus as words } from '../data/site-copy.json';
import { SearchUnavailableError, searchSite, type SearchHit } from './pagefind-client';

/**
 * Copies Pagefind's excerpt into the page keeping only text and <mark>: nothing a query or an
 * indexed page holds can become markup here.
 */
function appendExcerpt(target: HTMLElement, excerptHtml: string) {
  const parsed = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, 'text/html');
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, hit.excerpt);
  item.append(link, excerpt);
  return item;
}

/**
 * fillTemplate's rule (src/lib/text/template.ts) for the status line's two values. Not imported:
 * that module is a chunk the tools share, and search must stay the one script it fetches.
 */
const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

let latestQuery = 0;

/** Runs a query and shows its results; older queries that finish late are dropped. */
export async function showSearchResults(query: string, list: HTMLElement, status: HTMLElement) {
  const ticket = ++latestQuery;
  const trimmed = query.trim();
  if (!trimmed) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = words.searching;
  try {
    const hits = await searchSite(trimmed);
    if (ticket !== latestQuery) return;
    list.replaceChildren(...hits.map(renderHit));
    // The words were validated at build time (src/lib/content/site-copy.ts, which every page imports).
    status.textContent = hits.length
      ? fill(hits.length === 1 ? words.found.one : words.found.other, { n: hits.length, query: trimmed })
      : fill(words.none, { query: trimmed });
  } catch (error) {
    if (ticket !== latestQuery) return;
    list.replaceChildren();
    status.textContent = error instanceof SearchUnavailableError ? error.message : words.failed;
  }
}
