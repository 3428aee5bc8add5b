/**
 * What a share link stores: the JSON file's document, minus everything the reader restores
 * by itself (blank fields, empty details, a built-in row's own id, kind and name).
 * About 400 fewer characters per link, which decides whether a plan fits in a chat message.
 *
 * A built-in row still called by its name carries no label, and the reader gives it the name
 * it has when the link is opened: a row is known by its key, and its name is the site's words,
 * not the sender's. So renaming a built-in row in the copy files renames it in every link sent
 * before, as on every page (docs/decisions/0004-built-in-row-labels.md). A label the sender
 * typed is always carried, and always kept.
 */
import { builtInName, isBuiltInKey, type RowNames } from './built-in-rows';
import { matrixDocument } from './json-codec';
import { isJsonObject, own, type JsonObject } from './json-object';
import type { HandoffMatrix, MatrixRow } from './matrix';

const isBlank = (value: unknown): boolean =>
  value === '' ||
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (isJsonObject(value) && Object.keys(value).length === 0);

/** The object without its blank fields, nested objects first. */
function withoutBlanks(object: object): JsonObject {
  const kept: JsonObject = {};
  for (const [field, value] of Object.entries(object)) {
    const packed = isJsonObject(value) ? withoutBlanks(value) : value;
    if (!isBlank(packed)) kept[field] = packed;
  }
  return kept;
}

function packRow({ detail, ...row }: MatrixRow, names: RowNames): JsonObject {
  const packed = withoutBlanks({ ...row, ...(detail && { detail }) });
  if (row.key !== null) {
    if (row.id === row.key) delete packed['id'];
    if (row.label === builtInName(names, row.key)) delete packed['label'];
    delete packed['kind'];
  }
  return packed;
}

export const packForLink = (matrix: HandoffMatrix, names: RowNames): JsonObject => {
  const { format, version, rows, ...info } = matrixDocument(matrix);
  return { format, version, ...withoutBlanks(info), rows: rows.map((row) => packRow(row, names)) };
};

/** Puts back the built-in rows' names, as `names` has them; everything else packing left out, the reader restores. */
export function unpackFromLink(value: unknown, names: RowNames): unknown {
  if (!isJsonObject(value)) return value;
  const rows = own(value, 'rows');
  if (!Array.isArray(rows)) return value;
  const unpackRow = (row: unknown): unknown => {
    if (!isJsonObject(row) || own(row, 'label') !== undefined) return row;
    const key = own(row, 'key');
    return isBuiltInKey(key) ? { ...row, label: builtInName(names, key) } : row;
  };
  return { ...value, rows: rows.map(unpackRow) };
}
