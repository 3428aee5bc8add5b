/**
 * A link format's parameter table in words, for the pages and files that document it: the
 * /link-help/ page renders these rows, and a unit test holds the README's tables to the same
 * table, so the docs cannot drift from what links do. The words are the page's data file's
 * (src/data/link-help.json, checked by src/lib/content/link-help.ts); the values come from
 * the format.
 */
import { templateParts } from '../text/template';
import type { AllowedValues, LinkFormat } from './link-format';

/** Words, and values to be set as code. */
export type Wording = (string | { code: string })[];

/** How values are described; each template's placeholders are filled with words or code. */
export interface ValueWords {
  wholeNumber: string;
  percent: string;
  alternatives: string;
  list: string;
  emptyValue: string;
  text: string;
}

export interface LinkDocRow {
  name: string;
  values: Wording;
  meaning: string;
}

/** `a`, `b`, `c`: each set as code. */
const codes = (values: readonly string[]): Wording =>
  values.flatMap((value, index) => [...(index === 0 ? [] : [', ']), { code: value }]);

/** A template filled with words and code. */
const filled = (template: string, values: Readonly<Record<string, string | Wording>>): Wording =>
  templateParts(template, values).flat();

export function describeValues(values: AllowedValues, words: ValueWords, locale: string): Wording {
  const count = (value: number) => value.toLocaleString(locale);
  switch (values.kind) {
    case 'whole-number':
      return filled(words.wholeNumber, { min: count(values.min), max: count(values.max) });
    case 'percent':
      return filled(words.percent, {
        min: count(values.min),
        max: count(values.max),
        decimals: count(values.decimals),
      });
    case 'one-of': {
      const last = values.values.at(-1);
      return values.values.length < 2 || last === undefined
        ? codes(values.values)
        : filled(words.alternatives, { items: codes(values.values.slice(0, -1)), last: codes([last]) });
    }
    case 'list':
      return filled(words.list, {
        items: codes(values.items),
        none: values.none === '' ? words.emptyValue : codes([values.none]),
      });
    case 'text':
      return filled(words.text, { maxLength: count(values.maxLength) });
  }
}

/**
 * One row for `v` and one for each parameter, in link order. `meanings` explains exactly the
 * format's parameters and `v` (the data file's schema checks it, naming the file and field).
 */
export function linkDocRows<State>(
  format: LinkFormat<State>,
  meanings: Readonly<Record<string, string>>,
  words: ValueWords,
  locale: string,
): LinkDocRow[] {
  return [
    { name: 'v', values: [{ code: String(format.version.current) }] },
    ...format.params.map((param) => ({ name: param.name, values: describeValues(param.values, words, locale) })),
  ].map((row) => ({ ...row, meaning: meanings[row.name] ?? '' }));
}
