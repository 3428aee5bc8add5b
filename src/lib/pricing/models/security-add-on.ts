/* Security on top of the per-device and block-hours models, quoted on its own. */
import type { ScopeTreatment } from '../rate-card-schema';
import type { Scope } from '../scopes';
import type { Context } from './context';
import type { Assumption, LineItem } from './types';
import { fillTemplate } from '../../text/template';

/** True when the model prices a chosen item as the security add-on (the rate card allows only security). */
export function usesSecurityAddOn({ inputs }: Context, treatments: Readonly<Record<Scope, ScopeTreatment>>): boolean {
  return inputs.scope.some((item) => treatments[item].kind === 'add-on');
}

export function securityAddOnAssumption({ card, range }: Context): Assumption {
  const addOn = card.perDevice.securityAddOn;
  return {
    label: addOn.label,
    value: fillTemplate(card.modelText.banded.priceValue, {
      range: range(addOn.low, addOn.high),
      unit: card.modelText.units.device,
    }),
    reasoning: addOn.reasoning,
  };
}

export function securityAddOnLine(context: Context): LineItem {
  const addOn = context.card.perDevice.securityAddOn;
  return {
    label: addOn.label,
    low: addOn.low,
    high: addOn.high,
    unit: 'per-device-month',
    quantity: context.inputs.devices,
  };
}
