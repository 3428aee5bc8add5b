import { PRICING_MODEL_IDS, type ModelEstimate, type PricingModelId } from '../../lib/pricing/estimate';
import { centsToWholeDollars } from '../../lib/pricing/money';
import type { Formats } from './PricingEstimator';

interface Props {
  models: Record<PricingModelId, ModelEstimate>;
  suggested: PricingModelId;
  formats: Formats;
}

/** One card per model: the monthly band, the whole term, and how the figure was built. */
export function ModelResults({ models, suggested, formats }: Props) {
  return (
    <div class="est-models">
      {PRICING_MODEL_IDS.map((id) => {
        const { label, monthly, term, explanation } = models[id];
        return (
          <section
            key={id}
            class={id === suggested ? 'est-model suggested' : 'est-model'}
            aria-labelledby={`est-${id}`}
            data-model={id}
            data-monthly-low={centsToWholeDollars(monthly.low)}
            data-monthly-high={centsToWholeDollars(monthly.high)}
          >
            <h3 id={`est-${id}`}>
              {label}
              {id === suggested && <strong> (suits you)</strong>}
            </h3>
            <p class="est-figures">
              <span>
                <strong>{formats.range(monthly.low, monthly.high)}</strong> a month{id === 'hire' && ', salary and overheads'}
              </span>
              <span>typical {formats.money(monthly.typical)}</span>
              <span>
                {formats.range(term.low, term.high)} over {formats.years}
              </span>
            </p>
            <p>{explanation}</p>
          </section>
        );
      })}
    </div>
  );
}
