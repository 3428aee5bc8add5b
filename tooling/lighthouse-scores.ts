import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium-flags.ts';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Cumulative layout shift of the load, which does not depend on how busy the machine is. */
  layoutShift: number;
  /** Total blocking time in milliseconds: measured, but it grows with the machine's load. */
  blockingMs: number;
  /** Largest contentful paint in milliseconds, on Lighthouse's simulated mobile network. */
  largestPaintMs: number;
  /** Audits that scored below 1 in any category, to say why a score dropped. */
  failing: string[];
}

/**
 * The pages held to Lighthouse 100 by the tests and measured by `npm run measure`; the last is a
 * sales link, which the assessment opens on its result once its script has decided to.
 */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/comparison/',
  '/faq/',
  '/assessment/',
  '/estimator/',
  '/handoff-planner/',
  '/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Freight',
];

/**
 * An embed page (the tool made for a frame on the MSP's site), held to 100 for accessibility and
 * best practices only: it is `noindex` on purpose, which Lighthouse's SEO category counts against it.
 */
export const LIGHTHOUSE_EMBED_PAGES = ['/embed/estimator/'];

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** How many times a run is repeated when Lighthouse could not take a measurement at all. */
const ATTEMPTS_ON_TRACE_ERROR = 3;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * A busy machine sometimes loses the trace (NO_NAVSTART, NO_FCP, ...). That says nothing
 * about the page, so such a run is repeated; a real measurement is never retried, however
 * it scores.
 */
async function runWithoutTraceErrors(url: string, port: number): Promise<Result> {
  let lhr: Result | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS_ON_TRACE_ERROR; attempt++) {
    const run = await lighthouse(url, { port, logLevel: 'error', output: 'json' });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    lhr = run.lhr;
    if (!lhr.runtimeError) break;
  }
  return lhr!;
}

/**
 * Performance varies from run to run on a shared machine (a stray task shows up as blocking
 * time), so `npm run measure` takes this many runs per page and reports the median, as
 * Lighthouse CI does. The tests assert only what load cannot change, so one run does for them.
 */
export const RUNS_PER_PAGE = 3;

/** The lower middle of some numbers. */
function median(values: readonly number[]): number {
  const ordered = [...values].sort((a, b) => a - b);
  return ordered[Math.floor((ordered.length - 1) / 2)]!;
}

/**
 * The run in the middle when ordered by performance score (the first of two middles), with its
 * reasons; the timings are each their own median, since one run can be slow at one thing only.
 */
export function medianRun(runs: readonly LighthouseScores[]): LighthouseScores {
  if (runs.length === 0) throw new Error('no Lighthouse runs to choose from');
  const ordered = [...runs].sort((a, b) => a.performance - b.performance);
  return {
    ...ordered[Math.floor((ordered.length - 1) / 2)]!,
    blockingMs: median(runs.map((run) => run.blockingMs)),
    largestPaintMs: median(runs.map((run) => run.largestPaintMs)),
  };
}

function scoresOf(path: string, lhr: Result): LighthouseScores {
  const { categories, audits } = lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = Object.values(categories)
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
    .map((ref) => audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${audit.score})`);
  if (lhr.runtimeError) failing.unshift(`runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    layoutShift: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    blockingMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
    largestPaintMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    failing: [...new Set(failing)],
  };
}

/** Lighthouse's default (mobile, simulated slow 4G) run over each path of a served site. */
export async function measureLighthouse(
  origin: string,
  paths: readonly string[],
  { runs = RUNS_PER_PAGE, chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium' } = {},
): Promise<LighthouseScores[]> {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const results: LighthouseScores[] = [];
    for (const path of paths) {
      const measured: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) {
        measured.push(scoresOf(path, await runWithoutTraceErrors(`${origin}${path}`, chrome.port)));
      }
      results.push(medianRun(measured));
    }
    return results;
  } finally {
    chrome.kill();
  }
}
