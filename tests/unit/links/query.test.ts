import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readQueryWithLimits, type QueryLimits } from '../../../src/lib/links/capped-query';
import { readQuery, type QueryReader } from '../../../src/lib/links/query';
import type { SetAsideReason } from '../../../src/lib/links/reasons';

const LIMITS: QueryLimits = { maxPairs: 3, maxValueLength: 10 };

function read(search: string, reader: QueryReader<SetAsideReason> = readQuery) {
  const setAside: [string, string, SetAsideReason][] = [];
  const pairs = reader(search, (...entry) => setAside.push(entry));
  return { pairs, setAside };
}

describe('readQuery', () => {
  it('reads pairs in link order, names trimmed and in lower case, as typed kept for messages', () => {
    expect(read('?Users=5& For =Acme+Ltd&flag').pairs).toEqual([
      { key: 'users', value: '5', typedKey: 'Users' },
      { key: 'for', value: 'Acme Ltd', typedKey: 'For' },
      { key: 'flag', value: '', typedKey: 'flag' },
    ]);
  });

  it('reads nothing after a #, and skips empty pairs', () => {
    expect(read('a=1&&=&b=2#c=3').pairs.map((pair) => pair.key)).toEqual(['a', 'b']);
  });

  it('drops tracking parameters without a word, in any case', () => {
    expect(read('UTM_Source=mail&gbraid=x&users=5').pairs.map((pair) => pair.key)).toEqual(['users']);
  });

  it('reads every pair, decoded as URLSearchParams decodes it, and never throws', () => {
    const many = Array.from({ length: 500 }, (_, index) => `k${index}=${'x'.repeat(index)}`).join('&');
    expect(read(many).pairs).toHaveLength(500);
    expect(read('for=%E0%A4%A&%zz=1').pairs).toEqual([
      { key: 'for', value: '\uFFFD%A', typedKey: 'for' },
      { key: '%zz', value: '1', typedKey: '%zz' },
    ]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (search) => {
        const values = read(search).pairs.map((pair) => pair.value);
        expect(values.every((value) => typeof value === 'string')).toBe(true);
      }),
    );
  });
});

describe('readQueryWithLimits', () => {
  const capped = readQueryWithLimits(LIMITS);

  it('sets aside what it will not read, in link order, before anything else is said', () => {
    const { pairs, setAside } = read(`a=1&%FF=2&b=${'x'.repeat(11)}&c=%E0%A4%A&d=4`, capped);
    expect(pairs).toEqual([{ key: 'a', value: '1', typedKey: 'a' }]);
    expect(setAside).toEqual([
      // About the whole link: no parameter, no value.
      ['', '', { code: 'too-many-params', count: 5, max: 3 }],
      ['%FF', '2', { code: 'broken-name' }],
      ['b', 'x'.repeat(11), { code: 'too-long' }],
    ]);
    expect(read('c=%E0%A4%A', capped).setAside).toEqual([['c', '%E0%A4%A', { code: 'broken-value' }]]);
    expect(read('=%ZZ', capped).setAside).toEqual([['', '%ZZ', { code: 'broken-value' }]]);
  });

  it('drops tracking parameters unsaid, even broken or too long ones', () => {
    expect(read(`utm_source=%ZZ&fbclid=${'x'.repeat(11)}&users=5`, capped)).toEqual({
      pairs: [{ key: 'users', value: '5', typedKey: 'users' }],
      setAside: [],
    });
  });

  it('reads well-formed pairs within its limits exactly as the lenient reader does', () => {
    const roomy = readQueryWithLimits({ ...LIMITS, maxPairs: 50, maxValueLength: 2_000 });
    const wellFormed = fc
      .array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 3 })
      .map((pairs) =>
        pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&'),
      );
    fc.assert(
      fc.property(wellFormed, (search) => {
        expect(read(search, roomy)).toEqual({ pairs: read(search).pairs, setAside: [] });
      }),
    );
  });
});
