import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemsFor as problemsIn } from '../../support/data-file-problems';
import raw from '../../../src/data/assessment-copy.json' with { type: 'json' };
import { ASSESSMENT_COPY_FILE, assessmentCopy } from '../../../src/lib/assessment/copy';
import { assessmentCopySchema, islandCopy } from '../../../src/lib/assessment/copy-schema';
import { placeholdersIn } from '../../../src/lib/text/template-schema';
import { assessmentRules } from '../../../src/lib/assessment/rules';
import { assessFit } from '../../../src/lib/assessment/score';
import { completeAnswers } from './fixtures';

type Json = Record<string, unknown>;

/** A deep copy of the shipped copy with one edit applied. */
function brokenCopy(edit: (copy: Json) => void): Json {
  const copy = structuredClone(raw) as Json;
  edit(copy);
  return copy;
}

function at(copy: Json, ...path: string[]): Json {
  return path.reduce<Json>((node, key) => node[key] as Json, copy);
}

const problemsFor = (data: unknown) => problemsIn(assessmentCopySchema, data, ASSESSMENT_COPY_FILE);

describe('the shipped assessment copy', () => {
  it('validates and is what the rules carry', () => {
    expect(assessmentRules.copy).toBe(assessmentCopy);
    expect(assessmentCopy.models['fully-managed']).toBe('fully managed');
  });

  it('leaves no placeholder unfilled in any reason or tipping point', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const { reasons, tippingPoints } = assessFit(answers, assessmentRules);
        for (const text of [...reasons, ...tippingPoints].map((item) => item.text)) {
          expect(text).not.toMatch(/[{}]/);
          expect(text).not.toMatch(/undefined|null|NaN/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the page-only wording out of what the island is sent', () => {
    const sent = islandCopy(assessmentCopy);
    // The rule table is written on the page from the rules; the island never shows it.
    expect(Object.keys(sent)).not.toContain('decisionTable');
    // Nor the page's own title, lead and links around the tool.
    expect(Object.keys(sent)).not.toContain('page');
    expect(sent.reasons).toBe(assessmentCopy.reasons);
    expect(sent.questions).toBe(assessmentCopy.questions);
  });
});

describe('a broken copy file', () => {
  it.each([
    {
      problem: 'a misspelt placeholder',
      edit: (copy: Json) =>
        (at(copy, 'reasons', 'noCoreGap').otherGaps = 'At {employes} employees co-managed seldom pays.'),
      field: 'reasons.noCoreGap.otherGaps',
      says: '{employes}',
    },
    {
      problem: 'a placeholder that field is not given',
      edit: (copy: Json) => (at(copy, 'reasons', 'customApps')['in-house'] = 'In-house suits {range} IT staff.'),
      field: 'reasons.customApps.in-house',
      says: '{range}',
    },
    {
      problem: 'a placeholder in text that takes none',
      edit: (copy: Json) => (at(copy, 'headlines')['in-house'] = 'In-house IT fits {name} best'),
      field: 'headlines.in-house',
      says: 'takes no placeholders',
    },
    {
      problem: 'a stray brace',
      edit: (copy: Json) =>
        (at(copy, 'tippingPoints').grow = 'Once you grow to {to employees, {model} would fit best.'),
      field: 'tippingPoints.grow',
      says: 'not part of a {placeholder}',
    },
    {
      problem: 'blank text',
      edit: (copy: Json) => (at(copy, 'ui').whyTitle = '   '),
      field: 'ui.whyTitle',
      says: 'blank',
    },
    {
      problem: 'a function name that the handoff planner could not carry through a link',
      edit: (copy: Json) => (at(copy, 'split', 'labels')['backup-dr'] = 'Backup  and recovery '),
      field: 'split.labels.backup-dr',
      says: 'without spaces at either end',
    },
    {
      problem: 'two functions with one name',
      edit: (copy: Json) => (at(copy, 'split', 'labels')['patching-rmm'] = 'security operations'),
      field: 'split.labels.security-operations',
      says: 'the same name as patching-rmm',
    },
    {
      problem: 'a missing reason',
      edit: (copy: Json) => delete at(copy, 'reasons', 'needs', 'cloud')['co-managed'],
      field: 'reasons.needs.cloud.co-managed',
      says: '',
    },
    {
      problem: 'a link reason quoting a value it does not have',
      edit: (copy: Json) => (at(copy, 'linkNotice', 'reasons')['out-of-range'] = 'must be at most {maximum}'),
      field: 'linkNotice.reasons.out-of-range',
      says: 'unknown placeholder {maximum}; use only {min}, {max}',
    },
    {
      problem: 'a link reason without words',
      edit: (copy: Json) => delete at(copy, 'linkNotice', 'reasons')['none-with-others'],
      field: 'linkNotice.reasons.none-with-others',
      says: '',
    },
    {
      problem: 'a need the assessment does not ask about',
      edit: (copy: Json) => (at(copy, 'needs').printers = 'printers'),
      field: 'needs',
      says: '',
    },
    {
      problem: 'a blank page heading',
      edit: (copy: Json) => (at(copy, 'page').heading = ''),
      field: 'page.heading',
      says: 'blank',
    },
    {
      problem: 'a blank heading over the rule table',
      edit: (copy: Json) => (at(copy, 'decisionTable').title = ''),
      field: 'decisionTable.title',
      says: 'blank',
    },
    {
      problem: 'an outcome page without a title',
      edit: (copy: Json) => delete at(copy, 'page', 'outcomes', 'co-managed').title,
      field: 'page.outcomes.co-managed.title',
      says: '',
    },
    {
      problem: 'a link sentence that lost its link',
      edit: (copy: Json) => (at(copy, 'page').linkHelp = 'See {linkhelp} for the format.'),
      field: 'page.linkHelp',
      says: 'unknown placeholder {linkhelp}; use only {linkHelp}',
    },
    {
      problem: 'a split function that does not exist',
      edit: (copy: Json) => (at(copy, 'split', 'owns').printing = 'The MSP prints.'),
      field: 'split.owns',
      says: '',
    },
  ])('with $problem names the file and $field', ({ edit, field, says }) => {
    const message = problemsFor(brokenCopy(edit));
    expect(message).toContain('src/data/assessment-copy.json');
    expect(message).toContain(`${field}:`);
    expect(message).toContain(says);
  });

  it('lists every bad field at once', () => {
    const message = problemsFor(
      brokenCopy((copy) => {
        at(copy, 'ui').progress = '{answerd} of {total}';
        at(copy, 'linkNotice').dismiss = '';
      }),
    );
    expect(message).toContain('ui.progress:');
    expect(message).toContain('linkNotice.dismiss:');
  });

  it('finds the placeholders a text uses', () => {
    expect(placeholdersIn('With {staff}, {range} and {staff} again')).toEqual(['staff', 'range', 'staff']);
    expect(placeholdersIn('No {braces here')).toEqual([]);
  });
});
