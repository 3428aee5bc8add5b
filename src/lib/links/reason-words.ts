/**
 * A set-aside value's reason in a tool's words. Decoders give codes (reasons.ts); the words are
 * the tool's copy file's, handed to the page as props, and are filled in here when the notice
 * shows, so the decoders hold no wording and the browser ships none of it.
 */
import { fillList, fillTemplate } from '../text/template';
import type { SetAsideReason } from './reasons';

/** A tool's words for every reason its links can give (checked by linkNoticeWithReasonsSchema). */
export interface ReasonWords<Reason extends SetAsideReason> {
  readonly reasons: Readonly<Record<Reason['code'], string>>;
  /** How a reason lists the values a parameter takes: "{items} or {last}". */
  readonly alternatives: string;
}

export function reasonInWords<Reason extends SetAsideReason>(
  reason: Reason,
  words: ReasonWords<Reason>,
  locale: string,
): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(reason) as [string, string | number | readonly string[]][]) {
    // Numbers as the page writes them (a string's toLocaleString is the string); `choices` are
    // alternatives, `known` the full list.
    shown[name] =
      typeof value !== 'object'
        ? value.toLocaleString(locale)
        : name === 'choices'
          ? fillList(value, words.alternatives)
          : value.join(', ');
  }
  return fillTemplate(words.reasons[reason.code as Reason['code']], shown);
}
