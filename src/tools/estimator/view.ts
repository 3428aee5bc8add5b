/*
 * The estimate as HTML text: the page renders it at build time (what readers without
 * JavaScript see) and the browser script renders it again whenever the inputs change, so
 * both always agree. No framework: on a page with a 15 KB JavaScript budget, a string
 * builder is far cheaper than shipping a renderer. Every piece of text goes through `esc`,
 * so a hostile "prepared for" name or label is shown as text, never run as markup.
 */
import type { PricingEstimate, PricingSuggestion } from '../../lib/pricing/estimate';
import { PRICING_MODEL_IDS, type Assumption, type LeftOut, type PricingModelId } from '../../lib/pricing/models/types';
import { centsToWholeDollars, formatMoney, formatMoneyRange } from '../../lib/pricing/money';
import type { RateCard } from '../../lib/pricing/rate-card-schema';

/** What the view reads from the rate card besides the estimate: its words, the year of the bands, how fast the tier starts. */
export type ViewWording = Pick<RateCard, 'estimateText' | 'pricesAsOf'> & {
  securityTier: Pick<RateCard['securityTier'], 'weeksToLive'>;
};

/** Formatting helpers every part of the result uses. */
export interface Formats {
  money(cents: number): string;
  range(low: number, high: number): string;
  number(value: number): string;
  /** The contract term in words: "3 years". */
  years: string;
}

export function formatsFor(locale: string, currency: string, termYears: number): Formats {
  return {
    money: (cents) => formatMoney(cents, locale, currency),
    range: (low, high) => formatMoneyRange(low, high, locale, currency),
    number: (value) => value.toLocaleString(locale),
    years: `${termYears} year${termYears === 1 ? '' : 's'}`,
  };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value, escaped for HTML. */
export const esc = (text: unknown): string => String(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!);

const WIDTH = 360;
const ROW = 58;
const AXIS = 34;

/** A round scale end at or above `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), in whole cents. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.max(2, Math.floor(Math.log10(Math.max(value, 1))));
  return ([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((step) => step * power >= value) ?? 10) * power;
}

/** A scrollable table with one row header per row; cells are already HTML. */
function table(name: string, label: string, head: string[], rows: string[][], caption = ''): string {
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><table class="${name}">${caption}<thead><tr>${head
    .map((cell) => `<th scope="col">${cell}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(([header, ...cells]) => `<tr><th scope="row">${header}</th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/**
 * Each model's monthly band as a horizontal bar from low to high, with a mark at the typical
 * figure. The SVG is one image to assistive technology; the table after it holds the same
 * numbers. Bars are outlined and every figure is written out, so it prints in black.
 */
function chart(estimate: PricingEstimate, caption: string, f: Formats): string {
  const rows = PRICING_MODEL_IDS.map((id) => estimate.models[id]);
  const top = niceCeiling(Math.max(...rows.map((model) => model.monthly.high)));
  const x = (cents: number) => 2 + (cents / top) * (WIDTH - 4);
  const bottom = rows.length * ROW;
  const line = (x1: number, y1: number, y2: number, name: string) =>
    `<line x1="${x1}" x2="${x1}" y1="${y1}" y2="${y2}" class="${name}"></line>`;
  const text = (y: number, name: string, content: string, more = 'x="0"') =>
    `<text ${more} y="${y}" class="${name}">${esc(content)}</text>`;
  const svg =
    `<svg viewBox="0 0 ${WIDTH} ${bottom + AXIS}" role="img" aria-labelledby="est-chart-title est-chart-desc" class="est-chart-svg">` +
    `<title id="est-chart-title">Monthly cost range of each pricing model</title><desc id="est-chart-desc">${esc(
      rows.map((model) => `${model.label}: ${f.range(model.monthly.low, model.monthly.high)}.`).join(' '),
    )}</desc><defs><pattern id="est-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="6" class="est-hatch"></line></pattern></defs>` +
    [0, top / 2, top].map((tick) => line(x(tick), 0, bottom, 'est-grid')).join('') +
    rows
      .map(({ label, monthly: { low, typical, high } }, index) => {
        const y = index * ROW;
        return `<g>${text(y + 13, 'est-label', label)}<rect x="${x(low)}" y="${y + 19}" width="${Math.max(2, x(high) - x(low))}" height="14" class="est-bar"></rect>${line(
          x(typical),
          y + 16,
          y + 36,
          'est-typical',
        )}${text(y + 50, 'est-value', `${f.money(low)} to ${f.money(high)}, typical ${f.money(typical)}`)}</g>`;
      })
      .join('') +
    ['start', 'middle', 'end']
      .map((anchor, index) => text(bottom + 24, 'est-value', f.money((top * index) / 2), `x="${x((top * index) / 2)}" text-anchor="${anchor}"`))
      .join('') +
    '</svg>';
  return `<figure class="est-chart">${svg}<figcaption class="hint">${esc(caption)}</figcaption>${table(
    'est-table',
    'Monthly and contract cost of each pricing model',
    ['Model', 'Low a month', 'Typical a month', 'High a month', `Over ${f.years}`],
    rows.map(({ label, monthly, term }) => [
      esc(label),
      f.money(monthly.low),
      f.money(monthly.typical),
      f.money(monthly.high),
      f.range(term.low, term.high),
    ]),
    '<caption class="visually-hidden">Cost of each pricing model, as in the chart</caption>',
  )}</figure>`;
}

/** What a figure does not price, right under it, so models are compared like with like. */
function leavesOutHtml(leavesOut: readonly LeftOut[], heading: string): string {
  if (leavesOut.length === 0) return '';
  return `<div class="est-leaves-out"><p>${esc(heading)}:</p><ul>${leavesOut
    .map(({ labels, reasoning }) => `<li><strong>${esc(labels.join(', '))}.</strong> ${esc(reasoning)}</li>`)
    .join('')}</ul></div>`;
}

/**
 * One card per model: the monthly band, the whole term, what the figure leaves out and how it
 * was built. `data-covers` lists the scope items the figure prices.
 */
function modelCards(estimate: PricingEstimate, suggested: PricingModelId, leavesOutLabel: string, f: Formats): string {
  return `<div class="est-models">${PRICING_MODEL_IDS.map((id) => {
    const { label, monthly, term, explanation, covers, leavesOut } = estimate.models[id];
    return `<section class="est-model${id === suggested ? ' suggested' : ''}" aria-labelledby="est-${id}" data-model="${id}" data-monthly-low="${centsToWholeDollars(
      monthly.low,
    )}" data-monthly-high="${centsToWholeDollars(monthly.high)}" data-covers="${esc(covers.join(' '))}"><h3 id="est-${id}">${esc(label)}${
      id === suggested ? '<strong> (suits you)</strong>' : ''
    }</h3><p class="est-figures"><span><strong>${f.range(monthly.low, monthly.high)}</strong> a month${
      id === 'hire' ? ', salary and overheads' : ''
    }</span><span>typical ${f.money(monthly.typical)}</span><span>${f.range(term.low, term.high)} over ${f.years}</span></p>${leavesOutHtml(
      leavesOut,
      leavesOutLabel,
    )}<p>${esc(explanation)}</p></section>`;
  }).join('')}</div>`;
}

/** The co-managed security tier against hiring, including the months with nobody on watch. */
function security(estimate: PricingEstimate, { estimateText, securityTier }: ViewWording, f: Formats): string {
  const { securityComparison: c, models } = estimate;
  const tier = models['security-tier'];
  const hire = models.hire;
  const months = f.number(c.months);
  return `<section class="est-security" aria-labelledby="est-security-title"><h3 id="est-security-title">Security: a co-managed tier or a hire?</h3>${table(
    'est-compare',
    'Security tier compared with a hire',
    ['<span class="visually-hidden">Measure</span>', esc(tier.label), esc(hire.label)],
    [
      ['Running in', `about ${f.number(securityTier.weeksToLive)} weeks`, `about ${months} months to hire`],
      ['Months without cover', `about ${f.number(c.tierMonthsWithoutCover)}`, `about ${f.number(c.hireMonthsWithoutCover)}`],
      ['Monthly cost', f.range(tier.monthly.low, tier.monthly.high), f.range(hire.monthly.low, hire.monthly.high)],
      [`Cost of ${months} months in service`, f.range(c.tierCost.low, c.tierCost.high), f.range(c.hireCost.low, c.hireCost.high)],
    ],
  )}<p>${esc(c.summary)}</p><p>${esc(estimateText.withoutCover)} Choosing the tier closes about ${f.number(
    c.monthsOfExposureAvoided,
  )} of those ${months} months.</p></section>`;
}

/** Every figure the site assumed for these inputs, once each, with the reasoning behind it. */
function assumptions(estimate: PricingEstimate, { estimateText, pricesAsOf }: ViewWording): string {
  const seen = new Map<string, Assumption>();
  for (const id of PRICING_MODEL_IDS) {
    for (const item of estimate.models[id].assumptions) seen.set(`${item.label}|${item.value}`, item);
  }
  return `<section class="est-assumption-list" aria-labelledby="est-assumptions-title"><h3 id="est-assumptions-title">Our assumptions, and why</h3><p>The market bands come from ${pricesAsOf} pricing. ${esc(estimateText.assumptionsNote)}</p><dl class="est-assumptions">${[
    ...seen.values(),
  ]
    .map(
      ({ label, value, reasoning }) =>
        `<div><dt>${esc(label)}: ${esc(value)} <span class="est-tag">our assumption</span></dt><dd>${esc(reasoning)}</dd></div>`,
    )
    .join('')}</dl><p><strong>Rounding.</strong> ${esc(estimate.roundingRule)}</p></section>`;
}

/** Everything the estimate shows, as the inside of `.est-body`: the printout is this, without the form. */
export function estimateHtml(
  estimate: PricingEstimate,
  suggestion: PricingSuggestion,
  preparedFor: string | null,
  wording: ViewWording,
  f: Formats,
): string {
  const { inputs, models } = estimate;
  return `${preparedFor ? `<p class="prepared-for">Prepared for ${esc(preparedFor)}</p>` : ''}<h2 id="estimate-title">Your estimate</h2><p class="result-summary">For ${f.number(
    inputs.users,
  )} users and ${f.number(inputs.devices)} devices over ${f.years}, with prices rising ${f.number(
    inputs.annualAdjustmentPercent,
  )}% a year. ${esc(wording.estimateText.figuresNote)}</p><p class="suggestion"><strong>Suits this company: ${esc(
    models[suggestion.model].label.toLowerCase(),
  )}.</strong> ${esc(suggestion.why)}</p>${chart(estimate, wording.estimateText.chartCaption, f)}${modelCards(
    estimate,
    suggestion.model,
    wording.estimateText.leavesOut,
    f,
  )}${security(estimate, wording, f)}${assumptions(estimate, wording)}`;
}

/** Says where the inputs on screen came from, and which values of a link were not used. */
export function linkNoticeHtml(
  fromLink: boolean,
  replacedSaved: boolean,
  ignored: readonly { param: string; value: string; reason: string }[],
): string {
  if (!fromLink && ignored.length === 0) return '';
  return `<div class="notice" role="region" aria-label="About this link">${
    fromLink
      ? `<p>These answers come from the link you opened.${
          replacedSaved ? ' They replace the answers saved in this browser.' : ''
        } Change any of them below.</p>`
      : ''
  }${
    ignored.length > 0
      ? `<p>Some values in the link could not be used, so sensible defaults stand in for them:</p><ul>${ignored
          .map(
            ({ param, value, reason }) =>
              `<li><code>${esc(param)}</code>${value === '' ? '' : ` = <code>${esc(value)}</code>`}: ${esc(reason)}</li>`,
          )
          .join('')}</ul>`
      : ''
  }<button type="button" class="secondary" data-action="dismiss">Dismiss</button></div>`;
}
