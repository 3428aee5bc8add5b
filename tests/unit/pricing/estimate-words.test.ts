import { describe, expect, it } from 'vitest';
import { niceCeiling } from '../../../src/lib/pricing/chart-scale';
import { estimateCsvFileName } from '../../../src/lib/pricing/csv-file-name';
import { estimatePricing, suggestPricingModel } from '../../../src/lib/pricing/estimate';
import { announcementFor, emailSubject, yearsInWords } from '../../../src/lib/pricing/estimate-words';
import { inputsInShort } from '../../../src/lib/pricing/inputs-in-short';
import { estimatorCopy } from '../../../src/lib/pricing/estimator-copy';
import { formatsFor } from '../../../src/lib/pricing/formats';
import { defaultInputsFrom } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { shareEmailHref } from '../../../src/lib/tools/share-email';

const words = estimatorCopy.tool;
const f = formatsFor('en-US', 'USD');

describe('sentences the estimator fills in', () => {
  it('writes the term as one year or several', () => {
    expect(yearsInWords(words.years, 1, f)).toBe('1 year');
    expect(yearsInWords(words.years, 3, f)).toBe('3 years');
  });

  it('sums up the inputs under the form’s own labels, one scope item a line, for an estimate a link opened', () => {
    const inputs = { ...defaultInputsFrom(rateCard), users: 1200, scope: ['patching', 'security'] as const };
    const { form } = words;
    expect(inputsInShort({ ...inputs, scope: [...inputs.scope] }, rateCard.scopeLabels, words, f)).toEqual([
      [form.users.label, '1,200'],
      [form.devices.label, '150'],
      [form.scope.legend, rateCard.scopeLabels.patching, rateCard.scopeLabels.security],
      [form.hours.label, '20'],
      [form.term.legend, '3 years'],
      [form.adjustment.label, '3'],
    ]);
    expect(inputsInShort({ ...inputs, scope: [] }, rateCard.scopeLabels, words, f)[2]).toEqual([
      form.scope.legend,
      words.sendToMsp.noScope,
    ]);
  });

  it('sums up the three contract shapes and the suggestion for screen readers', () => {
    const inputs = defaultInputsFrom(rateCard);
    const estimate = estimatePricing(inputs, rateCard);
    const band = (id: 'per-user' | 'per-device' | 'block-hours') =>
      f.range(estimate.models[id].monthly.low, estimate.models[id].monthly.high);
    expect(announcementFor(words.announcement, estimate, suggestPricingModel(inputs, rateCard), f)).toBe(
      `Per user ${band('per-user')} a month, per device ${band('per-device')}, block hours ${band('block-hours')}. Suggested: Per user per month.`,
    );
  });

  it('names who the estimate is for in the e-mail subject, taking a $ in a name literally', () => {
    expect(emailSubject(words.email, null, 'Guide')).toBe('Co-managed IT estimate (Guide)');
    expect(emailSubject(words.email, 'Acme $& Co', 'Guide')).toBe('Co-managed IT estimate for Acme $& Co (Guide)');
  });

  it('puts the share link on a line of its own in the e-mail body', () => {
    const href = shareEmailHref('A & B', 'Here it is:', 'https://example.com/estimator/?v=1&users=5');
    expect(href.startsWith('mailto:?subject=A%20%26%20B&body=')).toBe(true);
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(
      'Here it is:\n\nhttps://example.com/estimator/?v=1&users=5\n',
    );
  });

  it('names the CSV after who it is for, in letters and digits only', () => {
    expect(estimateCsvFileName(null, 'estimate')).toBe('estimate.csv');
    expect(estimateCsvFileName('  Acme Ltd. / Zürich ', 'estimate')).toBe('estimate-acme-ltd-zürich.csv');
    expect(estimateCsvFileName('***', 'estimate')).toBe('estimate.csv');
  });
});

describe('the chart scale', () => {
  it('ends at a round amount at or above the largest figure', () => {
    expect(niceCeiling(1_234_500)).toBe(1_500_000);
    expect(niceCeiling(2_000_000)).toBe(2_000_000);
    expect(niceCeiling(8_100)).toBe(10_000);
    expect(niceCeiling(0)).toBe(100);
  });
});
