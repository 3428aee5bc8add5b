import type { ModelEstimate, SecurityComparison as Comparison } from '../../lib/pricing/estimate';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import type { Formats } from './PricingEstimator';

interface Props {
  comparison: Comparison;
  tier: ModelEstimate;
  hire: ModelEstimate;
  card: RateCard;
  formats: Formats;
}

/** The co-managed security tier against hiring, including the months with nobody on watch. */
export function SecurityComparison({ comparison, tier, hire, card, formats }: Props) {
  const { months } = comparison;
  const { number } = formats;
  const rows: [string, string, string][] = [
    ['Running in', `about ${number(card.securityTier.weeksToLive)} weeks`, `about ${number(months)} months to hire`],
    ['Months without cover', `about ${number(comparison.tierMonthsWithoutCover)}`, `about ${number(comparison.hireMonthsWithoutCover)}`],
    ['Monthly cost', formats.range(tier.monthly.low, tier.monthly.high), formats.range(hire.monthly.low, hire.monthly.high)],
    [`Cost of ${number(months)} months in service`, formats.range(comparison.tierCost.low, comparison.tierCost.high), formats.range(comparison.hireCost.low, comparison.hireCost.high)],
  ];
  return (
    <section class="est-security" aria-labelledby="est-security-title">
      <h3 id="est-security-title">Security: a co-managed tier or a hire?</h3>
      <div class="table-scroll" role="region" tabindex={0} aria-label="Security tier compared with a hire">
        <table class="est-compare">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Measure</span>
              </th>
              <th scope="col">{tier.label}</th>
              <th scope="col">{hire.label}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([measure, tierValue, hireValue]) => (
              <tr key={measure}>
                <th scope="row">{measure}</th>
                <td>{tierValue}</td>
                <td>{hireValue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{comparison.summary}</p>
      <p>
        A month without cover is a month in which nobody tunes endpoint protection, watches the security alerts, runs
        vulnerability scans or answers an incident at night. Choosing the tier closes about {number(comparison.monthsOfExposureAvoided)}{' '}
        of those {number(months)} months.
      </p>
    </section>
  );
}
