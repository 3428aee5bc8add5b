/*
 * The estimate as the page renders it at build time and the island again in the browser: one
 * component, so readers without JavaScript see the same figures, chart and table.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { estimatePricing, PRICING_MODEL_IDS, suggestPricingModel } from '../../../src/lib/pricing/estimate';
import { estimatorCopy } from '../../../src/lib/pricing/estimator-copy';
import { formatsFor } from '../../../src/lib/pricing/formats';
import { defaultInputsFrom, type EstimatorInputs } from '../../../src/lib/pricing/inputs';
import { centsToWholeDollars } from '../../../src/lib/pricing/money';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { Estimate } from '../../../src/tools/estimator/Estimate';
import { EstimateDetails } from '../../../src/tools/estimator/EstimateDetails';

afterEach(cleanup);

const defaults = defaultInputsFrom(rateCard);

function estimateFor(inputs: EstimatorInputs, preparedFor: string | null = null) {
  const estimate = estimatePricing(inputs, rateCard);
  const f = formatsFor('en-US', 'USD');
  const element = (
    <Estimate
      estimate={estimate}
      suggestion={suggestPricingModel(inputs, rateCard)}
      preparedFor={preparedFor}
      card={rateCard}
      words={estimatorCopy.tool}
      f={f}
      details={<EstimateDetails estimate={estimate} card={rateCard} words={estimatorCopy.tool.estimate} f={f} />}
    />
  );
  return { estimate, element };
}

function show(inputs: EstimatorInputs, preparedFor: string | null = null) {
  const { estimate, element } = estimateFor(inputs, preparedFor);
  const { container } = render(element);
  return { estimate, container };
}

const modelElement = (container: Element, id: string) => container.querySelector<HTMLElement>(`[data-model="${id}"]`)!;
const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US')}`;

describe('the estimate', () => {
  it('gives each model its element with the monthly band in whole dollars', () => {
    const { estimate, container } = show({ ...defaults, users: 250, devices: 375 });
    expect(container.querySelectorAll('[data-model]')).toHaveLength(PRICING_MODEL_IDS.length);
    for (const id of PRICING_MODEL_IDS) {
      const { low, high } = estimate.models[id].monthly;
      expect(modelElement(container, id).dataset['monthlyLow']).toBe(String(centsToWholeDollars(low)));
      expect(modelElement(container, id).dataset['monthlyHigh']).toBe(String(centsToWholeDollars(high)));
    }
  });

  it('pairs the chart with a table of the same figures, over the chosen term', () => {
    const { estimate, container } = show({ ...defaults, termYears: 2 });
    const chart = screen.getByRole('img', { name: /^Monthly cost range of each pricing model/ });
    expect(chart.getAttribute('aria-labelledby')).toBe('est-chart-title est-chart-desc');
    const perUser = estimate.models['per-user'];
    expect(container.querySelector('#est-chart-desc')!.textContent).toMatch(
      new RegExp(`^Per user per month: \\${dollars(perUser.monthly.low)}–`),
    );
    const table = within(screen.getByRole('region', { name: 'Monthly and contract cost of each pricing model' }));
    expect(table.getByRole('columnheader', { name: 'Over 2 years' })).toBeTruthy();
    const row = table.getByRole('rowheader', { name: perUser.label }).closest('tr')!;
    expect(row.querySelector('td')!.textContent).toBe(dollars(perUser.monthly.low));
    cleanup();
    show({ ...defaults, termYears: 1 });
    expect(screen.getByRole('columnheader', { name: 'Over 1 year' })).toBeTruthy();
  });

  it('marks the suggested model, gives its figures with the suggestion and names who the estimate is for', () => {
    const { estimate, container } = show({ ...defaults, devices: 1000 }, 'Acme Ltd');
    expect(container.querySelector('.prepared-for')!.textContent).toBe('Prepared for Acme Ltd');
    const suggested = container.querySelector('.est-model.suggested')!;
    expect(suggested.getAttribute('data-model')).toBe('per-device');
    expect(suggested.querySelector('h3')!.textContent).toMatch(/\(suits you\)$/);
    // The figure a reader came for sits with the suggestion, at the top of the estimate.
    const { low, high, typical } = estimate.models['per-device'].monthly;
    expect(container.querySelector('.suggestion')!.textContent).toMatch(
      new RegExp(
        `^Suits this company: per device per month\\. \\${dollars(low)}–\\${dollars(high)} a month, typically \\${dollars(typical)}\\. `,
      ),
    );
    cleanup();
    expect(show(defaults).container.querySelector('.prepared-for')).toBeNull();
  });

  it('shows a hostile name as text, never as markup', () => {
    const { container } = show(defaults, '<img src=x onerror=alert(1)> & "friends"');
    expect(container.querySelector('.prepared-for')!.textContent).toBe(
      'Prepared for <img src=x onerror=alert(1)> & "friends"',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('lists on each model the scope items its figure prices', () => {
    const { estimate, container } = show({ ...defaults, scope: ['after-hours', 'patching', 'cloud', 'projects'] });
    for (const id of PRICING_MODEL_IDS) {
      expect(modelElement(container, id).dataset['covers']).toBe(estimate.models[id].covers.join(' '));
    }
    expect(modelElement(container, 'per-user').dataset['covers']).toBe('after-hours patching cloud');
    expect(modelElement(container, 'block-hours').dataset['covers']).toBe('after-hours patching cloud projects');
  });

  it('says next to a figure what it leaves out, and why', () => {
    const { container } = show({ ...defaults, scope: ['projects'] });
    const perUser = modelElement(container, 'per-user');
    const leftOut = perUser.querySelector('.est-figures + .est-leaves-out')!;
    expect(leftOut.querySelector('p')!.textContent).toBe('Not in this figure:');
    expect(leftOut.textContent).toContain(
      'Project work. The top of the per-user band covers everything except project work',
    );
    expect(modelElement(container, 'per-device').querySelector('.est-leaves-out strong')!.textContent).toBe(
      'Tier-1 help desk.',
    );
    expect(modelElement(container, 'block-hours').querySelector('.est-leaves-out')).toBeNull();
  });

  it('sets the security tier against a hire, months without cover included', () => {
    show(defaults);
    const table = within(screen.getByRole('region', { name: 'Security tier compared with a hire' }));
    const row = (name: string) =>
      [...table.getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(row('Running in')).toEqual([
      `about ${rateCard.securityTier.weeksToLive} weeks`,
      `about ${rateCard.hire.monthsToHire} months to hire`,
    ]);
    expect(row('Months without cover')[1]).toBe(`about ${rateCard.hire.monthsToHire}`);
  });

  it('writes no inline styles or event handlers into the built page, which its policy would block', () => {
    const { element } = estimateFor({ ...defaults, scope: ['security', 'projects'], hoursPerMonth: 200 });
    const html = renderToString(element);
    expect(html).toContain('data-model="hire"');
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});
