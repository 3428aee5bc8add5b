/**
 * Where each tool keeps the reader's work in localStorage. Renaming a key loses every reader's
 * saved work, so these are as fixed as the link formats.
 */
export const STORAGE_KEYS = {
  assessment: 'co-managed-it:assessment',
  estimator: 'co-managed-it:estimator',
  handoff: 'co-managed-it:handoff',
  /** The plan a link, a file or the assessment replaced, kept so replacing is never a loss. */
  handoffPrevious: 'co-managed-it:handoff-previous',
} as const;
