import { devicesForUsers, INPUT_LIMITS, SCOPES, type EstimatorInputs, type TermYears } from '../../lib/pricing/inputs';
import { PREPARED_FOR_MAX_LENGTH } from '../../lib/pricing/link-codec';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import { NumberField } from '../shared/NumberField';
import { RadioGroup } from '../shared/RadioGroup';

interface Props {
  card: RateCard;
  inputs: EstimatorInputs;
  preparedFor: string | null;
  /** Applies a change worked out from the current inputs (read at the time of the change, not of the last render). */
  onChange(change: (current: EstimatorInputs) => Partial<EstimatorInputs>): void;
  onPreparedFor(name: string | null): void;
  onReset(): void;
}

const TERMS = [
  { value: '1', label: '1 year' },
  { value: '2', label: '2 years' },
  { value: '3', label: '3 years' },
] as const;

/** The inputs; every change is applied at once, and a value that cannot be used is explained where it was typed. */
export function EstimatorForm({ card, inputs, preparedFor, onChange, onPreparedFor, onReset }: Props) {
  const { defaults } = card;
  const set = (key: 'devices' | 'hoursPerMonth' | 'annualAdjustmentPercent') => (value: number | null) => {
    if (value !== null) onChange(() => ({ [key]: value }));
  };
  const toggle = (scope: (typeof SCOPES)[number], on: boolean) =>
    onChange((current) => ({ scope: SCOPES.filter((item) => (item === scope ? on : current.scope.includes(item))) }));

  return (
    <form class="estimator-form no-print" aria-labelledby="estimator-form-title" onSubmit={(event) => event.preventDefault()}>
      <h2 id="estimator-form-title">Your company</h2>
      <NumberField
        inputId="est-users"
        label="Supported users"
        hint="People the MSP looks after: everyone with a login and a laptop."
        value={inputs.users}
        {...INPUT_LIMITS.users}
        onValidChange={(users) => {
          if (users === null) return;
          // Devices follow users at the usual ratio until the reader sets a count of their own.
          onChange((current) =>
            current.devices === devicesForUsers(current.users, card) ? { users, devices: devicesForUsers(users, card) } : { users },
          );
        }}
      />
      <NumberField
        inputId="est-devices"
        label="Endpoints (devices)"
        hint={`Laptops, desktops, servers and other managed kit. Follows users at ${defaults.devicesPerUser.value} each until you change it.`}
        value={inputs.devices}
        {...INPUT_LIMITS.devices}
        onValidChange={set('devices')}
      />
      <fieldset class="field" aria-describedby="est-scope-hint">
        <legend>What the MSP takes on</legend>
        <p class="hint" id="est-scope-hint">
          A tier-1 help desk with monitoring is always included. Tick what else the MSP owns.
        </p>
        <div class="choices">
          {SCOPES.map((scope) => (
            <label class="choice" key={scope}>
              <input
                type="checkbox"
                name="scope"
                value={scope}
                checked={inputs.scope.includes(scope)}
                onChange={(event) => toggle(scope, event.currentTarget.checked)}
              />
              <span>{card.scopeLabels[scope]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <NumberField
        inputId="est-hours"
        label="Support hours a month"
        hint={`MSP engineer time you expect to use; it prices the block-hours model. The bucket holds ${card.blockHours.includedHours.value} hours.`}
        value={inputs.hoursPerMonth}
        {...INPUT_LIMITS.hoursPerMonth}
        onValidChange={set('hoursPerMonth')}
      />
      <RadioGroup
        legend="Contract term"
        hint="Most co-managed contracts run 2 to 3 years."
        name="term"
        options={TERMS}
        value={String(inputs.termYears) as '1' | '2' | '3'}
        onChange={(value) => onChange(() => ({ termYears: Number(value) as TermYears }))}
      />
      <NumberField
        inputId="est-adj"
        label="Annual price adjustment (%)"
        hint={`Added each contract year from the second. ${defaults.annualAdjustmentPercent.value}% is our assumption; use the figure in your quote.`}
        value={inputs.annualAdjustmentPercent}
        {...INPUT_LIMITS.annualAdjustmentPercent}
        decimals={2}
        onValidChange={set('annualAdjustmentPercent')}
      />
      <div class="field">
        <label for="prepared-for">Prepared for (optional)</label>
        <p class="hint" id="prepared-for-hint">
          A company or person to name on the estimate and the printout.
        </p>
        <input
          id="prepared-for"
          type="text"
          maxLength={PREPARED_FOR_MAX_LENGTH}
          autoComplete="organization"
          aria-describedby="prepared-for-hint"
          value={preparedFor ?? ''}
          onInput={(event) => onPreparedFor(event.currentTarget.value.trim() ? event.currentTarget.value : null)}
        />
      </div>
      <button type="button" class="secondary" onClick={onReset}>
        Reset to our defaults
      </button>
    </form>
  );
}
