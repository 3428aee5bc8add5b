/*
 * What the estimator opens with, by the rule every tool follows (src/lib/tools/opening.ts): a
 * link, else the inputs this browser saved, else a start from the fit assessment's saved
 * answers, else the rate card's defaults. Browser code imports it, so the card is a parameter.
 */
import { chooseOpening, type Opening } from '../tools/opening';
import type { ScopeByGap } from '../work/work-by-gap';
import { readSavedAssessment } from './assessment-prefill';
import { EMPTY_ESTIMATE_STATE, estimateQuery, hasSavedEstimate, type EstimatorState } from './estimator-state';
import { completeInputs, inputsFromAssessment } from './inputs';
import { decodeEstimatorQuery, type IgnoredParam } from './link-codec';
import type { RateCard } from './rate-card-schema';

export interface EstimatorOpeningSources {
  /** The page address's query. */
  search: string;
  /** What the estimator's store holds from an earlier visit. */
  saved: EstimatorState;
  /** The fit assessment's answers as its store saved them, read raw. */
  savedAssessment: string | undefined;
  card: RateCard;
  scopeByGap: ScopeByGap;
}

export interface EstimatorOpening extends Opening<EstimatorState> {
  /**
   * Say that the inputs came from the link. Not when the link holds what this browser saved
   * already: reopening the page from its own address changes nothing, so there is nothing to say.
   */
  sayFromLink: boolean;
  /** Values of the link that could not be used, with why; shown whatever the opening. */
  setAside: IgnoredParam[];
}

export function openEstimator({
  search,
  saved,
  savedAssessment,
  card,
  scopeByGap,
}: EstimatorOpeningSources): EstimatorOpening {
  const decoded = decodeEstimatorQuery(search);
  const savedEstimate = hasSavedEstimate(saved) ? saved : null;
  const assessment = readSavedAssessment(savedAssessment);
  const opening = chooseOpening<EstimatorState>({
    link: decoded.fromLink ? { inputs: completeInputs(decoded.inputs, card), preparedFor: decoded.preparedFor } : null,
    saved: savedEstimate,
    fromOtherTool: assessment && {
      inputs: inputsFromAssessment(assessment.answers, card, scopeByGap),
      preparedFor: assessment.preparedFor,
    },
    defaults: EMPTY_ESTIMATE_STATE,
    same: (a, b) => estimateQuery(a, card) === estimateQuery(b, card),
  });
  return {
    ...opening,
    sayFromLink: opening.source === 'link' && (savedEstimate === null || opening.replacedSaved),
    setAside: decoded.ignored,
  };
}
