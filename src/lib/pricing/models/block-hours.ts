import { counted, scopeLabel, type Context } from './context';
import { chosenOfKind, coverageOf } from './coverage';
import { securityAddOnAssumption, securityAddOnLine, usesSecurityAddOn } from './security-add-on';
import type { Assumption, LineItem, ModelDraft } from './types';
import type { ScopeTreatment } from '../rate-card-schema';

type HoursTreatment = Extract<ScopeTreatment, { kind: 'hours' }>;

/**
 * Block hours: a retainer for monitoring and a bucket of hours, overage on top. The bucket holds
 * hours for tickets and requests, which the visitor's support hours are set against, and grows
 * by the hours each chosen scope item needs: nights and weekends cannot come out of the hours
 * meant for the working week.
 */
export function blockHoursDraft(context: Context): ModelDraft {
  const { card, inputs, range, number } = context;
  const pricing = card.blockHours;
  const rate = pricing.includedHourRate;
  const bucket = pricing.includedHours.value;
  const { scope } = pricing;
  const hourSteps = chosenOfKind(context, scope, 'hours').map((item) => ({
    item,
    step: scope[item] as HoursTreatment,
  }));
  const covered = chosenOfKind(context, scope, 'covered');
  const scopeHours = hourSteps.reduce((sum, { step }) => sum + step.hours, 0);
  const overageHours = Math.max(0, inputs.hoursPerMonth - bucket);
  const unusedHours = Math.max(0, bucket - inputs.hoursPerMonth);
  const addOn = usesSecurityAddOn(context, scope);

  const lineItems: LineItem[] = [
    {
      label: pricing.monitoringPerDevice.label,
      low: pricing.monitoringPerDevice.low,
      high: pricing.monitoringPerDevice.high,
      unit: 'per-device-month',
      quantity: inputs.devices,
    },
    // One line for the whole bucket; the explanation and the assumptions say what each item adds.
    { label: rate.label, low: rate.low, high: rate.high, unit: 'per-hour', quantity: bucket + scopeHours },
    {
      label: 'Overage hours',
      low: pricing.overageRate.low,
      high: pricing.overageRate.high,
      unit: 'per-hour',
      quantity: overageHours,
    },
    ...(addOn ? [securityAddOnLine(context)] : []),
  ];

  const support = counted(context, inputs.hoursPerMonth, 'support hour', 'support hours');
  const hoursSentence =
    overageHours > 0
      ? `You expect ${support} a month, so ${counted(context, overageHours, 'hour is', 'hours are')} billed as overage at ${range(pricing.overageRate.low, pricing.overageRate.high)} an hour.`
      : unusedHours > 0
        ? `You expect ${support} a month; the ${counted(context, unusedHours, 'unused hour in the bucket is', 'unused hours in the bucket are')} still paid for.`
        : `You expect ${support} a month, exactly what the bucket holds for them, so there is no overage.`;
  const sentences = [
    `A monthly retainer pays for monitoring (${range(pricing.monitoringPerDevice.low, pricing.monitoringPerDevice.high)} a device) and a bucket of hours at ${range(rate.low, rate.high)} an hour, ${number(bucket)} of them for tickets and requests.`,
    ...hourSteps.map(
      ({ item, step }) => `${scopeLabel(card, item)} adds ${counted(context, step.hours, 'hour', 'hours')}.`,
    ),
    ...(hourSteps.length > 0
      ? [`That makes a bucket of ${counted(context, bucket + scopeHours, 'hour', 'hours')} a month.`]
      : []),
    hoursSentence,
    ...covered.map((item) => scope[item].reasoning),
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
    ...hourSteps.map(({ item, step }) => ({
      label: scopeLabel(card, item),
      value: `+${counted(context, step.hours, 'hour', 'hours')} a month`,
      reasoning: step.reasoning,
    })),
    {
      label: rate.label,
      value: `${range(rate.low, rate.high)} an hour`,
      reasoning: rate.reasoning,
    },
  ];
  if (addOn) {
    const { securityAddOn } = card.perDevice;
    sentences.push(`Security is quoted on its own: ${range(securityAddOn.low, securityAddOn.high)} a device.`);
    assumptions.push(securityAddOnAssumption(context));
  }
  return {
    label: pricing.label,
    lineItems,
    explanation: sentences.join(' '),
    assumptions,
    ...coverageOf(context, scope),
  };
}
