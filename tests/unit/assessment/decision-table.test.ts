import { describe, expect, it } from 'vitest';
import { decisionRows, describeConditions, describeOutcome } from '../../../src/lib/assessment/decision-table';
import { coreGapNeeds } from '../../../src/lib/assessment/factors';
import { engineRules as rules } from '../../support/assessment-engine-rules';

const coreNames = coreGapNeeds(rules).map((need) => rules.copy.needs[need]);
const rows = decisionRows(rules.decisionRules, rules.guideLinks, rules.copy, coreNames, 'en-US');
const say = (when: Parameters<typeof describeConditions>[0]) =>
  describeConditions(when, rules.copy, coreNames, 'en-US');

describe('the "How the assessment decides" table', () => {
  it('has one row per rule, in the order the rules are checked, each linked into the guide', () => {
    expect(rows.map((row) => row.id)).toEqual(rules.decisionRules.map((rule) => rule.id));
    for (const row of rows) expect(Object.values(rules.guideLinks)).toContain(row.href);
  });

  it('writes each profile from the rule’s own numbers, so editing a threshold rewrites the row', () => {
    expect(say({ employees: { max: 49 } })).toBe('Fewer than 50 employees');
    expect(say({ employees: { max: 249 } })).toBe('Fewer than 250 employees');
    expect(say({ employees: { min: 1500 } })).toBe('1,500 or more employees');
    expect(say({ itStaff: { max: 0 } })).toBe('No internal IT staff');
    expect(say({ itStaff: { min: 1, max: 5 } })).toBe('1 to 5 internal IT staff');
    expect(say({ itStaff: { min: 2, max: 2 } })).toBe('Exactly 2 internal IT staff');
    expect(say({ gaps: { max: 0 } })).toBe('No gap named');
  });

  it('joins conditions into one phrase and names the core gaps from the rules file', () => {
    const text = say({ employees: { min: 75 }, itStaff: { min: 1, max: 2 }, coreGaps: { min: 1 } });
    expect(text.startsWith('75 or more employees, 1 to 2 internal IT staff')).toBe(true);
    for (const name of coreNames) expect(text).toContain(name);
  });

  it('states the outcome: the model named, or the models ruled out', () => {
    expect(describeOutcome({ recommend: 'fully-managed' }, rules.copy)).toBe('Fully managed');
    expect(describeOutcome({ exclude: ['co-managed'] }, rules.copy)).toBe('Not co-managed');
    expect(describeOutcome({ exclude: ['co-managed', 'in-house'] }, rules.copy)).toBe('Not co-managed or in-house');
  });
});
