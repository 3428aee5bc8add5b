/**
 * A set-aside value's reason in a tool's words. Decoders give codes (reasons.ts); the words are
 * the tool's copy file's, handed to the page as props, and are filled in here when the notice
 * shows, so the decoders hold no wording and the browser ships none of it.
 */
import { fillList, fillLocalized } from '../text/template';
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
  const { choices, known } = reason as { choices?: readonly string[]; known?: readonly string[] };
  return fillLocalized(
    words.reasons[reason.code as Reason['code']],
    // `choices` are alternatives ("1, 2 or 3"), `known` the full list.
    { ...reason, choices: choices && fillList(choices, words.alternatives), known: known?.join(', ') },
    locale,
  );
}
