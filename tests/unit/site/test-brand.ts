import rawBrand from '../../../src/data/brand.json' with { type: 'json' };
import { brandSchema, type Brand } from '../../../src/lib/config/brand-schema';

/** The real brand file, parsed the way the site parses it. */
export const rawBrandData = rawBrand;
export const testBrand: Brand = brandSchema.parse(rawBrand);

/** A brand with a different host, so URL assertions cannot pass by coincidence. */
export const otherBrand: Brand = brandSchema.parse({
  ...rawBrand,
  siteName: 'Acme IT',
  baseUrl: 'https://acme.example.org/',
  locale: 'en-GB',
});
