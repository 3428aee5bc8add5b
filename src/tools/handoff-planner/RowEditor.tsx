import { Component } from 'preact';
import type { PlannerWords, RowWords } from '../../lib/handoff-copy/copy-schema';
import type { CheckResult } from '../../lib/handoff/checks';
import { ownerName } from '../../lib/handoff/describe-row';
import type { HandoffMatrix, MatrixRow, RowPatch } from '../../lib/handoff/matrix';
import { OWNERS } from '../../lib/handoff/vocabulary';
import { fillTemplate } from '../../lib/text/template';
import { CheckList } from './CheckList';
import { DetailFields } from './DetailFields';
import { RenameForm } from './RenameForm';
import { KEEP_SERVER_HTML } from '../shell/hydrate-island';
import { TextField } from './TextField';

interface Props {
  row: MatrixRow;
  matrix: HandoffMatrix;
  checks: readonly CheckResult[];
  renaming: boolean;
  /**
   * False while the page is opening: the card keeps the server's markup untouched (no hydration
   * work) until the planner brings it to life, a few cards per task (see staggered-hydration.ts).
   */
  live: boolean;
  words: PlannerWords['card'];
  rowWords: RowWords;
  onPatch(patch: RowPatch): void;
  /** The new name, or null to keep the old one. */
  onRename(label: string | null): void;
  onStartRename(): void;
  onRemove(): void;
}

const sameChecks = (a: readonly CheckResult[], b: readonly CheckResult[]) =>
  a.length === b.length && a.every((check, index) => check.message === b[index]!.message);

/**
 * One row of the matrix as a card of labelled fields; a grid on wide screens (tools.css). It
 * re-renders only when what it shows changes, so an edit redraws one card, not the whole plan.
 * Its callbacks must therefore read state when called, never capture it.
 */
export class RowEditor extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    const now = this.props;
    return (
      next.row !== now.row ||
      next.renaming !== now.renaming ||
      next.live !== now.live ||
      next.matrix.internalTeam !== now.matrix.internalTeam ||
      next.matrix.mspName !== now.matrix.mspName ||
      !sameChecks(next.checks, now.checks)
    );
  }

  override render({
    row,
    matrix,
    checks,
    renaming,
    live,
    words,
    rowWords,
    onPatch,
    onRename,
    onStartRename,
    onRemove,
  }: Props) {
    const id = `hp-${row.id}`;
    const { label } = row;
    const fields = words.fields;
    const named = (template: string) => fillTemplate(template, { row: label });
    /** A free-text field of every row, by what it edits and the end of its id. */
    const textField = (key: 'escalation' | 'responseTarget' | 'notes', suffix: string) => (
      <TextField
        id={`${id}-${suffix}`}
        words={fields[key]}
        rowLabel={label}
        value={row[key]}
        onCommit={(text) => onPatch({ [key]: text })}
      />
    );
    // The same element either way, so a card coming to life is diffed in place.
    const card = {
      class: checks.length ? 'hp-row hp-open' : 'hp-row',
      id: `row-${row.id}`,
      'aria-labelledby': `${id}-name`,
    };
    if (!live) return <li {...card} dangerouslySetInnerHTML={KEEP_SERVER_HTML} />;
    return (
      <li {...card}>
        <div class="hp-row-head">
          <h3 id={`${id}-name`}>{label}</h3>
          <div class="hp-row-tools">
            <button
              type="button"
              class="secondary"
              onClick={onStartRename}
              aria-expanded={renaming ? 'true' : 'false'}
              aria-label={named(words.renameRow)}
            >
              {words.rename}
            </button>
            <button type="button" class="secondary" onClick={onRemove} aria-label={named(words.removeRow)}>
              {words.remove}
            </button>
          </div>
        </div>
        {renaming && <RenameForm id={id} label={label} words={words} onRename={onRename} />}
        <fieldset class="hp-owner" aria-label={named(words.ownerOf)}>
          <legend>{words.owner}</legend>
          {OWNERS.map((owner) => (
            <label class="hp-choice" key={owner}>
              <input
                type="radio"
                name={`${id}-owner`}
                value={owner}
                checked={row.owner === owner}
                onChange={() => onPatch({ owner })}
              />
              {ownerName(owner, matrix, rowWords)}
            </label>
          ))}
        </fieldset>
        <div class="hp-fields">
          {row.owner === 'shared' && (
            <TextField
              id={`${id}-lead`}
              words={fields.lead}
              rowLabel={label}
              value={row.lead}
              required={words.required}
              onCommit={(lead) => onPatch({ lead })}
            />
          )}
          {textField('escalation', 'escalation')}
          {textField('responseTarget', 'response')}
          <DetailFields id={id} row={row} words={fields} rowWords={rowWords} onPatch={onPatch} />
          {textField('notes', 'notes')}
        </div>
        {checks.length > 0 && <CheckList checks={checks} label={named(words.checksFor)} />}
      </li>
    );
  }
}
