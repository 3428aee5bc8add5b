/*
 * The lead form's rules, apart from its component: what counts as filled in, and what the
 * reader is told when it is not. Browser code imports this when the form opens.
 */
import { cleanLine } from '../text/plain-line';
import type { LeadDetails } from './lead-request';

export interface LeadFormValues {
  name: string;
  email: string;
  company: string;
  consent: boolean;
}

export const EMPTY_LEAD_FORM: LeadFormValues = Object.freeze({ name: '', email: '', company: '', consent: false });

/** The fields in the order the form shows them: the first with a problem takes the focus. */
export const LEAD_FIELDS = ['name', 'email', 'company', 'consent'] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** Each names its sentence in the form's words (LeadFormWords). */
export type LeadProblem = 'nameMissing' | 'emailMissing' | 'emailInvalid' | 'consentMissing';

/** Field lengths (the inputs' maxlength too): 254 is the longest address mail servers accept. */
export const LEAD_LIMITS = { name: 100, email: 254, company: 120 } as const;

/**
 * One @, something before it, and a domain with at least one dot and no empty part: enough to
 * catch a typo or a name typed in the wrong box, without refusing any real work address.
 */
export const isEmailAddress = (text: string): boolean =>
  text.length <= LEAD_LIMITS.email && /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(text);

export type LeadCheck =
  | { ok: true; details: LeadDetails }
  | { ok: false; problems: Partial<Record<LeadField, LeadProblem>>; first: LeadField };

/** The details to send, cleaned to one plain line each; or what stops them, field by field. */
export function checkLead(values: LeadFormValues): LeadCheck {
  const details: LeadDetails = {
    name: cleanLine(values.name, LEAD_LIMITS.name),
    email: values.email.trim(),
    company: cleanLine(values.company, LEAD_LIMITS.company),
  };
  const problems: Partial<Record<LeadField, LeadProblem>> = {};
  if (!details.name) problems.name = 'nameMissing';
  if (!details.email) problems.email = 'emailMissing';
  else if (!isEmailAddress(details.email)) problems.email = 'emailInvalid';
  if (!values.consent) problems.consent = 'consentMissing';
  const first = LEAD_FIELDS.find((field) => problems[field]);
  return first ? { ok: false, problems, first } : { ok: true, details };
}
