import { describe, expect, it } from 'vitest';
import { assessmentRules } from '../../../src/lib/assessment/rules';
import { splitForNeeds } from '../../../src/lib/assessment/split';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { handOverByGap } from '../../../src/lib/work/work-by-gap';
import { base64urlToBytes, bytesToBase64url } from '../../../src/lib/handoff/base64url';
import { deflateRaw, inflateRaw } from '../../../src/lib/handoff/deflate';
import { MATRIX_FORMAT } from '../../../src/lib/handoff/json-codec';
import {
  decodeMatrixLink,
  encodeMatrixLink,
  hasMatrixLink,
  isTooLongForChat,
  MAX_CHAT_LINK_LENGTH,
  MAX_LINK_QUERY_LENGTH,
} from '../../../src/lib/handoff/link-codec';
import { packForLink, unpackFromLink } from '../../../src/lib/handoff/link-payload';
import {
  addRow,
  createDefaultMatrix,
  MAX_ROWS,
  matrixFromSplit,
  removeRow,
  renameRow,
  restoreBuiltInRow,
  updateRow,
  type HandoffMatrix,
} from '../../../src/lib/handoff/matrix';
import { MAX_IMPORT_BYTES } from '../../../src/lib/handoff/untrusted-json';
import { filledMatrix, openedPlan, refusalOf } from './fixtures';
import { ROW_NAMES } from '../../support/row-names';

const SITE = 'https://co-managed-it.example/handoff-planner/';
const encodeBytes = (text: string) => new TextEncoder().encode(text);
/** A link whose `m` packs any text, as a hand-made or hostile link would. */
const linkFor = async (text: string | Uint8Array<ArrayBuffer>, version = '1') =>
  `v=${version}&m=${bytesToBase64url(await deflateRaw(typeof text === 'string' ? encodeBytes(text) : text))}`;
const refusal = refusalOf;
const opened = openedPlan;

describe('base64url', () => {
  it('round-trips every byte value and every length', () => {
    const all = Uint8Array.from({ length: 256 }, (_, n) => n);
    for (let length = 0; length <= 256; length += 1) {
      const bytes = all.subarray(0, length);
      const text = bytesToBase64url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(base64urlToBytes(text)).toEqual(Uint8Array.from(bytes));
    }
  });

  it('handles arrays larger than one argument list', () => {
    const big = Uint8Array.from({ length: 200_000 }, (_, n) => (n * 7) % 256);
    expect(base64urlToBytes(bytesToBase64url(big))).toEqual(big);
  });

  it('refuses other alphabets, padding and impossible lengths', () => {
    for (const text of ['ab+c', 'ab/c', 'abc=', 'a', 'abcde', 'ab c', 'ab%2F', 'é']) {
      expect(base64urlToBytes(text)).toBeNull();
    }
    expect(base64urlToBytes('')).toEqual(new Uint8Array());
  });
});

describe('deflate', () => {
  it('round-trips', async () => {
    const bytes = encodeBytes('hello '.repeat(1000));
    const packed = await deflateRaw(bytes);
    expect(packed.length).toBeLessThan(100);
    expect(await inflateRaw(Uint8Array.from(packed), 10_000)).toEqual({ ok: true, bytes });
  });

  it('stops inflating past the limit (a zip bomb)', async () => {
    const bomb = Uint8Array.from(await deflateRaw(new Uint8Array(20 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(30_000);
    expect(await inflateRaw(bomb, MAX_IMPORT_BYTES)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('reports damaged and cut-short input without throwing', async () => {
    const packed = Uint8Array.from(await deflateRaw(encodeBytes('hello world, hello world')));
    for (const bytes of [new Uint8Array(), Uint8Array.of(0xff, 0xff, 0xff), packed.slice(0, packed.length - 2)]) {
      expect(await inflateRaw(bytes, 1000)).toEqual({ ok: false, reason: 'damaged' });
    }
  });
});

describe('encodeMatrixLink', () => {
  it('writes v=1 and the packed matrix as base64url', async () => {
    const query = await encodeMatrixLink(createDefaultMatrix(ROW_NAMES), ROW_NAMES);
    expect(query).toMatch(/^v=1&m=[A-Za-z0-9_-]+$/);
  });

  it('fits a fresh plan and a plan from the assessment in a chat message', async () => {
    const fromSplit = matrixFromSplit(
      splitForNeeds(['after-hours', 'security'], true, assessmentRules, handOverByGap(gapToWork)),
      ROW_NAMES,
      '2026-03-01',
    );
    for (const matrix of [createDefaultMatrix(ROW_NAMES, '2026-03-01'), filledMatrix(), fromSplit]) {
      expect(isTooLongForChat(`${SITE}?${await encodeMatrixLink(matrix, ROW_NAMES)}`)).toBe(false);
    }
  });

  it('is deterministic', async () => {
    expect(await encodeMatrixLink(filledMatrix(), ROW_NAMES)).toBe(await encodeMatrixLink(filledMatrix(), ROW_NAMES));
  });
});

describe('link payload packing', () => {
  it('leaves out blanks and what a built-in row restores by itself', () => {
    const packed = packForLink(createDefaultMatrix(ROW_NAMES, '2026-03-01'), ROW_NAMES);
    expect(packed).toMatchObject({ format: MATRIX_FORMAT, version: 1, date: '2026-03-01' });
    expect(packed).not.toHaveProperty('internalTeam');
    expect((packed['rows'] as unknown[])[0]).toEqual({ key: 'strategy-budget', owner: 'internal' });
  });

  it('keeps a renamed label, an id other than the key, and a custom row’s kind and id', () => {
    let matrix = renameRow(createDefaultMatrix(ROW_NAMES), 'backup-dr', 'Backups');
    matrix = addRow(matrix, 'handoff', ROW_NAMES, 'Freeze');
    const rows = packForLink(matrix, ROW_NAMES)['rows'] as Record<string, unknown>[];
    expect(rows.find((row) => row['key'] === 'backup-dr')).toEqual({
      key: 'backup-dr',
      label: 'Backups',
      owner: 'msp',
    });
    expect(rows.find((row) => row['id'] === 'custom-1')).toEqual({
      id: 'custom-1',
      kind: 'handoff',
      label: 'Freeze',
      owner: 'unassigned',
    });
  });

  it('unpacking leaves anything that is not a packed matrix alone', () => {
    for (const value of [null, 1, 'x', [], {}, { rows: 'x' }]) expect(unpackFromLink(value, ROW_NAMES)).toEqual(value);
    expect(unpackFromLink({ rows: [null, { key: 'nope' }, { key: 'backup-dr', label: 5 }] }, ROW_NAMES)).toEqual({
      rows: [null, { key: 'nope' }, { key: 'backup-dr', label: 5 }],
    });
  });
});

describe('decodeMatrixLink: round trips', () => {
  const cases: [string, HandoffMatrix][] = [
    ['a fresh plan', createDefaultMatrix(ROW_NAMES)],
    ['a filled plan', filledMatrix()],
    ['an empty plan', { ...createDefaultMatrix(ROW_NAMES), rows: [] }],
    [
      'a reworked plan',
      restoreBuiltInRow(
        renameRow(
          addRow(removeRow(filledMatrix(), 'backup-dr'), 'function', ROW_NAMES, 'Printers'),
          'ticket-intake',
          'Help desk',
        ),
        'backup-dr',
        ROW_NAMES,
      ),
    ],
  ];
  it.each(cases)('gives back %s exactly, with no warnings', async (_, matrix) => {
    expect(await decodeMatrixLink(await encodeMatrixLink(matrix, ROW_NAMES), ROW_NAMES)).toEqual({
      ok: true,
      source: 'link',
      matrix,
      warnings: [],
      moreWarnings: 0,
    });
  });

  it('reads the query with or without "?", inside a whole URL, and ignores the hash and other parameters', async () => {
    const query = await encodeMatrixLink(filledMatrix(), ROW_NAMES);
    for (const search of [
      `?${query}`,
      `${SITE}?${query}#print`,
      `utm_source=chat&${query}&fbclid=1`,
      `m=${query.split('&m=')[1]}&v=1`,
    ]) {
      expect(opened(await decodeMatrixLink(search, ROW_NAMES)).matrix).toEqual(filledMatrix());
    }
  });

  it('keeps a custom row whose id is some built-in key', async () => {
    const matrix: HandoffMatrix = {
      ...createDefaultMatrix(ROW_NAMES),
      rows: [
        { ...createDefaultMatrix(ROW_NAMES).rows[0]!, id: 'backup-dr', key: null, label: 'Odd' },
        ...createDefaultMatrix(ROW_NAMES).rows.filter((row) => row.key !== 'backup-dr'),
      ],
    };
    const restored = restoreBuiltInRow(matrix, 'backup-dr', ROW_NAMES);
    expect(opened(await decodeMatrixLink(await encodeMatrixLink(restored, ROW_NAMES), ROW_NAMES)).matrix).toEqual(
      restored,
    );
  });

  it('reads a link that carries a draft (version 0) document', async () => {
    const draft = {
      format: MATRIX_FORMAT,
      ourTeam: 'Acme',
      rows: [{ name: 'Scope review', owner: 'both', lead: 'Sam' }],
    };
    const result = opened(await decodeMatrixLink(await linkFor(JSON.stringify(draft)), ROW_NAMES));
    expect(result.matrix.internalTeam).toBe('Acme');
    expect(result.matrix.rows[0]).toMatchObject({
      key: 'scope-review',
      owner: 'shared',
      lead: 'Sam',
      detail: { reviewCadence: '' },
    });
  });

  it('repairs a hand-made link and reports what it changed', async () => {
    const text = JSON.stringify({ format: MATRIX_FORMAT, version: 1, rows: [{ key: 'backup-dr', owner: 'nobody' }] });
    const result = opened(await decodeMatrixLink(await linkFor(text), ROW_NAMES));
    expect(result.matrix.rows[0]).toMatchObject({ label: 'Backup and disaster recovery', owner: 'unassigned' });
    expect(result.warnings).toEqual([
      'Row 1 ("Backup and disaster recovery"): the owner "nobody" is not one the planner knows, so the row is unassigned.',
    ]);
  });
});

describe('decodeMatrixLink: refusals', () => {
  it('says there is no matrix in a plain visit or an empty m', async () => {
    for (const search of ['', '?', 'v=1', 'v=1&m=', 'v=1&m=%20', null, undefined, 42]) {
      expect(refusal(await decodeMatrixLink(search as string, ROW_NAMES))).toBe('This link holds no handoff matrix.');
    }
  });

  it('refuses a missing, damaged or newer link version', async () => {
    const m = (await encodeMatrixLink(filledMatrix(), ROW_NAMES)).split('&')[1]!;
    for (const version of ['', 'v=', 'v=0', 'v=x', 'v=1.0', 'v=-1', 'v=1e0', `v=${'9'.repeat(12)}`]) {
      expect(refusal(await decodeMatrixLink(`${version}&${m}`, ROW_NAMES))).toMatch(/no readable format version/);
    }
    expect(refusal(await decodeMatrixLink(`v=2&${m}`, ROW_NAMES))).toBe(
      'This link was made by a newer version of the planner (link format 2). Reload the page to get the newest planner.',
    );
  });

  it('refuses bad base64, damaged or cut-short data, with a hint to ask for the file', async () => {
    const query = await encodeMatrixLink(filledMatrix(), ROW_NAMES);
    for (const search of [
      'v=1&m=!!!',
      'v=1&m=a',
      'v=1&m=abc%2B',
      'v=1&m=AAAA',
      query.slice(0, -20),
      query.slice(0, 30),
    ]) {
      expect(refusal(await decodeMatrixLink(search, ROW_NAMES))).toBe(
        'This link is damaged or was cut short (chat apps sometimes trim long links). Ask for the JSON file instead.',
      );
    }
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(refusal(await decodeMatrixLink(await linkFor(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)), ROW_NAMES))).toMatch(
      /damaged/,
    );
  });

  it('refuses a zip bomb without inflating it all', async () => {
    const bomb = await linkFor(
      encodeBytes(`{"format":"${MATRIX_FORMAT}","rows":[],"x":"${' '.repeat(5 * 1024 * 1024)}"}`),
    );
    expect(bomb.length).toBeLessThan(10_000);
    expect(refusal(await decodeMatrixLink(bomb, ROW_NAMES))).toBe(
      'This link unpacks to more than 200 KB, far more than any handoff matrix; it was not read.',
    );
  });

  it('refuses an absurdly long query before reading it', async () => {
    expect(refusal(await decodeMatrixLink(`v=1&m=${'A'.repeat(MAX_LINK_QUERY_LENGTH)}`, ROW_NAMES))).toMatch(
      /far longer than any matrix link/,
    );
  });

  it('applies the same safety checks as files, worded for a link', async () => {
    const cases: [string, RegExp][] = [
      ['not json', /This link does not hold valid JSON/],
      ['{"format":"other","rows":[]}', /This link is not a handoff matrix from this planner/],
      [`{"format":"${MATRIX_FORMAT}","__proto__":{"x":1},"rows":[]}`, /This link contains a field named "__proto__"/],
      [`${'['.repeat(50)}${']'.repeat(50)}`, /This link is nested far deeper/],
      [
        `{"format":"${MATRIX_FORMAT}","rows":[${Array(1001).fill('0').join(',')}]}`,
        /This link holds a list of more than 1,000 items/,
      ],
      [`{"format":"${MATRIX_FORMAT}","version":9,"rows":[]}`, /This link was saved by a newer version/],
      [`{"format":"${MATRIX_FORMAT}","version":1}`, /This link has no list of rows/],
    ];
    for (const [text, message] of cases)
      expect(refusal(await decodeMatrixLink(await linkFor(text), ROW_NAMES))).toMatch(message);
  });
});

describe('hasMatrixLink', () => {
  it('is true only when the query carries m', async () => {
    expect(hasMatrixLink(`?${await encodeMatrixLink(createDefaultMatrix(ROW_NAMES), ROW_NAMES)}`)).toBe(true);
    expect(hasMatrixLink('?m=')).toBe(true);
    for (const search of [
      '',
      '?',
      '?v=1',
      '?utm_source=x',
      null,
      undefined,
      `?m=${'A'.repeat(MAX_LINK_QUERY_LENGTH)}`,
    ]) {
      expect(hasMatrixLink(search)).toBe(false);
    }
  });
});

describe('links too long for chat apps', () => {
  it('are measured on the whole URL against 2000 characters', () => {
    expect(MAX_CHAT_LINK_LENGTH).toBe(2000);
    expect(isTooLongForChat('x'.repeat(2000))).toBe(false);
    expect(isTooLongForChat('x'.repeat(2001))).toBe(true);
  });

  it('happen to a full plan of long notes, which still decodes if someone sends it anyway', async () => {
    let matrix = filledMatrix();
    while (matrix.rows.length < MAX_ROWS) matrix = addRow(matrix, 'function', ROW_NAMES);
    matrix.rows.forEach((row, index) => {
      matrix = updateRow(matrix, row.id, {
        owner: 'msp',
        notes: `Row ${index}: ${Math.sin(index).toString(36).repeat(8)}`,
      });
    });
    const query = await encodeMatrixLink(matrix, ROW_NAMES);
    expect(isTooLongForChat(`${SITE}?${query}`)).toBe(true);
    expect(opened(await decodeMatrixLink(query, ROW_NAMES)).matrix).toEqual(matrix);
  });
});
