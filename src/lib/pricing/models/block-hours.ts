import { counted, scopeLabel, type Context } from './context';
import { chosenOfKind, coverageOf } from './coverage';
import { securityAddOnAssumption, securityAddOnLine, usesSecurityAddOn } from './security-add-on';
import type { Assumption, LineItem, ModelDraft } from './types';
import type { ScopeTreatment } from '../rate-card-schema';
import { fillTemplate } from '../../text/template';

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
  const words = card.modelText.blockHours;
  const { counts } = card.modelText;
  const rateRange = range(rate.low, rate.high);
  const overageRange = range(pricing.overageRate.low, pricing.overageRate.high);
  const monitoringRange = range(pricing.monitoringPerDevice.low, pricing.monitoringPerDevice.high);

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
      label: words.overageLine,
      low: pricing.overageRate.low,
      high: pricing.overageRate.high,
      unit: 'per-hour',
      quantity: overageHours,
    },
    ...(addOn ? [securityAddOnLine(context)] : []),
  ];

  const support = counted(context, inputs.hoursPerMonth, counts.supportHours);
  const hoursSentence =
    overageHours > 0
      ? fillTemplate(words.overage, {
          support,
          overage: counted(context, overageHours, counts.overageHours),
          rate: overageRange,
        })
      : unusedHours > 0
        ? fillTemplate(words.unused, { support, unused: counted(context, unusedHours, counts.unusedHours) })
        : fillTemplate(words.exact, { support });
  const sentences = [
    fillTemplate(words.retainer, { monitoring: monitoringRange, rate: rateRange, hours: number(bucket) }),
    ...hourSteps.map(({ item, step }) =>
      fillTemplate(words.scopeAdds, {
        item: scopeLabel(card, item),
        hours: counted(context, step.hours, counts.hours),
      }),
    ),
    ...(hourSteps.length > 0
      ? [fillTemplate(words.bucket, { hours: counted(context, bucket + scopeHours, counts.hours) })]
      : []),
    hoursSentence,
    ...covered.map((item) => scope[item].reasoning),
  ];
  const assumptions: Assumption[] = [
    {
      label: pricing.monitoringPerDevice.label,
      value: fillTemplate(card.modelText.banded.priceValue, {
        range: monitoringRange,
        unit: card.modelText.units.device,
      }),
      reasoning: pricing.monitoringPerDevice.reasoning,
    },
    {
      label: words.bucketLabel,
      value: fillTemplate(words.hoursValue, { hours: counted(context, bucket, counts.hours) }),
      reasoning: pricing.includedHours.reasoning,
    },
    ...hourSteps.map(({ item, step }) => ({
      label: scopeLabel(card, item),
      value: fillTemplate(words.stepValue, { hours: counted(context, step.hours, counts.hours) }),
      reasoning: step.reasoning,
    })),
    {
      label: rate.label,
      value: fillTemplate(words.rateValue, { range: rateRange }),
      reasoning: rate.reasoning,
    },
  ];
  if (addOn) {
    const { securityAddOn } = card.perDevice;
    sentences.push(
      fillTemplate(card.modelText.securityAddOn.onTopOfHours, { range: range(securityAddOn.low, securityAddOn.high) }),
    );
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
