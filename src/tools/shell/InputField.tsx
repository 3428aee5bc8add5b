import type { JSX, Ref } from 'preact';

export interface InputFieldProps {
  id: string;
  /** The share link's parameter, so a form reads and writes what a link carries. */
  name: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the field while `invalid`. */
  error: string;
  invalid: boolean;
  /** What the reader typed, kept as typed. */
  value: string;
  inputRef?: Ref<HTMLInputElement> | undefined;
  onInput?: ((event: Event) => void) | undefined;
  /** The input's own kind: its type, autocomplete, inputMode, required, maxLength. */
  input: JSX.InputHTMLAttributes<HTMLInputElement>;
}

/** A labelled text box with its hint, and its error tied to it for screen readers: every tool's fields. */
export function InputField({
  id,
  name,
  label,
  hint,
  error,
  invalid,
  value,
  inputRef,
  onInput,
  input,
}: InputFieldProps) {
  const hintId = hint ? `${id}-hint` : '';
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        {...input}
        id={id}
        ref={inputRef ?? null}
        name={name}
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={(invalid ? `${hintId} ${errorId}` : hintId).trim() || undefined}
        {...(onInput && { onInput })}
      />
      {invalid && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface NumberInputFieldProps extends Omit<InputFieldProps, 'input' | 'hint'> {
  hint: string;
  decimals?: boolean;
}

/**
 * A field for a number: a text input (not type=number, which drops what it cannot parse and
 * spins on scroll) that brings up the numeric keyboard.
 */
export const NumberInputField = ({ decimals, ...field }: NumberInputFieldProps) => (
  <InputField {...field} input={{ type: 'text', inputMode: decimals ? 'decimal' : 'numeric', autoComplete: 'off' }} />
);
