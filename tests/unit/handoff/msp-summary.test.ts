import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/handoff/checks';
import { createDefaultMatrix, updateMatrixInfo, updateRow } from '../../../src/lib/handoff/matrix';
import { MAX_LISTED_CHECKS, planMessage } from '../../../src/lib/handoff/msp-summary';
import { handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { fillCount } from '../../../src/lib/text/template';
import { filledMatrix } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const words = handoffPlannerCopy;
const LINK = 'https://it.example.com/handoff-planner/?v=1&m=abc';
const messageFor = (matrix = filledMatrix(), link: string | null = LINK) =>
  planMessage(matrix, runChecks(matrix, words.checks), words, link);

describe('the plan in a message to the MSP', () => {
  it('names both teams and the date, counts the rows by owner and carries the link', () => {
    const matrix = filledMatrix();
    const message = messageFor(matrix);
    expect(message.subject).toBe('Handoff plan for Acme IT and Northwind Managed Services');
    expect(message.summary).toContain('between Acme IT and Northwind Managed Services');
    expect(message.summary).toContain('Agreed on 2026-03-01.');
    const count = (owner: string) => matrix.rows.filter((row) => row.owner === owner).length;
    expect(message.summary).toContain(
      `Rows by owner (${matrix.rows.length} in all): internal team ${count('internal')}, MSP ${count('msp')}, shared ${count('shared')}, no owner yet ${count('unassigned')}.`,
    );
    expect(message.link).toBe(LINK);
  });

  it('lists the open checks, a few by name and the rest as a count', () => {
    let matrix = createDefaultMatrix(ROW_NAMES, '');
    for (const row of matrix.rows.slice(0, 8)) matrix = updateRow(matrix, row.id, { owner: 'unassigned' });
    const checks = runChecks(matrix, words.checks);
    expect(checks.length).toBeGreaterThan(MAX_LISTED_CHECKS);
    const lines = planMessage(matrix, checks, words, LINK).summary.split('\n');
    expect(lines).toContain(fillCount(words.checks.summary, checks.length));
    expect(lines).toContain(words.sendToMsp.openChecks);
    expect(lines.filter((line) => line.startsWith('- '))).toEqual(
      checks.slice(0, MAX_LISTED_CHECKS).map((check) => `- ${check.message}`),
    );
    expect(lines).toContain(`…and ${checks.length - MAX_LISTED_CHECKS} more.`);
  });

  it('says no check is open, and lists none, for a settled plan', () => {
    const settled = planMessage(filledMatrix(), [], words, LINK).summary;
    expect(settled).toContain(fillCount(words.checks.summary, 0));
    expect(settled).not.toContain(words.sendToMsp.openChecks);
    expect(settled).not.toMatch(/^- /m);
  });

  it('stands in for unnamed teams and a missing date, and says the plan follows as a file when too big for a link', () => {
    const matrix = updateMatrixInfo(createDefaultMatrix(ROW_NAMES, ''), { internalTeam: '', mspName: '' });
    const message = messageFor(matrix, null);
    expect(message.subject).toBe(`Handoff plan for ${words.appendix.internalTeam} and ${words.appendix.msp}`);
    expect(message.summary).not.toContain('Agreed on');
    expect(message.summary).toContain(words.sendToMsp.noLink);
    expect(message.link).toBeNull();
  });
});
