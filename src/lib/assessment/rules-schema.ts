import { z } from 'zod';
import {
  EMPLOYEE_LIMITS,
  IT_ROLES,
  IT_STAFF_LIMITS,
  NEEDS,
  PROVIDER_ROLES,
  type ItRole,
  type Need,
  type ProviderRole,
} from './answers';
import type { AssessmentCopy } from './copy-schema';
import { MODELS } from './models';

/** Points an answer adds to or takes from a model's fit; direction is fixed by the field name. */
const points = z
  .number()
  .int('must be a whole number of points')
  .min(0, 'must not be negative: the field name already says whether it adds or subtracts')
  .max(100, 'must be at most 100 points');

const itStaffCount = z
  .number()
  .int('must be a whole number')
  .min(IT_STAFF_LIMITS.min, `must be at least ${IT_STAFF_LIMITS.min}`)
  .max(IT_STAFF_LIMITS.max, `must be at most ${IT_STAFF_LIMITS.max}`);

const employeeCount = z
  .number()
  .int('must be a whole number')
  .min(EMPLOYEE_LIMITS.min, `must be at least ${EMPLOYEE_LIMITS.min}`)
  .max(EMPLOYEE_LIMITS.max, `must be at most ${EMPLOYEE_LIMITS.max}`);

const minNotAboveMax = { error: 'must not be below min', path: ['max'] };

/** `max: null` means "and up". */
const openItStaffRange = z
  .object({ min: itStaffCount, max: itStaffCount.nullable() })
  .strict()
  .refine((range) => range.max === null || range.min <= range.max, minNotAboveMax);

const headcountBand = z
  .object({
    bestFit: openItStaffRange,
    penaltyPerPersonOutside: points,
    maxOutsidePenalty: points,
  })
  .strict();

const needWeights = z
  .object({
    inHousePenalty: points,
    coManagedBonus: points,
    fullyManagedBonus: points,
    /** One of the gaps that justify co-managed on their own (round-the-clock cover, a missing skill, compliance). */
    isCoreGap: z.boolean(),
  })
  .strict();

const needsShape = Object.fromEntries(NEEDS.map((need) => [need, needWeights])) as Record<Need, typeof needWeights>;

/** Root-relative links into the guide; external or protocol-relative links are refused. */
const guideHref = z
  .string()
  .regex(/^\/(?!\/)[^\s\\?#]*(#[^\s\\#]+)?$/, 'must be a root-relative link such as /when-it-fits/#company-size');

export const GUIDE_LINK_KEYS = [
  'best-fit-headcount',
  'zero-internal-it',
  'co-managed-pricing',
  'company-size',
  'need-after-hours',
  'need-security',
  'need-cloud',
  'need-compliance',
  'need-projects',
  'no-core-gap',
  'custom-apps',
  'it-role',
  'provider-role',
  'internal-keeps',
  'msp-owns',
  'double-ticket-loop',
  'incident-ownership',
  'scope-drift',
] as const;
export type GuideLinkKey = (typeof GUIDE_LINK_KEYS)[number];

/** Bounds with either side optional, at least one given. */
const countRange = (count: z.ZodNumber) =>
  z
    .object({ min: count.optional(), max: count.optional() })
    .strict()
    .refine((range) => range.min !== undefined || range.max !== undefined, 'needs a min, a max or both')
    .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, minNotAboveMax);

const gapCount = z.number().int('must be a whole number').min(0).max(NEEDS.length, `must be at most ${NEEDS.length}`);

const ruleConditions = z
  .object({
    employees: countRange(employeeCount).optional(),
    itStaff: countRange(itStaffCount).optional(),
    gaps: countRange(gapCount).optional(),
    coreGaps: countRange(gapCount).optional(),
    needsAny: z.array(z.enum(NEEDS)).min(1, 'must name at least one need').optional(),
    customApps: z.boolean().optional(),
    itIs: z.enum(IT_ROLES as [ItRole, ...ItRole[]]).optional(),
    mspIs: z.enum(PROVIDER_ROLES as [ProviderRole, ...ProviderRole[]]).optional(),
  })
  .strict()
  .refine((when) => Object.keys(when).length > 0, 'must hold at least one condition');

const decisionRule = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens'),
    when: ruleConditions,
    recommend: z.enum(MODELS).optional(),
    exclude: z
      .array(z.enum(MODELS))
      .min(1, 'must name at least one model')
      .max(MODELS.length - 1, 'must leave at least one model in play')
      .optional(),
    why: z
      .string()
      .regex(/\S/, 'must not be blank')
      .refine((text) => !/[{}]/.test(text), 'takes no placeholders'),
    guideLink: z.enum(GUIDE_LINK_KEYS),
  })
  .strict()
  .refine((rule) => (rule.recommend === undefined) !== (rule.exclude === undefined), {
    error: 'must have exactly one of recommend or exclude',
    path: ['recommend'],
  });

/** Checked top to bottom; see applyDecisionRules for what the order means. */
const decisionRules = z
  .array(decisionRule)
  .min(1, 'must hold at least one rule')
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', message: `repeats the id "${rule.id}"`, path: [index, 'id'] });
      seen.add(rule.id);
    });
  });

const guideLinksShape = Object.fromEntries(GUIDE_LINK_KEYS.map((key) => [key, guideHref])) as Record<
  GuideLinkKey,
  typeof guideHref
>;

export const assessmentRulesSchema = z
  .object({
    /** Points every model starts from before any answer counts. */
    baseScore: z.number().int().min(0).max(100),
    headcount: z
      .object({
        inRangeBonus: points,
        'in-house': headcountBand,
        'co-managed': headcountBand,
        'fully-managed': headcountBand,
      })
      .strict(),
    /** The published rules: gates that weights cannot outvote, in order of precedence. */
    decisionRules,
    needs: z.object(needsShape).strict(),
    noCoreGap: z.object({ coManagedPenalty: points }).strict(),
    customApps: z.object({ inHouseBonus: points, coManagedBonus: points, fullyManagedPenalty: points }).strict(),
    noCustomApps: z.object({ fullyManagedBonus: points }).strict(),
    itAsCapability: z.object({ inHouseBonus: points, coManagedBonus: points, fullyManagedPenalty: points }).strict(),
    itAsCostCenter: z.object({ fullyManagedBonus: points, inHousePenalty: points, coManagedPenalty: points }).strict(),
    providerAsPartner: z.object({ coManagedBonus: points }).strict(),
    guideLinks: z.object(guideLinksShape).strict(),
  })
  .strict();

/** What src/data/assessment-rules.json holds: weights, thresholds and guide links. */
export type AssessmentRulesFile = z.infer<typeof assessmentRulesSchema>;

/**
 * Everything the assessment decides and says with: the rules file plus the wording from
 * src/data/assessment-copy.json, which reasons and tipping points are written in.
 */
export type AssessmentRules = AssessmentRulesFile & { copy: AssessmentCopy };
export type GuideLinks = AssessmentRules['guideLinks'];

/** What scoring needs: the rules, and the wording its reasons and tipping points are written in. */
export type ScoringRules = AssessmentRulesFile & {
  copy: Pick<AssessmentCopy, 'models' | 'needs' | 'lists' | 'reasons' | 'tippingPoints'>;
};
