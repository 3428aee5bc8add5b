/**
 * Shareable estimator links (the format is the table in link-params.ts).
 *
 * Decoding is for links from anywhere (typed, pasted, mangled by mail clients, hostile),
 * so it never throws: anything it cannot use is left out of `inputs` and listed in
 * `ignored` with its reason (a code the page words from the copy file).
 */
import { decodeLink, MAX_SET_ASIDE_LISTED, type SetAsideEntry } from '../links/decode-link';
import { encodeLink } from '../links/encode-link';
import { MAX_PREPARED_FOR_LENGTH } from '../links/prepared-for';
import { normalizePartialInputs, type EstimatorInputs } from './inputs';
import { ESTIMATOR_LINK_FORMAT, type EstimatorLinkReason } from './link-params';

export { CURRENT_LINK_VERSION } from './link-migrations';
export { sanitizePreparedFor } from '../links/prepared-for';

/** In UTF-16 units, like an HTML `maxlength`, so a form field and a link agree. */
export const PREPARED_FOR_MAX_LENGTH = MAX_PREPARED_FOR_LENGTH;
/** The page lists what it ignored; past this many, more detail stops helping. */
export const MAX_IGNORED = MAX_SET_ASIDE_LISTED;

export type IgnoredParam = SetAsideEntry<EstimatorLinkReason>;

export interface DecodedEstimatorQuery {
  inputs: Partial<EstimatorInputs>;
  preparedFor: string | null;
  ignored: IgnoredParam[];
  /** The format the link was read as: 0 for hand-typed links without `v`. */
  version: number;
  /** True when the link set at least one input or a prepared-for name. */
  fromLink: boolean;
}

/** Reads a query string (with or without the leading `?`). Never throws. */
export function decodeEstimatorQuery(search: string): DecodedEstimatorQuery {
  const { state, setAside, version } = decodeLink(search, ESTIMATOR_LINK_FORMAT);
  return {
    inputs: state.inputs,
    preparedFor: state.preparedFor,
    ignored: setAside,
    version,
    fromLink: Object.keys(state.inputs).length > 0 || state.preparedFor !== null,
  };
}

/**
 * Writes the current format (no leading `?`). Inputs are normalised first, so whatever
 * this writes, decodeEstimatorQuery reads back unchanged. It needs no rate card: a field
 * that is missing or not a finite number is left out of the link, and the page that
 * opens it fills the gap from its own defaults (completeInputs).
 */
export const encodeEstimatorQuery = (inputs: Partial<EstimatorInputs>, preparedFor?: string | null): string =>
  encodeLink(ESTIMATOR_LINK_FORMAT, { inputs: normalizePartialInputs(inputs), preparedFor: preparedFor ?? null });
