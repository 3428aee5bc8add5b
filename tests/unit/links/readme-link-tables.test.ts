/*
 * The README documents the link formats in two tables; the formats themselves are tables the
 * codecs run. This holds the README to them: the same parameters in link order, and for each
 * the same values (every word a link may carry, and the number limits), so the README cannot
 * drift from what links do, as it once did on `needs` with /link-help/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_LINK_FORMAT } from '../../../src/lib/assessment/link-params';
import type { AllowedValues, LinkFormat } from '../../../src/lib/links/link-format';
import { ESTIMATOR_LINK_FORMAT } from '../../../src/lib/pricing/link-params';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The first table after the line that starts with `marker`: each row's parameter and values cell. */
function tableAfter(marker: string): { name: string; values: string }[] {
  const lines = README.split('\n');
  const start = lines.findIndex((line) => line.startsWith(marker));
  expect(start, `README line starting ${marker}`).toBeGreaterThan(-1);
  const header = lines.findIndex((line, index) => index > start && line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > header && !line.startsWith('|'));
  // Past the header and its `| --- |` line.
  return lines.slice(header + 2, end).map((row) => {
    const [, name = '', values = ''] = row.split('|').map((cell) => cell.trim());
    return { name: name.replace(/^`|`$/g, ''), values };
  });
}

const codesIn = (cell: string) => [...cell.matchAll(/`([^`]*)`/g)].map((match) => match[1]);
const numbersIn = (cell: string) => [...cell.matchAll(/\d[\d,]*/g)].map((match) => Number(match[0].replace(/,/g, '')));

/** What a README values cell must say for a parameter that takes these values. */
function expectDescribes(cell: string, values: AllowedValues, name: string): void {
  switch (values.kind) {
    case 'whole-number':
    case 'percent':
      expect(numbersIn(cell), name).toEqual(expect.arrayContaining([values.min, values.max]));
      break;
    case 'text':
      expect(numbersIn(cell), name).toContain(values.maxLength);
      break;
    case 'one-of':
      expect(codesIn(cell), name).toEqual(values.values);
      break;
    case 'list':
      expect(codesIn(cell), name).toEqual(values.none === '' ? values.items : [...values.items, values.none]);
      if (values.none === '') expect(cell, name).toMatch(/\bempty\b/);
      break;
  }
}

describe.each([
  ['**Fit assessment**', ASSESSMENT_LINK_FORMAT as LinkFormat<unknown>],
  ['**Pricing estimator**', ESTIMATOR_LINK_FORMAT as LinkFormat<unknown>],
])('the README table after %s', (marker, format) => {
  const rows = tableAfter(marker);

  it('lists the format’s parameters, in link order, after `v`', () => {
    expect(rows.map((row) => row.name)).toEqual(['v', ...format.params.map((param) => param.name)]);
  });

  it('gives the current version', () => {
    expect(codesIn(rows[0]?.values ?? '')).toEqual([String(format.version.current)]);
  });

  it.each(format.params.map((param) => [param.name, param.values] as const))(
    'describes the values of %s',
    (name, values) => {
      expectDescribes(rows.find((row) => row.name === name)?.values ?? '', values, name);
    },
  );
});
