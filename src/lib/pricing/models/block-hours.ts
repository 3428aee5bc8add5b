import { counted, type Context } from './context';
import { securityAddOnAssumption, securityAddOnLine } from './security-add-on';
import type { Assumption, LineItem, ModelDraft } from './types';

/** Block hours: a retainer for monitoring and a bucket of hours, overage on top. */
export function blockHoursDraft(context: Context): ModelDraft {
  const { card, inputs, range, number } = context;
  const pricing = card.blockHours;
  const bucket = pricing.includedHours.value;
  const overageHours = Math.max(0, inputs.hoursPerMonth - bucket);
  const unusedHours = Math.max(0, bucket - inputs.hoursPerMonth);

  const lineItems: LineItem[] = [
    {
      label: pricing.monitoringPerDevice.label,
      low: pricing.monitoringPerDevice.low,
      high: pricing.monitoringPerDevice.high,
      unit: 'per-device-month',
      quantity: inputs.devices,
    },
    {
      label: pricing.includedHourRate.label,
      low: pricing.includedHourRate.low,
      high: pricing.includedHourRate.high,
      unit: 'per-hour',
      quantity: bucket,
    },
    {
      label: 'Overage hours',
      low: pricing.overageRate.low,
      high: pricing.overageRate.high,
      unit: 'per-hour',
      quantity: overageHours,
    },
    ...securityAddOnLine(context),
  ];

  const hoursSentence =
    overageHours > 0
      ? `You expect ${counted(context, inputs.hoursPerMonth, 'hour', 'hours')} a month, so ${counted(context, overageHours, 'hour is', 'hours are')} billed as overage at ${range(pricing.overageRate.low, pricing.overageRate.high)} an hour.`
      : unusedHours > 0
        ? `You expect ${counted(context, inputs.hoursPerMonth, 'hour', 'hours')} a month; the ${counted(context, unusedHours, 'unused hour in the bucket is', 'unused hours in the bucket are')} still paid for.`
        : `You expect ${counted(context, inputs.hoursPerMonth, 'hour', 'hours')} a month, exactly the bucket, so there is no overage.`;
  const sentences = [
    `A monthly retainer pays for monitoring (${range(pricing.monitoringPerDevice.low, pricing.monitoringPerDevice.high)} a device) and a bucket of ${number(bucket)} hours at ${range(pricing.includedHourRate.low, pricing.includedHourRate.high)} an hour.`,
    hoursSentence,
    'Scope does not change the rates here: after-hours work, patching, backup and projects all come out of the hours.',
  ];
  const assumptions: Assumption[] = [
    {
      label: pricing.monitoringPerDevice.label,
      value: `${range(pricing.monitoringPerDevice.low, pricing.monitoringPerDevice.high)} a device`,
      reasoning: pricing.monitoringPerDevice.reasoning,
    },
    {
      label: 'Hours in the bucket',
      value: `${number(bucket)} hours a month`,
      reasoning: pricing.includedHours.reasoning,
    },
    {
      label: pricing.includedHourRate.label,
      value: `${range(pricing.includedHourRate.low, pricing.includedHourRate.high)} an hour`,
      reasoning: pricing.includedHourRate.reasoning,
    },
  ];
  if (inputs.scope.includes('security')) {
    const addOn = card.perDevice.securityAddOn;
    sentences.push(`Security is quoted on its own: ${range(addOn.low, addOn.high)} a device.`);
    assumptions.push(securityAddOnAssumption(context));
  }
  return { label: pricing.label, lineItems, explanation: sentences.join(' '), assumptions };
}
