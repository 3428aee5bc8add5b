/**
 * Parsing JSON that came from a file or a link, refusing anything no matrix export could be
 * before reading a single field: too big, nested too deep, arrays far longer than a matrix
 * holds, or keys (__proto__, constructor, prototype) that only appear in attacks on code
 * that merges objects. Never throws; a refusal is a sentence for the page.
 */

/** A full 60-row matrix in the widest characters is about 130 KB; this leaves room. */
export const MAX_IMPORT_BYTES = 200 * 1024;
/** An export nests 5 deep (document → rows → row → detail → exit terms). */
export const MAX_JSON_DEPTH = 12;
/** No array in an export comes near this (rows stop at 60, channels at 10). */
export const MAX_JSON_ARRAY_ITEMS = 1_000;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/** Where the JSON came from, for the refusal's wording. */
export type JsonSource = 'file' | 'link';

export const refusals = (source: JsonSource) => ({
  tooBig: `This ${source} holds more than ${MAX_IMPORT_BYTES / 1024} KB, far more than any handoff matrix; it was not read.`,
  notJson: `This ${source} does not hold valid JSON, so it is not a handoff matrix (it may be damaged, cut short, or a different ${source}).`,
  tooDeep: `This ${source} is nested far deeper than a handoff matrix; it was refused as unsafe.`,
  tooLongArray: `This ${source} holds a list of more than ${MAX_JSON_ARRAY_ITEMS} items, which no handoff matrix has; it was refused as unsafe.`,
  forbiddenKey: (key: string) =>
    `This ${source} contains a field named "${key}", which no handoff matrix has; it was refused as unsafe.`,
});

/** UTF-8 size without encoding the text; UTF-8 never takes fewer bytes than UTF-16 units. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && /[\uDC00-\uDFFF]/.test(text.charAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The deepest bracket nesting outside strings; stops counting past `limit`. Guards JSON.parse's stack. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > limit) return deepest;
    } else if (char === ']' || char === '}') depth -= 1;
  }
  return deepest;
}

/** The first unsafe shape found in a parsed value, walked without recursion; null when none. */
function findUnsafeShape(root: unknown, say: ReturnType<typeof refusals>): string | null {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      if (value.length > MAX_JSON_ARRAY_ITEMS) return say.tooLongArray;
      pending.push(...value);
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return say.forbiddenKey(key);
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return null;
}

export function parseUntrustedJson(text: string, source: JsonSource = 'file'): JsonParse {
  const say = refusals(source);
  if (typeof text !== 'string') return { ok: false, error: say.notJson };
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return { ok: false, error: say.tooBig };
  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (nestingDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return { ok: false, error: say.tooDeep };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, error: say.notJson };
  }
  const unsafe = findUnsafeShape(value, say);
  return unsafe === null ? { ok: true, value } : { ok: false, error: unsafe };
}
