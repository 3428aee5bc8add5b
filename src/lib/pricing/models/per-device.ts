import { bandedDraft } from './banded';
import type { Context } from './context';
import { securityAddOnAssumption, securityAddOnLine } from './security-add-on';
import type { ModelDraft } from './types';

/** Per device: the base plus scope steps, times devices, with security quoted on top. */
export function perDeviceDraft(context: Context): ModelDraft {
  const draft = bandedDraft(
    context,
    context.card.perDevice,
    'per-device-month',
    context.inputs.devices,
    'device',
  );
  const addOn = securityAddOnLine(context);
  if (addOn.length === 0) return draft;
  const { range } = context;
  const { securityAddOn } = context.card.perDevice;
  return {
    ...draft,
    lineItems: [...draft.lineItems, ...addOn],
    explanation: `${draft.explanation} Security comes on top, quoted on its own: ${range(securityAddOn.low, securityAddOn.high)} a device.`,
    assumptions: [...draft.assumptions, securityAddOnAssumption(context)],
  };
}
