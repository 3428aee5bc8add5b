import { forDisplay } from '../text/for-display';
import { CappedList } from './capped-list';
import type { LinkFormat, LinkParam, LinkReason } from './link-format';
import { runMigrations } from './migrations';
import type { QueryPair, SetAside } from './query';
import type { SetAsideReason } from './reasons';
import { readVersion, type VersionReading } from './versions';

/** A value a link held that was not used, shortened and cleaned for display. */
export interface SetAsideEntry<Reason extends SetAsideReason = SetAsideReason> {
  /** Empty for a reason about the whole link. */
  param: string;
  /** Cut to 40 characters for display. */
  value: string;
  reason: Reason;
}

/** The page lists what it set aside; past this many, more detail stops helping. */
export const MAX_SET_ASIDE_LISTED = 20;

export interface DecodedLink<State, Reason extends SetAsideReason> {
  state: State;
  setAside: SetAsideEntry<Reason>[];
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
export function decodeLink<State, Reason extends SetAsideReason>(
  search: unknown,
  format: LinkFormat<State, Reason>,
): DecodedLink<State, Reason | LinkReason> {
  const { version: rules, versionReasons } = format;
  const listed = new CappedList<SetAsideEntry<Reason | LinkReason>>(MAX_SET_ASIDE_LISTED);
  const setAside: SetAside<Reason | LinkReason> = (param, value, reason) =>
    listed.add(() => ({ param: forDisplay(param), value: forDisplay(value), reason }));
  const setPairAside = (pair: QueryPair, reason: Reason | LinkReason, value = pair.value) =>
    setAside(format.nameSetAsideAs === 'typed' ? pair.typedKey : pair.key, value, reason);
  const repeated = { code: 'repeated' } as const;

  // `v` first: it decides how the rest is read. Only the first counts.
  let declared: VersionReading | undefined;
  const rest: QueryPair[] = [];
  for (const pair of format.readQuery(typeof search === 'string' ? search : '', setAside)) {
    if (pair.key !== 'v') rest.push(pair);
    else if (declared) setPairAside(pair, repeated);
    else {
      declared = readVersion(pair.value, rules.current, rules.maxDigits);
      if (declared.kind === 'newer') setPairAside(pair, versionReasons.newer);
      if (declared.kind === 'unreadable') setPairAside(pair, versionReasons.unreadable(pair.value.trim()));
    }
  }
  const readAs =
    declared === undefined || (declared.kind === 'unreadable' && rules.unreadable === 'hand-typed')
      ? 0
      : declared.kind === 'known'
        ? declared.version
        : rules.current;

  const state = format.emptyState();
  const params = new Map(format.params.map((param) => [param.name, param]));
  const carried = new Set<LinkParam<State, Reason>>();
  for (const pair of runMigrations(format.migrations, rest, readAs, rules.current)) {
    const param = params.get(pair.key);
    if (param === undefined) setPairAside(pair, { code: 'unknown-param' });
    else if (carried.has(param)) setPairAside(pair, repeated);
    else {
      carried.add(param);
      param.read(pair.value, state, (value, reason) => setPairAside(pair, reason, value));
    }
  }
  return {
    state,
    setAside: listed.items,
    moreSetAside: listed.more,
    version: declared?.kind === 'newer' && rules.newer === 'declared' ? declared.version : readAs,
    declaresVersion: declared !== undefined,
    paramsCarried: carried.size,
  };
}
