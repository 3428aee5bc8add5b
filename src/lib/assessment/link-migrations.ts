/**
 * Old assessment links are upgraded step by step to the current format before they are read
 * (src/lib/links/migrations.ts runs the steps), so a link in a two-year-old e-mail still opens.
 * A new format version adds one step to the end; a step's spellings are frozen with it.
 */
import type { Migration } from '../links/migrations';
import type { QueryPair } from '../links/query';

export const CURRENT_LINK_VERSION = 1;

export type LinkMigration = Migration<QueryPair[]>;

/**
 * Version 0: links without `v`, typed by hand before the tool generated them, with underscores
 * in names, true/false or 1/0 for yes/no, and needs separated by whatever came to mind.
 */
function fromHandTyped(pair: QueryPair): QueryPair {
  const key = /^(it_staff|custom_apps|it_is|msp_is)$/.test(pair.key) ? pair.key.replace('_', '-') : pair.key;
  const text = pair.value.trim().toLowerCase();
  const value =
    key === 'needs'
      ? text
          .split(/[\s,;+]+/)
          .filter(Boolean)
          .map((need) => (/^(24x7|24\/7|after_hours)$/.test(need) ? 'after-hours' : need))
          .join()
      : key === 'custom-apps'
        ? text.replace(/^(true|1)$/, 'yes').replace(/^(false|0)$/, 'no')
        : /^(it|msp)-is$/.test(key)
          ? text.replace(/^cost[ _]?(center|lever)$/, 'cost-$1')
          : pair.value;
  return { ...pair, key, value };
}

/** In order; each step's `to` is the next step's `from`. */
export const LINK_MIGRATIONS: readonly LinkMigration[] = [
  { from: 0, to: 1, migrate: (pairs) => pairs.map(fromHandTyped) },
];
