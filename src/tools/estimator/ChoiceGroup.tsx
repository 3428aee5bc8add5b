interface Choice<Value> {
  value: Value;
  label: string;
  checked: boolean;
}

interface Props<Value> {
  /** Prefix of the hint's id. */
  id: string;
  legend: string;
  hint: string;
  type: 'checkbox' | 'radio';
  /** The share link's parameter, so the form reads like the link. */
  name: string;
  choices: readonly Choice<Value>[];
  onChoose: (value: Value, checked: boolean) => void;
}

/** Checkboxes or radios under one legend, with the hint read along with the group. */
export function ChoiceGroup<Value extends string | number>({
  id,
  legend,
  hint,
  type,
  name,
  choices,
  onChoose,
}: Props<Value>) {
  return (
    <fieldset class="field" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div class="choices">
        {choices.map(({ value, label, checked }) => (
          <label key={value} class="choice">
            <input
              type={type}
              name={name}
              value={String(value)}
              checked={checked}
              onChange={(event) => onChoose(value, event.currentTarget.checked)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
