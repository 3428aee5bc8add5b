import { describe, expect, it } from 'vitest';
import { templateParts } from '../../../src/lib/text/template';

describe('templateParts', () => {
  it('cuts a template around its placeholders, putting each value in place', () => {
    const bold = (text: string) => ({ bold: text });
    expect(templateParts('Between {a} and {b}, as agreed.', { a: bold('Acme'), b: bold('Northwind') })).toEqual([
      'Between ',
      { bold: 'Acme' },
      ' and ',
      { bold: 'Northwind' },
      ', as agreed.',
    ]);
  });

  it('keeps a placeholder without a value visible, and text without placeholders whole', () => {
    expect(templateParts('On {date}.', {})).toEqual(['On ', '{date}', '.']);
    expect(templateParts('No placeholders', { a: 1 })).toEqual(['No placeholders']);
  });
});
