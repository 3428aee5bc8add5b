import raw from '../../data/handoff-planner-copy.json' with { type: 'json' };
import { assessmentCopy } from '../assessment/copy';
import { parseDataFile } from '../config/config-error';
import type { RowNames } from '../handoff/built-in-rows';
import { handoffPlannerCopySchema, type HandoffPlannerCopy } from './copy-schema';

export const HANDOFF_PLANNER_COPY_FILE = 'src/data/handoff-planner-copy.json';

/** The shipped wording; importing this module fails the build when the file is wrong. */
export const handoffPlannerCopy: HandoffPlannerCopy = parseDataFile(
  handoffPlannerCopySchema,
  raw,
  HANDOFF_PLANNER_COPY_FILE,
);

/**
 * What the shipped data files call the planner's rows: its own names, and the functions as the
 * assessment's split names them. The page composes the same from its props (plan-edits.ts).
 */
export const shippedRowNames: RowNames = { ...handoffPlannerCopy.rowNames, functions: assessmentCopy.split.labels };
