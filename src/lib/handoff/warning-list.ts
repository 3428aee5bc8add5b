/**
 * The "we changed or dropped this" notes an import or link shows. Capped, so a hostile file
 * with ten thousand bad fields cannot flood the page; the rest are counted in one last line.
 */
export const MAX_WARNINGS = 20;

export interface WarningList {
  add(text: string): void;
  /** At most MAX_WARNINGS lines; when there were more, the last line counts the rest. */
  list(): string[];
}

export function createWarningList(): WarningList {
  const kept: string[] = [];
  let overflow = 0;
  return {
    add(text) {
      if (kept.length < MAX_WARNINGS) kept.push(text);
      else overflow += 1;
    },
    list() {
      if (overflow === 0) return [...kept];
      const shown = kept.slice(0, MAX_WARNINGS - 1);
      return [...shown, `…and ${kept.length - shown.length + overflow} more problems like these.`];
    },
  };
}
