import { z } from 'zod';
import { placeholderTemplate as template } from '../text/template-schema';
import {
  answerSummaryWordsSchema,
  fileStemSchema,
  linkNoticeWithReasonsSchema,
  shareWordsSchema,
  pageHeadWords,
} from '../tools/words-schema';
import { ESTIMATOR_LINK_REASONS } from './link-params';

/**
 * Every word the pricing estimator's page shows, kept out of its JavaScript: the page reads the
 * validated file at build time and hands the island only `tool`. Each template accepts only the
 * placeholders the code fills in for it, so a typo fails the build (see placeholderTemplate).
 *
 * Sentences the pricing modules compose from the rate card (each model's explanation, the
 * suggestion's reason, the security summary) stay with those modules; the rate card's
 * `estimateText` holds the notes printed with the estimate.
 */

const text = template();
const labelled = z.strictObject({ label: text, hint: text });
const legend = z.strictObject({ legend: text, hint: text });
const figure = (...placeholders: string[]) => z.strictObject({ label: text, value: template(...placeholders) });

const formWords = z.strictObject({
  title: text,
  wholeNumberError: template('min', 'max'),
  users: labelled,
  devices: z.strictObject({ label: text, hint: template('devicesPerUser') }),
  scope: legend,
  hours: z.strictObject({ label: text, hint: template('includedHours') }),
  term: legend,
  adjustment: z.strictObject({ label: text, hint: template('percent'), error: template('min', 'max') }),
  preparedFor: labelled,
  reset: text,
});

const estimateWords = z.strictObject({
  preparedFor: template('name'),
  title: text,
  summary: template('users', 'devices', 'years', 'percent'),
  suggestion: template('model'),
  /** After the suggestion: the suggested model's monthly band and typical figure. */
  suggestionFigures: template('range', 'typical'),
  chart: z.strictObject({
    title: text,
    /** One sentence per model in the chart's description, for screen readers. */
    description: template('model', 'range'),
    /** Under each bar. */
    bar: template('low', 'high', 'typical'),
  }),
  table: z.strictObject({
    label: text,
    caption: text,
    model: text,
    low: text,
    typical: text,
    high: text,
    term: template('years'),
  }),
  model: z.strictObject({
    suits: text,
    monthly: template('range'),
    /** The hire's monthly figure is a salary with overheads, not a price. */
    hireMonthly: template('range'),
    typical: template('amount'),
    term: template('range', 'years'),
  }),
  security: z.strictObject({
    title: text,
    label: text,
    measure: text,
    runningIn: text,
    tierRunningIn: template('weeks'),
    hireRunningIn: template('months'),
    withoutCover: text,
    monthsWithoutCover: template('months'),
    monthlyCost: text,
    costInService: template('months'),
    closes: template('avoided', 'months'),
  }),
  assumptions: z.strictObject({
    title: text,
    bandsFrom: template('year'),
    tag: text,
    rounding: text,
    /** How the figures are rounded: it must say what src/lib/pricing/money.ts does (a content test holds it). */
    roundingRule: text,
  }),
});

/** What the island shows; the page passes exactly this as a prop. */
export const estimatorWordsSchema = z.strictObject({
  form: formWords,
  /** The contract term in words: "1 year", "3 years". */
  years: z.strictObject({ one: template('n'), other: template('n') }),
  notices: z.strictObject({
    fromAssessment: template('how'),
    /** The link text inside fromAssessment, to the page's section on how gaps become scope. */
    fromAssessmentHow: text,
    notSaving: text,
    link: linkNoticeWithReasonsSchema(ESTIMATOR_LINK_REASONS),
  }),
  estimate: estimateWords,
  /** With the estimate a link opened on: the inputs in short, under the form's own labels. */
  answerSummary: answerSummaryWordsSchema,
  /** Read out by screen readers a moment after the figures change. */
  announcement: template('perUser', 'perDevice', 'blockHours', 'model'),
  share: shareWordsSchema,
  email: z.strictObject({
    subject: template('siteName'),
    /** When the estimate names who it is for. */
    subjectFor: template('name', 'siteName'),
    intro: text,
  }),
  csv: z.strictObject({ download: text, saved: text, fileStem: fileStemSchema }),
  /** The message the panel under the estimate sends to the MSP: a subject and a few plain lines. */
  sendToMsp: z.strictObject({
    subject: template('users'),
    /** When the estimate names who it is for. */
    subjectFor: template('name', 'users'),
    /** Before the scope items the reader ticked, one a line. */
    scope: text,
    noScope: text,
    /** One line per contract model: its monthly band and the whole term's. */
    model: template('model', 'range', 'total', 'years'),
  }),
});
export type EstimatorWords = z.infer<typeof estimatorWordsSchema>;

const bandRow = (...placeholders: string[]) =>
  z.strictObject({ band: template('range'), covers: template(...placeholders) });

/** The page around the island, rendered at build time only. */
const pageWords = z.strictObject({
  ...pageHeadWords('estimator'),
  lead: text,
  privacy: text,
  noScript: text,
});

const bandsWords = z.strictObject({
  title: text,
  intro: template('year', 'currency', 'guide'),
  guideLink: text,
  table: z.strictObject({ label: text, model: text, band: text, covers: text }),
  models: z.strictObject({
    perUser: bandRow(),
    perDevice: bandRow(),
    blockHours: bandRow(),
    securityTier: bandRow('weeks'),
    hire: z.strictObject({ band: template('salary'), covers: template('months') }),
  }),
  scopeSteps: z.strictObject({
    title: text,
    label: text,
    scope: text,
    perUser: text,
    perDevice: text,
    blockHours: text,
    startsFrom: text,
    perUserBase: template('item', 'range'),
    perDeviceBase: template('item', 'range', 'helpDesk', 'treatment'),
    blockHoursBase: template('item', 'range', 'hours'),
    included: text,
    step: template('range'),
    hours: template('hours'),
    addOn: template('range'),
    inBasePrice: text,
    fromSupportHours: text,
    leftOut: text,
    reasoning: template('model', 'reasoning'),
  }),
  fromAssessment: z.strictObject({
    title: text,
    intro: template('assessment', 'planner'),
    assessmentLink: text,
    plannerLink: text,
  }),
});

const startingFiguresWords = z.strictObject({
  title: text,
  intro: text,
  users: figure('users'),
  devicesPerUser: z.strictObject({ label: text }),
  scope: figure('items', 'last'),
  hoursPerMonth: figure('hours'),
  termYears: figure('years'),
  /** Its label is the rate card's. */
  securityAddOn: z.strictObject({ value: template('range') }),
  deviceRatioFactor: figure('factor'),
  heavyProjectHours: figure('hours'),
  usersPerEmployee: figure('ratio'),
  closing: template('linkHelp', 'assessment'),
  linkHelpLink: text,
  assessmentLink: text,
});

export const estimatorCopySchema = z.strictObject({
  page: pageWords,
  tool: estimatorWordsSchema,
  bands: bandsWords,
  startingFigures: startingFiguresWords,
});
export type EstimatorCopy = z.infer<typeof estimatorCopySchema>;
