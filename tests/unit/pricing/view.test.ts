import { describe, expect, it } from 'vitest';
import { estimateHtml, esc, formatsFor, linkNoticeHtml } from '../../../src/tools/estimator/view';
import { estimatePricing, PRICING_MODEL_IDS, suggestPricingModel } from '../../../src/lib/pricing/estimate';
import { defaultInputsFrom, type EstimatorInputs } from '../../../src/lib/pricing/inputs';
import { centsToWholeDollars } from '../../../src/lib/pricing/money';
import { rateCard } from '../../../src/lib/pricing/rate-card';

function render(inputs: EstimatorInputs, preparedFor: string | null = null) {
  const estimate = estimatePricing(inputs, rateCard);
  const html = estimateHtml(
    estimate,
    suggestPricingModel(inputs, rateCard),
    preparedFor,
    rateCard,
    formatsFor('en-US', 'USD', inputs.termYears),
  );
  return { estimate, html };
}

const defaults = defaultInputsFrom(rateCard);

describe('the estimate as HTML (built for the page and again in the browser)', () => {
  it('gives each model its result element with the monthly band in whole dollars', () => {
    const { estimate, html } = render({ ...defaults, users: 250, devices: 375 });
    for (const id of PRICING_MODEL_IDS) {
      const { low, high } = estimate.models[id].monthly;
      expect(html).toContain(
        `data-model="${id}" data-monthly-low="${centsToWholeDollars(low)}" data-monthly-high="${centsToWholeDollars(high)}"`,
      );
    }
    expect(html.match(/data-model=/g)).toHaveLength(PRICING_MODEL_IDS.length);
  });

  it('pairs the chart with a table of the same figures, over the chosen term', () => {
    const { estimate, html } = render({ ...defaults, termYears: 2 });
    expect(html).toContain('role="img" aria-labelledby="est-chart-title est-chart-desc"');
    expect(html).toContain('<th scope="col">Over 2 years</th>');
    const perUser = estimate.models['per-user'];
    expect(html).toMatch(new RegExp(`<desc id="est-chart-desc">Per user per month: \\$${(perUser.monthly.low / 100).toLocaleString('en-US')}–`));
    expect(html).toContain(`<th scope="row">${perUser.label}</th><td>$${(perUser.monthly.low / 100).toLocaleString('en-US')}</td>`);
    expect(render({ ...defaults, termYears: 1 }).html).toContain('Over 1 year<');
  });

  it('marks the suggested model and names who the estimate is for', () => {
    const { html } = render({ ...defaults, devices: 1000 }, 'Acme Ltd');
    expect(html).toContain('<p class="prepared-for">Prepared for Acme Ltd</p>');
    expect(html).toContain('class="est-model suggested" aria-labelledby="est-per-device"');
    expect(render(defaults).html).not.toContain('prepared-for');
  });

  it('shows a hostile name as text, never as markup', () => {
    const { html } = render(defaults, '<img src=x onerror=alert(1)> & "friends"');
    expect(html).toContain('Prepared for &lt;img src=x onerror=alert(1)&gt; &amp; &quot;friends&quot;');
    expect(html).not.toContain('<img');
  });

  it('lists on each model the scope items its figure prices', () => {
    const { estimate, html } = render({ ...defaults, scope: ['after-hours', 'patching', 'cloud', 'projects'] });
    expect(html).toContain('data-model="per-user"');
    for (const id of PRICING_MODEL_IDS) {
      const covers = estimate.models[id].covers.join(' ');
      expect(html).toMatch(new RegExp(`data-model="${id}"[^>]*data-covers="${covers}"`));
    }
    expect(html).toMatch(/data-model="per-user"[^>]*data-covers="after-hours patching cloud"/);
    expect(html).toMatch(/data-model="block-hours"[^>]*data-covers="after-hours patching cloud projects"/);
  });

  it('says next to a figure what it leaves out, and why', () => {
    const { html } = render({ ...defaults, scope: ['projects'] });
    const perUser = html.slice(html.indexOf('data-model="per-user"'), html.indexOf('data-model="per-device"'));
    const figures = perUser.indexOf('class="est-figures"');
    const leftOut = perUser.indexOf('<div class="est-leaves-out"><p>Not in this figure:</p>');
    expect(figures).toBeGreaterThan(0);
    expect(leftOut).toBeGreaterThan(figures);
    expect(perUser).toContain('<strong>Project work.</strong> The top of the per-user band covers everything except project work');
    const perDevice = html.slice(html.indexOf('data-model="per-device"'), html.indexOf('data-model="block-hours"'));
    expect(perDevice).toContain('<strong>Tier-1 help desk.</strong>');
    const blockHours = html.slice(html.indexOf('data-model="block-hours"'), html.indexOf('data-model="security-tier"'));
    expect(blockHours).not.toContain('est-leaves-out');
  });

  it('writes no inline styles or event handlers, which the page policy would block', () => {
    const { html } = render({ ...defaults, scope: ['security', 'projects'], hoursPerMonth: 200 });
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});

describe('the link notice', () => {
  it('says nothing when the link set nothing and nothing was ignored', () => {
    expect(linkNoticeHtml(false, false, [])).toBe('');
  });

  it('says the inputs came from the link, and when they replaced saved ones', () => {
    expect(linkNoticeHtml(true, false, [])).toContain('These answers come from the link you opened. Change any');
    expect(linkNoticeHtml(true, true, [])).toContain('They replace the answers saved in this browser.');
  });

  it('lists each ignored value with its reason, escaped', () => {
    const html = linkNoticeHtml(false, false, [
      { param: 'scope', value: '<script>alert(1)</script>', reason: 'unknown scope item' },
      { param: 'junk', value: '', reason: 'not an estimator setting' },
    ]);
    expect(html).toContain('<li><code>scope</code> = <code>&lt;script&gt;alert(1)&lt;/script&gt;</code>: unknown scope item</li>');
    expect(html).toContain('<li><code>junk</code>: not an estimator setting</li>');
    expect(html).toContain('data-action="dismiss"');
  });

  it('escapes every character that could open markup or end an attribute', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
