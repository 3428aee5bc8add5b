import { describe, expect, it } from 'vitest';
import { fillCount, fillList, fillTemplate } from '../../../src/lib/text/template';

describe('fillTemplate', () => {
  it('fills every placeholder it has a value for, numbers included', () => {
    expect(
      fillTemplate('At {employees} employees, {model} fits; {employees} again.', {
        employees: 37,
        model: 'co-managed',
      }),
    ).toBe('At 37 employees, co-managed fits; 37 again.');
    expect(fillTemplate('{n} of {total}', { n: 0, total: 6 })).toBe('0 of 6');
  });

  it('leaves an unknown placeholder visible, so a typo shows instead of vanishing', () => {
    expect(fillTemplate('At {employes} employees', { employees: 37 })).toBe('At {employes} employees');
  });

  it('never reads values from the object prototype', () => {
    expect(fillTemplate('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });

  it('inserts values as they are, never as further placeholders or markup', () => {
    expect(fillTemplate('Prepared for {name}', { name: '{name} <b>x</b> $& $1' })).toBe(
      'Prepared for {name} <b>x</b> $& $1',
    );
  });

  it('leaves text without placeholders alone, stray braces included', () => {
    expect(fillTemplate('A { b } c {}', { b: 'x' })).toBe('A { b } c {}');
  });
});

describe('fillCount', () => {
  const forms = { zero: 'no staff', one: '{n} person', other: '{n} people' };

  it('picks the form for none, one or more', () => {
    expect(fillCount(forms, 0)).toBe('no staff');
    expect(fillCount(forms, 1)).toBe('1 person');
    expect(fillCount(forms, 12)).toBe('12 people');
  });

  it('can show the count formatted', () => {
    expect(fillCount(forms, 1500, (1500).toLocaleString('en-US'))).toBe('1,500 people');
  });
});

describe('fillList', () => {
  it('joins items through the template, commas between all but the last two', () => {
    const or = '{items} or {last}';
    expect(fillList([], or)).toBe('');
    expect(fillList(['security'], or)).toBe('security');
    expect(fillList(['security', 'cloud'], or)).toBe('security or cloud');
    expect(fillList(['a', 'b', 'c'], '{items} and {last}')).toBe('a, b and c');
  });
});
