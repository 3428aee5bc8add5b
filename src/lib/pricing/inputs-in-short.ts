/*
 * The inputs in short, beside the estimate a link opened on. Browser code loads this only for
 * such a page (most visits never show it): the words' type is erased.
 */
import { yearsInWords } from './estimate-words';
import type { EstimatorWords } from './estimator-copy-schema';
import type { Formats } from './formats';
import type { EstimatorInputs, Scope } from './inputs';

/** Each input under its field's label; the scope one item a line (its labels hold commas of their own). */
export function inputsInShort(
  inputs: EstimatorInputs,
  scopeLabels: Readonly<Record<Scope, string>>,
  words: Pick<EstimatorWords, 'form' | 'years' | 'sendToMsp'>,
  f: Formats,
): [term: string, ...values: string[]][] {
  const { form } = words;
  return [
    [form.users.label, f.number(inputs.users)],
    [form.devices.label, f.number(inputs.devices)],
    [
      form.scope.legend,
      ...(inputs.scope.length ? inputs.scope.map((scope) => scopeLabels[scope]) : [words.sendToMsp.noScope]),
    ],
    [form.hours.label, f.number(inputs.hoursPerMonth)],
    [form.term.legend, yearsInWords(words.years, inputs.termYears, f)],
    [form.adjustment.label, f.number(inputs.annualAdjustmentPercent)],
  ];
}
