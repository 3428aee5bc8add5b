import { describe, expect, it } from 'vitest';
import { problemsFor as problemsIn } from '../../support/data-file-problems';
import raw from '../../fixtures/assessment/engine-rules.json' with { type: 'json' };
import { parseDataFile } from '../../../src/lib/config/config-error';
import { ASSESSMENT_RULES_FILE, assessmentRules } from '../../../src/lib/assessment/rules';
import { assessmentRulesSchema, GUIDE_LINK_KEYS } from '../../../src/lib/assessment/rules-schema';

type Json = Record<string, unknown>;

/** A deep copy of the shipped rules with one edit applied. */
function brokenCopy(edit: (rules: Json) => void): Json {
  const copy = structuredClone(raw) as Json;
  edit(copy);
  return copy;
}

function at(rules: Json, ...path: string[]): Json {
  return path.reduce<Json>((node, key) => node[key] as Json, rules);
}

const rule = (rules: Json, index: number) => (rules.decisionRules as Json[])[index]!;

const problemsFor = (data: unknown) => problemsIn(assessmentRulesSchema, data, ASSESSMENT_RULES_FILE);

describe('the shipped assessment rules', () => {
  it('link only to pages the guide has', () => {
    const pages = ['/comparison/', '/when-it-fits/', '/who-owns-what/', '/handoff-failures/', '/pricing-models/'];
    for (const key of GUIDE_LINK_KEYS) {
      const href = assessmentRules.guideLinks[key];
      expect(
        pages.some((page) => href.startsWith(page)),
        `${key}: ${href}`,
      ).toBe(true);
    }
  });
});

describe('a broken rules file', () => {
  it.each([
    {
      problem: 'a negative weight',
      edit: (rules: Json) => (at(rules, 'needs', 'security').coManagedBonus = -5),
      field: 'needs.security.coManagedBonus',
    },
    {
      problem: 'a fractional weight',
      edit: (rules: Json) => (at(rules, 'providerAsPartner').coManagedBonus = 12.5),
      field: 'providerAsPartner.coManagedBonus',
    },
    {
      problem: 'a headcount range with min above max',
      edit: (rules: Json) => (at(rules, 'headcount', 'co-managed').bestFit = { min: 6, max: 5 }),
      field: 'headcount.co-managed.bestFit.max',
    },
    {
      problem: 'a rule whose employee range starts after it ends',
      edit: (rules: Json) => (rule(rules, 5).when = { employees: { min: 100, max: 75 } }),
      field: 'decisionRules[5].when.employees.max',
    },
    {
      problem: 'a rule with an employee threshold of zero',
      edit: (rules: Json) => (rule(rules, 2).when = { employees: { max: 0 } }),
      field: 'decisionRules[2].when.employees.max',
    },
    {
      problem: 'a rule that both recommends and rules out',
      edit: (rules: Json) => (rule(rules, 1).recommend = 'in-house'),
      field: 'decisionRules[1].recommend',
    },
    {
      problem: 'a rule that rules out every model',
      edit: (rules: Json) => (rule(rules, 1).exclude = ['in-house', 'co-managed', 'fully-managed']),
      field: 'decisionRules[1].exclude',
    },
    {
      problem: 'a rule with an unknown condition',
      edit: (rules: Json) => (rule(rules, 0).when = { itStaf: { max: 0 } }),
      field: 'decisionRules[0].when',
    },
    {
      problem: 'a rule with no condition at all',
      edit: (rules: Json) => (rule(rules, 0).when = {}),
      field: 'decisionRules[0].when',
    },
    {
      problem: 'two rules with one id',
      edit: (rules: Json) => (rule(rules, 3).id = rule(rules, 2).id),
      field: 'decisionRules[3].id',
    },
    {
      problem: 'a rule pointing at a guide link that does not exist',
      edit: (rules: Json) => (rule(rules, 0).guideLink = 'nowhere'),
      field: 'decisionRules[0].guideLink',
    },
    {
      problem: 'an absolute link',
      edit: (rules: Json) => (at(rules, 'guideLinks')['scope-drift'] = 'https://example.com/'),
      field: 'guideLinks.scope-drift',
    },
    {
      problem: 'a protocol-relative link',
      edit: (rules: Json) => (at(rules, 'guideLinks')['it-role'] = '//example.com/comparison/'),
      field: 'guideLinks.it-role',
    },
    {
      problem: 'a relative link',
      edit: (rules: Json) => (at(rules, 'guideLinks')['custom-apps'] = 'who-owns-what/'),
      field: 'guideLinks.custom-apps',
    },
    {
      problem: 'a script link',
      edit: (rules: Json) => (at(rules, 'guideLinks')['custom-apps'] = 'javascript:alert(1)'),
      field: 'guideLinks.custom-apps',
    },
    {
      problem: 'a missing guide link',
      edit: (rules: Json) => delete at(rules, 'guideLinks')['double-ticket-loop'],
      field: 'guideLinks.double-ticket-loop',
    },
    {
      problem: 'a misspelt weight',
      edit: (rules: Json) => (at(rules, 'customApps').inhouseBonus = 3),
      field: 'customApps',
    },
    {
      problem: 'a need the assessment does not ask about',
      edit: (rules: Json) => (at(rules, 'needs').printers = structuredClone(at(rules, 'needs', 'projects'))),
      field: 'needs',
    },
  ])('with $problem names the file and $field', ({ edit, field }) => {
    const message = problemsFor(brokenCopy(edit));
    expect(message).toContain('src/data/assessment-rules.json');
    expect(message).toContain(`${field}:`);
  });

  it('lists every bad field at once', () => {
    const message = problemsFor(
      brokenCopy((rules) => {
        at(rules, 'needs', 'cloud').inHousePenalty = -1;
        at(rules, 'guideLinks')['need-cloud'] = 'cloud';
      }),
    );
    expect(message).toContain('needs.cloud.inHousePenalty:');
    expect(message).toContain('guideLinks.need-cloud:');
  });

  it('still accepts anchors and plain pages', () => {
    const ok = brokenCopy((rules) => {
      at(rules, 'guideLinks')['scope-drift'] = '/handoff-failures/';
      at(rules, 'guideLinks')['it-role'] = '/comparison/#who-owns-escalations';
    });
    expect(() => parseDataFile(assessmentRulesSchema, ok, ASSESSMENT_RULES_FILE)).not.toThrow();
  });
});
