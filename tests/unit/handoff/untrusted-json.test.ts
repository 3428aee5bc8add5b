import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  MAX_JSON_ARRAY_ITEMS,
  MAX_JSON_DEPTH,
  parseUntrustedJson,
} from '../../../src/lib/handoff/untrusted-json';

const stringOfBytes = (bytes: number, filler = 'x') =>
  JSON.stringify(filler.repeat((bytes - 2) / new TextEncoder().encode(filler).length));

describe('parseUntrustedJson', () => {
  it('parses ordinary JSON', () => {
    expect(parseUntrustedJson('{"a":[1,"b",null,true,{"c":2.5}]}')).toEqual({
      ok: true,
      value: { a: [1, 'b', null, true, { c: 2.5 }] },
    });
    expect(parseUntrustedJson('\uFEFF[]')).toEqual({ ok: true, value: [] });
  });

  it('accepts exactly 200 KB and refuses one byte more, counting UTF-8 bytes', () => {
    expect(parseUntrustedJson(stringOfBytes(MAX_IMPORT_BYTES)).ok).toBe(true);
    expect(parseUntrustedJson(stringOfBytes(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      refusal: { code: 'too-big', kb: 200 },
    });
    // 4-byte characters: half as many UTF-16 units as bytes.
    const emoji = JSON.stringify('😀'.repeat(MAX_IMPORT_BYTES / 4));
    expect(emoji.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parseUntrustedJson(emoji).ok).toBe(false);
    expect(parseUntrustedJson(JSON.stringify('😀'.repeat(MAX_IMPORT_BYTES / 4 - 1))).ok).toBe(true);
    // A lone surrogate counts as the three bytes of its replacement character.
    expect(parseUntrustedJson(`"${'\uD800'.repeat((MAX_IMPORT_BYTES - 2) / 3)}"`).ok).toBe(true);
    expect(parseUntrustedJson(`"${'\uD800'.repeat((MAX_IMPORT_BYTES - 2) / 3 + 1)}"`).ok).toBe(false);
  });

  it(`accepts nesting ${MAX_JSON_DEPTH} deep and refuses one more`, () => {
    expect(parseUntrustedJson(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`).ok).toBe(true);
    expect(parseUntrustedJson(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`).ok).toBe(false);
    // Unbalanced, or closing first, is still only as deep as it gets.
    expect(parseUntrustedJson(`${']'.repeat(50)}${'['.repeat(MAX_JSON_DEPTH)}`)).toEqual({
      ok: false,
      refusal: { code: 'not-json' },
    });
    expect(parseUntrustedJson(`["\\\\", ${'['.repeat(MAX_JSON_DEPTH)}`)).toEqual({
      ok: false,
      refusal: { code: 'too-deep' },
    });
    expect(parseUntrustedJson(`["\\"[[[[[[[[[[[[[[[[["]`)).toEqual({ ok: true, value: ['"[[[[[[[[[[[[[[[[['] });
  });

  it(`accepts ${MAX_JSON_ARRAY_ITEMS} items in a list and refuses one more`, () => {
    expect(parseUntrustedJson(JSON.stringify(Array(MAX_JSON_ARRAY_ITEMS).fill(0))).ok).toBe(true);
    expect(parseUntrustedJson(JSON.stringify({ a: [Array(MAX_JSON_ARRAY_ITEMS + 1).fill(0)] }))).toEqual({
      ok: false,
      refusal: { code: 'too-many-items', max: MAX_JSON_ARRAY_ITEMS },
    });
  });

  it('refuses prototype keys at any depth, but not as values', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(parseUntrustedJson(`{"a":[{"b":{"${key}":1}}]}`)).toEqual({
        ok: false,
        refusal: { code: 'forbidden-key', key },
      });
    }
    expect(parseUntrustedJson('{"a":"__proto__","b":["constructor"]}').ok).toBe(true);
  });
});
