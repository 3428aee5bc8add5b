import { decodeMatrixLink, hasMatrixLink } from '../../lib/handoff/link-codec';
import type { HandoffMatrix, RowNames } from '../../lib/handoff/matrix';
import { chooseOpening } from '../../lib/tools/opening';
import { handoffStores, replaceMatrix } from '../../stores/handoff';
import { defaultPlan } from './plan-edits';
import type { PlanNotice } from './PlanNotice';

/**
 * Puts on screen what the planner opens with, by the rule every tool follows (chooseOpening): a
 * shared link, else the plan saved here, else the fit assessment's split, else the defaults.
 * Two rules of the planner's own sit on top. A link, even one that cannot be read, is what the
 * reader came for: the assessment is no stand-in for it, and a refused link changes nothing.
 * Arriving from the assessment (?from=assessment) with a plan saved, the saved plan stays, with
 * an offer to start from the assessment instead. Returns what to tell the reader, if anything.
 * A link is read with the page's row names (`names`).
 */
export async function openPlan(
  assessmentPlan: () => Promise<HandoffMatrix | null>,
  names: RowNames,
): Promise<PlanNotice | null> {
  const { search, pathname, hash } = location;
  const read = hasMatrixLink(search) ? await decodeMatrixLink(search, names) : null;
  const fromAssessment = new URLSearchParams(search).get('from') === 'assessment';
  const saved = handoffStores().plan.get() ?? null;
  // With a plan saved, the assessment's split is worked out only when the reader came from it.
  const fromOtherTool = read === null && (fromAssessment || saved === null) ? await assessmentPlan() : null;
  const opening = chooseOpening({
    link: read?.ok ? read.matrix : null,
    saved,
    fromOtherTool,
    defaults: defaultPlan(),
  });
  // The address carries a link or the hand-over from the assessment once: a reload keeps later edits.
  if (read !== null || fromAssessment) history.replaceState(null, '', pathname + hash);

  if (read !== null && !read.ok) return { kind: 'refused', refusal: read.refusal, savedKept: saved !== null };
  switch (opening.source) {
    case 'link':
      // The plan it replaces is kept, so the reader can go back to it.
      replaceMatrix(opening.state);
      return {
        kind: 'link',
        replacedSaved: opening.replacedSaved,
        warnings: read?.ok ? read.warnings : [],
        more: read?.ok ? read.moreWarnings : 0,
      };
    case 'other-tool':
      handoffStores().plan.set(opening.state);
      return { kind: 'filled' };
    case 'saved':
      return fromOtherTool === null ? null : { kind: 'offer-assessment' };
    case 'defaults':
      return null;
  }
}
