import type { PricingEstimate } from '../../lib/pricing/estimate';
import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import type { Formats } from '../../lib/pricing/formats';
import { fillTemplate } from '../../lib/text/template';
import { ScrollTable } from './ScrollTable';

interface Props {
  estimate: PricingEstimate;
  words: EstimatorWords['estimate']['security'];
  /** The rate card's sentence on what a month without cover means. */
  withoutCover: string;
  weeksToLive: number;
  f: Formats;
}

/** The co-managed security tier against hiring, including the months with nobody on watch. */
export function SecurityComparison({ estimate, words, withoutCover, weeksToLive, f }: Props) {
  const { securityComparison: c, models } = estimate;
  const tier = models['security-tier'];
  const hire = models.hire;
  const months = f.number(c.months);
  return (
    <section class="est-security" aria-labelledby="est-security-title">
      <h3 id="est-security-title">{words.title}</h3>
      <ScrollTable
        name="est-compare"
        label={words.label}
        head={[<span class="visually-hidden">{words.measure}</span>, tier.label, hire.label]}
        rows={[
          [
            words.runningIn,
            fillTemplate(words.tierRunningIn, { weeks: f.number(weeksToLive) }),
            fillTemplate(words.hireRunningIn, { months }),
          ],
          [
            words.withoutCover,
            fillTemplate(words.monthsWithoutCover, { months: f.number(c.tierMonthsWithoutCover) }),
            fillTemplate(words.monthsWithoutCover, { months: f.number(c.hireMonthsWithoutCover) }),
          ],
          [
            words.monthlyCost,
            f.range(tier.monthly.low, tier.monthly.high),
            f.range(hire.monthly.low, hire.monthly.high),
          ],
          [
            fillTemplate(words.costInService, { months }),
            f.range(c.tierCost.low, c.tierCost.high),
            f.range(c.hireCost.low, c.hireCost.high),
          ],
        ]}
      />
      <p>{c.summary}</p>
      <p>
        {withoutCover} {fillTemplate(words.closes, { avoided: f.number(c.monthsOfExposureAvoided), months })}
      </p>
    </section>
  );
}
