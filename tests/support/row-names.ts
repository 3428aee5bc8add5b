import type { RowNames } from '../../src/lib/handoff/built-in-rows';

/**
 * Row names for engine tests: the names the data files gave when the planner link corpus was
 * captured, written out here so the engine's tests do not move when an MSP renames a row in
 * its copy files (tests/content checks the shipped names).
 */
export const ROW_NAMES: RowNames = {
  functions: {
    'strategy-budget': 'Strategy and budget',
    'user-facing-it': 'User-facing IT',
    'line-of-business-apps': 'Line-of-business apps',
    'compliance-ownership': 'Compliance ownership',
    'vendor-relationships': 'Vendor relationships',
    'after-hours-tier1': 'After-hours monitoring and tier-1',
    'patching-rmm': 'Patching and RMM',
    'backup-dr': 'Backup and disaster recovery',
    'security-operations': 'Security operations',
    'cloud-platform': 'Cloud platform depth',
    'compliance-evidence': 'Compliance evidence library',
    'project-capacity': 'Project capacity',
  },
  handoffPoints: {
    'ticket-intake': 'Where users raise tickets',
    'incident-bridge': 'Incident bridge when a provider change breaks an internal system',
    'scope-review': 'Scope review',
    'exit-terms': 'Tools and data on exit',
    'end-user-relationship': 'Relationship with end users',
  },
  added: { function: 'New function', handoff: 'New handoff point' },
  untitled: 'Untitled row',
};

/** The same, after an MSP renamed some of its rows in the copy files. */
export const RENAMED: RowNames = {
  ...ROW_NAMES,
  functions: { ...ROW_NAMES.functions, 'backup-dr': 'Backups and recovery' },
  handoffPoints: { ...ROW_NAMES.handoffPoints, 'ticket-intake': 'Ticket intake', 'scope-review': 'Contract review' },
  added: { function: 'Another function', handoff: 'Another handoff' },
  untitled: 'Unnamed row',
};
