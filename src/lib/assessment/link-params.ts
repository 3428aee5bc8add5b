/**
 * The assessment's link format as a table: `?v=1&employees=120&it-staff=2
 * &needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Dental`.
 * Each parameter says what it takes, how it is read into the answers and how it is written;
 * src/lib/links runs the table, and /link-help/ and the README check are drawn from it.
 */
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
import { readCommaList, writeCommaList } from '../links/comma-list';
import type { LinkFormat, LinkParam } from '../links/link-format';
import { preparedForParam } from '../links/prepared-for';
import { readQuery } from '../links/query';
import type { ReasonCode, SetAsideReason } from '../links/reasons';
import { CURRENT_LINK_VERSION, LINK_MIGRATIONS } from './link-migrations';

export interface AssessmentLinkState {
  answers: AssessmentAnswers;
  preparedFor: string | null;
}

/** Every reason an assessment link can set a value aside for: the assessment's copy words each. */
export const ASSESSMENT_LINK_REASONS = [
  'repeated',
  'unknown-param',
  'newer-version',
  'empty',
  'not-whole-number',
  'out-of-range',
  'one-of',
  'unknown-item',
  'none-with-others',
  'no-readable-text',
  'shortened',
] as const satisfies readonly ReasonCode[];
export type AssessmentLinkReason = SetAsideReason<(typeof ASSESSMENT_LINK_REASONS)[number]>;

type Param = LinkParam<AssessmentLinkState, AssessmentLinkReason>;

const NOT_WHOLE = { code: 'not-whole-number' } as const;
const EMPTY = { code: 'empty' } as const;

/** Plain decimal digits only: no exponents, hex, fractions or "Infinity". A reason when refused. */
function readCount(text: string, { min, max }: Limits): number | AssessmentLinkReason {
  if (text === '') return EMPTY;
  if (!/^-?\d+$/.test(text)) return NOT_WHOLE;
  // Beyond 15 digits a number stops being exact; it is out of range anyway.
  const value = text.replace('-', '').length > 15 ? Number.POSITIVE_INFINITY : Number(text) || 0;
  return value < min || value > max ? { code: 'out-of-range', min, max } : value;
}

function headCount(name: string, field: 'employees' | 'itStaff', limits: Limits): Param {
  return {
    name,
    values: { kind: 'whole-number', ...limits },
    read(value, { answers }, setAside) {
      const count = readCount(value.trim(), limits);
      if (typeof count !== 'number') setAside(value, count);
      else answers[field] = count;
    },
    write({ answers }) {
      const count = answers[field];
      return count !== null && isWithin(count, limits) ? String(count) : undefined;
    },
  };
}

/** A question with a few fixed answers, each written as one word: `words[i]` means `meanings[i]`. */
function choice<Field extends 'customApps' | 'itIs' | 'mspIs'>(
  name: string,
  field: Field,
  words: readonly string[],
  meanings: readonly AssessmentAnswers[Field][] = words as AssessmentAnswers[Field][],
): Param {
  return {
    name,
    values: { kind: 'one-of', values: words },
    read(value, { answers }, setAside) {
      const text = value.trim();
      const index = words.indexOf(text);
      if (index >= 0) answers[field] = meanings[index] as AssessmentAnswers[Field];
      else setAside(value, text ? { code: 'one-of', choices: words } : EMPTY);
    },
    write: ({ answers }) => words[meanings.indexOf(answers[field])],
  };
}

const needs: Param = {
  name: 'needs',
  values: { kind: 'list', items: NEEDS, none: 'none' },
  read(value, { answers }, setAside) {
    // `none` (or an empty value) is the answer "none of these"; it cannot come with others.
    const items = readCommaList(value);
    const noneOfThese = items.length === 0 || items.join() === 'none';
    const chosen = items.filter((item): item is Need => {
      const known = (NEEDS as readonly string[]).includes(item);
      if (!known && !noneOfThese) {
        setAside(item, item === 'none' ? { code: 'none-with-others' } : { code: 'unknown-item', known: NEEDS });
      }
      return known;
    });
    if (chosen.length || noneOfThese) {
      answers.needs = canonicalNeeds(chosen);
      answers.needsAnswered = true;
    }
  },
  write({ answers }) {
    const chosen = canonicalNeeds(answers.needs);
    return answers.needsAnswered || chosen.length > 0 ? writeCommaList(chosen) || 'none' : undefined;
  },
};

export const ASSESSMENT_LINK_FORMAT: LinkFormat<AssessmentLinkState, AssessmentLinkReason> = {
  version: { current: CURRENT_LINK_VERSION, maxDigits: 9, unreadable: 'hand-typed', newer: 'declared' },
  migrations: LINK_MIGRATIONS,
  readQuery,
  params: [
    headCount('employees', 'employees', EMPLOYEE_LIMITS),
    headCount('it-staff', 'itStaff', IT_STAFF_LIMITS),
    needs,
    choice('custom-apps', 'customApps', ['yes', 'no'], [true, false]),
    choice('it-is', 'itIs', IT_ROLES),
    choice('msp-is', 'mspIs', PROVIDER_ROLES),
    // An empty `for=` is set aside, as an empty count or choice is.
    preparedForParam(EMPTY),
  ],
  nameSetAsideAs: 'read',
  versionReasons: { unreadable: (written) => (written ? NOT_WHOLE : EMPTY), newer: { code: 'newer-version' } },
  emptyState: () => ({ answers: { ...EMPTY_ANSWERS, needs: [] }, preparedFor: null }),
};
