/**
 * Row ids: built-in rows use their key ("backup-dr"), custom rows "custom-1", "custom-2" ….
 * Ids are generated here, not randomly, so the same edits always give the same matrix, and
 * tests and share links stay reproducible.
 */

/** What an id read from a file or link must look like to be kept as it is. */
export const ROW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The lowest "custom-N" not in `taken`; among at most 60 rows one of the first 61 is free. */
export function nextCustomId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const id = `custom-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** `preferred` when it is free, else the next custom id. */
export const freeIdFor = (preferred: string | null, taken: ReadonlySet<string>): string =>
  preferred !== null && ROW_ID_PATTERN.test(preferred) && !taken.has(preferred) ? preferred : nextCustomId(taken);
