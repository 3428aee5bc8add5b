/* Security on top of the per-device and block-hours models, quoted on its own. */
import type { Context } from './context';
import type { Assumption, LineItem } from './types';

export function securityAddOnAssumption({ card, range }: Context): Assumption {
  const addOn = card.perDevice.securityAddOn;
  return {
    label: addOn.label,
    value: `${range(addOn.low, addOn.high)} a device`,
    reasoning: addOn.reasoning,
  };
}

export function securityAddOnLine(context: Context): LineItem[] {
  if (!context.inputs.scope.includes('security')) return [];
  const addOn = context.card.perDevice.securityAddOn;
  return [
    {
      label: addOn.label,
      low: addOn.low,
      high: addOn.high,
      unit: 'per-device-month',
      quantity: context.inputs.devices,
    },
  ];
}
