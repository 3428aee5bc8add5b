/**
 * Why a value of a link was set aside, as a code and the values its words may quote. The words
 * are data: each tool's copy file holds a template per code its link format can give
 * (src/lib/tools/words-schema.ts checks them), and reason-words.ts fills them in when the page
 * shows the notice. Decoders stay free of wording, so an MSP rewords a reason without code.
 */
interface ReasonValues {
  /** The parameter came again; its first value was used. */
  repeated: {};
  'unknown-param': {};
  /** About the link as a whole: it held `count` pairs, and only the first `max` were read. */
  'too-many-params': { count: number; max: number };
  'too-long': {};
  /** The parameter's name, or its value, is not valid percent-encoding. */
  'broken-name': {};
  'broken-value': {};
  /**
   * A `v` that is garbled or newer than this code, read as version `readAs`: written as a name,
   * not an amount (never "1,000").
   */
  'unknown-version': { readAs: string };
  /** A `v` newer than this code, read as well as it can be. */
  'newer-version': {};
  empty: {};
  'not-whole-number': {};
  /** A whole number outside `min` to `max`. */
  'out-of-range': { min: number; max: number };
  /** Anything but a whole number from `min` to `max`, written in digits. */
  'whole-number-range': { min: number; max: number };
  'percent-range': { min: number; max: number; decimals: number };
  /** Not one of `choices`: the words list them as alternatives ("1, 2 or 3"). */
  'one-of': { choices: readonly string[] };
  /** An item of a comma list that is not among `known`: the words list them all. */
  'unknown-item': { known: readonly string[] };
  /** The list's word for "none of them" came with items. */
  'none-with-others': {};
  'no-readable-text': {};
  /** Text cut to `max` characters. */
  shortened: { max: number };
}

export type ReasonCode = keyof ReasonValues;

/** One reason: `{ code: 'whole-number-range', min: 1, max: 100000 }`. */
export type SetAsideReason<Code extends ReasonCode = ReasonCode> = {
  [C in Code]: { code: C } & ReasonValues[C];
}[Code];

/** The one reason about a whole link rather than one of its values: the page says it as a sentence. */
export const WHOLE_LINK_REASON: ReasonCode = 'too-many-params';

/** The values each code's words may quote; the copy schemas reject any other {placeholder}. */
export const REASON_PLACEHOLDERS: { readonly [C in ReasonCode]: readonly (keyof ReasonValues[C] & string)[] } = {
  repeated: [],
  'unknown-param': [],
  'too-many-params': ['count', 'max'],
  'too-long': [],
  'broken-name': [],
  'broken-value': [],
  'unknown-version': ['readAs'],
  'newer-version': [],
  empty: [],
  'not-whole-number': [],
  'out-of-range': ['min', 'max'],
  'whole-number-range': ['min', 'max'],
  'percent-range': ['min', 'max', 'decimals'],
  'one-of': ['choices'],
  'unknown-item': ['known'],
  'none-with-others': [],
  'no-readable-text': [],
  shortened: ['max'],
};
