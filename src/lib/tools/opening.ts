/**
 * What a tool shows when its page opens. One rule for all three tools: a link someone sent wins
 * (it is what the reader clicked to see), then the reader's own saved work, then what another
 * tool already knows (the assessment's answers, for the estimator and the planner), then the
 * tool's defaults.
 */
export type OpeningSource = 'link' | 'saved' | 'other-tool' | 'defaults';

export interface OpeningCandidates<State> {
  /** What the address carried, or null when it carried nothing for this tool. */
  link: State | null;
  /** What this browser saved from an earlier visit, or null. */
  saved: State | null;
  /** A starting point from another tool's saved answers, or null. */
  fromOtherTool: State | null;
  defaults: State;
  /** When two states mean the same thing; by default, equal as JSON. */
  same?: (a: State, b: State) => boolean;
}

export interface Opening<State> {
  source: OpeningSource;
  state: State;
  /**
   * True when a link replaced different saved work: the tool says so, and keeps the saved work
   * where it can be restored.
   */
  replacedSaved: boolean;
}

const sameAsJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function chooseOpening<State>({
  link,
  saved,
  fromOtherTool,
  defaults,
  same = sameAsJson,
}: OpeningCandidates<State>): Opening<State> {
  if (link !== null) return { source: 'link', state: link, replacedSaved: saved !== null && !same(link, saved) };
  if (saved !== null) return { source: 'saved', state: saved, replacedSaved: false };
  if (fromOtherTool !== null) return { source: 'other-tool', state: fromOtherTool, replacedSaved: false };
  return { source: 'defaults', state: defaults, replacedSaved: false };
}
