import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/link-help.json' with { type: 'json' };
import { LINK_HELP_FILE, linkHelp, linkHelpSchema } from '../../../src/lib/content/link-help';
import { editedCopy, problemsFor } from '../../support/data-file-problems';

const problemsWith = (edit: (copy: any) => void) => problemsFor(linkHelpSchema, editedCopy(raw, edit), LINK_HELP_FILE);

describe('the link help wording (src/data/link-help.json)', () => {
  it('validates as shipped', () => {
    expect(linkHelp.values.emptyValue).toBe('empty');
  });

  it('names the file and the field of a placeholder the page does not fill', () => {
    const message = problemsWith((copy) => (copy.values.wholeNumber = 'whole number, {min} to {maximum}'));
    expect(message).toContain(LINK_HELP_FILE);
    expect(message).toContain('values.wholeNumber: has an unknown placeholder {maximum}; use only {min}, {max}');
  });

  it('stops the build when a parameter has no meaning, or a meaning no parameter', () => {
    expect(problemsWith((copy) => delete copy.meanings.assessment.needs)).toContain('meanings.assessment.needs:');
    expect(problemsWith((copy) => (copy.meanings.estimator.colour = 'Paint.'))).toMatch(
      /meanings\.estimator: .*colour/,
    );
  });

  it('names the page field that is blank, missing or lost the code it sets in a sentence', () => {
    expect(problemsWith((copy) => (copy.page.heading = ' '))).toContain('page.heading: must not be blank');
    expect(problemsWith((copy) => delete copy.page.planner.tooLong)).toContain('page.planner.tooLong:');
    expect(problemsWith((copy) => (copy.page.estimator.start = 'Start from {adress}.'))).toContain(
      'page.estimator.start: has an unknown placeholder {adress}; use only {path}',
    );
  });
});
