/**
 * Turning a parsed, migrated document (from a file or a link) into a matrix the page can
 * trust: every field type-checked by hand (zod would add ~15 KB to the planner's script),
 * every text cleaned and capped, ids made unique, and each change reported (read-problems.ts).
 * Whatever is wrong with one row costs that field or that row, never the whole plan.
 */
import { forDisplay } from '../text/for-display';
import { cleanLine, toPlainLine } from '../text/plain-line';
import { builtInName, isBuiltInKey, kindOfKey, type BuiltInKey, type RowNames } from './built-in-rows';
import { isJsonObject, own, type JsonObject } from './json-object';
import { cleanDate, MAX_NAME_LENGTH, MAX_ROWS, MAX_TEXT_LENGTH } from './limits';
import { MATRIX_VERSION, type HandoffMatrix, type MatrixRow } from './matrix';
import { detailFor, type DetailPatch, type ExitTerms } from './row-detail';
import { ROW_ID_PATTERN, nextCustomId } from './row-ids';
import { isOwner, isReviewCadence, isRowKind } from './vocabulary';
import type { Place, ReadWarning, TextField } from './read-problems';

const DOCUMENT_FIELDS = ['format', 'version', 'internalTeam', 'mspName', 'date', 'rows'];
const ROW_FIELDS = ['id', 'kind', 'key', 'label', 'owner', 'lead', 'escalation', 'responseTarget', 'notes', 'detail'];

type Warn = (warning: ReadWarning) => void;

function warnUnknownFields(object: JsonObject, known: readonly string[], place: Place, warn: Warn): void {
  for (const name of Object.keys(object)) {
    if (!known.includes(name)) warn({ code: 'unknown-field', place, name: forDisplay(name) });
  }
}

/** Cleaned text; a missing field is simply blank, a wrong type or an over-long text is reported. */
function readText(value: unknown, max: number, place: Place, field: TextField, warn: Warn): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    warn({ code: 'not-text', place, field });
    return '';
  }
  if (toPlainLine(value).length > max) warn({ code: 'shortened', place, field, max });
  return cleanLine(value, max);
}

function readDetail(value: unknown, place: Place, warn: Warn): DetailPatch {
  if (!isJsonObject(value)) return {};
  const patch: DetailPatch = {};
  const channels = own(value, 'intakeChannels');
  if (Array.isArray(channels)) {
    patch.intakeChannels = channels.filter((channel): channel is string => typeof channel === 'string');
    if (patch.intakeChannels.length < channels.length) warn({ code: 'channels-dropped', place });
  }
  const cadence = own(value, 'reviewCadence');
  if (isReviewCadence(cadence)) patch.reviewCadence = cadence;
  else if (cadence !== undefined) warn({ code: 'unknown-cadence', place, value: forDisplay(String(cadence)) });
  const terms = own(value, 'exitTerms');
  if (isJsonObject(terms)) {
    const term = (name: keyof ExitTerms, field: TextField) =>
      readText(own(terms, name), MAX_TEXT_LENGTH, place, field, warn);
    patch.exitTerms = {
      tools: term('tools', 'exitTools'),
      exportFormat: term('exportFormat', 'exitExportFormat'),
      timeline: term('timeline', 'exitTimeline'),
    };
  }
  return patch;
}

/** The row's built-in key, or null for a custom row, an unknown key or a key already used. */
function readKey(
  value: unknown,
  claimed: Set<BuiltInKey>,
  names: RowNames,
  place: Place,
  warn: Warn,
): BuiltInKey | null {
  if (value === undefined || value === null) return null;
  if (!isBuiltInKey(value)) {
    warn({ code: 'unknown-key', place });
    return null;
  }
  if (claimed.has(value)) {
    warn({ code: 'repeated-key', place, label: builtInName(names, value) });
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
  names: RowNames,
  warn: Warn,
): MatrixRow {
  const rawLabel = own(raw, 'label');
  const place: Place = {
    row: position,
    label: typeof rawLabel === 'string' && rawLabel.trim() ? forDisplay(rawLabel) : null,
  };
  warnUnknownFields(raw, ROW_FIELDS, place, warn);
  const key = readKey(own(raw, 'key'), claimed, names, place, warn);

  const rawKind = own(raw, 'kind');
  if (key === null && rawKind !== undefined && !isRowKind(rawKind)) warn({ code: 'unknown-kind', place });
  const kind = key !== null ? kindOfKey(key) : isRowKind(rawKind) ? rawKind : 'function';

  let label = readText(rawLabel, MAX_NAME_LENGTH, place, 'label', warn);
  if (label === '') {
    // A built-in row is called by its name now; an unnamed custom row, from then on, by `untitled`.
    label = key === null ? names.untitled : builtInName(names, key);
    warn({ code: 'no-label', place, label });
  }

  const rawOwner = own(raw, 'owner');
  if (!isOwner(rawOwner) && rawOwner !== undefined) {
    warn({ code: 'unknown-owner', place, value: forDisplay(String(rawOwner)) });
  }

  const rawId = own(raw, 'id');
  const preferred = [rawId, key].find(
    (id): id is string => typeof id === 'string' && ROW_ID_PATTERN.test(id) && !taken.has(id),
  );
  const id = preferred ?? nextCustomId(taken);
  taken.add(id);

  const detail = detailFor(key, readDetail(own(raw, 'detail'), place, warn));
  return {
    id,
    kind,
    key,
    label,
    owner: isOwner(rawOwner) ? rawOwner : 'unassigned',
    lead: readText(own(raw, 'lead'), MAX_NAME_LENGTH, place, 'lead', warn),
    escalation: readText(own(raw, 'escalation'), MAX_NAME_LENGTH, place, 'escalation', warn),
    responseTarget: readText(own(raw, 'responseTarget'), MAX_TEXT_LENGTH, place, 'responseTarget', warn),
    notes: readText(own(raw, 'notes'), MAX_TEXT_LENGTH, place, 'notes', warn),
    ...(detail && { detail }),
  };
}

/**
 * A matrix from a saved plan already migrated to the current version, each change it had to
 * make told to `warn`; null when there is no list of rows to read. A row without a label gets
 * its name from `names`.
 */
export function readMatrix(saved: JsonObject, names: RowNames, warn: Warn): HandoffMatrix | null {
  const rawRows = own(saved, 'rows');
  if (!Array.isArray(rawRows)) return null;
  warnUnknownFields(saved, DOCUMENT_FIELDS, null, warn);

  const internalTeam = readText(own(saved, 'internalTeam'), MAX_NAME_LENGTH, null, 'internalTeam', warn);
  const mspName = readText(own(saved, 'mspName'), MAX_NAME_LENGTH, null, 'mspName', warn);
  const rawDate = own(saved, 'date');
  const date = typeof rawDate === 'string' ? cleanDate(rawDate) : '';
  if (date === '' && rawDate !== undefined && rawDate !== '') {
    warn({ code: 'bad-date', value: forDisplay(String(rawDate)) });
  }

  if (rawRows.length > MAX_ROWS) warn({ code: 'too-many-rows', count: rawRows.length, max: MAX_ROWS });
  const taken = new Set<string>();
  const claimed = new Set<BuiltInKey>();
  const rows: MatrixRow[] = [];
  rawRows.slice(0, MAX_ROWS).forEach((raw, index) => {
    if (isJsonObject(raw)) rows.push(readRow(raw, index + 1, taken, claimed, names, warn));
    else {
      // Parsed JSON: anything but an object is null, a list, text, a number or true/false.
      const holds =
        raw === null ? 'nothing' : Array.isArray(raw) ? 'list' : (typeof raw as 'string' | 'number' | 'boolean');
      warn({ code: 'not-a-row', row: index + 1, holds });
    }
  });

  return { version: MATRIX_VERSION, internalTeam, mspName, date, rows };
}
