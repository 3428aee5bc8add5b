import { fillTemplate } from '../../lib/text/template';
import { DraftInput } from './DraftInput';

export interface FieldWords {
  label: string;
  /** The field's name for screen readers, naming its row: "Escalate to for {row}". */
  name: string;
  hint?: string;
}

interface Props {
  id: string;
  words: FieldWords;
  rowLabel: string;
  value: string;
  /** Said after the label of a field that must be filled in: "(required)". */
  required?: string;
  onCommit(value: string): void;
}

/**
 * A labelled text field of a row's card. Its accessible name names the row as an aria-label
 * rather than another element per field: the page already holds hundreds.
 */
export function TextField({ id, words, rowLabel, value, required, onCommit }: Props) {
  const hintId = `${id}-hint`;
  return (
    <div class="hp-field">
      <label for={id}>
        {words.label}
        {required && ` ${required}`}
      </label>
      {words.hint && (
        <span class="hint" id={hintId}>
          {words.hint}
        </span>
      )}
      <DraftInput
        type="text"
        id={id}
        value={value}
        // "Required" is announced from the attribute, so the name leaves it out.
        aria-label={fillTemplate(words.name, { row: rowLabel })}
        required={!!required}
        aria-invalid={required && value === '' ? 'true' : undefined}
        aria-describedby={words.hint ? hintId : undefined}
        onCommit={onCommit}
      />
    </div>
  );
}
