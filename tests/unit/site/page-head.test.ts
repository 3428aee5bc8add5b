import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildPageHead, type PageMeta } from '../../../src/lib/seo/page-head';
import { siteCopy } from '../../../src/lib/content/site-copy';
import { otherBrand, testBrand } from './test-brand';

const base: PageMeta = {
  path: '/faq/',
  title: 'Frequently asked questions',
  description: 'Answers about co-managed IT.',
  imagePath: '/og/faq.png',
  imageAlt: 'FAQ preview card',
};

const property = (head: ReturnType<typeof buildPageHead>, name: string) =>
  head.properties.filter((p) => p.property === name).map((p) => p.content);
const named = (head: ReturnType<typeof buildPageHead>, name: string) =>
  head.names.filter((n) => n.name === name).map((n) => n.content);

describe('absoluteUrl', () => {
  it('joins the brand base URL and a site path', () => {
    expect(absoluteUrl(testBrand, '/faq/')).toBe('https://co-managed-it.example.com/faq/');
    expect(absoluteUrl(otherBrand, '/')).toBe('https://acme.example.org/');
  });

  it.each(['faq/', '', 'https://evil.example/'])('throws on the path %j without a leading slash', (path) => {
    expect(() => absoluteUrl(testBrand, path)).toThrow(`expected a site path starting with "/", got "${path}"`);
  });
});

describe('buildPageHead', () => {
  it('formats the home page title as "Site: Title"', () => {
    const head = buildPageHead(testBrand, { ...base, path: '/', title: 'Share IT work' }, siteCopy.pageTitle);
    expect(head.title).toBe('Co-Managed IT Guide: Share IT work');
  });

  it('formats other titles as "Title | Site"', () => {
    expect(buildPageHead(testBrand, base, siteCopy.pageTitle).title).toBe(
      'Frequently asked questions | Co-Managed IT Guide',
    );
    expect(buildPageHead(otherBrand, base, siteCopy.pageTitle).title).toBe('Frequently asked questions | Acme IT');
  });

  it('makes the canonical URL absolute from the brand baseUrl and uses it for og:url', () => {
    const head = buildPageHead(testBrand, base, siteCopy.pageTitle);
    expect(head.canonical).toBe('https://co-managed-it.example.com/faq/');
    expect(property(head, 'og:url')).toEqual([head.canonical]);
    expect(buildPageHead(otherBrand, base, siteCopy.pageTitle).canonical).toBe('https://acme.example.org/faq/');
  });

  it('lets canonicalPath override the canonical and og:url', () => {
    const head = buildPageHead(testBrand, { ...base, path: '/search/', canonicalPath: '/' }, siteCopy.pageTitle);
    expect(head.canonical).toBe('https://co-managed-it.example.com/');
    expect(property(head, 'og:url')).toEqual(['https://co-managed-it.example.com/']);
  });

  it('makes og:image and twitter:image absolute and declares 1200x630', () => {
    const head = buildPageHead(testBrand, base, siteCopy.pageTitle);
    const image = 'https://co-managed-it.example.com/og/faq.png';
    expect(property(head, 'og:image')).toEqual([image]);
    expect(named(head, 'twitter:image')).toEqual([image]);
    expect(property(head, 'og:image:width')).toEqual(['1200']);
    expect(property(head, 'og:image:height')).toEqual(['630']);
    expect(property(head, 'og:image:alt')).toEqual(['FAQ preview card']);
  });

  it('sets robots only for noindex pages', () => {
    expect(buildPageHead(testBrand, base, siteCopy.pageTitle).robots).toBeNull();
    expect(buildPageHead(testBrand, { ...base, noindex: false }, siteCopy.pageTitle).robots).toBeNull();
    expect(buildPageHead(testBrand, { ...base, noindex: true }, siteCopy.pageTitle).robots).toBe('noindex, follow');
  });

  it('throws on a page path, canonical path or image path without a leading slash', () => {
    expect(() => buildPageHead(testBrand, { ...base, path: 'faq/' }, siteCopy.pageTitle)).toThrow(/starting with "\/"/);
    expect(() => buildPageHead(testBrand, { ...base, canonicalPath: 'faq/' }, siteCopy.pageTitle)).toThrow(
      /got "faq\/"/,
    );
    expect(() => buildPageHead(testBrand, { ...base, imagePath: 'og/faq.png' }, siteCopy.pageTitle)).toThrow(
      /got "og\/faq.png"/,
    );
  });

  it('includes the twitter card tags', () => {
    const head = buildPageHead(testBrand, base, siteCopy.pageTitle);
    expect(named(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(named(head, 'twitter:title')).toEqual([base.title]);
    expect(named(head, 'twitter:description')).toEqual([base.description]);
    expect(named(head, 'twitter:image:alt')).toEqual([base.imageAlt]);
    expect(named(head, 'description')).toEqual([base.description]);
  });

  it('fills Open Graph type, site name, title, description and locale', () => {
    const head = buildPageHead(testBrand, base, siteCopy.pageTitle);
    expect(property(head, 'og:type')).toEqual(['website']);
    expect(property(head, 'og:site_name')).toEqual(['Co-Managed IT Guide']);
    expect(property(head, 'og:title')).toEqual([base.title]);
    expect(property(head, 'og:description')).toEqual([base.description]);
    expect(property(head, 'og:locale')).toEqual(['en_US']);
    expect(property(buildPageHead(otherBrand, base, siteCopy.pageTitle), 'og:locale')).toEqual(['en_GB']);
    expect(property(buildPageHead(testBrand, { ...base, type: 'article' }, siteCopy.pageTitle), 'og:type')).toEqual([
      'article',
    ]);
  });

  it('emits each meta tag once', () => {
    const head = buildPageHead(testBrand, { ...base, type: 'article', noindex: true }, siteCopy.pageTitle);
    const props = head.properties.map((p) => p.property);
    const names = head.names.map((n) => n.name);
    expect(new Set(props).size).toBe(props.length);
    expect(new Set(names).size).toBe(names.length);
    expect(head.description).toBe(base.description);
  });
});
