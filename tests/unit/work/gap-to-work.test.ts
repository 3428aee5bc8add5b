import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/gap-to-work.json' with { type: 'json' };
import { NEEDS } from '../../../src/lib/assessment/answers';
import { editedCopy, problemsFor as problemsIn } from '../../support/data-file-problems';
import { GAP_TO_WORK_FILE, gapToWork } from '../../../src/lib/work/gap-to-work';
import { gapToWorkSchema } from '../../../src/lib/work/gap-to-work-schema';
import { handOverByGap, scopeByGap } from '../../../src/lib/work/work-by-gap';

const edited = (change: (file: any) => void) => editedCopy(raw, change);
const problemsFor = (file: unknown) => problemsIn(gapToWorkSchema, file, GAP_TO_WORK_FILE);

describe('the shipped gap-to-work mapping', () => {
  it('explains every gap in a sentence the estimator page shows', () => {
    for (const need of NEEDS) expect(gapToWork.gaps[need].reasoning.length, need).toBeGreaterThan(60);
  });

  it('derives the hand-over and the scope for each gap, in the tools’ own order', () => {
    expect(handOverByGap(gapToWork).security).toEqual(['patching-rmm', 'backup-dr', 'security-operations']);
    expect(scopeByGap(gapToWork).security).toEqual(['patching', 'backup', 'security']);
    expect(Object.keys(scopeByGap(gapToWork))).toEqual([...NEEDS]);
  });
});

describe('a bad edit to the mapping names the file and the field', () => {
  it('rejects handing over work clients keep, such as compliance ownership', () => {
    const message = problemsFor(edited((file) => file.gaps.compliance.handOver.push('compliance-ownership')));
    expect(message).toContain('src/data/gap-to-work.json');
    expect(message).toMatch(/gaps\.compliance\.handOver\[2\]: must be work an MSP can own/);
  });

  it('rejects a scope item the estimator does not know', () => {
    const message = problemsFor(edited((file) => (file.pricedAs['cloud-platform'] = 'firewalls')));
    expect(message).toMatch(/pricedAs\.cloud-platform: must be an estimator scope item: one of after-hours, patching/);
  });

  it('rejects two slices of work priced as one scope item', () => {
    const message = problemsFor(edited((file) => (file.pricedAs['cloud-platform'] = 'projects')));
    expect(message).toMatch(/pricedAs\.project-capacity: prices the same scope item \(projects\) as cloud-platform/);
  });

  it('rejects a slice of work with no price, and a gap left out', () => {
    const message = problemsFor(
      edited((file) => {
        delete file.pricedAs['backup-dr'];
        delete file.gaps.cloud;
      }),
    );
    expect(message).toContain('pricedAs.backup-dr');
    expect(message).toContain('gaps.cloud');
  });

  it('rejects a gap that hands nothing over, or one without its reason', () => {
    expect(problemsFor(edited((file) => (file.gaps.projects.handOver = [])))).toMatch(
      /gaps\.projects\.handOver: a gap the MSP fills hands it at least one slice of work/,
    );
    expect(problemsFor(edited((file) => (file.gaps.projects.reasoning = 'Projects.')))).toMatch(
      /gaps\.projects\.reasoning: explain the mapping in a full sentence/,
    );
  });

  it('rejects a slice listed twice and misspelt fields', () => {
    expect(problemsFor(edited((file) => file.gaps.cloud.handOver.push('cloud-platform')))).toMatch(
      /gaps\.cloud\.handOver: must not list a slice of work twice/,
    );
    expect(problemsFor(edited((file) => (file.gaps.cloud.handover = ['cloud-platform'])))).toContain('handover');
  });
});
