import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/site-copy.json' with { type: 'json' };
import { SITE_COPY_FILE, siteCopy, siteCopySchema } from '../../../src/lib/content/site-copy';
import { SITE_NAV } from '../../../src/lib/content/site-nav';
import { editedCopy, problemsFor } from '../../support/data-file-problems';

const problemsWith = (edit: (copy: any) => void) => problemsFor(siteCopySchema, editedCopy(raw, edit), SITE_COPY_FILE);

describe('the site’s own words (src/data/site-copy.json)', () => {
  it('validates as shipped, and names the header’s links', () => {
    expect(siteCopy.skipLink).toBe('Skip to content');
    expect(SITE_NAV.map((item) => item.label)).toEqual(Object.values(siteCopy.nav.links));
  });

  it.each([
    {
      problem: 'a blank label',
      edit: (copy: any) => (copy.search.submit = '  '),
      says: 'search.submit: must not be blank',
    },
    {
      problem: 'a missing page title',
      edit: (copy: any) => delete copy.pages.notFound.title,
      says: 'pages.notFound.title:',
    },
    {
      problem: 'a link the footer does not fill',
      edit: (copy: any) => (copy.footer.links = '{linkHelp} · {sitemap} · {privacy}'),
      says: 'footer.links: has an unknown placeholder {privacy}; use only {linkHelp}, {sitemap}',
    },
    {
      problem: 'a placeholder in text that takes none',
      edit: (copy: any) => (copy.pages.faq.heading = 'Questions about {site}'),
      says: 'pages.faq.heading: has an unknown placeholder {site}; this text takes no placeholders',
    },
    {
      problem: 'a search count that names its number wrongly',
      edit: (copy: any) => (copy.searchStatus.found.other = '{count} pages match “{query}”.'),
      says: 'searchStatus.found.other: has an unknown placeholder {count}; use only {n}, {query}',
    },
    {
      problem: 'a preview card line quoting what the card does not give it',
      edit: (copy: any) => (copy.previewCards.guide.eyebrow = 'Guide · chapter {chapter}'),
      says: 'previewCards.guide.eyebrow: has an unknown placeholder {chapter}; use only {part}',
    },
    {
      problem: 'a page title pattern with a misspelt placeholder',
      edit: (copy: any) => (copy.pageTitle.other = '{titel} | {site}'),
      says: 'pageTitle.other: has an unknown placeholder {titel}; use only {title}, {site}',
    },
    {
      problem: 'a word the site does not use',
      edit: (copy: any) => (copy.nav.links.blog = 'Blog'),
      says: 'nav.links: Unrecognized key: "blog"',
    },
  ])('with $problem, fails the build naming the file and the field', ({ edit, says }) => {
    const message = problemsWith(edit);
    expect(message).toContain(SITE_COPY_FILE);
    expect(message).toContain(says);
  });

  it('lists every bad field at once', () => {
    const message = problemsWith((copy) => {
      copy.skipLink = '';
      delete copy.callToAction.byline;
    });
    expect(message).toContain('skipLink:');
    expect(message).toContain('callToAction.byline:');
  });
});
