import { describe, expect, it } from 'vitest';
import { ASSESSMENT_LINK_FORMAT } from '../../../src/lib/assessment/link-params';
import { describeValues, linkDocRows, type ValueWords, type Wording } from '../../../src/lib/links/link-docs';
import { ESTIMATOR_LINK_FORMAT } from '../../../src/lib/pricing/link-params';

/** The page's words as shipped, fixed here so these tests hold the filling, not the wording. */
const words: ValueWords = {
  wholeNumber: 'whole number, {min} to {max}',
  percent: 'percent, {min} to {max}, at most {decimals} decimals',
  alternatives: '{items} or {last}',
  list: 'comma list of {items}; {none} for none of them',
  emptyValue: 'empty',
  text: 'text, up to {maxLength} characters',
};

/** As the page shows it, code in backticks. */
const asText = (wording: Wording) =>
  wording.map((part) => (typeof part === 'string' ? part : `\`${part.code}\``)).join('');

const valuesOf = (format: typeof ASSESSMENT_LINK_FORMAT | typeof ESTIMATOR_LINK_FORMAT, name: string) =>
  asText(describeValues(format.params.find((param) => param.name === name)!.values, words, 'en-US'));

describe('link help wording, drawn from the formats', () => {
  it('says `needs=none` is the answer "none of these", as links are written', () => {
    expect(valuesOf(ASSESSMENT_LINK_FORMAT, 'needs')).toBe(
      'comma list of `after-hours`, `security`, `cloud`, `compliance`, `projects`; `none` for none of them',
    );
  });

  it('says an empty scope is none of the items, and lists every scope item', () => {
    expect(valuesOf(ESTIMATOR_LINK_FORMAT, 'scope')).toBe(
      'comma list of `after-hours`, `patching`, `backup`, `security`, `cloud`, `compliance`, `projects`; empty for none of them',
    );
  });

  it('describes choices, limits and text', () => {
    expect(valuesOf(ASSESSMENT_LINK_FORMAT, 'custom-apps')).toBe('`yes` or `no`');
    expect(valuesOf(ESTIMATOR_LINK_FORMAT, 'term')).toBe('`1`, `2` or `3`');
    expect(valuesOf(ESTIMATOR_LINK_FORMAT, 'devices')).toBe('whole number, 1 to 1,000,000');
    expect(valuesOf(ESTIMATOR_LINK_FORMAT, 'adj')).toBe('percent, 0 to 25, at most 2 decimals');
    expect(valuesOf(ASSESSMENT_LINK_FORMAT, 'for')).toBe('text, up to 80 characters');
  });
});

describe('linkDocRows', () => {
  const meanings = Object.fromEntries(
    ['v', ...ASSESSMENT_LINK_FORMAT.params.map((param) => param.name)].map((name) => [name, `${name}!`]),
  );

  it('gives `v` and then every parameter in link order, with its meaning', () => {
    const rows = linkDocRows(ASSESSMENT_LINK_FORMAT, meanings, words, 'en-US');
    expect(rows.map((row) => row.name)).toEqual([
      'v',
      'employees',
      'it-staff',
      'needs',
      'custom-apps',
      'it-is',
      'msp-is',
      'for',
    ]);
    expect(rows[0]).toEqual({ name: 'v', values: [{ code: '1' }], meaning: 'v!' });
  });

  it('writes limits as the page’s locale writes numbers', () => {
    const devices = ESTIMATOR_LINK_FORMAT.params.find((param) => param.name === 'devices')!;
    expect(asText(describeValues(devices.values, words, 'de-DE'))).toBe('whole number, 1 to 1.000.000');
  });
});
