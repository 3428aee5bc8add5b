import { describe, expect, it } from 'vitest';
import { estimateFromAssessment } from '../../../src/lib/pricing/assessment-prefill';
import { EMPTY_ESTIMATE_STATE, type EstimatorState } from '../../../src/lib/pricing/estimator-state';
import { openEstimator } from '../../../src/lib/pricing/estimator-opening';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { scopeByGap } from '../../../src/lib/work/work-by-gap';

const open = (search: string, saved: EstimatorState = EMPTY_ESTIMATE_STATE, savedAssessment?: string) =>
  openEstimator({
    search,
    saved,
    fromAssessment: estimateFromAssessment(savedAssessment, rateCard, scopeByGap(gapToWork)),
    card: rateCard,
  });
const ASSESSMENT = 'v=1&employees=300&needs=compliance';

describe('what the estimator opens with', () => {
  it('takes a link over saved inputs and the assessment, and says so', () => {
    const opening = open('?v=1&users=120', { inputs: { users: 40 }, preparedFor: null }, ASSESSMENT);
    expect(opening.source).toBe('link');
    expect(opening.state.inputs.users).toBe(120);
    expect(opening).toMatchObject({ sayFromLink: true, replacedSaved: true });
  });

  it('says nothing of a link that holds the saved inputs (the page reopened from its own address)', () => {
    const first = open('?v=1&users=120');
    expect(first).toMatchObject({ sayFromLink: true, replacedSaved: false });
    expect(open('?v=1&users=120', first.state)).toMatchObject({
      source: 'link',
      sayFromLink: false,
      replacedSaved: false,
    });
  });

  it('keeps saved inputs over the assessment, and starts from the assessment over the defaults', () => {
    expect(open('', { inputs: { users: 40 }, preparedFor: null }, ASSESSMENT).source).toBe('saved');
    const fromAssessment = open('', EMPTY_ESTIMATE_STATE, ASSESSMENT);
    expect(fromAssessment.source).toBe('other-tool');
    expect(fromAssessment.state.inputs).toMatchObject({ users: 300, scope: ['backup', 'compliance'] });
    expect(open('', EMPTY_ESTIMATE_STATE, 'v=1&it-staff=2').source).toBe('defaults');
  });

  it('lists what a link set aside even when it set nothing', () => {
    const opening = open('?users=lots&junk=1');
    expect(opening.source).toBe('defaults');
    expect(opening.sayFromLink).toBe(false);
    expect(opening.setAside.map(({ param }) => param)).toEqual(['users', 'junk']);
  });
});
