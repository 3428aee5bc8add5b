/**
 * Shareable assessment links (the format is the table in link-params.ts). Parameter names are
 * read case-insensitively. Decoding never throws: whatever cannot be used is left unanswered
 * and listed in `ignored` with its reason (a code the page words from the copy file).
 */
import type { AssessmentAnswers } from './answers';
import { decodeLink, MAX_SET_ASIDE_LISTED, type SetAsideEntry } from '../links/decode-link';
import { encodeLink } from '../links/encode-link';
import { ASSESSMENT_LINK_FORMAT, type AssessmentLinkReason } from './link-params';

/** At most this many problems are listed, so a 10 KB link cannot flood the page. */
export const MAX_IGNORED_REPORTED = MAX_SET_ASIDE_LISTED;

export type IgnoredParam = SetAsideEntry<AssessmentLinkReason>;

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

/** Reads an assessment link's query string (with or without the leading "?"). Never throws. */
export function decodeAssessmentQuery(search: string | null | undefined): DecodedAssessmentLink {
  const link = decodeLink(search, ASSESSMENT_LINK_FORMAT);
  return {
    answers: link.state.answers,
    preparedFor: link.state.preparedFor,
    ignored: link.setAside,
    moreIgnored: link.moreSetAside,
    version: link.version,
    fromLink: link.declaresVersion || link.paramsCarried > 0,
  };
}

/**
 * The query string (no leading "?") for a shareable link, parameters always in the same order.
 * Unanswered or out-of-range answers are left out; `needs=none` records "none of these".
 */
export const encodeAssessmentQuery = (answers: Readonly<AssessmentAnswers>, preparedFor?: string | null): string =>
  encodeLink(ASSESSMENT_LINK_FORMAT, { answers, preparedFor: preparedFor ?? null });
