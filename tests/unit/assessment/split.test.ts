import { describe, expect, it } from 'vitest';
import type { CompleteAnswers, Need } from '../../../src/lib/assessment/answers';
import { assessmentRules } from '../../../src/lib/assessment/rules';
import { assessFit } from '../../../src/lib/assessment/score';
import {
  ALWAYS_INTERNAL,
  FUNCTION_IDS,
  handoffRisks,
  splitForNeeds,
  suggestSplit,
  type SplitSuggestion,
} from '../../../src/lib/assessment/split';
import { NEED_SUBSETS } from './fixtures';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { handOverByGap } from '../../../src/lib/work/work-by-gap';

const links = assessmentRules.guideLinks;
const labels = assessmentRules.copy.split.labels;
const ids = (items: SplitSuggestion['msp']) => items.map((item) => item.id);
const HAND_OVER = handOverByGap(gapToWork);
const split = (needs: Need[], customApps = false) => splitForNeeds(needs, customApps, assessmentRules, HAND_OVER);
const HANDOFF_RISKS = handoffRisks(assessmentRules);

const manufacturer: CompleteAnswers = {
  employees: 200,
  itStaff: 2,
  needs: ['after-hours', 'security'],
  customApps: true,
  itIs: 'capability',
  mspIs: 'partner',
};

describe('suggested split for a co-managed recommendation', () => {
  it('hands the MSP the slices the manufacturer asked for and keeps the rest inside', () => {
    const result = assessFit(manufacturer, assessmentRules);
    expect(result.recommendation).toBe('co-managed');
    const suggestion = suggestSplit(manufacturer, result, assessmentRules, HAND_OVER);
    expect(suggestion && ids(suggestion.msp)).toEqual([
      'after-hours-tier1',
      'patching-rmm',
      'backup-dr',
      'security-operations',
    ]);
    expect(suggestion && ids(suggestion.internal)).toEqual([
      'strategy-budget',
      'user-facing-it',
      'line-of-business-apps',
      'compliance-ownership',
      'vendor-relationships',
      'cloud-platform',
      'compliance-evidence',
      'project-capacity',
    ]);
  });

  it('offers no split when another model is recommended', () => {
    const soloShop: CompleteAnswers = { ...manufacturer, employees: 20, itStaff: 0, needs: [] };
    const result = assessFit(soloShop, assessmentRules);
    expect(result.recommendation).toBe('fully-managed');
    expect(suggestSplit(soloShop, result, assessmentRules, HAND_OVER)).toBeNull();
    expect(suggestSplit(manufacturer, { recommendation: 'in-house' }, assessmentRules, HAND_OVER)).toBeNull();
  });

  it('always leaves strategy, users, business apps, compliance ownership and vendors inside', () => {
    for (const needs of NEED_SUBSETS) {
      const internal = ids(split(needs).internal);
      for (const id of ALWAYS_INTERNAL) expect(internal, needs.join()).toContain(id);
    }
  });

  it('puts every function on exactly one side, whatever the needs', () => {
    for (const needs of NEED_SUBSETS) {
      const { internal, msp } = split(needs);
      expect([...ids(internal), ...ids(msp)].sort()).toEqual([...FUNCTION_IDS].sort());
    }
  });

  it.each([
    ['after-hours', ['after-hours-tier1', 'patching-rmm']],
    ['security', ['patching-rmm', 'backup-dr', 'security-operations']],
    ['cloud', ['cloud-platform']],
    ['compliance', ['backup-dr', 'compliance-evidence']],
    ['projects', ['project-capacity']],
  ] as const)('the %s need hands over %j', (need, expected) => {
    expect(ids(split([need]).msp)).toEqual(expected);
  });

  it('follows the mapping it is given, the same one the estimator and the planner read', () => {
    const moved = { ...HAND_OVER, projects: ['project-capacity', 'cloud-platform'] } as const;
    expect(ids(splitForNeeds(['projects'], false, assessmentRules, moved).msp)).toEqual([
      'cloud-platform',
      'project-capacity',
    ]);
  });

  it('gives the MSP nothing when no gap was named', () => {
    expect(split([]).msp).toEqual([]);
  });

  it('keeps compliance ownership inside while the MSP keeps the evidence', () => {
    const { internal, msp } = split(['compliance']);
    const ownership = internal.find((item) => item.id === 'compliance-ownership');
    expect(ownership?.note).toMatch(/named internal owner/);
    expect(ownership?.note).toMatch(/evidence/);
    expect(msp.find((item) => item.id === 'compliance-evidence')?.note).toMatch(/evidence library/);
  });

  it('explains that custom apps stay with the people who know them', () => {
    const note = (customApps: boolean) =>
      split(['security'], customApps).internal.find((item) => item.id === 'line-of-business-apps')?.note;
    expect(note(true)).toMatch(/custom apps/);
    expect(note(false)).not.toMatch(/custom apps/);
  });

  it('labels every function in words and links both sides to the guide', () => {
    expect(new Set(FUNCTION_IDS.map((id) => labels[id])).size).toBe(FUNCTION_IDS.length);
    const { internal, msp, internalHref, mspHref } = split(['security']);
    for (const item of [...internal, ...msp]) {
      expect(item.label).toBe(labels[item.id]);
      expect(item.note.length).toBeGreaterThan(20);
    }
    expect(internalHref).toBe(links['internal-keeps']);
    expect(mspHref).toBe(links['msp-owns']);
  });
});

describe('handoff risks', () => {
  it('cover the three failure patterns, each with the clause that guards it', () => {
    const byId = Object.fromEntries(HANDOFF_RISKS.map((risk) => [risk.id, risk]));
    expect(Object.keys(byId)).toEqual(['double-ticket-loop', 'incident-ownership', 'scope-drift']);
    expect(byId['double-ticket-loop']?.guard).toMatch(/one shared ticketing system/i);
    expect(byId['double-ticket-loop']?.guard).toMatch(/written rule/i);
    expect(byId['incident-ownership']?.guard).toMatch(/escalation chain.*statement of work/i);
    expect(byId['scope-drift']?.guard).toMatch(/scope review.*renegotiated/i);
  });

  it('link to the handoff-failures guide from the rules file', () => {
    for (const risk of HANDOFF_RISKS) expect(risk.href).toBe(links[risk.id]);
    const moved = { ...links, 'scope-drift': '/handoff-failures/#when-scope-moves' };
    expect(
      handoffRisks({ ...assessmentRules, guideLinks: moved }).find((risk) => risk.id === 'scope-drift')?.href,
    ).toBe('/handoff-failures/#when-scope-moves');
  });
});
