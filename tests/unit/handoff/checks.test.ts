import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IDS,
  checksForRow,
  runChecks,
  summarizeChecks,
  type CheckId,
  type CheckResult,
} from '../../../src/lib/handoff/checks';
import {
  addRow,
  createDefaultMatrix,
  removeRow,
  renameRow,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
} from '../../../src/lib/handoff/matrix';
import { handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { fillList, fillTemplate } from '../../../src/lib/text/template';
import { filledMatrix } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const words = handoffPlannerCopy.checks;
const guide = (id: CheckId) => ({ href: words.guides[id].href, guideTitle: words.guides[id].title });

const ids = (matrix: HandoffMatrix) => runChecks(matrix, words).map((check) => [check.id, check.rowId]);
const only = (matrix: HandoffMatrix, id: CheckId): CheckResult[] =>
  runChecks(matrix, words).filter((check) => check.id === id);
const one = (matrix: HandoffMatrix, id: CheckId): CheckResult => {
  const found = only(matrix, id);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('a plan with everything written down', () => {
  it('has no open checks', () => {
    expect(runChecks(filledMatrix(), words)).toEqual([]);
    expect(summarizeChecks([], words)).toEqual({ count: 0, text: words.summary.zero });
  });
});

describe('a fresh plan', () => {
  it('asks for the incident bridge lead and escalation chain, a scope review and exit terms', () => {
    expect(ids(createDefaultMatrix(ROW_NAMES))).toEqual([
      ['shared-without-lead', 'incident-bridge'],
      ['no-escalation-chain', 'incident-bridge'],
      ['no-scope-review', 'scope-review'],
      ['no-exit-terms', 'exit-terms'],
    ]);
  });
});

describe('unowned', () => {
  it('fires for each row nobody owns, functions and handoff points alike, and clears when owned', () => {
    let matrix = updateRow(filledMatrix(), 'vendor-relationships', { owner: 'unassigned' });
    matrix = updateRow(matrix, 'end-user-relationship', { owner: 'unassigned' });
    expect(ids(matrix)).toEqual([
      ['unowned', 'vendor-relationships'],
      ['unowned', 'end-user-relationship'],
    ]);
    const check = only(matrix, 'unowned')[0]!;
    expect(check.message).toBe(fillTemplate(words.unowned, { row: 'Vendor relationships' }));
    expect(check).toMatchObject(guide('unowned'));
    expect(
      runChecks(updateRow(matrix, 'vendor-relationships', { owner: 'internal' }), words).map((c) => c.rowId),
    ).toEqual(['end-user-relationship']);
  });

  it('fires for a new custom row until it has an owner', () => {
    const matrix = addRow(filledMatrix(), 'function', ROW_NAMES, 'Printers');
    expect(one(matrix, 'unowned')).toMatchObject({ rowId: 'custom-1', message: expect.stringContaining('"Printers"') });
    expect(runChecks(updateRow(matrix, 'custom-1', { owner: 'msp' }), words)).toEqual([]);
  });

  it('uses the row’s current label', () => {
    const matrix = renameRow(updateRow(filledMatrix(), 'backup-dr', { owner: 'unassigned' }), 'backup-dr', 'Backups');
    expect(one(matrix, 'unowned').message).toContain('"Backups"');
  });
});

describe('shared-without-lead', () => {
  it('fires for a shared row with no lead and clears when a lead is named', () => {
    const matrix = updateRow(filledMatrix(), 'backup-dr', { lead: '' });
    expect(one(matrix, 'shared-without-lead')).toEqual({
      id: 'shared-without-lead',
      rowId: 'backup-dr',
      message: fillTemplate(words.sharedWithoutLead, { row: 'Backup and disaster recovery' }),
      ...guide('shared-without-lead'),
    });
    expect(runChecks(updateRow(matrix, 'backup-dr', { lead: 'Dana' }), words)).toEqual([]);
  });

  it('clears when the row stops being shared, though the blank lead stays', () => {
    const matrix = updateRow(updateRow(filledMatrix(), 'backup-dr', { lead: '' }), 'backup-dr', { owner: 'msp' });
    expect(runChecks(matrix, words)).toEqual([]);
  });
});

describe('multiple-intake-channels', () => {
  it('fires when users have more than one way to raise a ticket, naming them', () => {
    const matrix = updateRow(filledMatrix(), 'ticket-intake', { intakeChannels: ['Portal', 'Phone', 'E-mail to Sam'] });
    expect(one(matrix, 'multiple-intake-channels')).toMatchObject({
      rowId: 'ticket-intake',
      message: fillTemplate(words.multipleIntakeChannels, {
        count: 3,
        channels: fillList(['Portal', 'Phone', 'E-mail to Sam'], words.list),
      }),
      ...guide('multiple-intake-channels'),
    });
    expect(
      one(updateRow(filledMatrix(), 'ticket-intake', { intakeChannels: ['A', 'B'] }), 'multiple-intake-channels')
        .message,
    ).toBe(fillTemplate(words.multipleIntakeChannels, { count: 2, channels: fillList(['A', 'B'], words.list) }));
  });

  it('clears with one channel or none, and counts the same channel typed twice once', () => {
    expect(runChecks(updateRow(filledMatrix(), 'ticket-intake', { intakeChannels: ['Portal'] }), words)).toEqual([]);
    expect(runChecks(updateRow(filledMatrix(), 'ticket-intake', { intakeChannels: [] }), words)).toEqual([]);
    expect(
      runChecks(updateRow(filledMatrix(), 'ticket-intake', { intakeChannels: ['Portal', 'PORTAL '] }), words),
    ).toEqual([]);
  });

  it('says nothing when the intake row was removed: that proves nothing about channels', () => {
    expect(runChecks(removeRow(filledMatrix(), 'ticket-intake'), words)).toEqual([]);
  });
});

describe('no-escalation-chain', () => {
  it('fires when the incident bridge names no role to escalate to, and clears when it does', () => {
    const matrix = updateRow(filledMatrix(), 'incident-bridge', { escalation: '' });
    expect(one(matrix, 'no-escalation-chain')).toMatchObject({
      rowId: 'incident-bridge',
      ...guide('no-escalation-chain'),
    });
    expect(runChecks(updateRow(matrix, 'incident-bridge', { escalation: 'MSP on-call lead' }), words)).toEqual([]);
  });

  it('fires for the whole plan when the incident bridge row is gone', () => {
    const check = one(removeRow(filledMatrix(), 'incident-bridge'), 'no-escalation-chain');
    expect(check.rowId).toBeNull();
    expect(check.message).toBe(words.noIncidentBridgeRow);
  });

  it('still finds the row after a rename', () => {
    const matrix = renameRow(
      updateRow(filledMatrix(), 'incident-bridge', { escalation: '' }),
      'incident-bridge',
      'Friday-night rule',
    );
    expect(one(matrix, 'no-escalation-chain')).toMatchObject({
      rowId: 'incident-bridge',
      message: fillTemplate(words.noEscalationRole, { row: 'Friday-night rule' }),
    });
  });
});

describe('no-scope-review', () => {
  it('fires without a cadence and clears with any cadence', () => {
    const matrix = updateRow(filledMatrix(), 'scope-review', { reviewCadence: '' });
    expect(one(matrix, 'no-scope-review')).toMatchObject({
      rowId: 'scope-review',
      ...guide('no-scope-review'),
    });
    for (const reviewCadence of ['monthly', 'quarterly', 'twice-yearly', 'yearly'] as const) {
      expect(runChecks(updateRow(matrix, 'scope-review', { reviewCadence }), words)).toEqual([]);
    }
  });

  it('fires for the whole plan when the scope review row is gone', () => {
    expect(one(removeRow(filledMatrix(), 'scope-review'), 'no-scope-review').rowId).toBeNull();
  });
});

describe('no-exit-terms', () => {
  it('names exactly what the exit terms leave out', () => {
    const { tools, exportFormat, timeline } = words.exitTermParts;
    const cases: [Partial<Record<'tools' | 'exportFormat' | 'timeline', string>>, string[]][] = [
      [{ tools: '' }, [tools]],
      [{ exportFormat: '' }, [exportFormat]],
      [{ timeline: '' }, [timeline]],
      [{ tools: '', timeline: '' }, [tools, timeline]],
      [{ tools: '', exportFormat: '', timeline: '' }, [tools, exportFormat, timeline]],
    ];
    for (const [exitTerms, missing] of cases) {
      const check = one(updateRow(filledMatrix(), 'exit-terms', { exitTerms }), 'no-exit-terms');
      expect(check).toMatchObject({ rowId: 'exit-terms', ...guide('no-exit-terms') });
      expect(check.message).toBe(
        fillTemplate(words.exitTermsMissing, { row: 'Tools and data on exit', missing: fillList(missing, words.list) }),
      );
    }
  });

  it('clears once tools, export format and timeline are all named', () => {
    const matrix = updateRow(filledMatrix(), 'exit-terms', { exitTerms: { timeline: '' } });
    expect(runChecks(updateRow(matrix, 'exit-terms', { exitTerms: { timeline: '60 days' } }), words)).toEqual([]);
  });

  it('fires for the whole plan when the exit terms row is gone', () => {
    expect(one(removeRow(filledMatrix(), 'exit-terms'), 'no-exit-terms')).toMatchObject({
      rowId: null,
      message: words.noExitTermsRow,
    });
  });
});

describe('provider-owns-end-users', () => {
  it('fires when the MSP owns the relationship with end users, naming the MSP', () => {
    const matrix = updateRow(filledMatrix(), 'end-user-relationship', { owner: 'msp' });
    expect(one(matrix, 'provider-owns-end-users')).toMatchObject({
      rowId: 'end-user-relationship',
      message: fillTemplate(words.providerOwnsEndUsers, {
        msp: 'Northwind Managed Services',
        row: 'Relationship with end users',
      }),
      ...guide('provider-owns-end-users'),
    });
    expect(one(updateMatrixInfo(matrix, { mspName: '' }), 'provider-owns-end-users').message).toBe(
      fillTemplate(words.providerOwnsEndUsers, { msp: words.theMsp, row: 'Relationship with end users' }),
    );
  });

  it('clears when the internal team owns it or leads it jointly, and does not fire when the row is gone', () => {
    const matrix = updateRow(filledMatrix(), 'end-user-relationship', { owner: 'msp' });
    expect(runChecks(updateRow(matrix, 'end-user-relationship', { owner: 'internal' }), words)).toEqual([]);
    expect(runChecks(updateRow(matrix, 'end-user-relationship', { owner: 'shared', lead: 'Sam' }), words)).toEqual([]);
    expect(runChecks(removeRow(matrix, 'end-user-relationship'), words)).toEqual([]);
  });
});

describe('order and summary', () => {
  it('lists checks in row order, each row’s ownership first, then checks for missing rows', () => {
    let matrix = updateRow(filledMatrix(), 'incident-bridge', { owner: 'shared', lead: '', escalation: '' });
    matrix = updateRow(matrix, 'strategy-budget', { owner: 'unassigned' });
    matrix = removeRow(matrix, 'exit-terms');
    matrix = removeRow(matrix, 'scope-review');
    expect(ids(matrix)).toEqual([
      ['unowned', 'strategy-budget'],
      ['shared-without-lead', 'incident-bridge'],
      ['no-escalation-chain', 'incident-bridge'],
      ['no-scope-review', null],
      ['no-exit-terms', null],
    ]);
    expect(summarizeChecks(runChecks(matrix, words), words)).toEqual({
      count: 5,
      text: fillTemplate(words.summary.other, { n: 5 }),
    });
    expect(checksForRow(runChecks(matrix, words), 'incident-bridge').map((check) => check.id)).toEqual([
      'shared-without-lead',
      'no-escalation-chain',
    ]);
    expect(checksForRow(runChecks(matrix, words), 'nope')).toEqual([]);
  });

  it('says "1 check open" for one', () => {
    const matrix = updateRow(filledMatrix(), 'backup-dr', { owner: 'unassigned' });
    expect(summarizeChecks(runChecks(matrix, words), words)).toEqual({ count: 1, text: words.summary.one });
  });

  it('can fire every check at once', () => {
    let matrix = updateRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', { owner: 'unassigned' });
    matrix = updateRow(matrix, 'ticket-intake', { intakeChannels: ['Portal', 'Phone'] });
    matrix = updateRow(matrix, 'end-user-relationship', { owner: 'msp' });
    expect(new Set(runChecks(matrix, words).map((check) => check.id))).toEqual(new Set(CHECK_IDS));
  });
});

describe('guide links', () => {
  it('point at headings that exist in the guide', () => {
    for (const { href } of Object.values(words.guides)) {
      const [, page, anchor] = /^\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(href) ?? [];
      expect(page, href).toBeDefined();
      const source = readFileSync(new URL(`../../../src/content/guide/${page}.mdx`, import.meta.url), 'utf8');
      const anchors = [...source.matchAll(/^#{2,3} (.+)$/gm)].map((match) =>
        match[1]!
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      );
      expect(anchors, href).toContain(anchor);
    }
  });

  it('use each heading as the link text', () => {
    for (const { href, title } of Object.values(words.guides)) {
      expect(href.split('#')[1]).toBe(
        title
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      );
    }
  });
});
