import { searchStatus } from '../data/site-copy.json';

/** Loads the Pagefind index written after the build and runs queries against it. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

export class SearchUnavailableError extends Error {}

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  // Kept out of the bundle on purpose: the index only exists after `npm run build`.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(
    async (module: PagefindApi) => {
      await module.options({ excerptLength: 24 });
      return module;
    },
    () => {
      pagefind = undefined;
      throw new SearchUnavailableError(
        import.meta.env.DEV
          ? 'Search needs a build: the index is made by “npm run build”. Then try it with “npm run preview”.'
          : searchStatus.unavailable,
      );
    },
  );
  return pagefind;
}

export async function searchSite(query: string, limit = 10): Promise<SearchHit[]> {
  const api = await loadPagefind();
  const response = await api.search(query);
  if (!response) return [];
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return data.map((item) => ({ url: item.url, title: item.meta.title ?? item.url, excerpt: item.excerpt }));
}
