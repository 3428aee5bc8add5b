import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { AA_TEXT, contrastRatio, HEX_COLOUR } from './contrast';
import { ACCENT_MUST_CONTRAST_WITH, PALETTE, type Mode } from './palette';

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

function isSupportedLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The site is served from the root of its origin: every route and link is root-relative. */
function isSiteOrigin(value: string): boolean {
  if (!isAbsoluteHttpUrl(value)) return false;
  const url = new URL(value);
  return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
}

const isSitePath = (value: string) => value.startsWith('/') && !value.startsWith('//');

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** An accent for one look: a #rrggbb colour that passes WCAG AA against that look's page. */
const accentFor = (mode: Mode) =>
  z
    .string()
    .regex(HEX_COLOUR, 'must be a colour written as #rrggbb')
    .superRefine((colour, ctx) => {
      for (const against of ACCENT_MUST_CONTRAST_WITH) {
        const ratio = contrastRatio(colour, PALETTE[mode][against]);
        if (ratio < AA_TEXT) {
          ctx.addIssue({
            code: 'custom',
            message: `has a contrast of ${ratio.toFixed(2)}:1 against the ${mode} look's ${against} (${PALETTE[mode][against]}); WCAG AA needs ${AA_TEXT}:1. Pick a ${mode === 'light' ? 'darker' : 'lighter'} colour`,
          });
        }
      }
    });

/** A file in the repository, at most `maxBytes`, with one of `endings`. */
const repoFile = (endings: string[], maxBytes: number, root = '') =>
  z.string().superRefine((path, ctx) => {
    const full = `${root}${path}`;
    if (!endings.some((ending) => path.toLowerCase().endsWith(ending))) {
      ctx.addIssue({ code: 'custom', message: `must be a ${endings.join(' or ')} file` });
    } else if (!existsSync(full) || !statSync(full).isFile()) {
      ctx.addIssue({ code: 'custom', message: `names ${full}, which does not exist` });
    } else if (statSync(full).size > maxBytes) {
      ctx.addIssue({ code: 'custom', message: `is larger than ${Math.round(maxBytes / 1024)} KB` });
    }
  });

const logoFile = repoFile(['.svg'], 20 * 1024).superRefine((path, ctx) => {
  // The logo is drawn inline in every page's header, so it must be a picture and nothing more.
  if (existsSync(path) && /<script|\bon\w+\s*=|javascript:|<foreignObject/i.test(readFileSync(path, 'utf8'))) {
    ctx.addIssue({ code: 'custom', message: 'must not contain scripts, event handlers or foreignObject' });
  }
});

const themeSchema = z.strictObject({
  accent: z.strictObject({ light: accentFor('light'), dark: accentFor('dark') }),
  logo: z.strictObject({
    file: logoFile,
    /** Empty when the site name stands next to the logo and says the same. */
    alt: z.string().max(80),
  }),
  font: z
    .strictObject({
      family: z.string().regex(/^[\w -]{1,60}$/, 'must be a font name of letters, digits, spaces and hyphens'),
      /** Served from public/: "/fonts/brand.woff2" is public/fonts/brand.woff2. */
      file: z
        .string()
        .regex(/^\/[\w./-]+$/, 'must be a path under public/, such as /fonts/brand.woff2')
        .pipe(repoFile(['.woff2'], 400 * 1024, 'public')),
    })
    .nullable(),
});

/**
 * An origin allowed to frame the embed pages: https (http only for localhost), no path, no wildcard. Wildcards
 * (`https://*.example.com`, which CSP would accept) are refused on purpose: an MSP lists the
 * hosts its own website answers on, and a wildcard would also admit every subdomain a third
 * party may run (a hosted shop, a landing-page builder).
 */
const embedOrigin = z.string().superRefine((value, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  // Plain http only for this machine, as for the lead endpoint: the tests frame from localhost.
  const local = url?.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  if (!url || (url.protocol !== 'https:' && !local) || value.includes('*') || url.origin !== value.replace(/\/$/, '')) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an https origin without path or wildcard, such as https://www.example.com',
    });
  }
});

export const brandSchema = z
  .object({
    siteName: nonEmpty('the site name').max(60, 'keep the site name under 60 characters'),
    /** The managed service provider behind the site: the "us" of every call to action. */
    mspName: z
      .string({ error: 'name the MSP behind the site, as text: it says who "us" is in the call to action' })
      .trim()
      .min(1, 'the MSP name must not be empty: it says who "us" is in the call to action')
      .max(80, 'keep the MSP name under 80 characters'),
    baseUrl: z
      .string()
      .refine(isSiteOrigin, 'must be an absolute http(s) URL of the site root, such as https://it.example.com')
      .transform((value) => value.replace(/\/+$/, '')),
    tagline: nonEmpty('the tagline').max(200, 'keep the tagline under 200 characters'),
    callToAction: z.strictObject({
      label: nonEmpty('the call-to-action label').max(60),
      url: z
        .string()
        .refine(
          (value) => isAbsoluteHttpUrl(value) || value.startsWith('mailto:') || isSitePath(value),
          'must be an absolute http(s) URL, a mailto: link or a path starting with /',
        ),
    }),
    contactEmail: z.email('must be an e-mail address'),
    /**
     * An optional booking page (Cal.com, Calendly…) offered beside the e-mail under every result.
     * `summaryParam` names the query parameter the page prefills its notes from, if it has one.
     */
    booking: z
      .strictObject({
        url: z
          .string()
          .refine((value) => value.startsWith('https://') && isAbsoluteHttpUrl(value), 'must be an https:// URL'),
        summaryParam: z
          .string()
          .regex(/^[\w.-]{1,40}$/, 'must be a query parameter name')
          .nullable(),
      })
      .nullable(),
    locale: z.string().refine(isSupportedLocale, 'must be a locale the browser knows, such as en-US'),
    currency: z.string().refine((code) => knownCurrencies.has(code), 'must be an ISO 4217 currency code such as USD'),
    /** The MSP's look: accent colour for each mode, logo and an optional font of its own. */
    theme: themeSchema,
    /** Who may show the tools in a frame (the /embed/… pages); nobody else when the list is empty. */
    embed: z
      .strictObject({ allowedOrigins: z.array(embedOrigin.transform((value) => value.replace(/\/$/, ''))).max(20) })
      .default({ allowedOrigins: [] }),
  })
  .strict();

export type Brand = z.infer<typeof brandSchema>;
