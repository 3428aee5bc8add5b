import { z } from 'zod';
import { placeholderTemplate } from '../text/template-schema';

/**
 * Wording for the parts every tool shares (src/tools/shell): each tool's copy file holds its
 * own, checked by these schemas, so a tool says things its own way with one set of components.
 */

const text = placeholderTemplate();

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

/** Under every result: the way to reach the MSP behind the site. {msp} is its name from the brand file. */
export const sendToMspWordsSchema = z.strictObject({
  title: placeholderTemplate('msp'),
  intro: placeholderTemplate('msp'),
  email: placeholderTemplate('msp'),
  book: placeholderTemplate('msp'),
  /** The e-mail's first line and the line before the link; the tool's summary goes between them. */
  bodyIntro: placeholderTemplate('msp'),
  bodyOutro: placeholderTemplate('msp'),
});
export type SendToMspWords = z.infer<typeof sendToMspWordsSchema>;

export const sharedToolCopySchema = z.strictObject({ sendToMsp: sendToMspWordsSchema });
