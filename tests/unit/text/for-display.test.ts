import { describe, expect, it } from 'vitest';
import { forDisplay } from '../../../src/lib/text/for-display';

describe('forDisplay', () => {
  it('shows short text as it is, cleaned', () => {
    expect(forDisplay(' <img src=x onerror=alert(1)>\n')).toBe('<img src=x onerror=alert(1)>');
    expect(forDisplay('x'.repeat(40))).toBe('x'.repeat(40));
  });

  it('cuts longer text to 40 characters, the last an ellipsis', () => {
    expect(forDisplay('9'.repeat(400))).toBe(`${'9'.repeat(39)}…`);
    expect(forDisplay(`${'a'.repeat(38)} ${'b'.repeat(10)}`)).toBe(`${'a'.repeat(38)}…`);
    expect(forDisplay('abcdef', 4)).toBe('abc…');
  });

  it('never leaves half an emoji before the ellipsis', () => {
    expect(forDisplay(`${'a'.repeat(38)}😀😀`)).toBe(`${'a'.repeat(38)}…`);
  });
});
