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

// Maps rather than object literals: a hostile key such as "__proto__" must not find anything.
const V0_KEYS = new Map([
  ['it_staff', 'it-staff'],
  ['custom_apps', 'custom-apps'],
  ['it_is', 'it-is'],
  ['msp_is', 'msp-is'],
]);

const V0_YES_NO = new Map([
  ['true', 'yes'],
  ['1', 'yes'],
  ['yes', 'yes'],
  ['false', 'no'],
  ['0', 'no'],
  ['no', 'no'],
]);

const V0_NEEDS = new Map([
  ['24x7', 'after-hours'],
  ['24/7', 'after-hours'],
  ['after_hours', 'after-hours'],
]);

const V0_ROLES = new Map([
  ['costcenter', 'cost-center'],
  ['cost_center', 'cost-center'],
  ['cost center', 'cost-center'],
  ['costlever', 'cost-lever'],
  ['cost_lever', 'cost-lever'],
  ['cost lever', 'cost-lever'],
]);

function normalise(value: string, aliases: Map<string, string>): string {
  const text = value.trim().toLowerCase();
  return aliases.get(text) ?? text;
}

/** Salespeople typed these links by hand, separating needs with whatever came to mind. */
function migrateV0Value(key: string, value: string): string {
  switch (key) {
    case 'needs':
      return value
        .split(/[\s,;+]+/)
        .filter((need) => need !== '')
        .map((need) => normalise(need, V0_NEEDS))
        .join(',');
    case 'custom-apps':
      return normalise(value, V0_YES_NO);
    case 'it-is':
    case 'msp-is':
      return normalise(value, V0_ROLES);
    default:
      return value;
  }
}

/** Version 0: links without `v`, typed by hand before the tool generated them. */
const fromHandTypedLinks: LinkMigration = {
  from: 0,
  to: 1,
  migrate: (params) =>
    params.map(([key, value]): QueryPair => {
      const current = V0_KEYS.get(key) ?? key;
      return [current, migrateV0Value(current, value)];
    }),
};

/** In order; each step's `to` is the next step's `from`. */
export const LINK_MIGRATIONS: readonly LinkMigration[] = [fromHandTypedLinks];

/** Applies every step from `fromVersion` up to CURRENT_LINK_VERSION. */
export function migrateToCurrent(params: QueryPair[], fromVersion: number): QueryPair[] {
  let version = fromVersion;
  let migrated = params;
  for (const step of LINK_MIGRATIONS) {
    if (step.from !== version) continue;
    migrated = step.migrate(migrated);
    version = step.to;
  }
  return migrated;
}
