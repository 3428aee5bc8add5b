import { fillTemplate } from '../text/template';
import type { SendToMspWords } from './words-schema';

/** Who the reader can reach: the MSP behind the site, from the brand file. */
export interface MspContact {
  name: string;
  email: string;
  booking: { url: string; summaryParam: string | null } | null;
}

/** A message to the MSP: a plain-text summary of the result, then the link that reopens it. */
export function mspEmailHref(
  contact: MspContact,
  words: SendToMspWords,
  subject: string,
  summary: string,
  link: string,
): string {
  const msp = { msp: contact.name };
  const body = [fillTemplate(words.bodyIntro, msp), '', summary, '', fillTemplate(words.bodyOutro, msp), link, ''].join(
    '\n',
  );
  return `mailto:${encodeURIComponent(contact.email).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The booking page, carrying the summary and the link where the page can prefill its notes. */
export function mspBookingHref(contact: MspContact, summary: string, link: string): string | null {
  if (!contact.booking) return null;
  const url = new URL(contact.booking.url);
  if (contact.booking.summaryParam) url.searchParams.set(contact.booking.summaryParam, `${summary}\n${link}`);
  return url.toString();
}
