import type { PricingEstimate, PricingSuggestion } from '../../lib/pricing/estimate';
import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import { yearsInWords } from '../../lib/pricing/estimate-words';
import type { Formats } from '../../lib/pricing/formats';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import { fillTemplate } from '../../lib/text/template';
import type { ComponentChildren } from 'preact';
import { KEEP_SERVER_HTML } from '../shell/hydrate-island';
import { CostChart } from './CostChart';
import { ModelCards } from './ModelCards';

/** What the estimate reads from the rate card besides the figures: its notes, the year of the bands, how fast the tier starts. */
export type EstimateCardText = Pick<RateCard, 'estimateText' | 'pricesAsOf'> & {
  securityTier: Pick<RateCard['securityTier'], 'weeksToLive'>;
};

interface Props {
  estimate: PricingEstimate;
  suggestion: PricingSuggestion;
  /** Already cleaned of invisible characters; shown as text. */
  preparedFor: string | null;
  card: EstimateCardText;
  words: Pick<EstimatorWords, 'estimate' | 'years'>;
  f: Formats;
  /** The inputs in short, after the suggestion, when a link opened the page on this estimate. */
  summary?: ComponentChildren;
  /**
   * The security comparison and the assumptions (EstimateDetails), or null while they load: the
   * server's markup stays in place meanwhile, marked busy if the figures above it have moved on.
   */
  details: ComponentChildren | null;
  /** The figures on screen are no longer the ones the details were rendered for. */
  detailsBehind?: boolean;
}

/**
 * Everything the estimate shows, and all a printout holds besides the page's title: the page
 * renders it at build time for the starting inputs, the browser again whenever they change.
 */
export function Estimate({
  estimate,
  suggestion,
  preparedFor,
  card,
  words,
  f,
  summary,
  details,
  detailsBehind,
}: Props) {
  const { inputs, models } = estimate;
  const { estimateText } = card;
  const text = words.estimate;
  const years = yearsInWords(words.years, inputs.termYears, f);
  const suggested = models[suggestion.model].monthly;
  return (
    <div class="est-body">
      {preparedFor && <p class="prepared-for">{fillTemplate(text.preparedFor, { name: preparedFor })}</p>}
      <h2 id="estimate-title">{text.title}</h2>
      <p class="result-summary">
        {fillTemplate(text.summary, {
          users: f.number(inputs.users),
          devices: f.number(inputs.devices),
          years,
          percent: f.number(inputs.annualAdjustmentPercent),
        })}{' '}
        {estimateText.figuresNote}
      </p>
      <p class="suggestion">
        <strong>{fillTemplate(text.suggestion, { model: models[suggestion.model].label.toLowerCase() })}</strong>{' '}
        {fillTemplate(text.suggestionFigures, {
          range: f.range(suggested.low, suggested.high),
          typical: f.money(suggested.typical),
        })}{' '}
        {suggestion.why}
      </p>
      {summary}
      <CostChart estimate={estimate} words={text} caption={estimateText.chartCaption} years={years} f={f} />
      <ModelCards
        estimate={estimate}
        suggested={suggestion.model}
        words={text.model}
        leavesOutHeading={estimateText.leavesOut}
        years={years}
        f={f}
      />
      {details ? (
        <div class="est-details">{details}</div>
      ) : (
        <div
          class="est-details"
          aria-busy={detailsBehind ? 'true' : undefined}
          dangerouslySetInnerHTML={KEEP_SERVER_HTML}
        />
      )}
    </div>
  );
}
