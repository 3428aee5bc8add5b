import { z } from 'zod';
import { placeholderTemplate as template } from '../text/template-schema';
import {
  answerSummaryWordsSchema,
  fileStemSchema,
  linkNoticeWordsSchema,
  shareWordsSchema,
  pageHeadWords,
} from '../tools/words-schema';
import { CHECK_IDS, HANDOFF_KEYS, OWNERS, REVIEW_CADENCES, ROW_KINDS } from '../handoff/vocabulary';
import { rowNameSchema, rowNamesSchema } from './row-name';
import { NOT_A_ROW, TEXT_FIELDS } from '../handoff/read-problems';

/**
 * Every word the handoff planner shows, from src/data/handoff-planner-copy.json. The page
 * validates the file at build time and passes the words to the island as props, so zod never
 * reaches the browser; this lives beside src/lib/handoff rather than in it because that folder
 * is the planner's browser code. Each template accepts only the {placeholders} the code fills.
 */

const text = template();

/** An object with exactly these keys, each holding `value`. */
const keyed = <const Key extends string, Value extends z.ZodType>(keys: readonly Key[], value: Value) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<Key, Value>);

const countForms = z.strictObject({ zero: text, one: text, other: template('n') });

/** A heading of the guide, linked from a check: a page and one of its anchors. */
const guideSection = z.strictObject({
  href: z.string().regex(/^\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'must be a guide page and a heading: /page/#heading'),
  title: text,
});

/** A field of a row's card: its visible label and its name for screen readers, which names the row. */
const field = z.strictObject({ label: text, name: template('row') });
const hintedField = field.extend({ hint: text });

/** A row in words: the editor, the printable appendix and both exports describe rows alike. */
const rowWords = z.strictObject({
  owners: keyed(OWNERS, text),
  sharedLedBy: template('lead'),
  sharedNoLead: text,
  kinds: keyed(ROW_KINDS, text),
  cadences: keyed(REVIEW_CADENCES, text),
  intakeChannels: template('channels'),
  noChannels: text,
  reviewCadence: template('cadence'),
  exitTerms: template('tools', 'exportFormat', 'timeline'),
  notNamed: text,
  /** Column headings of the exports: the CSV header, the Markdown tables. */
  columns: z.strictObject({
    kind: text,
    row: text,
    owner: text,
    lead: text,
    escalation: text,
    responseTarget: text,
    details: text,
    notes: text,
    openChecks: text,
  }),
});

/** What each check says, what the count says, and what a screen reader hears when checks change. */
const checkWords = z.strictObject({
  unowned: template('row'),
  sharedWithoutLead: template('row'),
  multipleIntakeChannels: template('count', 'channels'),
  noIncidentBridgeRow: text,
  noEscalationRole: template('row'),
  noScopeReviewRow: text,
  noCadence: template('row'),
  noExitTermsRow: text,
  exitTermsMissing: template('row', 'missing'),
  exitTermParts: z.strictObject({ tools: text, exportFormat: text, timeline: text }),
  providerOwnsEndUsers: template('msp', 'row'),
  /** The provider, in a check, when the plan does not name it. */
  theMsp: text,
  /** "a, b and c". */
  list: template('items', 'last'),
  guides: keyed(CHECK_IDS, guideSection),
  /** The label of a check about the whole plan rather than one row. */
  wholePlan: text,
  summary: countForms,
  heading: template('count'),
  changes: z.strictObject({
    openedOne: template('check'),
    openedMany: template('n'),
    closedOne: text,
    closedMany: template('n'),
  }),
});

const markdownWords = z.strictObject({
  title: text,
  internalTeam: text,
  msp: text,
  date: text,
  notNamed: text,
  notSet: text,
  functions: text,
  handoffPoints: text,
  noFunctions: text,
  noHandoffPoints: text,
  see: template('link'),
});

/**
 * What reading a plan from a file or a link says (src/lib/handoff/read-problems.ts): why it was
 * refused, and what it changed or dropped. {source} is what `sources` calls the file or link.
 */
const readingWords = z.strictObject({
  sources: z.strictObject({ file: text, link: text }),
  refusals: z.strictObject({
    'too-big': template('source', 'kb'),
    'not-json': template('source'),
    'too-deep': template('source'),
    'too-many-items': template('source', 'max'),
    'forbidden-key': template('source', 'key'),
    'not-a-matrix': template('source'),
    'damaged-version': template('source'),
    'newer-format': template('source', 'version', 'max'),
    'no-rows': template('source'),
    unreadable: template('source'),
    'link-too-long': template('source'),
    'no-matrix': template('source'),
    'newer-link': template('source', 'version'),
    'no-link-version': template('source'),
    'damaged-link': template('source'),
    'unpacks-too-big': template('source', 'kb'),
  }),
  /** What a warning is about: the whole file or link, a row ({n}: its position), a field of a row. */
  places: z.strictObject({
    document: template('source'),
    row: template('n'),
    namedRow: template('n', 'label'),
    field: template('place', 'field'),
  }),
  /** The fields a warning names: on their own for the plan's, after the row's place for a row's. */
  fields: keyed(TEXT_FIELDS, text),
  /** What a row that is not a row held instead. */
  notARow: keyed(NOT_A_ROW, text),
  /** {place}: what it is about; {what}: the field, with its place; {value}: what the plan held. */
  warnings: z.strictObject({
    'unknown-field': template('place', 'name'),
    'not-text': template('what'),
    shortened: template('what', 'max'),
    'channels-dropped': template('place'),
    'unknown-cadence': template('place', 'value'),
    'unknown-key': template('place'),
    'repeated-key': template('place', 'label'),
    'unknown-kind': template('place'),
    'no-label': template('place', 'label'),
    'unknown-owner': template('place', 'value'),
    'bad-date': template('value'),
    'too-many-rows': template('source', 'count', 'max'),
    'not-a-row': template('row', 'holds'),
  }),
});

/** The page around the island, rendered at build time only: never sent to the browser. */
const pageWords = z.strictObject({
  ...pageHeadWords('planner'),
  lead: text,
  privacy: text,
  noScript: text,
  why: z.strictObject({ title: text, boundary: text, questions: template('failures'), failuresLink: text }),
  gapsTitle: text,
  gapsIntro: text,
  /** A gap's name, in bold before why it matters (gaps below). */
  gapName: template('name'),
  howTo: z.strictObject({
    title: text,
    /** Numbered steps; {assessment} links to the fit assessment. */
    steps: z.array(template('assessment')).min(1, 'must list at least one step'),
    assessmentLink: text,
  }),
  readFirst: template('whoOwnsWhat', 'toolStack', 'estimator'),
  whoOwnsWhatLink: text,
  toolStackLink: text,
  estimatorLink: text,
});

export const handoffPlannerCopySchema = z.strictObject({
  /**
   * What the rows are called (RowNames), but for the functions, which the assessment's split
   * names (src/data/assessment-copy.json, split.labels). A plan keeps a row's name once made;
   * a link leaves a built-in row's name out, so an old link shows the name as it is now.
   */
  rowNames: z.strictObject({
    handoffPoints: rowNamesSchema(HANDOFF_KEYS),
    added: keyed(ROW_KINDS, rowNameSchema),
    untitled: rowNameSchema,
  }),
  row: rowWords,
  checks: checkWords,
  markdown: markdownWords,
  /** Where the plan on screen came from, and what of it could not be used. */
  notices: z.strictObject({
    link: linkNoticeWordsSchema,
    reading: readingWords,
    opened: template('what'),
    fileName: template('name'),
    assessmentPlan: text,
    replacedOnScreen: text,
    wentBack: text,
    savedUnchanged: text,
    filledFromAssessment: text,
    savedPlanStays: text,
    goBack: text,
    startFromAssessment: text,
    notSaving: text,
  }),
  teams: z.strictObject({ legend: text, internalTeam: text, msp: text, date: text }),
  summary: z.strictObject({ perRow: text, planChecks: text }),
  /** With a plan a link opened: who owns what in short, and the way back to the editor. */
  answerSummary: answerSummaryWordsSchema,
  sections: keyed(ROW_KINDS, z.strictObject({ title: text, intro: text, add: text })),
  editor: z.strictObject({
    removed: template('row'),
    undo: text,
    restoreLabel: text,
    restoreChoose: text,
    restore: text,
    full: template('max'),
  }),
  /** One row's card. */
  card: z.strictObject({
    owner: text,
    ownerOf: template('row'),
    rename: text,
    renameRow: template('row'),
    remove: text,
    removeRow: template('row'),
    newName: field,
    saveName: text,
    cancel: text,
    required: text,
    checksFor: template('row'),
    fields: z.strictObject({
      lead: hintedField,
      escalation: field,
      responseTarget: field,
      notes: field,
      intakeChannels: hintedField,
      reviewCadence: field,
      exitTerms: z.strictObject({ tools: field, exportFormat: field, timeline: field }),
    }),
  }),
  /** Keeping, sharing and printing the plan. The planner offers no e-mail, so it words none. */
  out: z.strictObject({
    share: shareWordsSchema.omit({ email: true }),
    intro: text,
    tooLong: text,
    downloads: z.strictObject({ md: text, csv: text, json: text }),
    /** How the downloaded files' names begin; the team's name and the date follow. */
    fileStem: fileStemSchema,
    saved: template('name'),
    importLabel: text,
    importHint: text,
    importRefused: template('error'),
  }),
  /** The message the panel under the plan sends to the MSP behind the site: a subject and a few plain lines. */
  sendToMsp: z.strictObject({
    subject: template('internal', 'msp'),
    between: template('internal', 'msp'),
    agreed: template('date'),
    owners: template('rows', 'internal', 'msp', 'shared', 'unassigned'),
    /** Before the open checks, one a line; the count comes from checks.summary. */
    openChecks: text,
    /** After the first few checks, when more are open. */
    more: template('n'),
    /** Instead of the link, when the plan is too big for one. */
    noLink: text,
  }),
  appendix: z.strictObject({
    label: text,
    title: text,
    between: template('internal', 'msp', 'date'),
    internalTeam: text,
    msp: text,
    columns: z.strictObject({ row: text, owner: text, escalation: text, responseTarget: text, notes: text }),
    noChecks: text,
    checkOf: template('row'),
    signature: template('team'),
  }),
  /** The page's list of the gaps the planner checks; rendered at build time, never sent to the island. */
  gaps: keyed(CHECK_IDS, z.strictObject({ name: text, why: text })),
  page: pageWords,
});

export type HandoffPlannerCopy = z.infer<typeof handoffPlannerCopySchema>;
/** The words the island is sent: all but the page's own. */
export type PlannerWords = Omit<HandoffPlannerCopy, 'gaps' | 'page'>;
export type RowWords = HandoffPlannerCopy['row'];
export type CheckWords = HandoffPlannerCopy['checks'];
export type ChangeWords = CheckWords['changes'];
export type ReadingWords = HandoffPlannerCopy['notices']['reading'];
/** What the Markdown and CSV exports say besides the plan itself. */
export type ExportWords = Pick<HandoffPlannerCopy, 'row' | 'checks' | 'markdown'>;

export function plannerWords(copy: HandoffPlannerCopy): PlannerWords {
  const { gaps: _gaps, page: _page, ...words } = copy;
  return words;
}
