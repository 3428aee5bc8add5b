import { describe, expect, it } from 'vitest';
import { centsToDecimal, csvCell, estimateCsv, estimateCsvRows, toCsv } from '../../../src/lib/pricing/csv';
import { estimatePricing, PRICING_MODEL_IDS } from '../../../src/lib/pricing/estimate';
import { defaultInputsFrom } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { parseCsv } from '../../support/parse-csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Per user per month')).toBe('Per user per month');
    expect(csvCell(120)).toBe('120');
    expect(csvCell('1234.50')).toBe('1234.50');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '=HYPERLINK("http://x","y")'])(
    'neutralises a formula-looking cell %j with a leading quote',
    (value) => {
      const cell = csvCell(value);
      const [[read]] = parseCsv(`${cell}\r\n`) as [[string]];
      expect(read).toBe(`'${value}`);
    },
  );
});

describe('centsToDecimal', () => {
  it('writes exact decimals without float artefacts', () => {
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(12345)).toBe('123.45');
    expect(centsToDecimal(1_000_000_000_01)).toBe('1000000000.01');
    expect(centsToDecimal(-250)).toBe('-2.50');
  });

  it('refuses anything but integer cents', () => {
    expect(() => centsToDecimal(0.5)).toThrow(RangeError);
    expect(() => centsToDecimal(Number.NaN)).toThrow(RangeError);
  });
});

describe('estimateCsv', () => {
  const inputs = {
    ...defaultInputsFrom(rateCard),
    users: 120,
    devices: 180,
    scope: ['after-hours', 'security'] as const,
  };
  const estimate = estimatePricing(
    { ...inputs, scope: [...inputs.scope], hoursPerMonth: 25, termYears: 2, annualAdjustmentPercent: 3 },
    rateCard,
  );
  const csv = estimateCsv(estimate, 'USD', rateCard.modelText.csv);
  const rows = parseCsv(csv);

  it('ends every row with CRLF and reads back as the rows it was built from', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows).toEqual(estimateCsvRows(estimate, 'USD', rateCard.modelText.csv));
  });

  it('has the ten columns the issue lists, currency named in the amount headers', () => {
    expect(rows[0]).toEqual([
      'Model',
      'Item',
      'Unit',
      'Quantity',
      'Low (USD)',
      'High (USD)',
      'Monthly low (USD)',
      'Monthly high (USD)',
      'Term low (USD)',
      'Term high (USD)',
    ]);
    for (const row of rows) expect(row).toHaveLength(10);
  });

  it('lists every line item of every model, then a total that matches the estimate', () => {
    for (const id of PRICING_MODEL_IDS) {
      const model = estimate.models[id];
      const modelRows = rows.filter((row) => row[0] === model.label);
      expect(modelRows).toHaveLength(model.lineItems.length + 1);
      const total = modelRows.at(-1)!;
      expect(total[1]).toBe('Total (2-year term, 3% annual adjustment)');
      expect(total.slice(6)).toEqual([
        centsToDecimal(model.monthly.low),
        centsToDecimal(model.monthly.high),
        centsToDecimal(model.term.low),
        centsToDecimal(model.term.high),
      ]);
    }
  });

  it('prices each line as unit price × quantity, and its term with the adjustment', () => {
    const perUser = rows.find(
      (row) => row[0] === 'Per user per month' && row[1] === 'Tier-1 help desk and monitoring',
    )!;
    // $50–$75 a user, 120 users; 2 years at 3%: 12 × m + 12 × m × 1.03.
    expect(perUser.slice(2)).toEqual([
      'per user per month',
      '120',
      '50.00',
      '75.00',
      '6000.00',
      '9000.00',
      '146160.00',
      '219240.00',
    ]);
  });

  it('writes every amount as a plain decimal', () => {
    for (const row of rows.slice(1)) {
      for (const cell of row.slice(4)) expect(cell).toMatch(/^(?:\d+\.\d{2})?$/);
    }
  });

  it('keeps hostile labels inert', () => {
    const card = structuredClone(rateCard);
    card.perUser.label = '=cmd|" /C calc"!A0, "quoted"';
    const hostile = estimatePricing({ users: 10, scope: [] }, card);
    const read = parseCsv(estimateCsv(hostile, 'USD', rateCard.modelText.csv));
    expect(read.filter((row) => row[0] === `'${card.perUser.label}`).length).toBeGreaterThan(0);
  });

  it('joins rows with CRLF', () => {
    expect(toCsv([['a', 'b,c'], ['d']])).toBe('a,"b,c"\r\nd\r\n');
  });
});
