import { Component } from 'preact';
import { readNumberInput, type NumberRules } from '../../lib/pricing/number-input';
import { NumberInputField, type NumberInputFieldProps } from '../shell/InputField';

interface Props extends Pick<NumberInputFieldProps, 'id' | 'name' | 'label' | 'hint' | 'error'> {
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
    return (
      <NumberInputField
        id={id}
        name={name}
        label={label}
        hint={hint}
        error={error}
        invalid={invalid}
        value={typed}
        decimals={rules.decimals}
        onInput={this.onInput}
      />
    );
  }
}
