/**
 * The structured fields a few handoff rows carry besides owner and notes: the intake channels
 * (the double-ticket loop), the scope-review cadence (drift) and the exit terms (lock-in).
 * Each belongs to one row key; a row with another key carries none, so a detail can never
 * drift onto the wrong row and the checks read exactly one place.
 */
import type { BuiltInKey } from './built-in-rows';
import { cleanName, cleanText, MAX_INTAKE_CHANNELS } from './limits';
import { isReviewCadence, type ReviewCadence } from './vocabulary';

export interface ExitTerms {
  /** Which tools (RMM, PSA, vault …) stay, go or are handed over. */
  tools: string;
  /** How the data comes back: e.g. "CSV and PDF export of every ticket". */
  exportFormat: string;
  /** e.g. "within 30 days of notice". */
  timeline: string;
}

export interface RowDetail {
  /** ticket-intake only: every way users raise a ticket; one is the goal. */
  intakeChannels?: string[];
  /** scope-review only. */
  reviewCadence?: ReviewCadence;
  /** exit-terms only. */
  exitTerms?: ExitTerms;
}

/** Changes to a detail; absent fields keep their current value. */
export interface DetailPatch {
  intakeChannels?: readonly string[];
  reviewCadence?: ReviewCadence;
  exitTerms?: Partial<ExitTerms>;
}

/** Cleaned, blanks dropped, the same channel typed twice (any case) kept once, at most ten. */
export function cleanChannels(channels: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of channels) {
    const channel = cleanName(raw);
    const folded = channel.toLowerCase();
    if (channel === '' || seen.has(folded)) continue;
    seen.add(folded);
    kept.push(channel);
    if (kept.length === MAX_INTAKE_CHANNELS) break;
  }
  return kept;
}

/** The detail a row with `key` carries after applying `patch` to `current`; undefined when none. */
export function detailFor(
  key: BuiltInKey | null,
  patch: DetailPatch = {},
  current: RowDetail = {},
): RowDetail | undefined {
  switch (key) {
    case 'ticket-intake':
      return { intakeChannels: cleanChannels(patch.intakeChannels ?? current.intakeChannels ?? []) };
    case 'scope-review': {
      const cadence = patch.reviewCadence ?? current.reviewCadence;
      return { reviewCadence: isReviewCadence(cadence) ? cadence : '' };
    }
    case 'exit-terms': {
      const term = (field: keyof ExitTerms) => cleanText(patch.exitTerms?.[field] ?? current.exitTerms?.[field] ?? '');
      return { exitTerms: { tools: term('tools'), exportFormat: term('exportFormat'), timeline: term('timeline') } };
    }
    default:
      return undefined;
  }
}
