import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from '../../../src/lib/config/contrast';

describe('WCAG contrast', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0a58a8', '#0a58a8')).toBe(1);
  });

  it('matches published ratios', () => {
    // Known values: #767676 on white is the lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });
});
