import { forDisplay } from '../text/for-display';
import { CappedList } from './capped-list';
import type { LinkFormat } from './link-format';
import { runMigrations } from './migrations';
import { readQuery, type QueryPair } from './query';
import { readVersion } from './versions';

/** A value a link held that was not used, shortened and cleaned for display. */
export interface SetAsideEntry {
  param: string;
  /** Cut to 40 characters for display. */
  value: string;
  reason: string;
}

/** The page lists what it set aside; past this many, more detail stops helping. */
export const MAX_SET_ASIDE_LISTED = 20;

export interface DecodedLink<State> {
  state: State;
  setAside: SetAsideEntry[];
  /** Values set aside beyond MAX_SET_ASIDE_LISTED: counted, not listed. */
  moreSetAside: number;
  /** The version reported for the link (see VersionRules); 0 for a hand-typed link. */
  version: number;
  /** The link carried `v`, readable or not. */
  declaresVersion: boolean;
  /** How many of the format's parameters the link carried, each counted once, used or not. */
  paramsCarried: number;
}

/**
 * Reads a link's query string (with or without "?") in the given format. Never throws: the
 * first of a repeated parameter is used; unknown parameters, repeats and unusable values are
 * set aside with a reason; tracking parameters are dropped silently.
 */
export function decodeLink<State>(search: unknown, format: LinkFormat<State>): DecodedLink<State> {
  const { version: rules, wording } = format;
  const listed = new CappedList<SetAsideEntry>(MAX_SET_ASIDE_LISTED);
  const setAside = (param: string, value: string, reason: string) =>
    listed.add(() => ({ param: forDisplay(param), value: forDisplay(value), reason }));
  const nameOf = (pair: QueryPair) => (format.nameSetAsideAs === 'typed' ? pair.typedKey : pair.key);

  const pairs = readQuery(typeof search === 'string' ? search : '', format.limits, setAside);
  let declaresVersion = false;
  let readAs = 0;
  let reported = 0;
  const rest: QueryPair[] = [];
  for (const pair of pairs) {
    if (pair.key !== 'v') rest.push(pair);
    else if (declaresVersion) setAside(nameOf(pair), pair.value, wording.repeated);
    else {
      declaresVersion = true;
      const reading = readVersion(pair.value, rules.current, rules.maxDigits);
      if (reading.kind === 'known') readAs = reported = reading.version;
      else if (reading.kind === 'newer') {
        setAside(nameOf(pair), pair.value, wording.newerVersion);
        readAs = rules.current;
        reported = rules.newer === 'declared' ? reading.version : rules.current;
      } else {
        setAside(nameOf(pair), pair.value, wording.unreadableVersion(pair.value.trim()));
        readAs = reported = rules.unreadable === 'hand-typed' ? 0 : rules.current;
      }
    }
  }

  const state = format.emptyState();
  const byName = new Map(format.params.map((param) => [param.name, param]));
  const carried = new Set<string>();
  for (const pair of runMigrations(format.migrations, rest, readAs, rules.current)) {
    const param = byName.get(pair.key);
    const setValueAside = (value: string, reason: string) => setAside(nameOf(pair), value, reason);
    if (param === undefined) setValueAside(pair.value, wording.unknownParam);
    else if (carried.has(param.name)) setValueAside(pair.value, wording.repeated);
    else {
      carried.add(param.name);
      param.read(pair.value, state, setValueAside);
    }
  }
  return {
    state,
    setAside: listed.items,
    moreSetAside: listed.more,
    version: reported,
    declaresVersion,
    paramsCarried: carried.size,
  };
}
