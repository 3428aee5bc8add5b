/**
 * Shared estimator links carry a format version (`v`). Old links must keep opening, so
 * each format change adds one step here that rewrites the previous format's parameters
 * into the next one (src/lib/links/migrations.ts runs the steps). Steps only rewrite text;
 * the codec validates the result, so a value a step cannot make sense of is passed through
 * and reported there. A step's spellings are frozen with it.
 */
import type { Migration } from '../links/migrations';
import type { QueryPair } from '../links/query';

export type LinkMigration = Migration<QueryPair[]>;

export const CURRENT_LINK_VERSION = 1;

function aliasMap(aliases: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(aliases));
}

/**
 * Parameter names people type, squashed (lower case, no `_`, `-`, `.` or spaces).
 * A Map, not an object literal, so a key such as `constructor` finds nothing.
 */
const KEY_ALIASES: ReadonlyMap<string, string> = aliasMap({
  v: 'v',
  users: 'users',
  user: 'users',
  seats: 'users',
  employees: 'users',
  devices: 'devices',
  device: 'devices',
  endpoints: 'devices',
  scope: 'scope',
  scopes: 'scope',
  hours: 'hours',
  hourspermonth: 'hours',
  term: 'term',
  termyears: 'term',
  years: 'term',
  adj: 'adj',
  adjustment: 'adj',
  annualadjustment: 'adj',
  annualadjustmentpercent: 'adj',
  for: 'for',
  preparedfor: 'for',
  client: 'for',
});

const SCOPE_ALIASES: ReadonlyMap<string, string> = aliasMap({
  afterhours: 'after-hours',
  afterhour: 'after-hours',
  patching: 'patching',
  patch: 'patching',
  patches: 'patching',
  backup: 'backup',
  backups: 'backup',
  security: 'security',
  projects: 'projects',
  project: 'projects',
});

const squash = (text: string): string => text.toLowerCase().replace(/[\s_.-]+/g, '');

/** "1,200" or "1 200" (a `+` in the link) → "1200"; anything else is left for the codec. */
function dropThousandsSeparators(value: string): string {
  return /^\d{1,3}([, _]\d{3})+$/.test(value) ? value.replace(/[, _]/g, '') : value;
}

/** `36m`, `36 months` → `3`; `3y`, `3 years` → `3`. Months that are not whole years pass through. */
function termInYears(value: string): string {
  const years = /^(\d{1,3})\s*(?:y|yr|yrs|year|years)?$/i.exec(value);
  if (years?.[1] !== undefined) return String(Number(years[1]));
  const months = /^(\d{1,3})\s*(?:m|mo|mos|month|months)$/i.exec(value);
  if (months?.[1] !== undefined && Number(months[1]) % 12 === 0) return String(Number(months[1]) / 12);
  return value;
}

/** `3%` → `3`, `2,5` → `2.5`. */
function plainPercent(value: string): string {
  const withoutSign = value.replace(/\s*%$/, '');
  return /^\d+,\d+$/.test(withoutSign) ? withoutSign.replace(',', '.') : withoutSign;
}

/** `patching+backup`, `after_hours;security`, `Patching | Backup` → comma list of scope ids. */
function scopeList(value: string): string {
  return (
    value
      // "after hours" typed with a space (or a `+`) is one item, not two.
      .replace(/after[\s_-]*hours?/gi, 'after-hours')
      .split(/[\s,;|]+/)
      .filter((item) => item !== '')
      .map((item) => SCOPE_ALIASES.get(squash(item)) ?? item)
      .join(',')
  );
}

function rewriteHandTypedValue(key: string, rawValue: string): string {
  const value = rawValue.trim();
  switch (key) {
    case 'users':
    case 'devices':
      return dropThousandsSeparators(value);
    case 'hours':
      return dropThousandsSeparators(value.replace(/\s*(?:h|hr|hrs|hour|hours)$/i, ''));
    case 'term':
      return termInYears(value);
    case 'adj':
      return plainPercent(value);
    case 'scope':
      return scopeList(value);
    default:
      return rawValue;
  }
}

/**
 * Version 0 is any link without `v`: typed by hand, or made before links were versioned. It
 * accepts any case, `_`/`-` in names and aliases (seats, endpoints, prepared_for); scope items
 * separated by `,`, `+`, `;`, `|` or spaces; term as `3`, `3y` or `36m`; adjustment as `3%`;
 * thousands separators in counts. (A comment, not a field: nothing reads it, and a field would
 * ship the sentence to every estimator page.)
 */
const handTypedToVersion1: LinkMigration = {
  from: 0,
  to: 1,
  migrate: (pairs) =>
    pairs.map((pair) => {
      const key = KEY_ALIASES.get(squash(pair.key)) ?? pair.key;
      return { key, value: rewriteHandTypedValue(key, pair.value), typedKey: pair.typedKey };
    }),
};

/** Ordered: each step's `to` is the next step's `from`, ending at CURRENT_LINK_VERSION. */
export const LINK_MIGRATIONS: readonly LinkMigration[] = [handTypedToVersion1];
