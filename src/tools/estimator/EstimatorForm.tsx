import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import { yearsInWords } from '../../lib/pricing/estimate-words';
import type { Formats } from '../../lib/pricing/formats';
import { numberChange, type NumberInputKey } from '../../lib/pricing/input-change';
import {
  completeInputs,
  INPUT_LIMITS,
  normalizeScope,
  SCOPES,
  type EstimatorInputs,
  type Scope,
  type TermYears,
} from '../../lib/pricing/inputs';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import { fillTemplate } from '../../lib/text/template';
import { $estimator, setEstimatePreparedFor, updateEstimate } from '../../stores/estimator';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { PreparedForField } from './PreparedForField';

interface Props {
  /** What the estimate on screen is for. */
  inputs: EstimatorInputs;
  preparedFor: string | null;
  card: RateCard;
  words: Pick<EstimatorWords, 'form' | 'years'>;
  f: Formats;
  /** Bumped on reset, so each field drops what the reader had typed, usable or not. */
  resets: number;
  onReset: () => void;
}

const TERMS: readonly TermYears[] = [1, 2, 3];

/** Inputs named after the share link's parameters; every change goes straight to the store. */
export function EstimatorForm({ inputs, preparedFor, card, words, f, resets, onReset }: Props) {
  const { form } = words;
  const { defaults } = card;
  // The store's inputs, not the props: two changes may come before the next render.
  const current = () => completeInputs($estimator.get().inputs, card);
  const limitsIn = (key: NumberInputKey, template: string) =>
    fillTemplate(template, { min: f.number(INPUT_LIMITS[key].min), max: f.number(INPUT_LIMITS[key].max) });
  const numberField = (key: NumberInputKey, id: string, name: string, label: string, hint: string) => (
    <NumberField
      key={`${id}-${resets}`}
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={limitsIn(key, key === 'annualAdjustmentPercent' ? form.adjustment.error : form.wholeNumberError)}
      value={inputs[key]}
      rules={{ limit: INPUT_LIMITS[key], decimals: key === 'annualAdjustmentPercent' }}
      onNumber={(value) => updateEstimate(numberChange(key, value, current(), card))}
    />
  );
  const toggleScope = (scope: Scope, on: boolean) => {
    const chosen = current().scope.filter((item) => item !== scope);
    updateEstimate({ scope: normalizeScope(on ? [...chosen, scope] : chosen) });
  };
  return (
    <form
      class="estimator-form no-print"
      aria-labelledby="estimator-form-title"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="estimator-form-title">{form.title}</h2>
      {numberField('users', 'est-users', 'users', form.users.label, form.users.hint)}
      {numberField(
        'devices',
        'est-devices',
        'devices',
        form.devices.label,
        fillTemplate(form.devices.hint, { devicesPerUser: defaults.devicesPerUser.value }),
      )}
      <ChoiceGroup
        id="est-scope"
        {...form.scope}
        type="checkbox"
        name="scope"
        choices={SCOPES.map((scope) => ({
          value: scope,
          label: card.scopeLabels[scope],
          checked: inputs.scope.includes(scope),
        }))}
        onChoose={toggleScope}
      />
      {numberField(
        'hoursPerMonth',
        'est-hours',
        'hours',
        form.hours.label,
        fillTemplate(form.hours.hint, { includedHours: card.blockHours.includedHours.value }),
      )}
      <ChoiceGroup
        id="est-term"
        {...form.term}
        type="radio"
        name="term"
        choices={TERMS.map((years) => ({
          value: years,
          label: yearsInWords(words.years, years, f),
          checked: inputs.termYears === years,
        }))}
        onChoose={(termYears) => updateEstimate({ termYears })}
      />
      {numberField(
        'annualAdjustmentPercent',
        'est-adj',
        'adj',
        form.adjustment.label,
        fillTemplate(form.adjustment.hint, { percent: defaults.annualAdjustmentPercent.value }),
      )}
      <PreparedForField
        key={`for-${resets}`}
        {...form.preparedFor}
        value={preparedFor}
        onName={setEstimatePreparedFor}
      />
      <button type="button" class="secondary" onClick={onReset}>
        {form.reset}
      </button>
    </form>
  );
}
