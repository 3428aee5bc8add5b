import type { PricingEstimate } from '../../lib/pricing/estimate';
import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import type { Formats } from '../../lib/pricing/formats';
import { AssumptionList } from './AssumptionList';
import type { EstimateCardText } from './Estimate';
import { SecurityComparison } from './SecurityComparison';

interface Props {
  estimate: PricingEstimate;
  card: EstimateCardText;
  words: EstimatorWords['estimate'];
  f: Formats;
}

/**
 * The end of the estimate: the security tier against a hire, and every assumption. The page
 * renders them at build time; the browser loads this module only once the figures move off the
 * starting ones (see Estimator.tsx), which keeps it out of the script the page loads up front.
 */
export const EstimateDetails = ({ estimate, card, words, f }: Props) => (
  <>
    <SecurityComparison
      estimate={estimate}
      words={words.security}
      withoutCover={card.estimateText.withoutCover}
      weeksToLive={card.securityTier.weeksToLive}
      f={f}
    />
    <AssumptionList
      estimate={estimate}
      words={words.assumptions}
      pricesAsOf={card.pricesAsOf}
      note={card.estimateText.assumptionsNote}
    />
  </>
);

export type EstimateDetailsComponent = typeof EstimateDetails;
