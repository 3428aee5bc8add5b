import raw from '../../data/assessment-copy.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { assessmentCopySchema, type AssessmentCopy } from './copy-schema';

export const ASSESSMENT_COPY_FILE = 'src/data/assessment-copy.json';

/** The shipped wording; importing this module fails the build when the file is wrong. */
export const assessmentCopy: AssessmentCopy = parseDataFile(assessmentCopySchema, raw, ASSESSMENT_COPY_FILE);
