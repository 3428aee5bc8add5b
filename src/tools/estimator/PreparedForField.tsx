import { Component } from 'preact';
import { PREPARED_FOR_MAX_LENGTH } from '../../lib/pricing/link-codec';

interface Props {
  label: string;
  hint: string;
  /** The name in the store; null when none is given. */
  value: string | null;
  onName: (name: string | null) => void;
}

interface State {
  typed: string;
  /** The store's name as the field last showed or reported it. */
  shown: string;
}

/**
 * Who the estimate is for. Keeps what the reader types (a blank name is stored as none, yet the
 * spaces typed so far stay in the field) and shows a name set elsewhere.
 */
export class PreparedForField extends Component<Props, State> {
  override state: State = { typed: this.props.value ?? '', shown: this.props.value ?? '' };

  static override getDerivedStateFromProps({ value }: Props, { shown }: State): Partial<State> | null {
    return (value ?? '') === shown ? null : { typed: value ?? '', shown: value ?? '' };
  }

  private onInput = (event: Event) => {
    const typed = (event.currentTarget as HTMLInputElement).value;
    const name = typed.trim() ? typed : null;
    this.setState({ typed, shown: name ?? '' });
    this.props.onName(name);
  };

  override render({ label, hint }: Props, { typed }: State) {
    return (
      <div class="field">
        <label for="prepared-for">{label}</label>
        <p class="hint" id="prepared-for-hint">
          {hint}
        </p>
        <input
          id="prepared-for"
          name="for"
          type="text"
          maxLength={PREPARED_FOR_MAX_LENGTH}
          autocomplete="organization"
          aria-describedby="prepared-for-hint"
          value={typed}
          onInput={this.onInput}
        />
      </div>
    );
  }
}
