import { Component, type InputHTMLAttributes } from 'preact';

export type DraftInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit(value: string): void;
};

/**
 * A text box the browser owns while the reader types. A controlled input would be reset to the
 * stored text by any re-render before the change event (an announcement, another tab saving),
 * eating what was typed; this one takes the stored text only when that text itself changes.
 * It hands its text over on change (blur or Enter), never on each keystroke, because the matrix
 * trims and cleans what it is given.
 */
export class DraftInput extends Component<DraftInputProps> {
  override componentDidUpdate(previous: DraftInputProps) {
    const field = this.base as HTMLInputElement | undefined;
    if (field && previous.value !== this.props.value && field.value !== this.props.value)
      field.value = this.props.value;
  }

  override render({ value, onCommit, ...rest }: DraftInputProps) {
    return (
      <input
        {...rest}
        defaultValue={value}
        onChange={(event) => onCommit((event.currentTarget as HTMLInputElement).value)}
      />
    );
  }
}
