/*
 * The chart's words and its grid share the picture: a grid line through a label or a figure
 * makes it hard to read, so the grid stays in the band each bar uses.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { estimatePricing } from '../../../src/lib/pricing/estimate';
import { estimatorCopy } from '../../../src/lib/pricing/estimator-copy';
import { formatsFor } from '../../../src/lib/pricing/formats';
import { defaultInputsFrom, type EstimatorInputs } from '../../../src/lib/pricing/inputs';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { CostChart } from '../../../src/tools/estimator/CostChart';

afterEach(cleanup);

/** The chart's text size (tools.css); a line of text spans from its baseline up by this much. */
const FONT_PX = 13;

function chartFor(inputs: EstimatorInputs) {
  const { container } = render(
    <CostChart
      estimate={estimatePricing(inputs, rateCard)}
      words={estimatorCopy.tool.estimate}
      caption=""
      years="3 years"
      f={formatsFor('en-US', 'USD')}
    />,
  );
  const number = (element: Element, name: string) => Number(element.getAttribute(name));
  const texts = [...container.querySelectorAll('svg text')].map((text) => ({
    words: text.textContent ?? '',
    top: number(text, 'y') - FONT_PX,
    bottom: number(text, 'y') + 4,
  }));
  const grid = [...container.querySelectorAll('svg line.est-grid')].map((line) => ({
    top: number(line, 'y1'),
    bottom: number(line, 'y2'),
  }));
  return { texts, grid };
}

const defaults = defaultInputsFrom(rateCard);

describe('the estimate chart', () => {
  it.each([
    ['the starting inputs', defaults],
    ['a small office', { ...defaults, users: 5, devices: 9, scope: [] }],
    ['a large site with everything in scope', { ...defaults, users: 900, devices: 2500, hoursPerMonth: 200 }],
  ])('keeps its grid lines clear of every label and figure, for %s', (_, inputs) => {
    const { texts, grid } = chartFor(inputs as EstimatorInputs);
    expect(grid.length).toBeGreaterThan(0);
    for (const text of texts) {
      const crossing = grid.filter((line) => line.top < text.bottom && line.bottom > text.top);
      expect(crossing, `"${text.words}" is crossed by a grid line`).toEqual([]);
    }
  });
});
