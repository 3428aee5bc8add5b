import {
  canonicalNeeds,
  EMPLOYEE_LIMITS,
  EMPTY_ANSWERS,
  IT_ROLES,
  IT_STAFF_LIMITS,
  isWithin,
  NEEDS,
  PROVIDER_ROLES,
  type AssessmentAnswers,
  type Limits,
  type Need,
} from './answers';
import { CURRENT_LINK_VERSION, migrateToCurrent, type QueryPair } from './link-migrations';
import { forDisplay, MAX_PREPARED_FOR_LENGTH, sanitizePreparedFor, toPlainLine } from './link-text';

/**
 * Shareable assessment links: `?v=1&employees=120&it-staff=2&needs=after-hours,security
 * &custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Dental`. Parameter names are read
 * case-insensitively. Decoding never throws: whatever cannot be used is left unanswered and
 * listed in `ignored` with a plain reason.
 */

/** Each answer's parameter, in the order links write them; `for` (the prospect) comes last. */
const ANSWER_PARAMS = {
  employees: 'employees',
  'it-staff': 'itStaff',
  needs: 'needs',
  'custom-apps': 'customApps',
  'it-is': 'itIs',
  'msp-is': 'mspIs',
} as const;
type AnswerParam = keyof typeof ANSWER_PARAMS;

type LinkParam = 'v' | AnswerParam | 'for';
export const LINK_PARAMS: readonly LinkParam[] = ['v', ...(Object.keys(ANSWER_PARAMS) as AnswerParam[]), 'for'];
const isLinkParam = (key: string): key is LinkParam => (LINK_PARAMS as readonly string[]).includes(key);

/** At most this many problems are listed, so a 10 KB link cannot flood the page. */
export const MAX_IGNORED_REPORTED = 20;

/**
 * Added by mail and ad tools rather than by whoever shared the link: dropped without a report,
 * since the visitor can do nothing about them.
 */
const TRACKING_PARAM =
  /^(?:utm_[a-z0-9_]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|ttclid|li_fat_id|igshid|yclid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok)$/;

export interface IgnoredParam {
  param: string;
  /** Shortened to 40 characters for display. */
  value: string;
  reason: string;
}

export interface DecodedAssessmentLink {
  answers: AssessmentAnswers;
  /** Plain text for "Prepared for …"; at most 80 characters, no control characters. */
  preparedFor: string | null;
  ignored: IgnoredParam[];
  /** Problems beyond MAX_IGNORED_REPORTED that were counted but not listed. */
  moreIgnored: number;
  /** The format version the link declared; 0 for hand-typed links without `v`. */
  version: number;
  /** True when the link carried any assessment parameter at all. */
  fromLink: boolean;
}

const REPEATED = 'repeated; the first value was used';
const NOT_WHOLE = 'not a whole number';
const EMPTY = 'no value given';

const CHOICES: Record<'custom-apps' | 'it-is' | 'msp-is', readonly string[]> = {
  'custom-apps': ['yes', 'no'],
  'it-is': IT_ROLES,
  'msp-is': PROVIDER_ROLES,
};

/** Plain decimal digits only: no exponents, hex, fractions or "Infinity". A reason when refused. */
function readCount(text: string, { min, max }: Limits): number | string {
  if (text === '') return EMPTY;
  if (!/^-?\d+$/.test(text)) return NOT_WHOLE;
  // Beyond 15 digits a number stops being exact; it is out of range anyway.
  const value = text.replace('-', '').length > 15 ? Number.POSITIVE_INFINITY : Number(text) || 0;
  return value < min || value > max ? `must be between ${min} and ${max}` : value;
}

/** Reads an assessment link's query string (with or without the leading "?"). Never throws. */
export function decodeAssessmentQuery(search: string | null | undefined): DecodedAssessmentLink {
  const ignored: IgnoredParam[] = [];
  let moreIgnored = 0;
  const ignore = (param: string, value: string, reason: string) => {
    if (ignored.length < MAX_IGNORED_REPORTED) {
      ignored.push({ param: forDisplay(param), value: forDisplay(value), reason });
    } else moreIgnored += 1;
  };

  // URLSearchParams never throws: broken percent-escapes come back as U+FFFD.
  const query = typeof search === 'string' ? (search.replace(/^\?/, '').split('#')[0] ?? '') : '';
  let version: number | null = null;
  let declared = false;
  const rest: QueryPair[] = [];
  for (const [rawKey, value] of new URLSearchParams(query)) {
    const key = rawKey.trim().toLowerCase();
    if (TRACKING_PARAM.test(key) || (key === '' && value === '')) continue;
    if (key !== 'v') rest.push([key, value]);
    else if (declared) ignore(key, value, REPEATED);
    else {
      declared = true;
      const text = value.trim();
      if (!/^\d{1,9}$/.test(text)) ignore(key, value, text ? NOT_WHOLE : EMPTY);
      else {
        version = Number(text);
        if (version > CURRENT_LINK_VERSION) {
          ignore(key, value, 'newer format version; read as best it can be');
        }
      }
    }
  }

  const answers: AssessmentAnswers = { ...EMPTY_ANSWERS, needs: [] };
  let preparedFor: string | null = null;
  const seen = new Set<string>();
  for (const [key, raw] of migrateToCurrent(rest, Math.min(version ?? 0, CURRENT_LINK_VERSION))) {
    if (!isLinkParam(key) || key === 'v') {
      ignore(key, raw, 'unknown parameter');
      continue;
    }
    if (seen.has(key)) {
      ignore(key, raw, REPEATED);
      continue;
    }
    seen.add(key);
    const text = raw.trim();
    const report = (reason: string) => ignore(key, raw, reason);
    if (key === 'for') {
      preparedFor = sanitizePreparedFor(raw) || null;
      if (!preparedFor) report(text ? 'no readable text' : EMPTY);
      else if (toPlainLine(raw).length > MAX_PREPARED_FOR_LENGTH) {
        report(`longer than ${MAX_PREPARED_FOR_LENGTH} characters; shortened`);
      }
    } else if (key === 'needs') {
      // `none` (or an empty value) is the answer "none of these"; it cannot come with others.
      const items = text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      const noneOfThese = items.length === 0 || items.join() === 'none';
      const chosen = items.filter((item): item is Need => {
        const known = (NEEDS as readonly string[]).includes(item);
        if (!known && !noneOfThese) {
          ignore(key, item, item === 'none' ? '"none" cannot be combined with other needs' : 'unknown need');
        }
        return known;
      });
      if (chosen.length || noneOfThese) {
        answers.needs = canonicalNeeds(chosen);
        answers.needsAnswered = true;
      }
    } else if (key === 'employees' || key === 'it-staff') {
      const count = readCount(text, key === 'employees' ? EMPLOYEE_LIMITS : IT_STAFF_LIMITS);
      if (typeof count === 'string') report(count);
      else answers[ANSWER_PARAMS[key]] = count;
    } else {
      const choices = CHOICES[key];
      if (!choices.includes(text)) report(text ? `must be ${choices.join(' or ')}` : EMPTY);
      else Object.assign(answers, { [ANSWER_PARAMS[key]]: key === 'custom-apps' ? text === 'yes' : text });
    }
  }
  return { answers, preparedFor, ignored, moreIgnored, version: version ?? 0, fromLink: declared || seen.size > 0 };
}

/**
 * The query string (no leading "?") for a shareable link, parameters always in the same order.
 * Unanswered or out-of-range answers are left out; `needs=none` records "none of these".
 */
export function encodeAssessmentQuery(
  answers: Readonly<AssessmentAnswers>,
  preparedFor?: string | null,
): string {
  const { employees, itStaff, customApps, itIs, mspIs } = answers;
  const needs = canonicalNeeds(answers.needs);
  const name = sanitizePreparedFor(preparedFor ?? '');
  return [
    `v=${CURRENT_LINK_VERSION}`,
    employees !== null && isWithin(employees, EMPLOYEE_LIMITS) && `employees=${employees}`,
    itStaff !== null && isWithin(itStaff, IT_STAFF_LIMITS) && `it-staff=${itStaff}`,
    (answers.needsAnswered || needs.length > 0) && `needs=${needs.join(',') || 'none'}`,
    customApps !== null && `custom-apps=${customApps ? 'yes' : 'no'}`,
    itIs !== null && IT_ROLES.includes(itIs) && `it-is=${itIs}`,
    mspIs !== null && PROVIDER_ROLES.includes(mspIs) && `msp-is=${mspIs}`,
    name && `for=${encodeURIComponent(name)}`,
  ]
    .filter(Boolean)
    .join('&');
}
