import { describe, expect, it } from 'vitest';
import type { ItRole, Need, ProviderRole, ScorableAnswers } from '../../src/lib/assessment/answers';
import type { Model } from '../../src/lib/assessment/models';
import { assessFit } from '../../src/lib/assessment/score';
import { assessmentRules } from '../../src/lib/assessment/rules';
import { publishedRuleBreaches } from '../support/published-rules';

/*
 * Shipped content: the recommendations the site's own rules file gives for companies the facts
 * describe. An MSP that tunes src/data/assessment-rules.json may have to change these; the
 * engine's tests (tests/unit/assessment) run on their own fixed rules and do not move.
 */

interface Profile {
  company: string;
  employees: number;
  itStaff: number;
  /** null: not answered yet. */
  needs: Need[] | null;
  customApps: boolean | null;
  itIs: ItRole | null;
  mspIs: ProviderRole | null;
  expected: Model;
  /** The line of content-facts.md that makes this the right answer. */
  fact: string;
}

const ZERO_IT = 'Does not make sense: zero internal IT (you get fully managed service at co-managed prices)';
const SMALL = 'Small businesses: usually not below 50 employees (fully managed is cheaper and cleaner).';
const SWEET_SPOT = 'Sweet spot starts around 75 to 100 employees with 1 or 2 internal IT staff.';
const COVERAGE =
  'A capable internal team that cannot cover 24/7: the MSP buys nights and weekends without a second hire.';
const CAPABILITY = 'A missing capability, most often security or cloud.';
const COMPLIANCE =
  'Compliance pressure from a parent company or board (SOC 2, HITRUST, PCI): the evidence work alone is about a half-time job.';
const KNOWLEDGE = 'in-house: best-fit IT headcount 3+ IT staff; best when deep institutional knowledge to protect';
const COST_CENTER =
  'fully managed: best-fit IT headcount 0 to 1 IT staff; best when IT is a cost center, not a capability';
const OVERFLOW = 'Fails when: the MSP is used as an overflow queue.';
const COST_LEVER =
  'Does not make sense: leadership treating the MSP as a cost lever rather than a partner (cutting the rate about 15% at every renewal buys matching service).';

const profiles: Profile[] = [
  {
    company: 'twenty-person office, nobody in IT',
    employees: 20,
    itStaff: 0,
    needs: [],
    customApps: false,
    itIs: 'cost-center',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: ZERO_IT,
  },
  {
    company: '300-person firm with no IT staff and many gaps',
    employees: 300,
    itStaff: 0,
    needs: ['after-hours', 'security', 'compliance'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: ZERO_IT,
  },
  {
    company: '80-person company, sweet-spot size but no IT staff',
    employees: 80,
    itStaff: 0,
    needs: ['security'],
    customApps: false,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: ZERO_IT,
  },
  {
    company: '25-person shop with one IT person who needs nights covered',
    employees: 25,
    itStaff: 1,
    needs: ['after-hours'],
    customApps: false,
    itIs: 'cost-center',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: SMALL,
  },
  {
    company: '35-person company, one IT person, coverage and security gaps',
    employees: 35,
    itStaff: 1,
    needs: ['after-hours', 'security'],
    customApps: false,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: SMALL,
  },
  {
    company: '15-person office squeezing its provider',
    employees: 15,
    itStaff: 1,
    needs: [],
    customApps: false,
    itIs: 'cost-center',
    mspIs: 'cost-lever',
    expected: 'fully-managed',
    fact: SMALL,
  },
  {
    company: '60-person company with one IT person and no gaps',
    employees: 60,
    itStaff: 1,
    needs: [],
    customApps: false,
    itIs: 'cost-center',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: COST_CENTER,
  },
  {
    company: '120-person cost-center shop that squeezes vendors',
    employees: 120,
    itStaff: 1,
    needs: ['security'],
    customApps: false,
    itIs: 'cost-center',
    mspIs: 'cost-lever',
    expected: 'fully-managed',
    fact: COST_LEVER,
  },
  {
    company: '90-person company, one IT person, nights and security uncovered',
    employees: 90,
    itStaff: 1,
    needs: ['after-hours', 'security'],
    customApps: false,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: SWEET_SPOT,
  },
  {
    company: '100-person company, two IT staff, security and audit pressure',
    employees: 100,
    itStaff: 2,
    needs: ['security', 'compliance'],
    customApps: false,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: SWEET_SPOT,
  },
  {
    company: 'company that doubled around its one generalist',
    employees: 160,
    itStaff: 1,
    needs: ['after-hours', 'projects'],
    customApps: false,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: 'Common drift into the middle column: one IT generalist hired about five years ago, the company doubled, the budget will not fund a second hire.',
  },
  {
    company: '200-person manufacturer with two IT staff and scanner integrations',
    employees: 200,
    itStaff: 2,
    needs: ['after-hours', 'security'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: 'A 200-person manufacturer with 2 IT staff may keep only strategy and user-facing IT.',
  },
  {
    company: '60-person company, two IT staff, coverage and security gaps',
    employees: 60,
    itStaff: 2,
    needs: ['after-hours', 'security'],
    customApps: false,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: 'For: firms with one or more in-house IT staff that need more coverage, depth or tooling but cannot hire a full second tier.',
  },
  {
    company: '130-person healthcare practice with two IT staff',
    employees: 130,
    itStaff: 2,
    needs: ['compliance'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: COMPLIANCE,
  },
  {
    company: 'capable four-person team that cannot cover nights',
    employees: 250,
    itStaff: 4,
    needs: ['after-hours'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: COVERAGE,
  },
  {
    company: 'three-person team with no security engineer',
    employees: 180,
    itStaff: 3,
    needs: ['security'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: CAPABILITY,
  },
  {
    company: 'six-person team missing security and cloud depth',
    employees: 350,
    itStaff: 6,
    needs: ['security', 'cloud'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: CAPABILITY,
  },
  {
    company: 'five-person team facing a SOC 2 audit',
    employees: 400,
    itStaff: 5,
    needs: ['compliance'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: COMPLIANCE,
  },
  {
    company: '1,500-person law firm with 12 IT staff and no night shift',
    employees: 1500,
    itStaff: 12,
    needs: ['after-hours'],
    customApps: false,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: 'A 1,500-person law firm with 12 IT staff may keep everything but after-hours tier-1.',
  },
  {
    company: 'four-person team with custom apps and no gaps',
    employees: 200,
    itStaff: 4,
    needs: [],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'in-house',
    fact: KNOWLEDGE,
  },
  {
    company: 'three-person team whose only gap is project time',
    employees: 150,
    itStaff: 3,
    needs: ['projects'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'in-house',
    fact: 'When co-managed makes sense: 24/7 coverage, a missing capability, compliance pressure; in-house is best when deep institutional knowledge to protect.',
  },
  {
    company: 'three-person team needing nights covered but treating providers as a cost lever',
    employees: 150,
    itStaff: 3,
    needs: ['after-hours'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'cost-lever',
    expected: 'in-house',
    fact: COST_LEVER,
  },
  {
    company: '45-person software-heavy firm with three IT staff',
    employees: 45,
    itStaff: 3,
    needs: [],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'in-house',
    fact: KNOWLEDGE,
  },
  {
    company: '600-person company, eight IT staff, no gaps',
    employees: 600,
    itStaff: 8,
    needs: [],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'in-house',
    fact: KNOWLEDGE,
  },
  {
    company: '900-person company with ten IT staff that sees IT as a cost center',
    employees: 900,
    itStaff: 10,
    needs: [],
    customApps: false,
    itIs: 'cost-center',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: COST_CENTER,
  },
  {
    company: '150-person firm, two IT staff, nights uncovered, squeezing its provider',
    employees: 150,
    itStaff: 2,
    needs: ['after-hours'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'cost-lever',
    expected: 'in-house',
    fact: COST_LEVER,
  },
  {
    company: '150-person firm, two IT staff, custom apps and no gap to hand over',
    employees: 150,
    itStaff: 2,
    needs: [],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'in-house',
    fact: OVERFLOW,
  },
  {
    company: '40-person firm, one IT person, missing security',
    employees: 40,
    itStaff: 1,
    needs: ['security'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: SMALL,
  },
  {
    company: '150-person firm, two IT staff, nights uncovered, IT a cost center',
    employees: 150,
    itStaff: 2,
    needs: ['after-hours'],
    customApps: false,
    itIs: 'cost-center',
    mspIs: 'partner',
    expected: 'fully-managed',
    fact: COST_CENTER,
  },
  {
    company: '1,500-person law firm, 12 IT staff, custom systems, no night shift',
    employees: 1500,
    itStaff: 12,
    needs: ['after-hours'],
    customApps: true,
    itIs: 'capability',
    mspIs: 'partner',
    expected: 'co-managed',
    fact: 'A 1,500-person law firm with 12 IT staff may keep everything but after-hours tier-1.',
  },
  {
    company: '40-person office with no IT staff, nothing else answered yet',
    employees: 40,
    itStaff: 0,
    needs: null,
    customApps: null,
    itIs: null,
    mspIs: null,
    expected: 'fully-managed',
    fact: ZERO_IT,
  },
  {
    company: '90-person company with one IT person, nights uncovered, views not given yet',
    employees: 90,
    itStaff: 1,
    needs: ['after-hours'],
    customApps: null,
    itIs: null,
    mspIs: null,
    expected: 'co-managed',
    fact: SWEET_SPOT,
  },
  {
    company: '30-person firm with one IT person, nothing else answered yet',
    employees: 30,
    itStaff: 1,
    needs: null,
    customApps: null,
    itIs: null,
    mspIs: null,
    expected: 'fully-managed',
    fact: SMALL,
  },
];

describe('recommendations for typical companies', () => {
  it('cover at least 30 companies the facts describe', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(30);
  });

  it.each(profiles)('$company → $expected', (profile) => {
    const { company: _company, expected, fact: _fact, ...answers } = profile;
    const result = assessFit(answers satisfies ScorableAnswers, assessmentRules);
    expect(result.recommendation, `scores ${JSON.stringify(result.scores)}`).toBe(expected);
  });
});

describe('the shipped rules file', () => {
  it('obeys every rule its own page publishes, at every boundary head count', () => {
    expect(publishedRuleBreaches(assessmentRules)).toEqual([]);
  }, 60_000);

  it('keeps the thresholds the facts give', () => {
    const rule = (id: string) => assessmentRules.decisionRules.find((candidate) => candidate.id === id);
    expect(rule('no-internal-it')).toMatchObject({ when: { itStaff: { max: 0 } }, recommend: 'fully-managed' });
    expect(rule('small-company')).toMatchObject({ when: { employees: { max: 49 } }, exclude: ['co-managed'] });
    expect(rule('provider-as-cost-lever')).toMatchObject({ when: { mspIs: 'cost-lever' }, exclude: ['co-managed'] });
    expect(rule('sweet-spot')).toMatchObject({
      when: { employees: { min: 75 }, itStaff: { min: 1, max: 2 } },
      recommend: 'co-managed',
    });
    expect(rule('small-team-with-a-gap')).toMatchObject({
      when: { itStaff: { min: 1, max: 5 } },
      recommend: 'co-managed',
    });
    expect(rule('it-as-cost-center')).toMatchObject({ when: { itIs: 'cost-center' }, recommend: 'fully-managed' });
    expect(assessmentRules.headcount['in-house'].bestFit).toEqual({ min: 3, max: null });
    expect(assessmentRules.headcount['co-managed'].bestFit).toEqual({ min: 1, max: 5 });
    expect(assessmentRules.headcount['fully-managed'].bestFit).toEqual({ min: 0, max: 1 });
  });
});
