import { Component } from 'preact';
import { readNumberInput, type NumberRules } from '../../lib/pricing/number-input';

interface Props {
  id: string;
  /** The share link's parameter, so the form reads like the link. */
  name: string;
  label: string;
  hint: string;
  /** Shown under the field while what was typed cannot be used. */
  error: string;
  /** The input's value in the store. */
  value: number;
  rules: NumberRules;
  onNumber: (value: number) => void;
}

interface State {
  /** What the field shows: the reader's typing, kept as typed ("0250", "2."). */
  typed: string;
  /** The value the field last showed or reported, to tell a change made elsewhere from the reader's own. */
  shown: number;
  invalid: boolean;
}

/**
 * A number field that keeps what the reader types and reports only values it can use; a value
 * it cannot use is explained under the field, and the estimate keeps its last figures.
 */
export class NumberField extends Component<Props, State> {
  override state: State = { typed: String(this.props.value), shown: this.props.value, invalid: false };

  /** A value set elsewhere (a link, another tab, reset, devices following users) replaces what was typed. */
  static override getDerivedStateFromProps({ value }: Props, { shown }: State): Partial<State> | null {
    return value === shown ? null : { typed: String(value), shown: value, invalid: false };
  }

  private onInput = (event: Event) => {
    const typed = (event.currentTarget as HTMLInputElement).value;
    const read = readNumberInput(typed, this.props.rules);
    if (read.kind !== 'number') {
      this.setState({ typed, invalid: read.kind === 'invalid' });
      return;
    }
    this.setState({ typed, shown: read.value, invalid: false });
    this.props.onNumber(read.value);
  };

  override render({ id, name, label, hint, error, rules }: Props, { typed, invalid }: State) {
    const errorId = `${id}-error`;
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
        <input
          id={id}
          name={name}
          type="text"
          inputMode={rules.decimals ? 'decimal' : 'numeric'}
          autocomplete="off"
          value={typed}
          aria-describedby={invalid ? `${id}-hint ${errorId}` : `${id}-hint`}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={this.onInput}
        />
        {invalid && (
          <p class="field-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
    );
  }
}
