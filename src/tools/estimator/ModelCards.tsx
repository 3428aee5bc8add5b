import { centsToWholeDollars } from '../../lib/pricing/money';
import {
  PRICING_MODEL_IDS,
  type ModelEstimate,
  type PricingEstimate,
  type PricingModelId,
} from '../../lib/pricing/estimate';
import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import type { Formats } from '../../lib/pricing/formats';
import { fillTemplate } from '../../lib/text/template';
import { TemplateText } from '../shell/TemplateText';

type ModelWords = EstimatorWords['estimate']['model'];

interface Props {
  estimate: PricingEstimate;
  suggested: PricingModelId;
  words: ModelWords;
  /** Heads what a figure leaves out (the rate card's wording). */
  leavesOutHeading: string;
  years: string;
  f: Formats;
}

/** What a figure does not price, right under it, so models are compared like with like. */
function LeavesOut({ leavesOut, heading }: { leavesOut: ModelEstimate['leavesOut']; heading: string }) {
  if (leavesOut.length === 0) return null;
  return (
    <div class="est-leaves-out">
      <p>{heading}:</p>
      <ul>
        {leavesOut.map(({ labels, reasoning }, index) => (
          <li key={index}>
            <strong>{labels.join(', ')}.</strong> {reasoning}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface CardProps extends Omit<Props, 'estimate' | 'suggested'> {
  model: ModelEstimate;
  suggested: boolean;
}

/**
 * One model: the monthly band, the whole term, what the figure leaves out and how it was built.
 * The data attributes are a public contract (tests and embedding pages read them): the monthly
 * band in whole currency units, and the scope items the figure prices.
 */
function ModelCard({ model, suggested, words, leavesOutHeading, years, f }: CardProps) {
  const { model: id, label, monthly, term, explanation, covers, leavesOut } = model;
  return (
    <section
      class={suggested ? 'est-model suggested' : 'est-model'}
      aria-labelledby={`est-${id}`}
      data-model={id}
      data-monthly-low={centsToWholeDollars(monthly.low)}
      data-monthly-high={centsToWholeDollars(monthly.high)}
      data-covers={covers.join(' ')}
    >
      <h3 id={`est-${id}`}>
        {label}
        {suggested && <strong> {words.suits}</strong>}
      </h3>
      <p class="est-figures">
        <span>
          <TemplateText
            template={id === 'hire' ? words.hireMonthly : words.monthly}
            parts={{ range: <strong>{f.range(monthly.low, monthly.high)}</strong> }}
          />
        </span>
        <span>{fillTemplate(words.typical, { amount: f.money(monthly.typical) })}</span>
        <span>{fillTemplate(words.term, { range: f.range(term.low, term.high), years })}</span>
      </p>
      <LeavesOut leavesOut={leavesOut} heading={leavesOutHeading} />
      <p>{explanation}</p>
    </section>
  );
}

export const ModelCards = ({ estimate, suggested, ...shared }: Props) => (
  <div class="est-models">
    {PRICING_MODEL_IDS.map((id) => (
      <ModelCard key={id} model={estimate.models[id]} suggested={id === suggested} {...shared} />
    ))}
  </div>
);
