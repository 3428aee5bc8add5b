/**
 * Parsing JSON that came from a file or a link, refusing anything no matrix export could be
 * before reading a single field: too big, nested too deep, arrays far longer than a matrix
 * holds, or keys (__proto__, constructor, prototype) that only appear in attacks on code
 * that merges objects. Never throws; a refusal is a code the page words (read-problems.ts).
 */
import type { Refusal } from './read-problems';

/** A full 60-row matrix in the widest characters is about 130 KB; this leaves room. */
export const MAX_IMPORT_BYTES = 200 * 1024;
/** An export nests 5 deep (document → rows → row → detail → exit terms). */
export const MAX_JSON_DEPTH = 12;
/** No array in an export comes near this (rows stop at 60, channels at 10). */
export const MAX_JSON_ARRAY_ITEMS = 1_000;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParse = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

/** Too big to read: also what the page says of a file before reading it. */
export const TOO_BIG: Refusal = { code: 'too-big', kb: MAX_IMPORT_BYTES / 1024 };
const NOT_JSON: Refusal = { code: 'not-json' };

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
function findUnsafeShape(root: unknown): Refusal | null {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      if (value.length > MAX_JSON_ARRAY_ITEMS) return { code: 'too-many-items', max: MAX_JSON_ARRAY_ITEMS };
      pending.push(...value);
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', key };
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return null;
}

export function parseUntrustedJson(text: string): JsonParse {
  if (typeof text !== 'string') return { ok: false, refusal: NOT_JSON };
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return { ok: false, refusal: TOO_BIG };
  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (nestingDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return { ok: false, refusal: { code: 'too-deep' } };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, refusal: NOT_JSON };
  }
  const unsafe = findUnsafeShape(value);
  return unsafe === null ? { ok: true, value } : { ok: false, refusal: unsafe };
}
