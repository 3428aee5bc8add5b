import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { splitForNeeds } from '../../lib/assessment/split';
import { defaultLabelOf, type BuiltInKey } from '../../lib/handoff/built-in-rows';
import { describeCheckChange } from '../../lib/handoff/check-changes';
import { checksForRow, runChecks, summarizeChecks, type CheckResult } from '../../lib/handoff/checks';
import type { MatrixImport } from '../../lib/handoff/json-codec';
import { isoDateOf } from '../../lib/handoff/limits';
import { decodeMatrixLink, hasMatrixLink } from '../../lib/handoff/link-codec';
import {
  addRow,
  createDefaultMatrix,
  MAX_ROWS,
  matrixFromSplit,
  missingBuiltInKeys,
  reinsertRow,
  removeRow,
  renameRow,
  restoreBuiltInRow,
  updateMatrixInfo,
  updateRow,
  type HandoffMatrix,
  type MatrixRow,
  type RowKind,
} from '../../lib/handoff/matrix';
import {
  $assessment,
  $handoff,
  $handoffBackup,
  $storageWorks,
  replaceMatrix,
  restoreBackup,
} from '../../stores/handoff';
import { DraftInput } from './DraftInput';
import { PlanOut } from './PlanOut';
import { PrintAppendix } from './PrintAppendix';
import { RowEditor } from './RowEditor';

/** The assessment's wording for the split, validated at build time by the page. */
export type SplitWording = Parameters<typeof splitForNeeds>[2];

interface Props {
  splitWording: SplitWording;
  /** Makes the guide links in a Markdown export absolute. */
  siteUrl: string;
}

interface Notice {
  text: string;
  warnings?: string[];
  /** Offer to go back to the plan that was replaced. */
  goBack?: boolean;
  /** Offer to replace the saved plan with one from the assessment. */
  fromAssessment?: boolean;
  error?: boolean;
}

interface Removed {
  row: MatrixRow;
  index: number;
}

/** What the server renders and every first visit starts from. */
const DEFAULT_MATRIX = createDefaultMatrix();
const current = (): HandoffMatrix => $handoff.get() ?? DEFAULT_MATRIX;

function edit(change: (matrix: HandoffMatrix) => HandoffMatrix) {
  const before = current();
  const after = change(before);
  if (after !== before) $handoff.set(after);
}

const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

const KIND_SECTIONS: { kind: RowKind; title: string; add: string; intro: string }[] = [
  {
    kind: 'function',
    title: 'Who owns each kind of work',
    add: 'Add a function',
    intro: 'Each slice of IT work gets one owner. Shared work needs a named lead.',
  },
  {
    kind: 'handoff',
    title: 'Where the two teams hand over',
    add: 'Add a handoff point',
    intro: 'The points where work passes between the teams, and the terms that keep them honest.',
  },
];

export default function HandoffPlanner({ splitWording, siteUrl }: Props) {
  const stored = useStore($handoff);
  const backup = useStore($handoffBackup);
  const storageWorks = useStore($storageWorks);
  // Until the page has decided where the plan comes from, render what the server rendered.
  const [ready, setReady] = useState(false);
  const [today, setToday] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [restoreKey, setRestoreKey] = useState('');
  const [change, setChange] = useState('');
  const lastChecks = useRef<CheckResult[] | null>(null);

  const matrix = ready ? (stored ?? DEFAULT_MATRIX) : DEFAULT_MATRIX;
  const checks = useMemo(() => runChecks(matrix), [matrix]);
  const summary = summarizeChecks(checks);

  const assessmentPlan = (): HandoffMatrix | null => {
    const { answers, preparedFor } = $assessment.get();
    if (!answers.needsAnswered) return null;
    const plan = matrixFromSplit(splitForNeeds(answers.needs, answers.customApps === true, splitWording));
    return updateMatrixInfo(plan, { internalTeam: preparedFor ?? '' });
  };

  // Precedence on opening: a shared link, else the plan saved here, else the fit assessment, else defaults.
  useEffect(() => {
    setToday(isoDateOf(new Date()));
    const search = location.search;
    const clearAddress = () => history.replaceState(null, '', location.pathname + location.hash);
    if (hasMatrixLink(search)) {
      void decodeMatrixLink(search).then((opened) => {
        if (opened.ok) {
          const kept = replaceMatrix(opened.matrix);
          setNotice({
            text: kept
              ? 'This plan comes from the link you opened. It replaced the plan saved in this browser, which is kept: you can go back to it.'
              : 'This plan comes from the link you opened. Your changes are saved in this browser.',
            warnings: opened.warnings,
            goBack: kept,
          });
        } else {
          setNotice({
            text: `${opened.error} ${$handoff.get() ? 'Your saved plan is unchanged.' : ''}`,
            error: true,
          });
        }
        clearAddress();
        setReady(true);
      });
      return;
    }
    const fromAssessment = new URLSearchParams(search).get('from') === 'assessment';
    const plan = fromAssessment || $handoff.get() === undefined ? assessmentPlan() : null;
    if (plan && $handoff.get() === undefined) {
      $handoff.set(plan);
      setNotice({
        text: 'Filled in from your fit assessment: the work it suggested handing over is on the MSP, the rest stays with your team. Change anything below.',
      });
    } else if (plan) {
      setNotice({
        text: 'This browser already holds a plan, so it stays on screen. You can start again from your fit assessment instead; the plan you have now is kept.',
        fromAssessment: true,
      });
    }
    if (fromAssessment) clearAddress();
    setReady(true);
  }, []);

  // Text boxes hand over their text on change; closing the tab mid-word should not lose it.
  useEffect(() => {
    const commit = () => (document.activeElement as HTMLElement | null)?.blur?.();
    addEventListener('pagehide', commit);
    return () => removeEventListener('pagehide', commit);
  }, []);

  // Screen readers hear what an edit opened or closed, next to the count.
  useEffect(() => {
    if (!ready) return;
    if (lastChecks.current) {
      const said = describeCheckChange(lastChecks.current, checks);
      if (said) setChange(said);
    }
    lastChecks.current = checks;
  }, [checks, ready]);

  const opened = (result: Extract<MatrixImport, { ok: true }>, what: string) => {
    const kept = replaceMatrix(result.matrix);
    setRemoved(null);
    setNotice({
      text: `Opened ${what}.${kept ? ' It replaced the plan on screen, which is kept: you can go back to it.' : ''}`,
      warnings: result.warnings,
      goBack: kept,
    });
    focusSoon('.planner > .notice');
  };

  const remove = (row: MatrixRow) => {
    const index = current().rows.findIndex((other) => other.id === row.id);
    edit((m) => removeRow(m, row.id));
    setRemoved({ row, index });
    setRenaming(null);
    focusSoon('#hp-undo');
  };

  const undoRemove = () => {
    if (!removed) return;
    edit((m) => reinsertRow(m, removed.row, removed.index));
    setRemoved(null);
    focusSoon(`#row-${removed.row.id} h3 + div button`);
  };

  const finishRename = (row: MatrixRow, label: string | null) => {
    if (label !== null) edit((m) => renameRow(m, row.id, label));
    setRenaming(null);
    focusSoon(`#row-${row.id} h3 + div button`);
  };

  const add = (kind: RowKind) => {
    const before = current();
    const after = addRow(before, kind);
    if (after === before) return;
    $handoff.set(after);
    const added = after.rows.find((row) => !before.rows.some((old) => old.id === row.id));
    if (added) setRenaming(added.id);
  };

  const missing = missingBuiltInKeys(matrix);
  const full = matrix.rows.length >= MAX_ROWS;
  const planChecks = checks.filter((check) => check.rowId === null);

  return (
    <div class="planner" data-ready={ready ? '' : undefined}>
      {notice && (
        <div class={`notice no-print${notice.error ? ' hp-error' : ''}`} role="region" aria-label="About this plan" tabIndex={-1}>
          <p>{notice.text}</p>
          {notice.warnings && notice.warnings.length > 0 && (
            <>
              <p>Some of it could not be used as it was:</p>
              <ul>
                {notice.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </>
          )}
          <div class="share-buttons">
            {notice.goBack && backup && (
              <button
                type="button"
                onClick={() => {
                  restoreBackup();
                  setNotice({ text: 'Back to your earlier plan. The one you opened is kept, in case you want it again.', goBack: true });
                }}
              >
                Go back to the earlier plan
              </button>
            )}
            {notice.fromAssessment && (
              <button
                type="button"
                onClick={() => {
                  const plan = assessmentPlan();
                  if (plan) opened({ ok: true, matrix: plan, warnings: [] }, 'a plan from your fit assessment');
                }}
              >
                Start from the assessment
              </button>
            )}
            <button type="button" class="secondary" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {!storageWorks && (
        <p class="notice no-print" role="status">
          This browser is not saving the plan, so it will be lost on reload. Download the JSON file to keep it.
        </p>
      )}
      <fieldset class="hp-info no-print">
        <legend>The two teams</legend>
        <div class="hp-field">
          <label for="hp-internal">Internal IT team</label>
          <DraftInput
            type="text"
            id="hp-internal"
            value={matrix.internalTeam}
            onCommit={(value) => edit((m) => updateMatrixInfo(m, { internalTeam: value }))}
            autocomplete="organization"
          />
        </div>
        <div class="hp-field">
          <label for="hp-msp">MSP</label>
          <DraftInput
            type="text"
            id="hp-msp"
            value={matrix.mspName}
            onCommit={(value) => edit((m) => updateMatrixInfo(m, { mspName: value }))}
          />
        </div>
        <div class="hp-field">
          <label for="hp-date">Date agreed</label>
          <DraftInput
            type="date"
            id="hp-date"
            value={matrix.date}
            onCommit={(value) => edit((m) => updateMatrixInfo(m, { date: value }))}
          />
        </div>
      </fieldset>
      <div class="hp-summary no-print">
        <p role="status" class="hp-count">
          <strong>{summary.text}.</strong>
          <span class="visually-hidden"> {change}</span>
        </p>
        {summary.count > 0 && <p>Each open check sits under its row, with the part of the guide that explains it.</p>}
        {planChecks.length > 0 && (
          <ul class="hp-checks" aria-label="Open checks for the whole plan">
            {planChecks.map((check) => (
              <li key={check.id}>
                {check.message} <a href={check.href}>{check.guideTitle}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="hp-editor no-print">
        {KIND_SECTIONS.map(({ kind, title, add: addLabel, intro }) => (
          <section key={kind} aria-labelledby={`hp-${kind}-title`}>
            <h2 id={`hp-${kind}-title`}>{title}</h2>
            <p>{intro}</p>
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
                    onPatch={(patch) => edit((m) => updateRow(m, row.id, patch))}
                    onStartRename={() => setRenaming(renaming === row.id ? null : row.id)}
                    onRename={(label) => finishRename(row, label)}
                    onRemove={() => remove(row)}
                  />
                ))}
            </ol>
            <button type="button" class="secondary" disabled={full} onClick={() => add(kind)}>
              {addLabel}
            </button>
          </section>
        ))}
        {removed && (
          <p class="notice hp-undo" role="status">
            Removed “{removed.row.label}”.{' '}
            <button type="button" id="hp-undo" class="secondary" onClick={undoRemove}>
              Undo
            </button>
          </p>
        )}
        {missing.length > 0 && !full && (
          <div class="hp-restore">
            <label for="hp-restore">Put back a standard row</label>
            <select id="hp-restore" value={restoreKey} onChange={(event) => setRestoreKey(event.currentTarget.value)}>
              <option value="">Choose a row</option>
              {missing.map((key) => (
                <option key={key} value={key}>
                  {defaultLabelOf(key)}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                const key = (missing as string[]).includes(restoreKey) ? (restoreKey as BuiltInKey) : missing[0]!;
                edit((m) => restoreBuiltInRow(m, key));
                setRestoreKey('');
                focusSoon(`#row-${current().rows.find((row) => row.key === key)?.id ?? ''} input`);
              }}
            >
              Put it back
            </button>
          </div>
        )}
        {full && <p>The plan holds {MAX_ROWS} rows, the most it can; remove one to add another.</p>}
      </div>
      <PlanOut current={current} siteUrl={siteUrl} onOpen={(result, name) => opened(result, `“${name}”`)} />
      <PrintAppendix matrix={matrix} checks={checks} today={today} />
    </div>
  );
}
