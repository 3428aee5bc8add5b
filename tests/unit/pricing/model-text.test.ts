import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/rate-card.json' with { type: 'json' };
import { estimateCsvRows } from '../../../src/lib/pricing/csv';
import { estimatePricing, suggestPricingModel } from '../../../src/lib/pricing/estimate';
import { defaultInputsFrom } from '../../../src/lib/pricing/inputs';
import { rateCardSchema, type RateCard } from '../../../src/lib/pricing/rate-card-schema';
import { editedCopy } from '../../support/data-file-problems';

/*
 * An MSP rewords the estimate by editing the rate card, never code: every sentence, label and
 * spreadsheet word a model writes comes from `modelText`. Each case rewrites one template and
 * checks the estimate says the new words.
 */
const cardWith = (change: (file: any) => void): RateCard => rateCardSchema.parse(editedCopy(raw, change));

const inputsFor = (card: RateCard, change: Partial<ReturnType<typeof defaultInputsFrom>> = {}) => ({
  ...defaultInputsFrom(card),
  ...change,
});

describe('the pricing models speak the rate card’s words', () => {
  it('per user: the market band, each scope step and the total', () => {
    const card = cardWith((file) => {
      file.modelText.banded.stepAdds = 'STEP {item} {range}';
      file.modelText.banded.total = 'TOTAL {range} per {unit}';
      file.modelText.units.user = 'SEAT';
    });
    const model = estimatePricing(inputsFor(card, { scope: ['after-hours'] }), card).models['per-user'];
    expect(model.explanation).toContain(`STEP ${card.scopeLabels['after-hours']} `);
    expect(model.explanation).toMatch(/TOTAL \S+ per SEAT/);
    expect(model.assumptions.map((item) => item.value).join(' ')).toContain('SEAT');
  });

  it('per device: security quoted on top', () => {
    const card = cardWith((file) => (file.modelText.securityAddOn.onTopOfDevices = 'SECURITY-ON-TOP {range}'));
    const model = estimatePricing(inputsFor(card, { scope: ['security'] }), card).models['per-device'];
    expect(model.explanation).toContain('SECURITY-ON-TOP');
  });

  it('block hours: overage, unused hours and the bucket, counted in the card’s words', () => {
    const card = cardWith((file) => {
      file.modelText.blockHours.overage = 'OVER {support} / {overage} / {rate}';
      file.modelText.blockHours.unused = 'UNUSED {support} / {unused}';
      file.modelText.counts.supportHours = { one: '{n} TICKET-HOUR', other: '{n} TICKET-HOURS' };
      file.modelText.blockHours.overageLine = 'EXTRA HOURS';
    });
    const bucket = card.blockHours.includedHours.value;
    const over = estimatePricing(inputsFor(card, { scope: [], hoursPerMonth: bucket + 5 }), card).models['block-hours'];
    expect(over.explanation).toContain(`OVER ${bucket + 5} TICKET-HOURS / 5 hours are / `);
    expect(over.lineItems.map((line) => line.label)).toContain('EXTRA HOURS');
    const under = estimatePricing(inputsFor(card, { scope: [], hoursPerMonth: 1 }), card).models['block-hours'];
    expect(under.explanation).toContain('UNUSED 1 TICKET-HOUR / ');
  });

  it('the security tier, the hire and the comparison of the two', () => {
    const card = cardWith((file) => {
      file.modelText.securityTier.explanation = 'TIER {range} in {weeks}';
      file.modelText.hire.explanation = 'HIRE {salary} {multiplier} {monthly} {months}';
      file.modelText.securityComparison = 'COMPARE {months} {weeks} {tierMonths} {tierCost} {users} {hireCost}';
    });
    const estimate = estimatePricing(inputsFor(card), card);
    expect(estimate.models['security-tier'].explanation).toMatch(/^TIER \S.* in 6$/);
    expect(estimate.models.hire.explanation).toMatch(/^HIRE /);
    expect(estimate.securityComparison.summary).toMatch(/^COMPARE 9 6 /);
  });

  it('the shared assumptions, the suggestion and the spreadsheet', () => {
    const card = cardWith((file) => {
      file.modelText.shared.adjustmentYours = 'YOU CHOSE THIS RISE.';
      file.modelText.suggestion.blockHoursWhy = 'PROJECTS {hours} {range}';
      file.modelText.csv.columns.model = 'CONTRACT';
      file.modelText.csv.total = 'SUM {years}y {percent}%';
    });
    const inputs = inputsFor(card, { scope: ['projects'], hoursPerMonth: 200, annualAdjustmentPercent: 7 });
    const estimate = estimatePricing(inputs, card);
    expect(estimate.models['per-user'].assumptions.map((item) => item.reasoning)).toContain('YOU CHOSE THIS RISE.');
    expect(suggestPricingModel(inputs, card).why).toMatch(/^PROJECTS 200 /);
    const rows = estimateCsvRows(estimate, 'USD', card.modelText.csv);
    expect(rows[0]![0]).toBe('CONTRACT');
    expect(rows.some((row) => row[1] === `SUM ${inputs.termYears}y 7%`)).toBe(true);
  });
});
