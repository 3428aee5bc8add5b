import type { RefObject } from 'preact';
import {
  EMPLOYEE_LIMITS,
  IT_ROLES,
  IT_STAFF_LIMITS,
  NEEDS,
  PROVIDER_ROLES,
  QUESTION_COUNT,
} from '../../lib/assessment/answers';
import type { AssessmentCopy } from '../../lib/assessment/copy-schema';
import type { FieldName, FormValues } from '../../lib/assessment/form-values';
import { fillTemplate } from '../../lib/text/template';
import { NumberInputField } from '../shell/InputField';

interface Props {
  copy: Pick<AssessmentCopy, 'questions' | 'ui'>;
  locale: string;
  values: FormValues;
  /** Number fields whose text is not a usable count. */
  invalid: readonly FieldName[];
  answered: number;
  /** The result can show: the "see the result" link appears. */
  hasResult: boolean;
  onChange: (name: FieldName, value: string, checked: boolean) => void;
  onStartOver: () => void;
  firstField: RefObject<HTMLInputElement>;
}

/**
 * The six questions, "prepared for" and "start over". Every control is named after its share-link
 * parameter, so the form reads and writes the same values a link carries (form-values.ts).
 */
export function AssessmentForm({
  copy,
  locale,
  values,
  invalid,
  answered,
  hasResult,
  onChange,
  onStartOver,
  firstField,
}: Props) {
  const { questions: q, ui } = copy;
  const changed = (event: Event) => {
    const input = event.target as HTMLInputElement;
    onChange(input.name as FieldName, input.value, input.type === 'checkbox' ? input.checked : true);
  };
  const numbers = [
    { id: 'question-employees', name: 'employees' as const, ...q.employees, ...EMPLOYEE_LIMITS },
    { id: 'question-it-staff', name: 'it-staff' as const, ...q.itStaff, ...IT_STAFF_LIMITS },
  ];
  const choices = [
    { name: 'custom-apps' as const, ...q.customApps, values: ['yes', 'no'] as const },
    { name: 'it-is' as const, ...q.itIs, values: IT_ROLES },
    { name: 'msp-is' as const, ...q.mspIs, values: PROVIDER_ROLES },
  ];
  return (
    <form
      class="assessment-form no-print"
      aria-labelledby="assessment-form-title"
      onSubmit={(event) => event.preventDefault()}
      onInput={changed}
    >
      <div class="progress" aria-live="off">
        <h2 id="assessment-form-title" class="progress-title">
          {ui.formTitle}
        </h2>
        <progress max={QUESTION_COUNT} value={answered} aria-label={ui.progressLabel} />
        <span data-progress-text>{fillTemplate(ui.progress, { answered, total: QUESTION_COUNT })}</span>{' '}
        <a href="#assessment-result" class="progress-jump" hidden={!hasResult}>
          {ui.seeResult}
        </a>
      </div>
      <div class="questions">
        {numbers.map(({ id, name, label, hint, min, max }) => (
          <NumberInputField
            key={id}
            id={id}
            name={name}
            label={label}
            hint={hint}
            error={fillTemplate(q.numberError, { min: min.toLocaleString(locale), max: max.toLocaleString(locale) })}
            invalid={invalid.includes(name)}
            value={values[name]}
            inputRef={name === 'employees' ? firstField : undefined}
          />
        ))}
        <fieldset class="field">
          <legend>{q.needs.legend}</legend>
          <p class="hint">{q.needs.hint}</p>
          <div class="choices">
            {[...NEEDS, 'none' as const].map((need) => (
              <label class="choice" key={need}>
                <input type="checkbox" name="needs" value={need} checked={values.needs.includes(need)} />
                {need === 'none' ? (
                  <span>{q.needs.none}</span>
                ) : (
                  <span>
                    {q.needs.options[need].label} <small>({q.needs.options[need].hint})</small>
                  </span>
                )}
              </label>
            ))}
          </div>
        </fieldset>
        {choices.map(({ name, legend, hint, options, values: choiceValues }) => (
          <fieldset class="field" key={name} aria-describedby={hint ? `${name}-hint` : undefined}>
            <legend>{legend}</legend>
            {hint && (
              <p class="hint" id={`${name}-hint`}>
                {hint}
              </p>
            )}
            <div class="choices">
              {choiceValues.map((value) => (
                <label class="choice" key={value}>
                  <input type="radio" name={name} value={value} checked={values[name] === value} />
                  <span>{(options as Record<string, string>)[value]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div class="field">
        <label for="prepared-for">{q.preparedFor.label}</label>
        <p class="hint" id="prepared-for-hint">
          {q.preparedFor.hint}
        </p>
        <input
          id="prepared-for"
          name="for"
          type="text"
          maxLength={80}
          autoComplete="organization"
          aria-describedby="prepared-for-hint"
          value={values.for}
        />
      </div>
      <button type="button" class="secondary" data-start-over onClick={onStartOver}>
        {ui.startOver}
      </button>
    </form>
  );
}
