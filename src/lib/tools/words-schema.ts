import { z } from 'zod';
import { REASON_PLACEHOLDERS, type ReasonCode } from '../links/reasons';
import { placeholderTemplate } from '../text/template-schema';

/**
 * Wording for the parts every tool shares (src/tools/shell): each tool's copy file holds its
 * own, checked by these schemas, so a tool says things its own way with one set of components.
 */

const text = placeholderTemplate();

/**
 * What a page around a tool says of itself, rendered at build time only: its breadcrumbs (home,
 * then the page, named by `crumb`), its title and description for search results and previews,
 * the preview's alt text, and its heading. Each page's schema adds the rest of its words.
 */
export function pageHeadWords<Crumb extends string>(crumb: Crumb) {
  return {
    crumbs: z.strictObject({ home: text, ...({ [crumb]: text } as Record<Crumb, typeof text>) }),
    title: text,
    description: text,
    imageAlt: text,
    heading: text,
  };
}

/** How a downloaded file's name begins ("handoff-matrix"): the tool adds whose it is and the extension. */
export const fileStemSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters and digits joined by hyphens, such as handoff-matrix',
  );

export const shareWordsSchema = z.strictObject({
  title: text,
  copy: text,
  email: text,
  print: text,
  /** Said once the link is on the clipboard. */
  copied: text,
  /** Said when the browser refused the clipboard: the link is then selected in a field to copy by hand. */
  blocked: text,
  manualLabel: text,
});
export type ShareWords = z.infer<typeof shareWordsSchema>;

export const linkNoticeWordsSchema = z.strictObject({
  label: text,
  fromLink: text,
  replacedSaved: text,
  changeThem: text,
  ignored: text,
  /** After the list, when more values were set aside than it shows. */
  more: placeholderTemplate('count'),
  dismiss: text,
});
export type LinkNoticeWords = z.infer<typeof linkNoticeWordsSchema>;

/**
 * The link notice of a tool whose links carry values, with words for each reason its link
 * format can set one aside for (`codes`, the format's list): each template may quote only that
 * reason's values, so `{max}` in a reason that has none fails the build.
 */
export function linkNoticeWithReasonsSchema<const Code extends ReasonCode>(codes: readonly Code[]) {
  const reasons = Object.fromEntries(codes.map((code) => [code, placeholderTemplate(...REASON_PLACEHOLDERS[code])]));
  return linkNoticeWordsSchema.extend({
    reasons: z.strictObject(reasons as Record<Code, ReturnType<typeof placeholderTemplate>>),
    /** How a reason lists the values a parameter takes: "1, 2 or 3". */
    alternatives: placeholderTemplate('items', 'last'),
  });
}

/**
 * With the result a link opened on: the heading over the answers in short, and the control that
 * brings back the form (ToolLayout.tsx).
 */
export const answerSummaryWordsSchema = z.strictObject({ title: text, change: text });
export type AnswerSummaryWords = z.infer<typeof answerSummaryWordsSchema>;

/** Under every result: the way to reach the MSP behind the site. {msp} is its name from the brand file. */
export const sendToMspWordsSchema = z.strictObject({
  title: placeholderTemplate('msp'),
  intro: placeholderTemplate('msp'),
  email: placeholderTemplate('msp'),
  book: placeholderTemplate('msp'),
  /** The e-mail's first line and the line before the link; the tool's summary goes between them. */
  bodyIntro: placeholderTemplate('msp'),
  bodyOutro: placeholderTemplate('msp'),
  /** When the lead form could not be fetched (offline, say): nothing is lost, and the reader can try again. */
  loadFailed: placeholderTemplate('msp'),
});
export type SendToMspWords = z.infer<typeof sendToMspWordsSchema>;

/**
 * The optional lead form inside that panel (on only when src/data/lead-capture.json sets it up;
 * its consent sentence lives there, as the MSP's own legal wording). {msp} is the MSP's name.
 */
const mspText = placeholderTemplate('msp');
export const leadFormWordsSchema = z.strictObject({
  /**
   * Under the tool page's promise that nothing typed is sent anywhere, when the form is on:
   * the one exception, said up front.
   */
  pageNote: mspText,
  /** The button that opens the form. */
  open: mspText,
  /** Above the fields: what the MSP gets, and that nothing leaves the page before Send. */
  intro: mspText,
  name: text,
  email: text,
  emailHint: mspText,
  company: text,
  nameMissing: text,
  emailMissing: text,
  emailInvalid: text,
  consentMissing: mspText,
  send: mspText,
  sending: mspText,
  sent: mspText,
  /** Why it did not go: the endpoint answered with an error status, did not answer in time, or could not be reached. */
  refused: placeholderTemplate('msp', 'status'),
  timedOut: mspText,
  network: mspText,
  /** After the reason: nothing typed is lost, and the other ways to reach the MSP. */
  kept: mspText,
  summaryLabel: text,
  copy: text,
  copied: text,
  copyBlocked: text,
});
export type LeadFormWords = z.infer<typeof leadFormWordsSchema>;

export const sharedToolCopySchema = z.strictObject({ sendToMsp: sendToMspWordsSchema, leadForm: leadFormWordsSchema });
