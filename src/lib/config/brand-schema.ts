import { z } from 'zod';

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
    locale: z.string().refine(isSupportedLocale, 'must be a locale the browser knows, such as en-US'),
    currency: z
      .string()
      .refine((code) => knownCurrencies.has(code), 'must be an ISO 4217 currency code such as USD'),
  })
  .strict();

export type Brand = z.infer<typeof brandSchema>;
