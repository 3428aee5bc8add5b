import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/handoff-planner-copy.json' with { type: 'json' };
import { HANDOFF_PLANNER_COPY_FILE, handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { handoffPlannerCopySchema, plannerWords } from '../../../src/lib/handoff-copy/copy-schema';
import { problemsFor } from '../../support/data-file-problems';

type Json = Record<string, unknown>;

function at(copy: Json, ...path: string[]): Json {
  return path.reduce<Json>((node, key) => node[key] as Json, copy);
}

/** The build's message for the shipped copy with one edit applied. */
function problemsAfter(edit: (copy: Json) => void): string {
  const copy = structuredClone(raw) as Json;
  edit(copy);
  return problemsFor(handoffPlannerCopySchema, copy, HANDOFF_PLANNER_COPY_FILE);
}

describe('the shipped planner copy', () => {
  it('validates', () => {
    expect(handoffPlannerCopy.out.share.copy).toBe('Copy share link');
  });

  it('sends the island everything but the page’s own words and list of gaps', () => {
    const sent = plannerWords(handoffPlannerCopy);
    expect(Object.keys(sent)).not.toContain('gaps');
    expect(Object.keys(sent)).not.toContain('page');
    expect(sent.checks).toBe(handoffPlannerCopy.checks);
  });
});

describe('a broken planner copy file fails the build, naming the file and the field', () => {
  it.each([
    {
      problem: 'a misspelt placeholder',
      edit: (copy: Json) => (at(copy, 'checks').unowned = 'Nobody owns "{rwo}".'),
      field: 'checks.unowned',
      says: '{rwo}',
    },
    {
      problem: 'a placeholder in text that takes none',
      edit: (copy: Json) => (at(copy, 'out', 'share').copy = 'Copy {what}'),
      field: 'out.share.copy',
      says: 'takes no placeholders',
    },
    {
      problem: 'a blank button label',
      edit: (copy: Json) => (at(copy, 'editor').undo = '  '),
      field: 'editor.undo',
      says: 'must not be blank',
    },
    {
      problem: 'a missing owner word',
      edit: (copy: Json) => delete at(copy, 'row', 'owners').shared,
      field: 'row.owners.shared',
      says: '',
    },
    {
      problem: 'a guide link that is not a heading of a guide page',
      edit: (copy: Json) => (at(copy, 'checks', 'guides', 'no-scope-review').href = 'https://example.com/'),
      field: 'checks.guides.no-scope-review.href',
      says: 'must be a guide page and a heading',
    },
    {
      problem: 'a refusal quoting a value it does not have',
      edit: (copy: Json) => (at(copy, 'notices', 'reading', 'refusals')['no-matrix'] = 'Link {version} is empty.'),
      field: 'notices.reading.refusals.no-matrix',
      says: 'unknown placeholder {version}; use only {source}',
    },
    {
      problem: 'a warning without words',
      edit: (copy: Json) => delete at(copy, 'notices', 'reading', 'warnings')['unknown-owner'],
      field: 'notices.reading.warnings.unknown-owner',
      says: '',
    },
    {
      problem: 'a row name with spaces around it, which a link would not carry back',
      edit: (copy: Json) => (at(copy, 'rowNames', 'handoffPoints')['scope-review'] = ' Scope review '),
      field: 'rowNames.handoffPoints.scope-review',
      says: 'without spaces at either end',
    },
    {
      problem: 'a row name longer than a row name may be',
      edit: (copy: Json) => (at(copy, 'rowNames', 'added').handoff = 'x'.repeat(81)),
      field: 'rowNames.added.handoff',
      says: 'at most 80 characters',
    },
    {
      problem: 'two handoff points with one name',
      edit: (copy: Json) => (at(copy, 'rowNames', 'handoffPoints')['exit-terms'] = 'scope REVIEW'),
      field: 'rowNames.handoffPoints.exit-terms',
      says: 'the same name as scope-review',
    },
    {
      problem: 'a blank name for an unnamed row',
      edit: (copy: Json) => (at(copy, 'rowNames').untitled = ''),
      field: 'rowNames.untitled',
      says: 'must not be blank',
    },
    {
      problem: 'a built-in row without a name',
      edit: (copy: Json) => delete at(copy, 'rowNames', 'handoffPoints')['ticket-intake'],
      field: 'rowNames.handoffPoints.ticket-intake',
      says: '',
    },
    {
      problem: 'a download name that is not a file name',
      edit: (copy: Json) => (at(copy, 'out').fileStem = 'Handoff plan/'),
      field: 'out.fileStem',
      says: 'lower-case letters and digits joined by hyphens',
    },
    {
      problem: 'a blank page heading',
      edit: (copy: Json) => (at(copy, 'page').heading = ''),
      field: 'page.heading',
      says: 'must not be blank',
    },
    {
      problem: 'a missing page description',
      edit: (copy: Json) => delete at(copy, 'page').description,
      field: 'page.description',
      says: '',
    },
    {
      problem: 'a how-to step linking to something the page does not give it',
      edit: (copy: Json) => ((at(copy, 'page', 'howTo').steps as string[])[1] = 'Open the {estimator}.'),
      field: 'page.howTo.steps[1]',
      says: 'unknown placeholder {estimator}; use only {assessment}',
    },
    {
      problem: 'a word the planner does not know',
      edit: (copy: Json) => (at(copy, 'card').renmae = 'Rename'),
      field: 'card',
      says: 'renmae',
    },
  ])('$problem', ({ edit, field, says }) => {
    const message = problemsAfter(edit);
    expect(message).toContain(HANDOFF_PLANNER_COPY_FILE);
    expect(message).toContain(`${field}:`);
    expect(message).toContain(says);
  });
});
