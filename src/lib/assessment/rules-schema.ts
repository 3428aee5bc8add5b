import { z } from 'zod';
import { EMPLOYEE_LIMITS, IT_STAFF_LIMITS, NEEDS, type Need } from './answers';
import type { AssessmentCopy, IslandCopy } from './copy-schema';

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

const itStaffRange = z
  .object({ min: itStaffCount, max: itStaffCount })
  .strict()
  .refine((range) => range.min <= range.max, minNotAboveMax);

const employeeRange = z
  .object({ min: employeeCount, max: employeeCount })
  .strict()
  .refine((range) => range.min <= range.max, minNotAboveMax);

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

const needsShape = Object.fromEntries(NEEDS.map((need) => [need, needWeights])) as Record<
  Need,
  typeof needWeights
>;

/** Root-relative links into the guide; external or protocol-relative links are refused. */
const guideHref = z
  .string()
  .regex(
    /^\/(?!\/)[^\s\\?#]*(#[^\s\\#]+)?$/,
    'must be a root-relative link such as /when-it-fits/#company-size',
  );

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

const guideLinksShape = Object.fromEntries(
  GUIDE_LINK_KEYS.map((key) => [key, guideHref]),
) as Record<GuideLinkKey, typeof guideHref>;

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
    zeroInternalIt: z.object({ coManagedPenalty: points, fullyManagedBonus: points }).strict(),
    smallCompany: z
      .object({
        minEmployeesForCoManaged: employeeCount,
        coManagedPenalty: points,
        fullyManagedBonus: points,
      })
      .strict(),
    sweetSpot: z
      .object({
        /** The sweet spot starts somewhere in this band: partly at `min`, fully from `max` up. */
        startsAtEmployees: employeeRange,
        itStaff: itStaffRange,
        coManagedBonusEntering: points,
        coManagedBonusInside: points,
      })
      .strict()
      .refine((spot) => spot.coManagedBonusEntering <= spot.coManagedBonusInside, {
        error: 'must not exceed coManagedBonusInside',
        path: ['coManagedBonusEntering'],
      }),
    needs: z.object(needsShape).strict(),
    noCoreGap: z.object({ coManagedPenalty: points }).strict(),
    customApps: z
      .object({ inHouseBonus: points, coManagedBonus: points, fullyManagedPenalty: points })
      .strict(),
    noCustomApps: z.object({ fullyManagedBonus: points }).strict(),
    itAsCapability: z
      .object({ inHouseBonus: points, coManagedBonus: points, fullyManagedPenalty: points })
      .strict(),
    itAsCostCenter: z
      .object({ fullyManagedBonus: points, inHousePenalty: points, coManagedPenalty: points })
      .strict(),
    providerAsPartner: z.object({ coManagedBonus: points }).strict(),
    providerAsCostLever: z.object({ coManagedPenalty: points }).strict(),
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

/** What the island is sent: the rules and the wording it shows (see islandCopy). */
export type IslandRules = AssessmentRulesFile & { copy: IslandCopy };

/** What scoring needs: the rules, and the wording its reasons and tipping points are written in. */
export type ScoringRules = AssessmentRulesFile & {
  copy: Pick<AssessmentCopy, 'models' | 'needs' | 'lists' | 'reasons' | 'tippingPoints'>;
};
