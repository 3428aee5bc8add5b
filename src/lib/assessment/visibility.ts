import type { Need } from './answers';
import type { Condition } from './split';

/** The tokens a Condition is tested against: the needs named, and "custom-apps" when there are some. */
export const activeTokens = (needs: readonly Need[], customApps: boolean): string[] =>
  customApps ? [...needs, 'custom-apps'] : [...needs];

export function isShown({ when, unless }: Condition, tokens: readonly string[]): boolean {
  const any = (list: string) => list.split(' ').some((token) => tokens.includes(token));
  return when ? any(when) : !(unless && any(unless));
}
