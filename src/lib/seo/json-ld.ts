import type { Brand } from '../config/brand-schema';
import { absoluteUrl } from './page-head';

type JsonLd = Record<string, unknown>;

/** JSON for a <script type="application/ld+json">, with "<" escaped so text cannot close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function webSiteJsonLd(brand: Brand): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: brand.siteName,
    description: brand.tagline,
    url: absoluteUrl(brand, '/'),
    inLanguage: brand.locale,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(brand, '/search/')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbJsonLd(brand: Brand, crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(brand, crumb.path),
    })),
  };
}

export interface ArticleFacts {
  title: string;
  description: string;
  path: string;
  imagePath: string;
  updated: Date;
}

export function articleJsonLd(brand: Brand, article: ArticleFacts): JsonLd {
  const publisher = { '@type': 'Organization', name: brand.siteName, url: absoluteUrl(brand, '/') };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    mainEntityOfPage: absoluteUrl(brand, article.path),
    image: absoluteUrl(brand, article.imagePath),
    dateModified: article.updated.toISOString().slice(0, 10),
    inLanguage: brand.locale,
    author: publisher,
    publisher,
  };
}

export interface QuestionAndAnswer {
  question: string;
  answer: readonly string[];
}

export function faqPageJsonLd(items: readonly QuestionAndAnswer[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer.join('\n\n') },
    })),
  };
}

export interface TermFacts {
  id: string;
  term: string;
  definition: string;
}

export function definedTermSetJsonLd(brand: Brand, path: string, terms: readonly TermFacts[]): JsonLd {
  const setUrl = absoluteUrl(brand, path);
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': setUrl,
    name: `${brand.siteName} glossary`,
    url: setUrl,
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': `${setUrl}#${term.id}`,
      name: term.term,
      description: term.definition,
      url: `${setUrl}#${term.id}`,
      inDefinedTermSet: setUrl,
    })),
  };
}
