/**
 * What a share link stores: the JSON file's document, minus everything the reader restores
 * by itself (blank fields, empty details, a built-in row's own id, kind and default label).
 * About 400 fewer characters per link, which decides whether a plan fits in a chat message.
 */
import { defaultLabelOf, isBuiltInKey } from './built-in-rows';
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

function packRow({ detail, ...row }: MatrixRow): JsonObject {
  const packed = withoutBlanks({ ...row, ...(detail && { detail }) });
  if (row.key !== null) {
    if (row.id === row.key) delete packed['id'];
    if (row.label === defaultLabelOf(row.key)) delete packed['label'];
    delete packed['kind'];
  }
  return packed;
}

export const packForLink = (matrix: HandoffMatrix): JsonObject => {
  const { format, version, rows, ...info } = matrixDocument(matrix);
  return { format, version, ...withoutBlanks(info), rows: rows.map(packRow) };
};

/** Puts back the default labels; everything else packing left out, the reader restores. */
export function unpackFromLink(value: unknown): unknown {
  if (!isJsonObject(value)) return value;
  const rows = own(value, 'rows');
  if (!Array.isArray(rows)) return value;
  const unpackRow = (row: unknown): unknown => {
    if (!isJsonObject(row) || own(row, 'label') !== undefined) return row;
    const key = own(row, 'key');
    return isBuiltInKey(key) ? { ...row, label: defaultLabelOf(key) } : row;
  };
  return { ...value, rows: rows.map(unpackRow) };
}
