import type { PricingEstimate, PricingSuggestion } from '../../lib/pricing/estimate';
import type { EstimatorInputs } from '../../lib/pricing/inputs';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import { Assumptions } from './Assumptions';
import { ModelResults } from './ModelResults';
import type { Formats } from './PricingEstimator';
import { RangeChart } from './RangeChart';
import { SecurityComparison } from './SecurityComparison';

interface Props {
  estimate: PricingEstimate;
  suggestion: PricingSuggestion;
  inputs: EstimatorInputs;
  preparedFor: string | null;
  card: RateCard;
  formats: Formats;
}

/** Everything the estimate shows: the printout is this, without the form. */
export function EstimateResult({ estimate, suggestion, inputs, preparedFor, card, formats }: Props) {
  const { models } = estimate;
  return (
    <div class="est-body">
      {preparedFor && <p class="prepared-for">Prepared for {preparedFor}</p>}
      <h2 id="estimate-title">Your estimate</h2>
      <p class="result-summary">
        For {formats.number(inputs.users)} users and {formats.number(inputs.devices)} devices over {formats.years}, with prices
        rising {formats.number(inputs.annualAdjustmentPercent)}% a year. Low, typical and high figures for each model; the
        contract total applies the rise each year.
      </p>
      <p class="suggestion">
        <strong>Suits this company: {models[suggestion.model].label.toLowerCase()}.</strong> {suggestion.why}
      </p>
      <RangeChart models={models} formats={formats} />
      <ModelResults models={models} suggested={suggestion.model} formats={formats} />
      <SecurityComparison comparison={estimate.securityComparison} tier={models['security-tier']} hire={models.hire} card={card} formats={formats} />
      <Assumptions models={models} roundingRule={estimate.roundingRule} />
    </div>
  );
}
