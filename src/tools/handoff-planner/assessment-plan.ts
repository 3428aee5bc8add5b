import type { SplitWording } from '../../lib/assessment/split';
import { planFromAssessment } from '../../lib/handoff/from-assessment';
import type { RowNames } from '../../lib/handoff/matrix';
import type { HandOverByGap } from '../../lib/work/work-by-gap';
import { $assessment } from '../../stores/assessment';

/**
 * The plan the fit assessment's saved answers suggest. Loaded only when this browser holds
 * such answers (see HandoffPlanner.assessmentPlan): it brings the assessment's reader with it.
 */
export const planFromSavedAssessment = (wording: SplitWording, handOver: HandOverByGap, names: RowNames) =>
  planFromAssessment($assessment.get(), wording, handOver, names);
