/*
 * The plan in a few plain lines, for the panel that sends it to the MSP behind the site. Browser
 * code loads this when the reader reaches that panel, not with the page.
 */
import type { PlannerWords } from '../handoff-copy/copy-schema';
import { fillCount, fillTemplate } from '../text/template';
import type { MspMessage } from '../tools/msp-message';
import type { CheckResult } from './checks';
import type { HandoffMatrix } from './matrix';
import { OWNERS, type Owner } from './vocabulary';

/** Open checks listed by name; the rest are counted, so the message stays short enough for a mail link. */
export const MAX_LISTED_CHECKS = 3;

/**
 * `link` is the plan's share link, or null when the plan is too big for one (the message then
 * says the plan follows as a file).
 */
export function planMessage(
  matrix: HandoffMatrix,
  checks: readonly CheckResult[],
  words: Pick<PlannerWords, 'sendToMsp' | 'appendix' | 'checks'>,
  link: string | null,
): MspMessage {
  const own = words.sendToMsp;
  const teams = {
    internal: matrix.internalTeam || words.appendix.internalTeam,
    msp: matrix.mspName || words.appendix.msp,
  };
  const owned = Object.fromEntries(OWNERS.map((owner) => [owner, 0])) as Record<Owner, number>;
  for (const row of matrix.rows) owned[row.owner] += 1;
  const listed = checks.slice(0, MAX_LISTED_CHECKS).map((check) => `- ${check.message}`);
  const unlisted = checks.length - listed.length;
  const lines = [
    fillTemplate(own.between, teams),
    matrix.date ? fillTemplate(own.agreed, { date: matrix.date }) : '',
    fillTemplate(own.owners, { rows: matrix.rows.length, ...owned }),
    fillCount(words.checks.summary, checks.length),
    ...(checks.length ? [own.openChecks, ...listed] : []),
    unlisted > 0 ? fillTemplate(own.more, { n: unlisted }) : '',
    link ? '' : own.noLink,
  ];
  return { subject: fillTemplate(own.subject, teams), summary: lines.filter(Boolean).join('\n'), link };
}
