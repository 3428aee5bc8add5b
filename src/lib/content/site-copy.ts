/**
 * The words of the site around the guide and the tools, from src/data/site-copy.json: the
 * header, search, footer and call to action on every page, and the pages whose text is not a
 * content collection's (home page meta, FAQ, glossary, guide chapters, search, 404). Importing
 * this validates the file: a blank or missing field, or a {placeholder} the page does not fill,
 * fails the build naming the file and the field. Each tool page's words are in its own copy file.
 */
import { z } from 'zod';
import raw from '../../data/site-copy.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { placeholderTemplate as template } from '../text/template-schema';

export const SITE_COPY_FILE = 'src/data/site-copy.json';

const text = template();

/** A page's title, description and preview alt text; {site} is the site's name. */
const pageMeta = { title: text, description: text, imageAlt: template('site') };

const previewCard = z.strictObject({ eyebrow: text, title: text });

export const siteCopySchema = z.strictObject({
  /** The <title> of every page (what a browser tab and a search result show): the home page's, and the rest's. */
  pageTitle: z.strictObject({ home: template('site', 'title'), other: template('title', 'site') }),
  skipLink: text,
  /** The breadcrumb trail's name for screen readers, and its first crumb on the guide's pages. */
  crumbs: z.strictObject({ label: text, home: text }),
  /** The header's navigation: its name for screen readers and each link's words. */
  nav: z.strictObject({
    label: text,
    links: z.strictObject({
      guide: text,
      assessment: text,
      estimator: text,
      handoffPlanner: text,
      faq: text,
      glossary: text,
    }),
  }),
  /** The header's search button and the dialog it opens. */
  search: z.strictObject({
    open: text,
    shortcut: text,
    title: text,
    close: text,
    /** After `close`, for screen readers only. */
    closeWhat: text,
    inputLabel: text,
    submit: text,
  }),
  /**
   * What the search status line says, in the browser (src/search/*.ts import just this key):
   * {n} is the number of pages found, {query} what the reader typed.
   */
  searchStatus: z.strictObject({
    searching: text,
    found: z.strictObject({ one: template('n', 'query'), other: template('n', 'query') }),
    none: template('query'),
    failed: text,
    /** The search index did not load (offline, or a failed deploy). */
    unavailable: text,
  }),
  tableOfContents: text,
  /** The tooltip of a guide term linked to the glossary. */
  glossaryLinkTitle: template('term'),
  callToAction: z.strictObject({
    label: text,
    tools: template('lead', 'assessment', 'estimator', 'planner'),
    /** In bold at the start of `tools`. */
    lead: text,
    assessmentLink: text,
    estimatorLink: text,
    plannerLink: text,
    byline: template('msp'),
  }),
  footer: z.strictObject({
    publisher: template('site', 'msp'),
    /** {callToAction} is brand.json's link; {email} its contact address. */
    contact: template('callToAction', 'email'),
    links: template('linkHelp', 'sitemap'),
    linkHelpLink: text,
    sitemapLink: text,
  }),
  /**
   * The link-preview images (/og/<card>.png) chat apps and search results show: a small line
   * above the title, and the title. A guide page's card takes its title from the page.
   */
  previewCards: z.strictObject({
    home: previewCard,
    faq: previewCard,
    glossary: previewCard,
    search: previewCard,
    linkHelp: previewCard,
    assessment: previewCard,
    /** The cards of the outcome pages share links point to: one line above, a title per model. */
    outcomes: z.strictObject({ eyebrow: text, 'in-house': text, 'co-managed': text, 'fully-managed': text }),
    estimator: previewCard,
    handoffPlanner: previewCard,
    guide: z.strictObject({ eyebrow: template('part') }),
  }),
  pages: z.strictObject({
    home: z.strictObject(pageMeta),
    /** Every chapter of the guide; its title, description and navigation label are its own. */
    guide: z.strictObject({
      crumb: text,
      imageAlt: template('title', 'site'),
      progress: template('part', 'parts', 'date'),
      readingOrder: text,
      previous: text,
      next: text,
      wholeGuide: text,
    }),
    faq: z.strictObject({
      crumb: text,
      ...pageMeta,
      heading: text,
      lead: text,
      questions: text,
      readMore: text,
    }),
    glossary: z.strictObject({ crumb: text, ...pageMeta, heading: text, lead: text, see: text }),
    notFound: z.strictObject({
      title: text,
      description: text,
      heading: text,
      lead: text,
      home: text,
      search: text,
    }),
    search: z.strictObject({ ...pageMeta, heading: text, prompt: text }),
  }),
});
export type SiteCopy = z.infer<typeof siteCopySchema>;
export type PreviewCardWords = SiteCopy['previewCards'];
export type PageTitleWords = SiteCopy['pageTitle'];

/** The shipped words; importing this fails the build when the file is wrong. */
export const siteCopy: SiteCopy = parseDataFile(siteCopySchema, raw, SITE_COPY_FILE);
