import { bandedDraft } from './banded';
import type { Context } from './context';
import { securityAddOnAssumption, securityAddOnLine, usesSecurityAddOn } from './security-add-on';
import type { ModelDraft } from './types';
import { fillTemplate } from '../../text/template';

/**
 * Per device: the facts' band for RMM, patching and monitoring, plus scope steps, times devices,
 * with security quoted on top. Whether the help desk is in it is the rate card's to say; when it
 * is left out, the page lists it beside the figure.
 */
export function perDeviceDraft(context: Context): ModelDraft {
  const { card, range } = context;
  const { perDevice } = card;
  const { helpDesk } = perDevice;
  const draft = bandedDraft(
    context,
    { ...perDevice, base: { label: perDevice.base.label, ...perDevice.band } },
    'per-device-month',
    context.inputs.devices,
    'device',
    helpDesk.kind === 'left-out' ? [{ scopes: [], labels: [helpDesk.label], reasoning: helpDesk.reasoning }] : [],
  );
  if (!usesSecurityAddOn(context, perDevice.scope)) return draft;
  const { securityAddOn } = perDevice;
  return {
    ...draft,
    lineItems: [...draft.lineItems, securityAddOnLine(context)],
    explanation: `${draft.explanation} ${fillTemplate(card.modelText.securityAddOn.onTopOfDevices, { range: range(securityAddOn.low, securityAddOn.high) })}`,
    assumptions: [...draft.assumptions, securityAddOnAssumption(context)],
  };
}
