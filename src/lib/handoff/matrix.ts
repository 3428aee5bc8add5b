/**
 * The handoff matrix: who owns each slice of IT work and each point where the internal team
 * and the MSP hand work over. Every function here is pure and immutable, and none throws:
 * an unknown row id or an out-of-range edit gives back the same matrix object, so the page
 * can call them straight from event handlers and compare by reference.
 *
 * Text is cleaned on the way in (one line, no control characters, trimmed, length-capped).
 * Trimming on every keystroke would eat the space a user just typed, so a text box should
 * commit on change/blur or keep its own draft.
 */
import { FUNCTION_IDS, type FunctionId, type SplitItem, type SplitSuggestion } from '../assessment/split';
import {
  BUILT_IN_KEYS,
  builtInName,
  DEFAULT_FUNCTION_IDS,
  kindOfKey,
  usualOwnerOf,
  type BuiltInKey,
  type RowNames,
} from './built-in-rows';
import { cleanDate, cleanName, cleanText, MAX_ROWS } from './limits';
import { detailFor, type DetailPatch, type RowDetail } from './row-detail';
import { freeIdFor, nextCustomId } from './row-ids';
import { HANDOFF_KEYS, isOwner, isRowKind, type Owner, type RowKind } from './vocabulary';

export type { BuiltInKey, RowNames } from './built-in-rows';
export type { DetailPatch, ExitTerms, RowDetail } from './row-detail';
export type { Owner, RowKind } from './vocabulary';
export { MAX_INTAKE_CHANNELS, MAX_NAME_LENGTH, MAX_ROWS, MAX_TEXT_LENGTH } from './limits';

export interface MatrixRow {
  /** Unique within the matrix; built-in rows start with their key as id. */
  id: string;
  kind: RowKind;
  /** The built-in row this is (kept through renames, so checks still find it); null when custom. */
  key: BuiltInKey | null;
  label: string;
  owner: Owner;
  /** The named person leading a shared row; kept when the owner changes, used only when shared. */
  lead: string;
  /** The named role to escalate to. */
  escalation: string;
  responseTarget: string;
  notes: string;
  /** Only on ticket-intake, scope-review and exit-terms rows (see row-detail.ts). */
  detail?: RowDetail;
}

export const MATRIX_VERSION = 1;

export interface HandoffMatrix {
  version: typeof MATRIX_VERSION;
  internalTeam: string;
  mspName: string;
  /** YYYY-MM-DD, or '' until one is set. */
  date: string;
  rows: MatrixRow[];
}

/** A built-in row under its name in `names`, with everything but the owner blank. */
export function builtInRow(key: BuiltInKey, owner: Owner, names: RowNames, id: string = key): MatrixRow {
  const detail = detailFor(key);
  return {
    id,
    kind: kindOfKey(key),
    key,
    label: builtInName(names, key),
    owner,
    lead: '',
    escalation: '',
    responseTarget: '',
    notes: '',
    ...(detail && { detail }),
  };
}

const handoffRows = (names: RowNames): MatrixRow[] =>
  HANDOFF_KEYS.map((key) => builtInRow(key, usualOwnerOf(key), names));

/**
 * The usual split from the guide, for a plan started without an assessment: the internal team
 * keeps strategy, users, business apps, compliance and vendors; the MSP takes the rest.
 */
export function createDefaultMatrix(names: RowNames, date = ''): HandoffMatrix {
  return {
    version: MATRIX_VERSION,
    internalTeam: '',
    mspName: '',
    date: cleanDate(date),
    rows: [...DEFAULT_FUNCTION_IDS.map((id) => builtInRow(id, usualOwnerOf(id), names)), ...handoffRows(names)],
  };
}

/**
 * A plan pre-filled from the assessment's suggested split: each function on the side the
 * split put it, with the split's reason as its note. The optional functions (cloud, compliance
 * evidence) appear only when handed to the MSP; a default function the split leaves out keeps
 * the usual owner. Handoff rows start as in createDefaultMatrix.
 */
export function matrixFromSplit(split: SplitSuggestion, names: RowNames, date = ''): HandoffMatrix {
  const sideOf = new Map<FunctionId, [Owner, SplitItem]>();
  for (const item of split.internal) sideOf.set(item.id, ['internal', item]);
  for (const item of split.msp) sideOf.set(item.id, ['msp', item]);
  const listed = FUNCTION_IDS.filter((id) => DEFAULT_FUNCTION_IDS.includes(id) || sideOf.get(id)?.[0] === 'msp');
  const functionRows = listed.map((id) => {
    const side = sideOf.get(id);
    const row = builtInRow(id, side?.[0] ?? usualOwnerOf(id), names);
    if (!side) return row;
    const label = cleanName(side[1].label);
    return { ...row, label: label || row.label, notes: cleanText(side[1].note) };
  });
  return { ...createDefaultMatrix(names, date), rows: [...functionRows, ...handoffRows(names)] };
}

const takenIds = (matrix: HandoffMatrix): Set<string> => new Set(matrix.rows.map((row) => row.id));

/** Puts `row` after the last row of its kind (functions stay above handoff points). */
function insertByKind(matrix: HandoffMatrix, row: MatrixRow): HandoffMatrix {
  const lastOfKind = matrix.rows.findLastIndex((other) => other.kind === row.kind);
  const at = lastOfKind === -1 ? (row.kind === 'function' ? 0 : matrix.rows.length) : lastOfKind + 1;
  return { ...matrix, rows: [...matrix.rows.slice(0, at), row, ...matrix.rows.slice(at)] };
}

/** A custom row, unassigned, named `label` or else as `names` calls an added row; unchanged at MAX_ROWS or for an unknown kind. */
export function addRow(matrix: HandoffMatrix, kind: RowKind, names: RowNames, label = ''): HandoffMatrix {
  if (matrix.rows.length >= MAX_ROWS || !isRowKind(kind)) return matrix;
  return insertByKind(matrix, {
    id: nextCustomId(takenIds(matrix)),
    kind,
    key: null,
    label: cleanName(label) || names.added[kind],
    owner: 'unassigned',
    lead: '',
    escalation: '',
    responseTarget: '',
    notes: '',
  });
}

/** The built-in rows no longer in the matrix, so the page can offer to put one back. */
export const missingBuiltInKeys = (matrix: HandoffMatrix): BuiltInKey[] =>
  BUILT_IN_KEYS.filter((key) => !matrix.rows.some((row) => row.key === key));

/** Puts back a removed built-in row with its usual owner; unchanged when present or full. */
export function restoreBuiltInRow(matrix: HandoffMatrix, key: BuiltInKey, names: RowNames): HandoffMatrix {
  if (matrix.rows.length >= MAX_ROWS || !missingBuiltInKeys(matrix).includes(key)) return matrix;
  return insertByKind(matrix, builtInRow(key, usualOwnerOf(key), names, freeIdFor(key, takenIds(matrix))));
}

/** Unchanged for an unknown id or a label that is empty once cleaned: a row needs a name. */
export function renameRow(matrix: HandoffMatrix, id: string, label: string): HandoffMatrix {
  const cleaned = typeof label === 'string' ? cleanName(label) : '';
  return cleaned === '' ? matrix : updateRow(matrix, id, { label: cleaned });
}

export function removeRow(matrix: HandoffMatrix, id: string): HandoffMatrix {
  const rows = matrix.rows.filter((row) => row.id !== id);
  return rows.length === matrix.rows.length ? matrix : { ...matrix, rows };
}

/**
 * Puts a row that was just removed back at `index` (an undo). Unchanged when the matrix is full
 * or already holds its id or built-in key; when `index` would put it among rows of the other
 * kind, it goes after the last row of its own kind instead.
 */
export function reinsertRow(matrix: HandoffMatrix, row: MatrixRow, index: number): HandoffMatrix {
  if (
    matrix.rows.length >= MAX_ROWS ||
    takenIds(matrix).has(row.id) ||
    (row.key !== null && matrix.rows.some((other) => other.key === row.key))
  ) {
    return matrix;
  }
  const at = Number.isInteger(index) ? Math.max(0, Math.min(index, matrix.rows.length)) : matrix.rows.length;
  const before = matrix.rows[at - 1];
  const after = matrix.rows[at];
  if (
    (row.kind === 'function' && before?.kind === 'handoff') ||
    (row.kind === 'handoff' && after?.kind === 'function')
  ) {
    return insertByKind(matrix, row);
  }
  return { ...matrix, rows: [...matrix.rows.slice(0, at), row, ...matrix.rows.slice(at)] };
}

/** Changes to a row; absent fields are kept. Detail fields apply only to the row they belong to. */
export interface RowPatch extends DetailPatch {
  label?: string;
  owner?: Owner;
  lead?: string;
  escalation?: string;
  responseTarget?: string;
  notes?: string;
}

const textOr = (value: unknown, clean: (raw: string) => string, current: string): string =>
  typeof value === 'string' ? clean(value) : current;

/** Applies `patch` to the row with `id`; an invalid owner or an empty label is ignored. */
export function updateRow(matrix: HandoffMatrix, id: string, patch: RowPatch): HandoffMatrix {
  const index = matrix.rows.findIndex((row) => row.id === id);
  const row = matrix.rows[index];
  if (row === undefined) return matrix;
  const detail = detailFor(row.key, patch, row.detail);
  const updated: MatrixRow = {
    id: row.id,
    kind: row.kind,
    key: row.key,
    label: textOr(patch.label, cleanName, '') || row.label,
    owner: isOwner(patch.owner) ? patch.owner : row.owner,
    lead: textOr(patch.lead, cleanName, row.lead),
    escalation: textOr(patch.escalation, cleanName, row.escalation),
    responseTarget: textOr(patch.responseTarget, cleanText, row.responseTarget),
    notes: textOr(patch.notes, cleanText, row.notes),
    ...(detail && { detail }),
  };
  return { ...matrix, rows: matrix.rows.with(index, updated) };
}

export interface MatrixInfoPatch {
  internalTeam?: string;
  mspName?: string;
  /** YYYY-MM-DD; anything else clears the date. */
  date?: string;
}

/** The two teams' names and the date the appendix prints. */
export function updateMatrixInfo(matrix: HandoffMatrix, patch: MatrixInfoPatch): HandoffMatrix {
  return {
    ...matrix,
    internalTeam: textOr(patch.internalTeam, cleanName, matrix.internalTeam),
    mspName: textOr(patch.mspName, cleanName, matrix.mspName),
    date: textOr(patch.date, cleanDate, matrix.date),
  };
}
