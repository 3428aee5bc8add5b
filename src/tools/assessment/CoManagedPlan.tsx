import type { Need } from '../../lib/assessment/answers';
import type { AssessmentCopy } from '../../lib/assessment/copy-schema';
import type { GuideLinks } from '../../lib/assessment/rules-schema';
import { handoffRisks, splitForNeeds } from '../../lib/assessment/split';
import type { HandOverByGap } from '../../lib/work/work-by-gap';

interface Props {
  needs: readonly Need[];
  customApps: boolean;
  copy: Pick<AssessmentCopy, 'split' | 'risks' | 'ui'>;
  guideLinks: GuideLinks;
  /** The one gap-to-work mapping the estimator and the planner read too. */
  handOver: HandOverByGap;
}

/** Under a co-managed result: who keeps what, and the three handoff risks with their guards. */
export function CoManagedPlan({ needs, customApps, copy, guideLinks, handOver }: Props) {
  const { ui } = copy;
  const wording = { copy: copy as AssessmentCopy, guideLinks };
  const split = splitForNeeds(needs, customApps, wording, handOver);
  const sides = [
    { id: 'split-internal', title: ui.keepsTitle, items: split.internal, href: split.internalHref, link: ui.keepsLink },
    { id: 'split-msp', title: ui.ownsTitle, items: split.msp, href: split.mspHref, link: ui.ownsLink },
  ];
  return (
    <>
      <h3>{ui.splitTitle}</h3>
      <div class="split">
        {sides.map((side) => (
          <section key={side.id} aria-labelledby={side.id}>
            <h4 id={side.id}>{side.title}</h4>
            {side.items.length > 0 ? (
              <ul>
                {side.items.map((item) => (
                  <li key={item.id}>
                    <strong>{item.label}.</strong> {item.note}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{ui.ownsNothing}</p>
            )}
            <p class="no-print">
              <a href={side.href}>{side.link}</a>
            </p>
          </section>
        ))}
      </div>
      <h3>{ui.risksTitle}</h3>
      <ol class="risks">
        {handoffRisks(wording).map((risk) => (
          <li key={risk.id}>
            <strong>{risk.title}.</strong> {risk.failure} <em>{ui.guard}</em> {risk.guard}{' '}
            <a class="no-print" href={risk.href}>
              {risk.more}
            </a>
          </li>
        ))}
      </ol>
      <p class="plan-next">
        <a href="/handoff-planner/?from=assessment">{ui.planLink}</a>
      </p>
    </>
  );
}
