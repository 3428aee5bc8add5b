import { useLayoutEffect, useRef } from 'preact/hooks';
import { DraftInput } from './DraftInput';
import type { CheckResult } from '../../lib/handoff/checks';
import { CADENCE_WORDS } from '../../lib/handoff/describe-row';
import type { HandoffMatrix, MatrixRow, RowPatch } from '../../lib/handoff/matrix';
import { OWNERS, REVIEW_CADENCES, type Owner, type ReviewCadence } from '../../lib/handoff/vocabulary';

interface Props {
  row: MatrixRow;
  matrix: HandoffMatrix;
  checks: CheckResult[];
  renaming: boolean;
  onPatch(patch: RowPatch): void;
  onRename(label: string | null): void;
  onStartRename(): void;
  onRemove(): void;
}

const OWNER_WORDS = (matrix: HandoffMatrix): Record<Owner, string> => ({
  internal: matrix.internalTeam || 'Internal team',
  msp: matrix.mspName || 'MSP',
  shared: 'Shared',
  unassigned: 'Nobody yet',
});

/** " of Backup and disaster recovery": read by screen readers after each short visible label. */
const Of = ({ label, word = 'of' }: { label: string; word?: string | undefined }) => (
  <span class="visually-hidden">
    {' '}
    {word} {label}
  </span>
);

interface TextProps {
  id: string;
  label: string;
  rowLabel: string;
  value: string;
  word?: string;
  hint?: string;
  required?: boolean;
  onCommit(value: string): void;
}

/** A text box that hands its text over on change (blur or Enter), never on each keystroke. */
function TextField({ id, label, rowLabel, value, word, hint, required, onCommit }: TextProps) {
  return (
    <div class={`hp-field${required ? ' hp-required' : ''}`}>
      <label for={id}>
        {label}
        <Of label={rowLabel} word={word} />
        {required && ' (required)'}
      </label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <DraftInput
        type="text"
        id={id}
        value={value}
        required={required}
        aria-invalid={required && value === '' ? 'true' : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onCommit={onCommit}
      />
    </div>
  );
}

/** One row of the matrix as a card of labelled fields; a grid on wide screens. */
export function RowEditor({ row, matrix, checks, renaming, onPatch, onRename, onStartRename, onRemove }: Props) {
  const id = `hp-${row.id}`;
  const { label } = row;
  const owners = OWNER_WORDS(matrix);
  const renameField = useRef<HTMLInputElement>(null);
  // Focus moves to the new name in the same task as the click, so no keystroke lands elsewhere.
  useLayoutEffect(() => {
    if (renaming) renameField.current?.select();
  }, [renaming]);
  const detail = row.detail;

  return (
    <li class={`hp-row${checks.length ? ' hp-open' : ''}`} id={`row-${row.id}`} aria-labelledby={`${id}-name`}>
      <div class="hp-row-head">
        <h3 id={`${id}-name`}>{label}</h3>
        <div class="hp-row-tools no-print">
          <button type="button" class="secondary" onClick={onStartRename} aria-expanded={renaming}>
            Rename
            <span class="visually-hidden"> {label}</span>
          </button>
          <button type="button" class="secondary" onClick={onRemove}>
            Remove
            <span class="visually-hidden"> {label}</span>
          </button>
        </div>
      </div>
      {renaming && (
        <form
          class="hp-rename"
          onSubmit={(event) => {
            event.preventDefault();
            onRename(renameField.current?.value ?? '');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onRename(null);
          }}
        >
          <label for={`${id}-rename`}>
            New name
            <Of label={label} word="for" />
          </label>
          <input type="text" id={`${id}-rename`} ref={renameField} defaultValue={label} maxLength={80} required />
          <button type="submit">Save name</button>
          <button type="button" class="secondary" onClick={() => onRename(null)}>
            Cancel
          </button>
        </form>
      )}
      <fieldset class="hp-owner">
        <legend>
          Owner
          <Of label={label} />
        </legend>
        {OWNERS.map((owner) => (
          <label class="hp-choice" key={owner}>
            <input
              type="radio"
              name={`${id}-owner`}
              value={owner}
              checked={row.owner === owner}
              onChange={() => onPatch({ owner })}
            />
            <span>{owners[owner]}</span>
          </label>
        ))}
      </fieldset>
      <div class="hp-fields">
        {row.owner === 'shared' && (
          <TextField
            id={`${id}-lead`}
            label="Lead"
            rowLabel={label}
            value={row.lead}
            required
            hint="The person who decides when the teams disagree"
            onCommit={(lead) => onPatch({ lead })}
          />
        )}
        <TextField
          id={`${id}-escalation`}
          label="Escalate to"
          rowLabel={label}
          word="for"
          value={row.escalation}
          hint="A named role"
          onCommit={(escalation) => onPatch({ escalation })}
        />
        <TextField
          id={`${id}-response`}
          label="Response target"
          rowLabel={label}
          word="for"
          value={row.responseTarget}
          onCommit={(responseTarget) => onPatch({ responseTarget })}
        />
        {detail?.intakeChannels && (
          <TextField
            id={`${id}-channels`}
            label="Intake channels"
            rowLabel={label}
            word="for"
            value={detail.intakeChannels.join(', ')}
            hint="Every way users raise a ticket, separated by commas"
            onCommit={(text) => onPatch({ intakeChannels: text.split(',') })}
          />
        )}
        {detail?.reviewCadence !== undefined && (
          <div class="hp-field">
            <label for={`${id}-cadence`}>
              How often
              <Of label={label} word="for" />
            </label>
            <select
              id={`${id}-cadence`}
              value={detail.reviewCadence}
              onChange={(event) => onPatch({ reviewCadence: event.currentTarget.value as ReviewCadence })}
            >
              {REVIEW_CADENCES.map((cadence) => (
                <option value={cadence} key={cadence}>
                  {CADENCE_WORDS[cadence]}
                </option>
              ))}
            </select>
          </div>
        )}
        {detail?.exitTerms && (
          <>
            <TextField
              id={`${id}-tools`}
              label="Tools that stay or go"
              rowLabel={label}
              word="for"
              value={detail.exitTerms.tools}
              onCommit={(tools) => onPatch({ exitTerms: { tools } })}
            />
            <TextField
              id={`${id}-format`}
              label="Export format"
              rowLabel={label}
              word="for"
              value={detail.exitTerms.exportFormat}
              onCommit={(exportFormat) => onPatch({ exitTerms: { exportFormat } })}
            />
            <TextField
              id={`${id}-timeline`}
              label="Timeline"
              rowLabel={label}
              word="for"
              value={detail.exitTerms.timeline}
              onCommit={(timeline) => onPatch({ exitTerms: { timeline } })}
            />
          </>
        )}
        <TextField
          id={`${id}-notes`}
          label="Notes"
          rowLabel={label}
          word="on"
          value={row.notes}
          onCommit={(notes) => onPatch({ notes })}
        />
      </div>
      {checks.length > 0 && (
        <ul class="hp-checks" aria-label={`Open checks for ${label}`}>
          {checks.map((check) => (
            <li key={check.id}>
              {check.message} <a href={check.href}>{check.guideTitle}</a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
