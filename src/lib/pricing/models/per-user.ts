import { bandedDraft } from './banded';
import type { Context } from './context';
import type { ModelDraft } from './types';

/** Per user: the base (tier-1 help desk and monitoring) plus scope steps, times users. */
export function perUserDraft(context: Context): ModelDraft {
  return bandedDraft(context, context.card.perUser, 'per-user-month', context.inputs.users, 'user');
}
