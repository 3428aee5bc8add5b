/**
 * What a screen reader hears when an edit opens or closes checks: the new count, and in a
 * sentence what changed, so a user who just picked an owner learns the effect without
 * leaving the field. Plain text, like the check messages it quotes.
 */
import type { ChangeWords } from '../handoff-copy/copy-schema';
import { fillTemplate } from '../text/template';
import type { CheckResult } from './checks';

const keyOf = (check: CheckResult): string => `${check.id} ${check.rowId ?? ''}`;

/**
 * What changed, to read after the count ("3 checks open."); '' when the same checks are open
 * before and after, so an edit that changes nothing interrupts nobody.
 */
export function describeCheckChange(
  before: readonly CheckResult[],
  after: readonly CheckResult[],
  words: ChangeWords,
): string {
  const was = new Set(before.map(keyOf));
  const now = new Set(after.map(keyOf));
  const opened = after.filter((check) => !was.has(keyOf(check)));
  const closed = before.filter((check) => !now.has(keyOf(check)));
  if (opened.length === 0 && closed.length === 0) return '';
  const parts: string[] = [];
  if (opened.length === 1) parts.push(fillTemplate(words.openedOne, { check: opened[0]!.message }));
  else if (opened.length > 1) parts.push(fillTemplate(words.openedMany, { n: opened.length }));
  if (closed.length === 1) parts.push(words.closedOne);
  else if (closed.length > 1) parts.push(fillTemplate(words.closedMany, { n: closed.length }));
  return parts.join(' ');
}
