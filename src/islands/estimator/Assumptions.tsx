import { PRICING_MODEL_IDS, type Assumption, type ModelEstimate, type PricingModelId } from '../../lib/pricing/estimate';

interface Props {
  models: Record<PricingModelId, ModelEstimate>;
  roundingRule: string;
}

/** Every figure the site assumed for these inputs, once each, with the reasoning behind it. */
export function Assumptions({ models, roundingRule }: Props) {
  const seen = new Map<string, Assumption>();
  for (const id of PRICING_MODEL_IDS) {
    for (const assumption of models[id].assumptions) seen.set(`${assumption.label}|${assumption.value}`, assumption);
  }
  return (
    <section class="est-assumption-list" aria-labelledby="est-assumptions-title">
      <h3 id="est-assumptions-title">Our assumptions, and why</h3>
      <p>
        The market bands come from 2026 pricing. Where a figure is our own assumption it is listed here with the reasoning;
        change the inputs above if yours differ.
      </p>
      <dl class="est-assumptions">
        {[...seen.values()].map((assumption) => (
          <div key={`${assumption.label}|${assumption.value}`}>
            <dt>
              {assumption.label}: {assumption.value} <span class="est-tag">our assumption</span>
            </dt>
            <dd>{assumption.reasoning}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong>Rounding.</strong> {roundingRule}
      </p>
    </section>
  );
}
