import { describe, expect, it } from 'vitest';
import { brandSchema } from '../../../src/lib/config/brand-schema';
import { ConfigError, parseDataFile } from '../../../src/lib/config/config-error';
import { rawBrandData } from './test-brand';

const FILE = 'src/data/brand.json';

function withOverrides(overrides: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(rawBrandData), ...overrides };
}

/** Runs parseDataFile and returns the ConfigError it throws (fails the test if it does not throw). */
function configErrorFor(raw: unknown): ConfigError {
  try {
    parseDataFile(brandSchema, raw, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected parseDataFile to throw a ConfigError');
}

describe('parseDataFile(brandSchema, …)', () => {
  it('accepts the real src/data/brand.json and keeps its values', () => {
    const brand = parseDataFile(brandSchema, rawBrandData, FILE);
    expect(brand.siteName).toBe(rawBrandData.siteName);
    expect(brand.mspName).toBe(rawBrandData.mspName);
    expect(brand.baseUrl).toBe('https://co-managed-it.example.com');
    expect(brand.currency).toBe('USD');
    expect(brand.locale).toBe('en-US');
    expect(brand.callToAction.url).toBe(rawBrandData.callToAction.url);
  });

  it.each([
    ['https://it.example.com/', 'https://it.example.com'],
    ['http://localhost:4321', 'http://localhost:4321'],
  ])('normalises baseUrl %s to %s', (baseUrl, expected) => {
    expect(parseDataFile(brandSchema, withOverrides({ baseUrl }), FILE).baseUrl).toBe(expected);
  });

  it.each([
    '/guide/',
    'it.example.com',
    'ftp://it.example.com',
    '',
    'javascript:alert(1)',
    'https://it.example.com/guide/',
    'https://it.example.com/?a=1',
    'https://it.example.com/#top',
  ])('rejects the baseUrl %j and names the field', (baseUrl) => {
    const error = configErrorFor(withOverrides({ baseUrl }));
    expect(error.problems.some((p) => p.startsWith('baseUrl: '))).toBe(true);
    expect(error.message).toContain('baseUrl: must be an absolute http(s) URL');
  });

  it.each(['', '   ', '\t\n'])('rejects the empty or blank siteName %j', (siteName) => {
    const error = configErrorFor(withOverrides({ siteName }));
    expect(error.problems).toEqual(['siteName: the site name must not be empty']);
  });

  it('trims the siteName and enforces the 60-character limit', () => {
    expect(parseDataFile(brandSchema, withOverrides({ siteName: '  Acme IT  ' }), FILE).siteName).toBe('Acme IT');
    expect(() => parseDataFile(brandSchema, withOverrides({ siteName: 'x'.repeat(60) }), FILE)).not.toThrow();
    expect(configErrorFor(withOverrides({ siteName: 'x'.repeat(61) })).message).toContain(
      'siteName: keep the site name',
    );
  });

  it.each(['', '   '])('rejects the empty or blank mspName %j, saying what the name is for', (mspName) => {
    const error = configErrorFor(withOverrides({ mspName }));
    expect(error.problems).toEqual([
      'mspName: the MSP name must not be empty: it says who "us" is in the call to action',
    ]);
  });

  it('requires an mspName, trims it and enforces the 80-character limit', () => {
    const { mspName: _dropped, ...withoutMsp } = structuredClone(rawBrandData);
    expect(configErrorFor(withoutMsp).problems).toEqual([
      'mspName: name the MSP behind the site, as text: it says who "us" is in the call to action',
    ]);
    expect(configErrorFor(withOverrides({ mspName: 42 })).problems[0]).toMatch(/^mspName: name the MSP/);
    expect(parseDataFile(brandSchema, withOverrides({ mspName: '  Acme Managed IT  ' }), FILE).mspName).toBe(
      'Acme Managed IT',
    );
    expect(() => parseDataFile(brandSchema, withOverrides({ mspName: 'x'.repeat(80) }), FILE)).not.toThrow();
    expect(configErrorFor(withOverrides({ mspName: 'x'.repeat(81) })).message).toContain(
      'mspName: keep the MSP name under 80 characters',
    );
  });

  it('uses an upper-case ISO 4217 currency set (premise for the currency tests)', () => {
    const currencies = Intl.supportedValuesOf('currency');
    expect(currencies).toContain('USD');
    expect(currencies).toContain('EUR');
    expect(currencies).not.toContain('usd');
    expect(currencies).not.toContain('XYZ');
  });

  it.each(['XYZ', 'usd', 'US', 'USDD', '', '$'])('rejects the currency %j', (currency) => {
    const error = configErrorFor(withOverrides({ currency }));
    expect(error.problems).toEqual(['currency: must be an ISO 4217 currency code such as USD']);
  });

  it.each(['EUR', 'GBP', 'JPY'])('accepts the currency %s', (currency) => {
    expect(parseDataFile(brandSchema, withOverrides({ currency }), FILE).currency).toBe(currency);
  });

  it.each(['en_US', 'not a locale', '', 'xx-YY', '123'])('rejects the locale %j', (locale) => {
    const error = configErrorFor(withOverrides({ locale }));
    expect(error.problems).toEqual(['locale: must be a locale the browser knows, such as en-US']);
  });

  it.each(['en-GB', 'de-DE', 'fr'])('accepts the locale %s', (locale) => {
    expect(parseDataFile(brandSchema, withOverrides({ locale }), FILE).locale).toBe(locale);
  });

  it.each(['hello', 'hello@', '@example.com', 'hello at example.com', 'a b@example.com'])(
    'rejects the contactEmail %j',
    (contactEmail) => {
      const error = configErrorFor(withOverrides({ contactEmail }));
      expect(error.problems).toEqual(['contactEmail: must be an e-mail address']);
    },
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'contact', 'ftp://x.example/'])(
    'rejects the call-to-action url %j and names callToAction.url',
    (url) => {
      const error = configErrorFor(withOverrides({ callToAction: { label: 'Talk to us', url } }));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^callToAction\.url: must be an absolute http\(s\) URL/);
      expect(error.message).toContain('callToAction.url');
    },
  );

  it.each(['/contact/', 'https://it.example.com/book', 'mailto:hello@example.com'])(
    'accepts the call-to-action url %s',
    (url) => {
      const brand = parseDataFile(brandSchema, withOverrides({ callToAction: { label: 'Talk', url } }), FILE);
      expect(brand.callToAction.url).toBe(url);
    },
  );

  it('rejects a protocol-relative call-to-action url, which points at another host', () => {
    // "//evil.example/x" starts with "/" but browsers resolve it to https://evil.example/x.
    const error = configErrorFor(withOverrides({ callToAction: { label: 'Talk', url: '//evil.example/x' } }));
    expect(error.message).toContain('callToAction.url');
  });

  it('rejects an unknown top-level key and names it', () => {
    const error = configErrorFor(withOverrides({ sitename: 'Typo' }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^\(root\): /);
    expect(error.problems[0]).toContain('sitename');
  });

  it('reports a missing field by its nested path', () => {
    const error = configErrorFor(withOverrides({ callToAction: { url: '/contact/' } }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^callToAction\.label: /);
  });

  it('lists every bad field in one error, with the file name first', () => {
    const error = configErrorFor(withOverrides({ baseUrl: '/x', currency: 'usd', contactEmail: 'nope' }));
    expect(error.name).toBe('ConfigError');
    expect(error.file).toBe(FILE);
    expect(error.message.startsWith(`${FILE} is invalid:\n`)).toBe(true);
    const fields = error.problems.map((p) => p.split(':')[0]).sort();
    expect(fields).toEqual(['baseUrl', 'contactEmail', 'currency']);
    for (const problem of error.problems) expect(error.message).toContain(`\n  - ${problem}`);
  });

  it('rejects a non-object document at the root', () => {
    expect(configErrorFor(null).problems[0]).toMatch(/^\(root\): /);
    expect(configErrorFor([]).problems[0]).toMatch(/^\(root\): /);
  });
});

describe('ConfigError field paths', () => {
  it('formats array indices in brackets and nested keys with dots', async () => {
    const { z } = await import('zod');
    const schema = z.object({ links: z.array(z.object({ href: z.string() })) });
    const error = (() => {
      try {
        parseDataFile(schema, { links: [{ href: 'a' }, { href: 3 }] }, 'src/data/x.json');
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('did not throw');
    })();
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^links\[1\]\.href: /);
    expect(error.message.startsWith('src/data/x.json is invalid:')).toBe(true);
  });
});

describe('the brand theme', () => {
  const withTheme = (change: (theme: Record<string, any>) => void) => {
    const raw = structuredClone(rawBrandData) as Record<string, any>;
    change(raw.theme);
    return raw;
  };

  it.each([
    ['light', '#7aa7d6', 'theme.accent.light'],
    ['dark', '#0a58a8', 'theme.accent.dark'],
  ] as const)('refuses a %s accent that misses WCAG AA, naming the field and the ratio', (mode, colour, field) => {
    const error = configErrorFor(withTheme((theme) => (theme.accent[mode] = colour)));
    expect(error.message).toContain(`${field}: has a contrast of`);
    expect(error.message).toContain('WCAG AA needs 4.5:1');
  });

  it('accepts accents that pass against the page, soft panels and button text in both looks', () => {
    const brand = parseDataFile(
      brandSchema,
      withTheme((theme) => (theme.accent = { light: '#1f5130', dark: '#9fe0b0' })),
      FILE,
    );
    expect(brand.theme.accent.light).toBe('#1f5130');
  });

  it('refuses a colour that is not #rrggbb', () => {
    expect(configErrorFor(withTheme((theme) => (theme.accent.light = 'blue'))).message).toContain(
      'theme.accent.light: must be a colour',
    );
  });

  it('refuses a logo that is missing, not an SVG, or carries script', () => {
    expect(configErrorFor(withTheme((theme) => (theme.logo.file = 'src/data/no-such-logo.svg'))).message).toContain(
      'theme.logo.file: names src/data/no-such-logo.svg, which does not exist',
    );
    expect(configErrorFor(withTheme((theme) => (theme.logo.file = 'src/data/brand.json'))).message).toContain(
      'theme.logo.file: must be a .svg file',
    );
  });

  it('refuses a font file that is not in public/', () => {
    const error = configErrorFor(
      withTheme((theme) => (theme.font = { family: 'Brand Sans', file: '/fonts/missing.woff2' })),
    );
    expect(error.message).toContain('theme.font.file: names public/fonts/missing.woff2, which does not exist');
  });
});
