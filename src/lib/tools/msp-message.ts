import type { LeadCapture } from '../config/lead-capture-schema';
import { fillTemplate } from '../text/template';
import type { LeadFormWords, SendToMspWords } from './words-schema';

/** Who the reader can reach: the MSP behind the site, from the brand file. */
export interface MspContact {
  name: string;
  email: string;
  booking: { url: string; summaryParam: string | null } | null;
}

/**
 * Everything the panel under a result needs, the same for every tool: the page builds it at
 * build time and hands it to the island as a prop.
 */
export interface MspPanelSetup {
  contact: MspContact;
  words: SendToMspWords;
  /** The lead form, when the MSP turned it on (src/data/lead-capture.json); null by default. */
  lead: { config: LeadCapture; words: LeadFormWords } | null;
}

/** What a tool tells the MSP about its result. */
export interface MspMessage {
  subject: string;
  /** Plain text: what the reader worked out, in a few lines. Never holds what the lead form asks. */
  summary: string;
  /** The share link that reopens the result; null when the result is too big for a link. */
  link: string | null;
}

/** The summary, then the link on a line of its own (mail clients and CRMs make it clickable). */
export const summaryWithLink = ({ summary, link }: MspMessage): string => (link ? `${summary}\n${link}` : summary);

/** A message to the MSP: a plain-text summary of the result, then the link that reopens it. */
export function mspEmailHref(contact: MspContact, words: SendToMspWords, message: MspMessage): string {
  const msp = { msp: contact.name };
  const closing = message.link ? ['', fillTemplate(words.bodyOutro, msp), message.link] : [];
  const body = [fillTemplate(words.bodyIntro, msp), '', message.summary, ...closing, ''].join('\n');
  return `mailto:${encodeURIComponent(contact.email).replace('%40', '@')}?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(body)}`;
}

/** The booking page, carrying the summary and the link where the page can prefill its notes. */
export function mspBookingHref(contact: MspContact, message: MspMessage): string | null {
  if (!contact.booking) return null;
  const url = new URL(contact.booking.url);
  if (contact.booking.summaryParam) url.searchParams.set(contact.booking.summaryParam, summaryWithLink(message));
  return url.toString();
}
