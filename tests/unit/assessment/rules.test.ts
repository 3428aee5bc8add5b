import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/assessment-rules.json' with { type: 'json' };
import { ConfigError, parseDataFile } from '../../../src/lib/config/config-error';
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

function problemsFor(rules: unknown): string {
  try {
    parseDataFile(assessmentRulesSchema, rules, ASSESSMENT_RULES_FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected the rules to be rejected');
}

describe('the shipped assessment rules', () => {
  it('validate, keeping the documented facts', () => {
    expect(assessmentRules.headcount['in-house'].bestFit).toEqual({ min: 3, max: null });
    expect(assessmentRules.headcount['co-managed'].bestFit).toEqual({ min: 1, max: 5 });
    expect(assessmentRules.headcount['fully-managed'].bestFit).toEqual({ min: 0, max: 1 });
    expect(assessmentRules.smallCompany.minEmployeesForCoManaged).toBe(50);
    expect(assessmentRules.sweetSpot.startsAtEmployees).toEqual({ min: 75, max: 100 });
    expect(assessmentRules.sweetSpot.itStaff).toEqual({ min: 1, max: 2 });
  });

  it('link only to pages the guide has', () => {
    const pages = [
      '/comparison/',
      '/when-it-fits/',
      '/who-owns-what/',
      '/handoff-failures/',
      '/pricing-models/',
    ];
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
      edit: (rules: Json) => (at(rules, 'providerAsCostLever').coManagedPenalty = 12.5),
      field: 'providerAsCostLever.coManagedPenalty',
    },
    {
      problem: 'a headcount range with min above max',
      edit: (rules: Json) => (at(rules, 'headcount', 'co-managed').bestFit = { min: 6, max: 5 }),
      field: 'headcount.co-managed.bestFit.max',
    },
    {
      problem: 'a sweet spot that starts after it ends',
      edit: (rules: Json) => (at(rules, 'sweetSpot').startsAtEmployees = { min: 100, max: 75 }),
      field: 'sweetSpot.startsAtEmployees.max',
    },
    {
      problem: 'a sweet-spot entry bonus above the full bonus',
      edit: (rules: Json) => (at(rules, 'sweetSpot').coManagedBonusEntering = 40),
      field: 'sweetSpot.coManagedBonusEntering',
    },
    {
      problem: 'an employee threshold of zero',
      edit: (rules: Json) => (at(rules, 'smallCompany').minEmployeesForCoManaged = 0),
      field: 'smallCompany.minEmployeesForCoManaged',
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
      edit: (rules: Json) =>
        (at(rules, 'needs').printers = structuredClone(at(rules, 'needs', 'projects'))),
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
