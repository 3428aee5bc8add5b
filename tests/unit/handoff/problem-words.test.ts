/*
 * What reading a plan says, in the planner's words: every refusal and every warning the reader
 * can give has words in the shipped copy, each placeholder filled, and where a warning points
 * (the file, a row, a field of either) reads as one phrase.
 */
import { describe, expect, it } from 'vitest';
import { handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { refusalInWords, warningInWords } from '../../../src/lib/handoff/problem-words';
import type { ReadWarning, Refusal } from '../../../src/lib/handoff/read-problems';

const words = handoffPlannerCopy.notices.reading;
const row = { row: 3, label: 'Backups' };

/** One of each, so the type checker fails this file when a code is added without a case. */
const REFUSALS: { [Code in Refusal['code']]: Extract<Refusal, { code: Code }> } = {
  'too-big': { code: 'too-big', kb: 200 },
  'not-json': { code: 'not-json' },
  'too-deep': { code: 'too-deep' },
  'too-many-items': { code: 'too-many-items', max: 1_000 },
  'forbidden-key': { code: 'forbidden-key', key: '__proto__' },
  'not-a-matrix': { code: 'not-a-matrix' },
  'damaged-version': { code: 'damaged-version' },
  'newer-format': { code: 'newer-format', version: '2', max: '1' },
  'no-rows': { code: 'no-rows' },
  unreadable: { code: 'unreadable' },
  'link-too-long': { code: 'link-too-long' },
  'no-matrix': { code: 'no-matrix' },
  'newer-link': { code: 'newer-link', version: '2' },
  'no-link-version': { code: 'no-link-version' },
  'damaged-link': { code: 'damaged-link' },
  'unpacks-too-big': { code: 'unpacks-too-big', kb: 200 },
};

const WARNINGS: { [Code in ReadWarning['code']]: Extract<ReadWarning, { code: Code }> } = {
  'unknown-field': { code: 'unknown-field', place: null, name: 'colour' },
  'not-text': { code: 'not-text', place: row, field: 'lead' },
  shortened: { code: 'shortened', place: null, field: 'mspName', max: 80 },
  'channels-dropped': { code: 'channels-dropped', place: row },
  'unknown-cadence': { code: 'unknown-cadence', place: row, value: 'weekly' },
  'unknown-key': { code: 'unknown-key', place: row },
  'repeated-key': { code: 'repeated-key', place: row, label: 'Scope review' },
  'unknown-kind': { code: 'unknown-kind', place: row },
  'no-label': { code: 'no-label', place: { row: 2, label: null }, label: 'Untitled row' },
  'unknown-owner': { code: 'unknown-owner', place: row, value: 'them' },
  'bad-date': { code: 'bad-date', value: 'tomorrow' },
  'too-many-rows': { code: 'too-many-rows', count: 1_200, max: 60 },
  'not-a-row': { code: 'not-a-row', row: 4, holds: 'list' },
};

describe('what reading a plan says', () => {
  it.each(Object.values(REFUSALS))('words the refusal $code, every placeholder filled', (refusal) => {
    const text = refusalInWords('link', refusal, words, 'en-US');
    expect(text).toMatch(/^This link /);
    expect(text).not.toMatch(/[{}]/);
  });

  it.each(Object.values(WARNINGS))('words the warning $code, every placeholder filled', (warning) => {
    const text = warningInWords('file', warning, words, 'en-US');
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/[{}]/);
  });

  it('names the file or link, a row by position and label, and a field of either', () => {
    const say = (warning: ReadWarning) => warningInWords('file', warning, words, 'en-US');
    expect(say(WARNINGS['unknown-field'])).toBe('The file: the unknown field "colour" was ignored.');
    expect(say(WARNINGS['not-text'])).toBe('Row 3 ("Backups"), lead: not text, so left blank.');
    expect(say(WARNINGS.shortened)).toBe('MSP name: longer than 80 characters, so shortened.');
    expect(say(WARNINGS['no-label'])).toBe('Row 2 had no label, so it is called "Untitled row".');
    expect(say(WARNINGS['not-a-row'])).toBe('Row 4 is not a row (it holds a list), so it was skipped.');
  });

  it('writes amounts as the page’s locale writes them, and versions as they were written', () => {
    expect(warningInWords('link', WARNINGS['too-many-rows'], words, 'de-DE')).toBe(
      'The link lists 1.200 rows; only the first 60 were kept.',
    );
    const newer = { code: 'newer-format', version: '1e+200', max: '1' } as const;
    expect(refusalInWords('file', newer, words, 'en-US')).toContain('(format 1e+200); this page reads up to format 1.');
  });
});
