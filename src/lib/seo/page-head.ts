import type { Brand } from '../config/brand-schema';
import type { PageTitleWords } from '../content/site-copy';
import { fillTemplate } from '../text/template';

export interface PageMeta {
  /** Site path of the page, starting and ending with "/" (e.g. "/faq/"). */
  path: string;
  title: string;
  description: string;
  /** Site path of the 1200x630 preview image. */
  imagePath: string;
  imageAlt: string;
  type?: 'website' | 'article';
  /** Where search engines should send this page's ranking, when it is a variant of another. */
  canonicalPath?: string;
  noindex?: boolean;
}

export interface PageHead {
  title: string;
  description: string;
  canonical: string;
  robots: string | null;
  properties: { property: string; content: string }[];
  names: { name: string; content: string }[];
}

export function absoluteUrl(brand: Brand, path: string): string {
  if (!path.startsWith('/')) throw new Error(`expected a site path starting with "/", got "${path}"`);
  return `${brand.baseUrl}${path}`;
}

/**
 * Every tag a page needs to be found and previewed, built from the brand and the page; `titles`
 * (site-copy.json's pageTitle) says how the <title> joins the page's title and the site's name.
 */
export function buildPageHead(brand: Brand, page: PageMeta, titles: PageTitleWords): PageHead {
  const isHome = page.path === '/';
  const title = fillTemplate(isHome ? titles.home : titles.other, { site: brand.siteName, title: page.title });
  const canonical = absoluteUrl(brand, page.canonicalPath ?? page.path);
  const image = absoluteUrl(brand, page.imagePath);
  return {
    title,
    description: page.description,
    canonical,
    robots: page.noindex ? 'noindex, follow' : null,
    properties: [
      { property: 'og:type', content: page.type ?? 'website' },
      { property: 'og:site_name', content: brand.siteName },
      { property: 'og:title', content: page.title },
      { property: 'og:description', content: page.description },
      { property: 'og:url', content: canonical },
      { property: 'og:locale', content: brand.locale.replace('-', '_') },
      { property: 'og:image', content: image },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: page.imageAlt },
    ],
    names: [
      { name: 'description', content: page.description },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: page.title },
      { name: 'twitter:description', content: page.description },
      { name: 'twitter:image', content: image },
      { name: 'twitter:image:alt', content: page.imageAlt },
    ],
  };
}
