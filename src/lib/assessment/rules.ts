import raw from '../../data/assessment-rules.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { assessmentCopy } from './copy';
import { assessmentRulesSchema, type AssessmentRules } from './rules-schema';

export const ASSESSMENT_RULES_FILE = 'src/data/assessment-rules.json';

/**
 * The shipped weights, thresholds and links, with the shipped wording; importing this module
 * fails the build when either data file is wrong.
 */
export const assessmentRules: AssessmentRules = {
  ...parseDataFile(assessmentRulesSchema, raw, ASSESSMENT_RULES_FILE),
  copy: assessmentCopy,
};
