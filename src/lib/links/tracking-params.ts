/**
 * Parameters that mail, ad and analytics tools add to a link rather than whoever shared it.
 * Every link format drops them without a word, since the visitor can do nothing about them.
 * Matched against the name in lower case.
 */
const TRACKING_PARAM =
  /^(?:utm_.*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|ttclid|li_fat_id|igshid|yclid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok)$/;

export const isTrackingParam = (lowerCaseName: string): boolean => TRACKING_PARAM.test(lowerCaseName);
