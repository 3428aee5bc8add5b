import raw from '../../data/gap-to-work.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { gapToWorkSchema } from './gap-to-work-schema';
import type { GapToWork } from './work-by-gap';

export const GAP_TO_WORK_FILE = 'src/data/gap-to-work.json';

/** The validated mapping from gap to work to price; a bad file fails the build here. */
export const gapToWork: GapToWork = parseDataFile(gapToWorkSchema, raw, GAP_TO_WORK_FILE);
