import raw from '../fixtures/assessment/engine-rules.json' with { type: 'json' };
import { assessmentCopy } from '../../src/lib/assessment/copy';
import { assessmentRulesSchema, type AssessmentRules } from '../../src/lib/assessment/rules-schema';

/**
 * The rules the engine's tests run on: a fixed copy of the weights and decision rules, so an MSP
 * that tunes src/data/assessment-rules.json changes the content tests (tests/content), never
 * these. The wording is the shipped one; engine tests do not pin it.
 */
export const engineRules: AssessmentRules = { ...assessmentRulesSchema.parse(raw), copy: assessmentCopy };
