import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/rate-card.json' with { type: 'json' };
import { RATE_CARD_FILE, rateCard } from '../../../src/lib/pricing/rate-card';
import { rateCardSchema, SCOPES } from '../../../src/lib/pricing/rate-card-schema';
import { editedCopy, problemsFor as problemsWith } from '../../support/data-file-problems';

/** A deep copy of the real file with one change applied. */
const edited = (change: (file: any) => void) => editedCopy(raw, change);
const problemsFor = (file: unknown) => problemsWith(rateCardSchema, file, RATE_CARD_FILE);

describe('the shipped rate card', () => {
  it('holds the 2026 market bands from the facts, in cents', () => {
    expect(rateCard.currency).toBe('USD');
    expect(rateCard.perUser.band).toEqual({ low: 5_000, high: 20_000 });
    expect(rateCard.perDevice.band).toEqual({ low: 2_500, high: 7_500 });
    expect(rateCard.blockHours.overageRate).toEqual({ low: 15_000, high: 25_000 });
    expect(rateCard.securityTier.perUser).toEqual({ low: 3_000, high: 8_000 });
    expect(rateCard.securityTier.weeksToLive).toBe(6);
    expect(rateCard.hire.annualSalary.low).toBe(18_000_000);
    expect(rateCard.hire.monthsToHire).toBe(9);
  });

  it('puts tier-1 only at the low end and everything it prices at the high end, projects left out', () => {
    const { base, scope, band } = rateCard.perUser;
    expect(base.low).toBe(band.low);
    const highest = SCOPES.reduce((sum, item) => {
      const entry = scope[item];
      return sum + (entry.kind === 'step' ? entry.high : 0);
    }, base.high);
    expect(highest).toBe(band.high);
    expect(scope.projects.kind).toBe('left-out');
  });

  it('prices the per-device band as RMM, patching and monitoring, with security on its own and the help desk said', () => {
    const { base, scope, helpDesk } = rateCard.perDevice;
    expect(base.label).toBe('RMM, patching and monitoring');
    expect(scope.patching.kind).toBe('covered');
    expect(scope.security.kind).toBe('add-on');
    expect(helpDesk.kind).toBe('left-out');
  });

  it('grows the block-hours bucket with scope, nights and weekends most of all', () => {
    const { scope, includedHours } = rateCard.blockHours;
    const afterHours = scope['after-hours'];
    expect(afterHours.kind === 'hours' && afterHours.hours).toBeGreaterThan(0);
    for (const item of ['patching', 'backup', 'cloud', 'compliance'] as const) {
      const entry = scope[item];
      expect(entry.kind, item).toBe('hours');
      if (entry.kind === 'hours' && afterHours.kind === 'hours')
        expect(afterHours.hours).toBeGreaterThanOrEqual(Math.min(entry.hours, includedHours.value));
    }
  });

  it('explains every site assumption in a sentence', () => {
    const reasons = [
      rateCard.typical.reasoning,
      rateCard.perUser.base.reasoning,
      ...SCOPES.map((item) => rateCard.perUser.scope[item].reasoning),
      ...SCOPES.map((item) => rateCard.perDevice.scope[item].reasoning),
      ...SCOPES.map((item) => rateCard.blockHours.scope[item].reasoning),
      rateCard.perDevice.helpDesk.reasoning,
      rateCard.securityTier.leavesOut,
      rateCard.hire.leavesOut,
      rateCard.perDevice.securityAddOn.reasoning,
      rateCard.blockHours.includedHours.reasoning,
      rateCard.blockHours.includedHourRate.reasoning,
      rateCard.blockHours.monitoringPerDevice.reasoning,
      rateCard.hire.annualSalary.reasoning,
      rateCard.hire.loadedCostPercent.reasoning,
      rateCard.defaults.devicesPerUser.reasoning,
      rateCard.defaults.annualAdjustmentPercent.reasoning,
      rateCard.defaults.hoursPerMonth.reasoning,
    ];
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(40);
  });
});

describe('rate card validation names the file and the field', () => {
  it('rejects a band whose low end is above its high end', () => {
    const message = problemsFor(edited((file) => (file.perUser.band.lowUsd = 250)));
    expect(message).toContain('src/data/rate-card.json');
    expect(message).toContain('perUser.band.lowUsd');
  });

  it('rejects negative prices', () => {
    const message = problemsFor(edited((file) => (file.perDevice.securityAddOn.lowUsd = -5)));
    expect(message).toContain('src/data/rate-card.json');
    expect(message).toMatch(/perDevice\.securityAddOn\.lowUsd: must not be negative/);
  });

  it('rejects prices with cents, since the file is in whole dollars', () => {
    const message = problemsFor(edited((file) => (file.securityTier.perUser.highUsd = 80.5)));
    expect(message).toMatch(/securityTier\.perUser\.highUsd: must be whole dollars/);
  });

  it('rejects an unknown scope id in the defaults', () => {
    const message = problemsFor(edited((file) => file.defaults.scope.value.push('firewalls')));
    expect(message).toMatch(/defaults\.scope\.value\[2\]: must be one of after-hours, patching/);
  });

  it('rejects an unknown scope id as a price step', () => {
    const message = problemsFor(
      edited((file) => (file.perUser.scope.firewalls = { lowUsd: 1, highUsd: 2, reasoning: 'x'.repeat(30) })),
    );
    expect(message).toContain('perUser.scope');
    expect(message).toContain('firewalls');
  });

  it('rejects a scope map that leaves a scope item out', () => {
    const message = problemsFor(edited((file) => delete file.perDevice.scope.backup));
    expect(message).toContain('perDevice.scope.backup');
  });

  it('rejects a price step that adds nothing, which should say what already covers it', () => {
    const message = problemsFor(
      edited((file) => (file.perUser.scope.cloud = { lowUsd: 0, highUsd: 0, reasoning: 'x'.repeat(30) })),
    );
    expect(message).toMatch(/perUser\.scope\.cloud\.highUsd: a step must add something/);
  });

  it('rejects a scope treatment that is none of the shapes, naming the item', () => {
    const message = problemsFor(edited((file) => (file.perDevice.scope.cloud = { skipped: true })));
    expect(message).toMatch(/perDevice\.scope\.cloud: write a price step/);
  });

  it('rejects a left-out item without its reason, which the page shows next to the figure', () => {
    const message = problemsFor(edited((file) => (file.perUser.scope.projects = { leftOut: 'no' })));
    expect(message).toMatch(/perUser\.scope\.projects\.leftOut: explain the assumption/);
  });

  it('rejects anything but security priced as the security add-on', () => {
    const message = problemsFor(edited((file) => (file.blockHours.scope.backup = { addOn: 'x'.repeat(30) })));
    expect(message).toMatch(/blockHours\.scope\.backup: only security is quoted as the security add-on/);
  });

  it('rejects a block-hours step that is not whole hours', () => {
    const message = problemsFor(edited((file) => (file.blockHours.scope['after-hours'].hours = 7.5)));
    expect(message).toMatch(/blockHours\.scope\.after-hours\.hours: hours must be a whole number/);
  });

  it('keeps the gap-to-scope mapping out of the rate card (it lives in gap-to-work.json)', () => {
    const message = problemsFor(edited((file) => (file.assessment.needs = {})));
    expect(message).toContain('assessment');
    expect(message).toContain('needs');
  });

  it('rejects an annual adjustment outside 0 to 25 percent', () => {
    for (const percent of [-1, 25.5, 40]) {
      const message = problemsFor(edited((file) => (file.defaults.annualAdjustmentPercent.value = percent)));
      expect(message).toMatch(
        /defaults\.annualAdjustmentPercent\.value: the annual adjustment must be between 0 and 25 percent/,
      );
    }
  });

  it('rejects scope steps that would push the per-user price past the band', () => {
    const message = problemsFor(edited((file) => (file.perUser.scope.security.highUsd = 90)));
    expect(message).toMatch(
      /perUser\.scope: the base plus every scope item reaches \$240, above the band's high end \(\$200\)/,
    );
  });

  it('rejects a base below the band', () => {
    const message = problemsFor(edited((file) => (file.perUser.base.lowUsd = 10)));
    expect(message).toContain('perUser.base.lowUsd');
  });

  it('rejects a price on the per-device base, which is the band from the facts', () => {
    const message = problemsFor(edited((file) => (file.perDevice.base.lowUsd = 25)));
    expect(message).toContain('perDevice.base');
    expect(message).toContain('lowUsd');
  });

  it('rejects an assumption without its reasoning', () => {
    const message = problemsFor(edited((file) => (file.hire.loadedCostPercent.reasoning = 'because')));
    expect(message).toMatch(/hire\.loadedCostPercent\.reasoning: explain the assumption/);
  });

  it('rejects a model sentence with a placeholder the model does not fill in', () => {
    const message = problemsFor(edited((file) => (file.modelText.blockHours.overage = 'You expect {suport} a month.')));
    expect(message).toMatch(/modelText\.blockHours\.overage: has an unknown placeholder \{suport\}/);
  });

  it('rejects misspelt fields instead of ignoring them', () => {
    const message = problemsFor(edited((file) => (file.perUser.band.hihgUsd = 200)));
    expect(message).toContain('perUser.band');
    expect(message).toContain('hihgUsd');
  });

  it('reports every problem at once', () => {
    const message = problemsFor(
      edited((file) => {
        file.perUser.band.lowUsd = -1;
        file.defaults.termYears.value = 5;
      }),
    );
    expect(message).toContain('perUser.band.lowUsd');
    expect(message).toContain('defaults.termYears.value');
  });
});
