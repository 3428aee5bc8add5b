import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  definedTermSetJsonLd,
  faqPageJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} from '../../../src/lib/seo/json-ld';
import { otherBrand, testBrand } from './test-brand';

const BASE = 'https://co-managed-it.example.com';

describe('serializeJsonLd', () => {
  it('escapes "<" so "</script>" in data cannot close the script tag', () => {
    const data = { name: 'Evil </script><script>alert(1)</script> <!-- x' };
    const out = serializeJsonLd(data);
    expect(out).not.toContain('<');
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).toContain('\\u003c/script>');
    expect(JSON.parse(out)).toEqual(data);
  });

  it('round-trips arbitrary JSON through JSON.parse and never emits "<"', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const out = serializeJsonLd(data);
        expect(out).not.toContain('<');
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });

  it('leaves data without "<" byte-identical to JSON.stringify', () => {
    const data = { '@type': 'Thing', name: 'A & B > C "quoted"' };
    expect(serializeJsonLd(data)).toBe(JSON.stringify(data));
  });
});

describe('webSiteJsonLd', () => {
  it('describes the site with a SearchAction pointing at /search/', () => {
    const ld = webSiteJsonLd(testBrand);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Co-Managed IT Guide',
      description: testBrand.tagline,
      url: `${BASE}/`,
      inLanguage: 'en-US',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${BASE}/search/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  it('follows the brand base URL', () => {
    const ld = webSiteJsonLd(otherBrand) as { potentialAction: { target: { urlTemplate: string } } };
    expect(ld.potentialAction.target.urlTemplate).toBe('https://acme.example.org/search/?q={search_term_string}');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers crumbs from 1 with absolute item URLs', () => {
    const ld = breadcrumbJsonLd(testBrand, [
      { name: 'Home', path: '/' },
      { name: 'Guide', path: '/guide/' },
      { name: 'Pricing models', path: '/pricing-models/' },
    ]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${BASE}/` },
      { '@type': 'ListItem', position: 2, name: 'Guide', item: `${BASE}/guide/` },
      { '@type': 'ListItem', position: 3, name: 'Pricing models', item: `${BASE}/pricing-models/` },
    ]);
  });

  it('rejects a crumb path without a leading slash', () => {
    expect(() => breadcrumbJsonLd(testBrand, [{ name: 'Bad', path: 'guide/' }])).toThrow();
  });
});

describe('faqPageJsonLd', () => {
  it('maps each question and joins answer paragraphs with a blank line', () => {
    const ld = faqPageJsonLd([
      { question: 'What is co-managed IT?', answer: ['First paragraph.', 'Second paragraph.'] },
      { question: 'Who pays?', answer: ['You do.'] },
    ]);
    expect(ld['@type']).toBe('FAQPage');
    expect(ld['mainEntity']).toEqual([
      {
        '@type': 'Question',
        name: 'What is co-managed IT?',
        acceptedAnswer: { '@type': 'Answer', text: 'First paragraph.\n\nSecond paragraph.' },
      },
      { '@type': 'Question', name: 'Who pays?', acceptedAnswer: { '@type': 'Answer', text: 'You do.' } },
    ]);
  });
});

describe('definedTermSetJsonLd', () => {
  it('has one DefinedTerm per term with #id URLs under the set URL', () => {
    const ld = definedTermSetJsonLd(testBrand, '/glossary/', [
      { id: 'msp', term: 'MSP', definition: 'A provider.' },
      { id: 'tier-1', term: 'tier-1', definition: 'First line.' },
    ]);
    expect(ld).toMatchObject({
      '@type': 'DefinedTermSet',
      '@id': `${BASE}/glossary/`,
      url: `${BASE}/glossary/`,
      name: 'Co-Managed IT Guide glossary',
    });
    expect(ld['hasDefinedTerm']).toEqual([
      {
        '@type': 'DefinedTerm',
        '@id': `${BASE}/glossary/#msp`,
        name: 'MSP',
        description: 'A provider.',
        url: `${BASE}/glossary/#msp`,
        inDefinedTermSet: `${BASE}/glossary/`,
      },
      {
        '@type': 'DefinedTerm',
        '@id': `${BASE}/glossary/#tier-1`,
        name: 'tier-1',
        description: 'First line.',
        url: `${BASE}/glossary/#tier-1`,
        inDefinedTermSet: `${BASE}/glossary/`,
      },
    ]);
  });
});

describe('articleJsonLd', () => {
  const facts = {
    title: 'Pricing models',
    description: 'How MSPs charge.',
    path: '/pricing-models/',
    imagePath: '/og/pricing-models.png',
    updated: new Date(Date.UTC(2026, 2, 5, 23, 59, 59)),
  };

  it('uses a YYYY-MM-DD dateModified', () => {
    const ld = articleJsonLd(testBrand, facts);
    expect(ld['dateModified']).toBe('2026-03-05');
    expect(ld['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps the date of a frontmatter-style date (UTC midnight)', () => {
    const ld = articleJsonLd(testBrand, { ...facts, updated: new Date('2025-12-31') });
    expect(ld['dateModified']).toBe('2025-12-31');
  });

  it('uses absolute URLs and the brand as author and publisher', () => {
    const ld = articleJsonLd(testBrand, facts);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'Pricing models',
      description: 'How MSPs charge.',
      mainEntityOfPage: `${BASE}/pricing-models/`,
      image: `${BASE}/og/pricing-models.png`,
      inLanguage: 'en-US',
    });
    const org = { '@type': 'Organization', name: 'Co-Managed IT Guide', url: `${BASE}/` };
    expect(ld['author']).toEqual(org);
    expect(ld['publisher']).toEqual(org);
  });
});
