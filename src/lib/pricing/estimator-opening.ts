/*
 * What the estimator opens with, by the rule every tool follows (src/lib/tools/opening.ts): a
 * link, else the inputs this browser saved, else a start from the fit assessment's saved
 * answers, else the rate card's defaults. Browser code imports it, so the card is a parameter.
 */
import { chooseOpening, type Opening } from '../tools/opening';
import { EMPTY_ESTIMATE_STATE, estimateQuery, hasSavedEstimate, type EstimatorState } from './estimator-state';
import { completeInputs } from './inputs';
import { decodeEstimatorQuery, type IgnoredParam } from './link-codec';
import type { RateCard } from './rate-card-schema';

export interface EstimatorOpeningSources {
  /** The page address's query. */
  search: string;
  /** What the estimator's store holds from an earlier visit. */
  saved: EstimatorState;
  /**
   * Where the fit assessment's saved answers start the estimate (estimateFromAssessment, which
   * the page loads only when the browser holds such answers), or null.
   */
  fromAssessment: EstimatorState | null;
  card: RateCard;
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

export function openEstimator({ search, saved, fromAssessment, card }: EstimatorOpeningSources): EstimatorOpening {
  const decoded = decodeEstimatorQuery(search);
  const savedEstimate = hasSavedEstimate(saved) ? saved : null;
  const opening = chooseOpening<EstimatorState>({
    link: decoded.fromLink ? { inputs: completeInputs(decoded.inputs, card), preparedFor: decoded.preparedFor } : null,
    saved: savedEstimate,
    fromOtherTool: fromAssessment,
    defaults: EMPTY_ESTIMATE_STATE,
    same: (a, b) => estimateQuery(a, card) === estimateQuery(b, card),
  });
  return {
    ...opening,
    sayFromLink: opening.source === 'link' && (savedEstimate === null || opening.replacedSaved),
    setAside: decoded.ignored,
  };
}
