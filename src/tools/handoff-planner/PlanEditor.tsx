import { Component } from 'preact';
import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { builtInName, type BuiltInKey } from '../../lib/handoff/built-in-rows';
import { checksForRow, type CheckResult } from '../../lib/handoff/checks';
import {
  addRow,
  MAX_ROWS,
  missingBuiltInKeys,
  reinsertRow,
  removeRow,
  renameRow,
  restoreBuiltInRow,
  updateRow,
  type HandoffMatrix,
  type MatrixRow,
  type RowKind,
  type RowNames,
} from '../../lib/handoff/matrix';
import { ROW_KINDS } from '../../lib/handoff/vocabulary';
import { fillTemplate } from '../../lib/text/template';
import { focusRowField, focusRowTools, focusUndo, selectRenameField } from './focus';
import { currentPlan, editPlan } from './plan-edits';
import { RowEditor } from './RowEditor';

interface Props {
  matrix: HandoffMatrix;
  checks: readonly CheckResult[];
  /** How many cards are live; the rest keep the server's markup until their turn. */
  live: number;
  words: Pick<PlannerWords, 'sections' | 'editor' | 'card' | 'row'>;
  /** What a row put back or added is called. */
  names: RowNames;
}

interface State {
  /** The row just removed and where it stood, for Undo. */
  removed: { row: MatrixRow; index: number } | null;
  /** The id of the row being renamed. */
  renaming: string | null;
  /** The standard row chosen to put back; '' until one is. */
  restoreKey: string;
}

/** The rows of the plan, function by function and handoff by handoff, and adding, removing or renaming them. */
export class PlanEditor extends Component<Props, State> {
  override state: State = { removed: null, renaming: null, restoreKey: '' };

  /** Another plan replaced this one: Undo would bring back a row of the plan that is gone. */
  forgetRemoved() {
    this.setState({ removed: null });
  }

  override componentDidUpdate(_: Props, previous: State) {
    const { renaming } = this.state;
    if (renaming && renaming !== previous.renaming) selectRenameField(renaming);
  }

  private remove(row: MatrixRow) {
    const index = currentPlan().rows.findIndex((other) => other.id === row.id);
    editPlan((m) => removeRow(m, row.id));
    this.setState({ removed: { row, index }, renaming: null });
    focusUndo();
  }

  private undoRemove() {
    const { removed } = this.state;
    if (!removed) return;
    editPlan((m) => reinsertRow(m, removed.row, removed.index));
    this.setState({ removed: null });
    focusRowTools(removed.row.id);
  }

  private finishRename(row: MatrixRow, label: string | null) {
    if (label !== null) editPlan((m) => renameRow(m, row.id, label));
    this.setState({ renaming: null });
    focusRowTools(row.id);
  }

  /** A new row starts with its name being edited. */
  private add(kind: RowKind) {
    const before = currentPlan();
    const after = addRow(before, kind, this.props.names);
    if (after === before) return;
    editPlan(() => after);
    const added = after.rows.find((row) => !before.rows.some((old) => old.id === row.id));
    if (added) this.setState({ renaming: added.id });
  }

  private putBack(missing: readonly BuiltInKey[]) {
    const { restoreKey } = this.state;
    const key = (missing as readonly string[]).includes(restoreKey) ? (restoreKey as BuiltInKey) : missing[0];
    if (key === undefined) return;
    editPlan((m) => restoreBuiltInRow(m, key, this.props.names));
    this.setState({ restoreKey: '' });
    focusRowField(currentPlan().rows.find((row) => row.key === key)?.id ?? '');
  }

  override render({ matrix, checks, live, words, names }: Props, { removed, renaming, restoreKey }: State) {
    const { editor } = words;
    const missing = missingBuiltInKeys(matrix);
    const full = matrix.rows.length >= MAX_ROWS;
    return (
      <div class="hp-editor no-print">
        {ROW_KINDS.map((kind) => (
          <section key={kind} aria-labelledby={`hp-${kind}-title`}>
            <h2 id={`hp-${kind}-title`}>{words.sections[kind].title}</h2>
            <p>{words.sections[kind].intro}</p>
            <ol class="hp-rows">
              {matrix.rows
                .filter((row) => row.kind === kind)
                .map((row) => (
                  <RowEditor
                    key={row.id}
                    row={row}
                    matrix={matrix}
                    checks={checksForRow(checks, row.id)}
                    renaming={renaming === row.id}
                    live={matrix.rows.indexOf(row) < live}
                    words={words.card}
                    rowWords={words.row}
                    onPatch={(patch) => editPlan((m) => updateRow(m, row.id, patch))}
                    onStartRename={() =>
                      this.setState((now) => ({ renaming: now.renaming === row.id ? null : row.id }))
                    }
                    onRename={(label) => this.finishRename(row, label)}
                    onRemove={() => this.remove(row)}
                  />
                ))}
            </ol>
            <button type="button" class="secondary" disabled={full} onClick={() => this.add(kind)}>
              {words.sections[kind].add}
            </button>
          </section>
        ))}
        {removed && (
          <p class="notice hp-undo" role="status">
            {`${fillTemplate(editor.removed, { row: removed.row.label })} `}
            <button type="button" id="hp-undo" class="secondary" onClick={() => this.undoRemove()}>
              {editor.undo}
            </button>
          </p>
        )}
        {missing.length > 0 && !full && (
          <div class="hp-restore">
            <label for="hp-restore">{editor.restoreLabel}</label>
            <select
              id="hp-restore"
              value={restoreKey}
              onChange={(event) => this.setState({ restoreKey: (event.currentTarget as HTMLSelectElement).value })}
            >
              <option value="">{editor.restoreChoose}</option>
              {missing.map((key) => (
                <option key={key} value={key}>
                  {builtInName(names, key)}
                </option>
              ))}
            </select>
            <button type="button" class="secondary" onClick={() => this.putBack(missing)}>
              {editor.restore}
            </button>
          </div>
        )}
        {full && <p>{fillTemplate(editor.full, { max: MAX_ROWS })}</p>}
      </div>
    );
  }
}
