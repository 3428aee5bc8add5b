/**
 * A tool's link format as data: its version rules, the steps that upgrade older links, and a
 * table of its parameters, each saying what values it takes, how a value is read into the
 * tool's state and how the state is written back. decodeLink and encodeLink run it; the link
 * help page and the README check are drawn from the same table.
 */
import type { Migration } from './migrations';
import type { QueryPair, QueryReader } from './query';
import type { SetAsideReason } from './reasons';

/** What a parameter takes, as the docs describe it and the README check compares it. */
export type AllowedValues =
  | { kind: 'whole-number'; min: number; max: number }
  | { kind: 'percent'; min: number; max: number; decimals: number }
  | { kind: 'one-of'; values: readonly string[] }
  /** `none` is what the link carries for "none of them" ('' for an empty value). */
  | { kind: 'list'; items: readonly string[]; none: string }
  | { kind: 'text'; maxLength: number };

/** Sets a value of this pair aside, with the reason the page words. */
export type SetAsideValue<Reason extends SetAsideReason> = (value: string, reason: Reason) => void;

/** `Reason`: the reasons it may set a value aside for (a property, not a method, so the type checks them). */
export interface LinkParam<State, Reason extends SetAsideReason> {
  /** The name current links carry (older spellings belong to the migration that reads them). */
  readonly name: string;
  readonly values: AllowedValues;
  /** Reads a value into the state; what cannot be used is set aside and leaves the state as it was. */
  readonly read: (value: string, state: State, setAside: SetAsideValue<Reason>) => void;
  /** The value as the link writes it, percent-encoded; undefined leaves the parameter out. */
  write(state: Readonly<State>): string | undefined;
}

export interface VersionRules {
  /** The version this code writes; a link without `v` is version 0, typed by hand. */
  current: number;
  /** A `v` with more digits is not a version. */
  maxDigits: number;
  /** A link whose `v` cannot be read is read as typed by hand (version 0) or in the current format. */
  unreadable: 'hand-typed' | 'current';
  /** A newer link reports the version it declared, or the current one it is read as. */
  newer: 'declared' | 'current';
}

/** Every format sets aside an unknown or repeated parameter. */
export type LinkReason = SetAsideReason<'repeated' | 'unknown-param'>;

/** Why a `v` was set aside: each format reads a bad version its own way, so it says its own reason. */
export interface VersionReasons<Reason extends SetAsideReason> {
  /** `written` is the trimmed value of `v`. */
  readonly unreadable: (written: string) => Reason;
  readonly newer: Reason;
}

/**
 * `Reason`: every reason its parameters, its reader and its version rules can give (with
 * LinkReason, which every format gives), which is what its tool's copy file must word (see
 * words-schema.ts). The type checker holds each parameter and reader to it.
 */
export interface LinkFormat<State, Reason extends SetAsideReason = SetAsideReason> {
  readonly version: VersionRules;
  /** Steps from the hand-typed version 0 up to `version.current`. */
  readonly migrations: readonly Migration<QueryPair[]>[];
  /** In the order links write them, after `v`. */
  readonly params: readonly LinkParam<State, Reason>[];
  /**
   * How the query becomes pairs: readQuery (every pair, a broken escape read as browsers read
   * it) or readQueryWithLimits (capped, a broken escape set aside).
   */
  readonly readQuery: QueryReader<Reason>;
  /** Whether set-aside values name the parameter as typed (`Users`) or as read (`users`). */
  readonly nameSetAsideAs: 'typed' | 'read';
  readonly versionReasons: VersionReasons<Reason>;
  emptyState(): State;
}
