import raw from '../../data/handoff-planner-copy.json' with { type: 'json' };
import { parseDataFile } from '../config/config-error';
import { handoffPlannerCopySchema, type HandoffPlannerCopy } from './copy-schema';

export const HANDOFF_PLANNER_COPY_FILE = 'src/data/handoff-planner-copy.json';

/** The shipped wording; importing this module fails the build when the file is wrong. */
export const handoffPlannerCopy: HandoffPlannerCopy = parseDataFile(
  handoffPlannerCopySchema,
  raw,
  HANDOFF_PLANNER_COPY_FILE,
);
