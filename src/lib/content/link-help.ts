/**
 * The words of /link-help/, from src/data/link-help.json: the page's own text, how a parameter's
 * values are described (filled from each link format's table by link-docs.ts) and what each
 * parameter means. The meanings must name exactly the format's parameters and `v`, so a
 * parameter added to a link, or one renamed, fails the build until the page explains it.
 */
import { z } from 'zod';
import raw from '../../data/link-help.json' with { type: 'json' };
import { ASSESSMENT_LINK_FORMAT } from '../assessment/link-params';
import { parseDataFile } from '../config/config-error';
import { ESTIMATOR_LINK_FORMAT } from '../pricing/link-params';
import { placeholderTemplate as template } from '../text/template-schema';
import { pageHeadWords } from '../tools/words-schema';

export const LINK_HELP_FILE = 'src/data/link-help.json';

const meanings = (format: { params: readonly { name: string }[] }) =>
  z.strictObject(
    Object.fromEntries(['v', ...format.params.map((param) => param.name)].map((name) => [name, template()])),
  );

const text = template();

/** A tool's section of the page; {path} is the tool's address, set as code. */
const toolSection = z.strictObject({ heading: text, tableLabel: text, start: template('path') });

/** The page's own words around the tables; values in {braces} are set as code. */
const pageWords = z.strictObject({
  ...pageHeadWords('linkHelp'),
  lead: template('copyLink'),
  /** The assessment's button, in bold in the lead. */
  copyLink: text,
  columns: z.strictObject({ parameter: text, values: text, meaning: text }),
  example: text,
  assessment: toolSection.extend({ outcomePages: template('outcomePath') }),
  estimator: toolSection,
  planner: z.strictObject({
    heading: text,
    share: template('path', 'link', 'v', 'version', 'm'),
    tooLong: template('fromAssessment'),
  }),
  wrongLink: z.strictObject({ heading: text, text }),
});

export const linkHelpSchema = z.strictObject({
  page: pageWords,
  /** `{items}` and `{none}` are values set as code, the rest words and numbers. */
  values: z.strictObject({
    wholeNumber: template('min', 'max'),
    percent: template('min', 'max', 'decimals'),
    /** The last of several values a parameter takes: "`1`, `2` or `3`". */
    alternatives: template('items', 'last'),
    list: template('items', 'none'),
    /** What a list's "none of them" is when the link carries an empty value for it. */
    emptyValue: template(),
    text: template('maxLength'),
  }),
  meanings: z.strictObject({
    assessment: meanings(ASSESSMENT_LINK_FORMAT),
    estimator: meanings(ESTIMATOR_LINK_FORMAT),
  }),
});
export type LinkHelpWords = z.infer<typeof linkHelpSchema>;

/** The shipped words; importing this fails the build when the file is wrong. */
export const linkHelp: LinkHelpWords = parseDataFile(linkHelpSchema, raw, LINK_HELP_FILE);
