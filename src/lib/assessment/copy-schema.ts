import { z } from 'zod';
import { IT_ROLES, NEEDS, OPTIONAL_ANSWER_KEYS, PROVIDER_ROLES } from './answers';
import { MODELS } from './models';
import {
  answerSummaryWordsSchema,
  linkNoticeWithReasonsSchema,
  pageHeadWords,
  shareWordsSchema,
} from '../tools/words-schema';
import { ASSESSMENT_LINK_REASONS } from './link-params';
import { placeholderTemplate } from '../text/template-schema';
import { rowNamesSchema } from '../handoff-copy/row-name';
import { ALWAYS_INTERNAL, FUNCTION_IDS, HANDOFF_RISK_IDS, MSP_CAPABLE } from './vocabulary';

/**
 * Every word the fit assessment shows, kept out of the browser's JavaScript: the page passes
 * the validated copy to the island as data. Templates name their values in braces, and each
 * field accepts only the placeholders the code fills in for it (see placeholderTemplate).
 */

const template = placeholderTemplate;

/** An object with exactly these keys, each holding `value`. */
function keyed<const Key extends string, Value extends z.ZodType>(keys: readonly Key[], value: Value) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<Key, Value>).strict();
}

const text = template();

const countForms = (...allowed: string[]) =>
  z.object({ zero: template(...allowed), one: template(...allowed), other: template(...allowed) }).strict();
/**
 * A count condition in words. {n} is the bound ({below} one more than an upper bound, for
 * "fewer than"); {coreGaps} names the core gaps.
 */
const countRange = z
  .object({
    atLeast: countForms('n', 'coreGaps'),
    atMost: countForms('n', 'below', 'coreGaps'),
    exactly: countForms('n', 'coreGaps'),
    between: template('min', 'max', 'coreGaps'),
  })
  .strict();

/** Values every reason can quote; headcount reasons also get {range}. */
const REASON_VALUES = ['employees', 'itStaff', 'staff', 'coreGaps'];
const reason = template(...REASON_VALUES);
const byModel = keyed(MODELS, reason);
const tip = (...extra: string[]) => template('model', ...extra);
const question = z.object({ label: text, hint: text }).strict();
const choiceQuestion = <const Value extends string>(values: readonly Value[]) =>
  z.object({ legend: text, hint: text.optional(), options: keyed(values, text) }).strict();

/** The page around the island, rendered at build time only: never sent to the browser. */
const pageWords = z
  .object({
    ...pageHeadWords('assessment'),
    /** The outcome pages share links point to (/assessment/<model>/): their title, also the preview's alt text, and description. */
    outcomes: keyed(MODELS, z.object({ title: text, description: text }).strict()),
    lead: text,
    privacy: text,
    readMore: template('whenItFits', 'comparison'),
    whenItFitsLink: text,
    comparisonLink: text,
    linkHelp: template('linkHelp'),
    linkHelpLink: text,
  })
  .strict();

export const assessmentCopySchema = z
  .object({
    page: pageWords,
    /** Model names inside sentences ("… co-managed would fit best"). */
    models: keyed(MODELS, text),
    /** Model names starting a heading. */
    modelTitles: keyed(MODELS, text),
    headlines: keyed(MODELS, text),
    /** Needs inside sentences and lists. */
    needs: keyed(NEEDS, text),
    lists: z.object({ and: template('items', 'last'), or: template('items', 'last') }).strict(),
    /** The visitor's answers in words, quoted next to each reason. */
    answers: z
      .object({
        employees: countForms('n'),
        itStaff: countForms('n'),
        needs: z.object({ none: text, some: template('needs') }).strict(),
        customApps: z.object({ yes: text, no: text }).strict(),
        itIs: keyed(IT_ROLES, text),
        mspIs: keyed(PROVIDER_ROLES, text),
      })
      .strict(),
    /**
     * One sentence per model an answer moves, named like the weights in the rules file that they
     * explain (reasons.itAsCostCenter explains itAsCostCenter); which models each needs follows it.
     */
    reasons: z
      .object({
        staff: countForms('n'),
        range: z.object({ open: template('min'), single: template('min'), between: template('min', 'max') }).strict(),
        headcount: keyed(MODELS, keyed(['inRange', 'noStaff', 'outOfRange'], template(...REASON_VALUES, 'range'))),
        needs: keyed(NEEDS, byModel),
        noCoreGap: z.object({ otherGaps: reason }).strict(),
        customApps: byModel,
        noCustomApps: z.object({ 'fully-managed': reason }).strict(),
        itAsCapability: byModel,
        itAsCostCenter: byModel,
        providerAsPartner: z.object({ 'co-managed': reason }).strict(),
      })
      .strict(),
    /** Single changes that would flip the result; {model} is the model they lead to. */
    tippingPoints: z
      .object({
        hireFirst: tip(),
        hireMore: tip('to'),
        loseLast: tip(),
        loseOne: tip('to'),
        grow: tip('to'),
        shrink: tip('to', 'from'),
        dropNeed: tip('need'),
        addFirstNeed: tip('need'),
        addNeed: tip('need'),
        customApps: z.object({ yes: tip(), no: tip() }).strict(),
        itIs: keyed(IT_ROLES, tip()),
        mspIs: keyed(PROVIDER_ROLES, tip()),
        /** A question not answered yet, listed because its answer could change the result. */
        unanswered: keyed(OPTIONAL_ANSWER_KEYS, text),
      })
      .strict(),
    /** The "How the assessment decides" table, written from the rules file's decisionRules. */
    decisionTable: z
      .object({
        /** The section's heading. */
        title: text,
        label: text,
        intro: text,
        order: text,
        assumptions: text,
        columns: z.object({ rule: text, profile: text, outcome: text, why: text }).strict(),
        recommend: template('model'),
        exclude: template('models'),
        conditions: z
          .object({
            employees: countRange,
            itStaff: countRange,
            gaps: countRange,
            coreGaps: countRange,
            needsAny: template('needs'),
            customApps: z.object({ yes: text, no: text }).strict(),
            itIs: keyed(IT_ROLES, text),
            mspIs: keyed(PROVIDER_ROLES, text),
          })
          .strict(),
      })
      .strict(),
    split: z
      .object({
        /** Also the names of the handoff planner's function rows (see RowNames). */
        labels: rowNamesSchema(FUNCTION_IDS),
        keeps: keyed(ALWAYS_INTERNAL, text),
        keepsWithCustomApps: text,
        keepsWithCompliance: text,
        keepsNotAGap: text,
        owns: keyed(MSP_CAPABLE, text),
      })
      .strict(),
    risks: keyed(HANDOFF_RISK_IDS, z.object({ title: text, failure: text, guard: text, more: text }).strict()),
    questions: z
      .object({
        employees: question,
        itStaff: question,
        needs: z
          .object({
            legend: text,
            hint: text,
            options: keyed(NEEDS, question),
            none: text,
          })
          .strict(),
        customApps: choiceQuestion(['yes', 'no']),
        itIs: choiceQuestion(IT_ROLES),
        mspIs: choiceQuestion(PROVIDER_ROLES),
        preparedFor: question,
        /** Shown under a number field whose text is not a whole number within its limits. */
        numberError: template('min', 'max'),
      })
      .strict(),
    ui: z
      .object({
        formTitle: text,
        progressLabel: text,
        progress: template('answered', 'total'),
        seeResult: text,
        startOver: text,
        notSaving: text,
        pendingTitle: text,
        pendingCounts: text,
        /** Shown while some questions are unanswered: the result already stands on the rest. */
        basedOn: template('answered', 'total'),
        ruledOut: text,
        announcement: template('model', 'score'),
        preparedFor: template('name'),
        summary: template('employees', 'itStaff'),
        scoresTitle: text,
        recommended: text,
        score: template('score'),
        whyTitle: text,
        reasonsAbout: template('model'),
        for: text,
        against: text,
        yourAnswer: template('answer'),
        readMore: template('title'),
        theGuide: text,
        tippingTitle: text,
        splitTitle: text,
        keepsTitle: text,
        keepsLink: text,
        ownsTitle: text,
        ownsNothing: text,
        ownsLink: text,
        risksTitle: text,
        planLink: text,
        guard: text,
        nextTitle: text,
        nextText: text,
        estimatorLink: text,
      })
      .strict(),
    /** Where the answers on screen came from, and which values of a link were not used. */
    linkNotice: linkNoticeWithReasonsSchema(ASSESSMENT_LINK_REASONS),
    /** Over the answers in short, with the result a link opened on. */
    answerSummary: answerSummaryWordsSchema,
    share: shareWordsSchema.extend({
      emailSubject: template('model', 'site'),
      emailIntro: text,
      emailIntroFor: template('name'),
      /** The plain-text summary a message to the MSP carries. */
      summary: template('headline', 'score', 'answers'),
      mspSubject: template('model'),
      mspSubjectFor: template('model', 'name'),
    }),
  })
  .strict();

export type AssessmentCopy = z.infer<typeof assessmentCopySchema>;

/** The wording the island shows: all of it but the page's own words and the rule table, which only the page renders. */
export type IslandCopy = Omit<AssessmentCopy, 'page' | 'decisionTable'>;

/** The copy without what only the page renders, to keep the island's props (in the HTML) small. */
export function islandCopy(copy: AssessmentCopy): IslandCopy {
  const { page: _page, decisionTable: _table, ...rest } = copy;
  return rest;
}
