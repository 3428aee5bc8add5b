import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseScores } from '../../../tooling/lighthouse-scores';

const run = (performance: number, failing: string[] = [], largestPaintMs = 700): LighthouseScores => ({
  path: '/',
  performance,
  accessibility: 100,
  bestPractices: 100,
  layoutShift: 0,
  blockingMs: 0,
  largestPaintMs,
  seo: 100,
  failing,
});

describe('medianRun', () => {
  it('ignores one slow outlier among three runs', () => {
    expect(medianRun([run(100), run(91, ['total-blocking-time (0.6)']), run(100)]).performance).toBe(100);
  });

  it('still fails a page that is slow in most runs, with the reasons of the run it reports', () => {
    const median = medianRun([
      run(97, ['largest-contentful-paint (0.9)']),
      run(100),
      run(96, ['total-blocking-time (0.8)']),
    ]);
    expect(median.performance).toBe(97);
    expect(median.failing).toEqual(['largest-contentful-paint (0.9)']);
  });

  it('reports the lower middle of an even number of runs, and the only run of one', () => {
    expect(medianRun([run(100), run(98)]).performance).toBe(98);
    expect(medianRun([run(42)]).performance).toBe(42);
  });

  it('reports the median largest paint of the runs, whichever run it takes the scores from', () => {
    const median = medianRun([run(100, [], 1200), run(99, [], 640), run(100, [], 700)]);
    expect(median.performance).toBe(100);
    expect(median.largestPaintMs).toBe(700);
  });

  it('refuses to choose from no runs at all', () => {
    expect(() => medianRun([])).toThrow(/no Lighthouse runs/);
  });
});
