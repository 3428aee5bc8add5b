import { describe, expect, it } from 'vitest';
import { readQuery, type QueryLimits } from '../../../src/lib/links/query';

const LIMITS: QueryLimits = {
  maxPairs: 3,
  maxValueLength: 10,
  tooManyPairs: (count) => ['(link)', `${count} parameters`, 'too many'],
  tooLong: 'too long',
  brokenName: 'broken name',
  brokenValue: 'broken value',
};

function read(search: string, limits?: QueryLimits) {
  const setAside: string[][] = [];
  const pairs = readQuery(search, limits, (...entry) => setAside.push(entry));
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
    const { pairs, setAside } = read('UTM_Source=mail&gbraid=x&users=5&fbclid=%ZZ', { ...LIMITS, maxPairs: 10 });
    expect(pairs.map((pair) => pair.key)).toEqual(['users']);
    expect(setAside).toEqual([]);
  });

  it('without limits, reads every pair and broken escapes as a browser does', () => {
    const many = Array.from({ length: 500 }, (_, index) => `k${index}=${'x'.repeat(index)}`).join('&');
    expect(read(many).pairs).toHaveLength(500);
    expect(read('for=%E0%A4%A&%zz=1').pairs).toEqual([
      { key: 'for', value: '\uFFFD%A', typedKey: 'for' },
      { key: '%zz', value: '1', typedKey: '%zz' },
    ]);
  });

  it('with limits, sets aside what it will not read, in link order, before anything else is said', () => {
    const { pairs, setAside } = read(`a=1&%FF=2&b=${'x'.repeat(11)}&c=%E0%A4%A&d=4`, LIMITS);
    expect(pairs).toEqual([{ key: 'a', value: '1', typedKey: 'a' }]);
    expect(setAside).toEqual([
      ['(link)', '5 parameters', 'too many'],
      ['%FF', '2', 'broken name'],
      ['b', 'x'.repeat(11), 'too long'],
    ]);
    expect(read('c=%E0%A4%A', LIMITS).setAside).toEqual([['c', '%E0%A4%A', 'broken value']]);
  });
});
