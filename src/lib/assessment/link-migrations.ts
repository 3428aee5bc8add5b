/**
 * Old assessment links are upgraded step by step to the current format before they are read, so
 * a link in a two-year-old e-mail still opens. A new format version adds one step to the end.
 */

export type QueryPair = [key: string, value: string];

export interface LinkMigration {
  from: number;
  to: number;
  migrate(params: QueryPair[]): QueryPair[];
}

export const CURRENT_LINK_VERSION = 1;

/**
 * Version 0: links without `v`, typed by hand before the tool generated them, with underscores
 * in names, true/false or 1/0 for yes/no, and needs separated by whatever came to mind.
 */
function fromHandTyped([key, value]: QueryPair): QueryPair {
  const name = /^(it_staff|custom_apps|it_is|msp_is)$/.test(key) ? key.replace('_', '-') : key;
  const text = value.trim().toLowerCase();
  return [
    name,
    name === 'needs'
      ? text
          .split(/[\s,;+]+/)
          .filter(Boolean)
          .map((need) => (/^(24x7|24\/7|after_hours)$/.test(need) ? 'after-hours' : need))
          .join()
      : name === 'custom-apps'
        ? text.replace(/^(true|1)$/, 'yes').replace(/^(false|0)$/, 'no')
        : /^(it|msp)-is$/.test(name)
          ? text.replace(/^cost[ _]?(center|lever)$/, 'cost-$1')
          : value,
  ];
}

/** In order; each step's `to` is the next step's `from`. */
export const LINK_MIGRATIONS: readonly LinkMigration[] = [
  { from: 0, to: 1, migrate: (params) => params.map(fromHandTyped) },
];

/** Applies every step from `fromVersion` up to CURRENT_LINK_VERSION. */
export const migrateToCurrent = (params: QueryPair[], fromVersion: number): QueryPair[] =>
  LINK_MIGRATIONS.reduce((pairs, step) => (step.from < fromVersion ? pairs : step.migrate(pairs)), params);
