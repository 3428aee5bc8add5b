/**
 * The "we changed or dropped this" notes an import or link shows. Capped (src/lib/links
 * capped-list), so a hostile file with ten thousand bad fields cannot flood the page; the rest
 * are counted in one last line.
 */
import { CappedList } from '../links/capped-list';

export const MAX_WARNINGS = 20;

export interface WarningList {
  add(text: string): void;
  /** At most MAX_WARNINGS lines; when there were more, the last line counts the rest. */
  list(): string[];
}

export function createWarningList(): WarningList {
  const kept = new CappedList<string>(MAX_WARNINGS);
  return {
    add: (text) => kept.add(() => text),
    list() {
      if (kept.more === 0) return [...kept.items];
      const shown = kept.items.slice(0, MAX_WARNINGS - 1);
      return [...shown, `…and ${kept.more + 1} more problems like these.`];
    },
  };
}
