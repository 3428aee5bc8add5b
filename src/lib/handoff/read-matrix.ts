/**
 * Turning a parsed, migrated document (from a file or a link) into a matrix the page can
 * trust: every field type-checked by hand (zod would add ~15 KB to the planner's script),
 * every text cleaned and capped, ids made unique, and each change reported in plain words.
 * Whatever is wrong with one row costs that field or that row, never the whole plan.
 */
import { forDisplay } from '../text/for-display';
import { cleanLine, toPlainLine } from '../text/plain-line';
import { defaultLabelOf, isBuiltInKey, kindOfKey, type BuiltInKey } from './built-in-rows';
import { isJsonObject, own, type JsonObject } from './json-object';
import { cleanDate, MAX_NAME_LENGTH, MAX_ROWS, MAX_TEXT_LENGTH } from './limits';
import { MATRIX_VERSION, type HandoffMatrix, type MatrixRow } from './matrix';
import { detailFor, type DetailPatch, type ExitTerms } from './row-detail';
import { ROW_ID_PATTERN, nextCustomId } from './row-ids';
import { isOwner, isReviewCadence, isRowKind } from './vocabulary';
import type { JsonSource } from './untrusted-json';
import type { WarningList } from './warning-list';

const DOCUMENT_FIELDS = ['format', 'version', 'internalTeam', 'mspName', 'date', 'rows'];
const ROW_FIELDS = ['id', 'kind', 'key', 'label', 'owner', 'lead', 'escalation', 'responseTarget', 'notes', 'detail'];
export const UNTITLED_ROW = 'Untitled row';

type Warn = (text: string) => void;

function warnUnknownFields(object: JsonObject, known: readonly string[], where: string, warn: Warn): void {
  for (const field of Object.keys(object)) {
    if (!known.includes(field)) warn(`${where}: the unknown field "${forDisplay(field)}" was ignored.`);
  }
}

/** Cleaned text; a missing field is simply blank, a wrong type or an over-long text is reported. */
function readText(value: unknown, max: number, what: string, warn: Warn): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    warn(`${what}: not text, so left blank.`);
    return '';
  }
  if (toPlainLine(value).length > max) warn(`${what}: longer than ${max} characters, so shortened.`);
  return cleanLine(value, max);
}

function readDetail(value: unknown, where: string, warn: Warn): DetailPatch {
  if (!isJsonObject(value)) return {};
  const patch: DetailPatch = {};
  const channels = own(value, 'intakeChannels');
  if (Array.isArray(channels)) {
    patch.intakeChannels = channels.filter((channel): channel is string => typeof channel === 'string');
    if (patch.intakeChannels.length < channels.length)
      warn(`${where}: intake channels that were not text were dropped.`);
  }
  const cadence = own(value, 'reviewCadence');
  if (isReviewCadence(cadence)) patch.reviewCadence = cadence;
  else if (cadence !== undefined)
    warn(
      `${where}: the review cadence "${forDisplay(String(cadence))}" is not one the planner knows, so it was cleared.`,
    );
  const terms = own(value, 'exitTerms');
  if (isJsonObject(terms)) {
    const term = (field: keyof ExitTerms, name: string) =>
      readText(own(terms, field), MAX_TEXT_LENGTH, `${where}, exit terms ${name}`, warn);
    patch.exitTerms = {
      tools: term('tools', 'tools'),
      exportFormat: term('exportFormat', 'export format'),
      timeline: term('timeline', 'timeline'),
    };
  }
  return patch;
}

/** The row's built-in key, or null for a custom row, an unknown key or a key already used. */
function readKey(value: unknown, claimed: Set<BuiltInKey>, where: string, warn: Warn): BuiltInKey | null {
  if (value === undefined || value === null) return null;
  if (!isBuiltInKey(value)) {
    warn(`${where} names a built-in row the planner does not know, so it was kept as a custom row.`);
    return null;
  }
  if (claimed.has(value)) {
    warn(`${where} repeats the built-in row "${defaultLabelOf(value)}", so it was kept as a custom row.`);
    return null;
  }
  claimed.add(value);
  return value;
}

function readRow(
  raw: JsonObject,
  position: number,
  taken: Set<string>,
  claimed: Set<BuiltInKey>,
  warn: Warn,
): MatrixRow {
  const rawLabel = own(raw, 'label');
  const where = `Row ${position}${typeof rawLabel === 'string' && rawLabel.trim() ? ` ("${forDisplay(rawLabel)}")` : ''}`;
  warnUnknownFields(raw, ROW_FIELDS, where, warn);
  const key = readKey(own(raw, 'key'), claimed, where, warn);

  const rawKind = own(raw, 'kind');
  if (key === null && rawKind !== undefined && !isRowKind(rawKind))
    warn(`${where}: its kind was not recognised, so it is listed as a function.`);
  const kind = key !== null ? kindOfKey(key) : isRowKind(rawKind) ? rawKind : 'function';

  let label = readText(rawLabel, MAX_NAME_LENGTH, `${where}, label`, warn);
  if (label === '') {
    label = key === null ? UNTITLED_ROW : defaultLabelOf(key);
    warn(`${where} had no label, so it is called "${label}".`);
  }

  const rawOwner = own(raw, 'owner');
  if (!isOwner(rawOwner) && rawOwner !== undefined) {
    warn(
      `${where}: the owner "${forDisplay(String(rawOwner))}" is not one the planner knows, so the row is unassigned.`,
    );
  }

  const rawId = own(raw, 'id');
  const preferred = [rawId, key].find(
    (id): id is string => typeof id === 'string' && ROW_ID_PATTERN.test(id) && !taken.has(id),
  );
  const id = preferred ?? nextCustomId(taken);
  taken.add(id);

  const detail = detailFor(key, readDetail(own(raw, 'detail'), where, warn));
  return {
    id,
    kind,
    key,
    label,
    owner: isOwner(rawOwner) ? rawOwner : 'unassigned',
    lead: readText(own(raw, 'lead'), MAX_NAME_LENGTH, `${where}, lead`, warn),
    escalation: readText(own(raw, 'escalation'), MAX_NAME_LENGTH, `${where}, escalation role`, warn),
    responseTarget: readText(own(raw, 'responseTarget'), MAX_TEXT_LENGTH, `${where}, response target`, warn),
    notes: readText(own(raw, 'notes'), MAX_TEXT_LENGTH, `${where}, notes`, warn),
    ...(detail && { detail }),
  };
}

/**
 * A matrix from a saved plan already migrated to the current version; a sentence for the page
 * when there is no list of rows to read. `source` words the messages.
 */
export function readMatrix(
  saved: JsonObject,
  warnings: WarningList,
  source: JsonSource,
): HandoffMatrix | { error: string } {
  const rawRows = own(saved, 'rows');
  if (!Array.isArray(rawRows)) return { error: `This ${source} has no list of rows, so there is no matrix to open.` };
  const warn: Warn = (text) => warnings.add(text);
  warnUnknownFields(saved, DOCUMENT_FIELDS, `The ${source}`, warn);

  const internalTeam = readText(own(saved, 'internalTeam'), MAX_NAME_LENGTH, 'Internal team name', warn);
  const mspName = readText(own(saved, 'mspName'), MAX_NAME_LENGTH, 'MSP name', warn);
  const rawDate = own(saved, 'date');
  const date = typeof rawDate === 'string' ? cleanDate(rawDate) : '';
  if (date === '' && rawDate !== undefined && rawDate !== '') {
    warn(`The date "${forDisplay(String(rawDate))}" is not a date written YYYY-MM-DD, so it was left blank.`);
  }

  if (rawRows.length > MAX_ROWS)
    warn(`The ${source} lists ${rawRows.length} rows; only the first ${MAX_ROWS} were kept.`);
  const taken = new Set<string>();
  const claimed = new Set<BuiltInKey>();
  const rows: MatrixRow[] = [];
  rawRows.slice(0, MAX_ROWS).forEach((raw, index) => {
    if (isJsonObject(raw)) rows.push(readRow(raw, index + 1, taken, claimed, warn));
    else
      warn(
        `Row ${index + 1} is not a row (it holds ${raw === null ? 'nothing' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`}), so it was skipped.`,
      );
  });

  return { version: MATRIX_VERSION, internalTeam, mspName, date, rows };
}
