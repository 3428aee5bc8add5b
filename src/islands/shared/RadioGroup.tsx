import { useId } from 'preact/hooks';

interface Option<Value extends string> {
  value: Value;
  label: string;
}

interface Props<Value extends string> {
  legend: string;
  hint?: string;
  name: string;
  options: readonly Option<Value>[];
  value: Value | null;
  onChange(value: Value): void;
}

/** Native radios in a fieldset: arrow keys, labels and screen readers work as browsers intend. */
export function RadioGroup<Value extends string>({ legend, hint, name, options, value, onChange }: Props<Value>) {
  const hintId = useId();
  return (
    <fieldset class="field" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="choices">
        {options.map((option) => (
          <label class="choice" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
