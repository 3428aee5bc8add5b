import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/estimator-copy.json' with { type: 'json' };
import { ESTIMATOR_COPY_FILE, estimatorCopy } from '../../../src/lib/pricing/estimator-copy';
import { estimatorCopySchema } from '../../../src/lib/pricing/estimator-copy-schema';
import { editedCopy, problemsFor } from '../../support/data-file-problems';

const problemsWith = (edit: (copy: any) => void) =>
  problemsFor(estimatorCopySchema, editedCopy(raw, edit), ESTIMATOR_COPY_FILE);

describe('the estimator wording (src/data/estimator-copy.json)', () => {
  it('validates as shipped', () => {
    expect(estimatorCopy.tool.share.copy).toBe('Copy link');
  });

  it('names the file and the field of a placeholder the code does not fill', () => {
    const message = problemsWith((copy) => (copy.tool.estimate.summary = 'For {user} users.'));
    expect(message).toContain(ESTIMATOR_COPY_FILE);
    expect(message).toContain(
      'tool.estimate.summary: has an unknown placeholder {user}; use only {users}, {devices}, {years}, {percent}',
    );
  });

  it('names a missing or blank field, and a field it does not know', () => {
    expect(problemsWith((copy) => delete copy.tool.csv.download)).toContain('tool.csv.download:');
    expect(problemsWith((copy) => (copy.page.heading = ' '))).toContain('page.heading: must not be blank');
    expect(problemsWith((copy) => (copy.tool.form.extra = 'x'))).toMatch(/tool\.form: .*extra/);
  });

  it('names the file and the field of a link reason quoting a value it does not have, or missing', () => {
    const message = problemsWith(
      (copy) => (copy.tool.notices.link.reasons['whole-number-range'] = 'must be {min} or more, {maximum} at most'),
    );
    expect(message).toContain(ESTIMATOR_COPY_FILE);
    expect(message).toContain(
      'tool.notices.link.reasons.whole-number-range: has an unknown placeholder {maximum}; use only {min}, {max}',
    );
    expect(problemsWith((copy) => delete copy.tool.notices.link.reasons['too-long'])).toContain(
      'tool.notices.link.reasons.too-long:',
    );
    expect(problemsWith((copy) => (copy.tool.notices.link.reasons['newer-version'] = 'newer'))).toMatch(
      /tool\.notices\.link\.reasons: .*newer-version/,
    );
  });

  it('checks the shared wording with the shell’s own schemas', () => {
    expect(problemsWith((copy) => (copy.tool.notices.link.more = '{n} more'))).toContain(
      'tool.notices.link.more: has an unknown placeholder {n}',
    );
    expect(problemsWith((copy) => delete copy.tool.share.manualLabel)).toContain('tool.share.manualLabel:');
  });
});
