import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { MAX_NAME_LENGTH } from '../../lib/handoff/limits';
import { fillTemplate } from '../../lib/text/template';

interface Props {
  /** The prefix of the row's element ids. */
  id: string;
  label: string;
  words: PlannerWords['card'];
  /** The new name, or null to keep the old one. */
  onRename(label: string | null): void;
}

/** Renames a row in place: Enter saves, Escape or Cancel keeps the old name. */
export function RenameForm({ id, label, words, onRename }: Props) {
  const fieldId = `${id}-rename`;
  return (
    <form
      class="hp-rename"
      onSubmit={(event) => {
        event.preventDefault();
        onRename((document.getElementById(fieldId) as HTMLInputElement | null)?.value ?? '');
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onRename(null);
      }}
    >
      <label for={fieldId}>{words.newName.label}</label>
      <input
        type="text"
        id={fieldId}
        defaultValue={label}
        maxLength={MAX_NAME_LENGTH}
        required
        aria-label={fillTemplate(words.newName.name, { row: label })}
      />
      <button type="submit">{words.saveName}</button>
      <button type="button" class="secondary" onClick={() => onRename(null)}>
        {words.cancel}
      </button>
    </form>
  );
}
