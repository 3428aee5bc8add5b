import { distinctAssumptions } from '../../lib/pricing/assumption-list';
import type { PricingEstimate } from '../../lib/pricing/estimate';
import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import { fillTemplate } from '../../lib/text/template';

interface Props {
  estimate: PricingEstimate;
  words: EstimatorWords['estimate']['assumptions'];
  /** The year of the market bands (the rate card's). */
  pricesAsOf: number;
  /** The rate card's note on how assumptions are listed. */
  note: string;
}

/** Every figure the site assumed for these inputs, with the reasoning behind it. */
export const AssumptionList = ({ estimate, words, pricesAsOf, note }: Props) => (
  <section class="est-assumption-list" aria-labelledby="est-assumptions-title">
    <h3 id="est-assumptions-title">{words.title}</h3>
    <p>
      {fillTemplate(words.bandsFrom, { year: pricesAsOf })} {note}
    </p>
    <dl class="est-assumptions">
      {distinctAssumptions(estimate).map(({ label, value, reasoning }) => (
        <div key={`${label}|${value}`}>
          <dt>
            {label}: {value} <span class="est-tag">{words.tag}</span>
          </dt>
          <dd>{reasoning}</dd>
        </div>
      ))}
    </dl>
    <p>
      <strong>{words.rounding}</strong> {words.roundingRule}
    </p>
  </section>
);
