/**
 * Saved formats change; what was saved must keep opening. Each change adds one step that
 * rewrites the previous version's shape into the next, and old input runs through every step
 * from its own version up. Steps never change what an existing version means.
 */
export interface Migration<Value> {
  from: number;
  to: number;
  migrate(value: Value): Value;
}

/**
 * Applies, in order, each step that starts where the previous one ended, beginning at
 * `fromVersion` and stopping at `toVersion`. Input already at `toVersion` comes back as it was.
 */
export function runMigrations<Value>(
  steps: readonly Migration<Value>[],
  value: Value,
  fromVersion: number,
  toVersion: number,
): Value {
  let version = fromVersion;
  let migrated = value;
  for (const step of steps) {
    if (step.from !== version || step.to > toVersion) continue;
    migrated = step.migrate(migrated);
    version = step.to;
  }
  return migrated;
}
