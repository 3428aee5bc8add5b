/**
 * A link format's parameter table in words, for the pages and files that document it: the
 * /link-help/ page renders these rows, and a unit test holds the README's tables to the same
 * table, so the docs cannot drift from what links do.
 */
import type { AllowedValues, LinkFormat } from './link-format';

/** Words, and values to be set as code. */
export type Wording = (string | { code: string })[];

export interface LinkDocRow {
  name: string;
  values: Wording;
  meaning: string;
}

const count = (value: number): string => value.toLocaleString('en-US');

/** `a`, `b` or `c` (or joined by commas only). */
function codes(values: readonly string[], last: ' or ' | ', '): Wording {
  return values.flatMap((value, index) => [
    ...(index === 0 ? [] : [index === values.length - 1 ? last : ', ']),
    { code: value },
  ]);
}

export function describeValues(values: AllowedValues): Wording {
  switch (values.kind) {
    case 'whole-number':
      return [`whole number, ${count(values.min)} to ${count(values.max)}`];
    case 'percent':
      return [`percent, ${values.min} to ${values.max}, at most ${values.decimals} decimals`];
    case 'one-of':
      return codes(values.values, ' or ');
    case 'list':
      return [
        'comma list of ',
        ...codes(values.items, ', '),
        '; ',
        values.none === '' ? 'empty' : { code: values.none },
        ' for none of them',
      ];
    case 'text':
      return [`text, up to ${values.maxLength} characters`];
  }
}

/**
 * One row for `v` and one for each parameter, in link order. `meanings` must explain exactly
 * the format's parameters and `v`: a missing or left-over meaning stops the build.
 */
export function linkDocRows<State>(
  format: LinkFormat<State>,
  meanings: Readonly<Record<string, string>>,
): LinkDocRow[] {
  const rows = [
    { name: 'v', values: [{ code: String(format.version.current) }] },
    ...format.params.map((param) => ({ name: param.name, values: describeValues(param.values) })),
  ];
  const names = rows.map((row) => row.name);
  const leftOver = Object.keys(meanings).filter((name) => !names.includes(name));
  if (leftOver.length > 0) throw new Error(`Link help explains parameters links do not have: ${leftOver.join(', ')}`);
  return rows.map((row) => {
    const meaning = meanings[row.name];
    if (meaning === undefined) throw new Error(`Link help has no meaning for the parameter "${row.name}"`);
    return { ...row, meaning };
  });
}
