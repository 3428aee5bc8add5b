import { readFileSync } from 'node:fs';
import rawBrand from '../../data/brand.json' with { type: 'json' };
import { brandSchema, type Brand } from './brand-schema';
import { parseDataFile } from './config-error';

export const BRAND_FILE = 'src/data/brand.json';

/** The validated brand; importing this module fails the build when the file is wrong. */
export const brand: Brand = parseDataFile(brandSchema, rawBrand, BRAND_FILE);

/** The logo's markup, drawn inline in the header so it costs no request (the schema vetted the file). */
export const brandLogoSvg: string = readFileSync(brand.theme.logo.file, 'utf8')
  .replace(/<\?xml[^>]*>\s*/, '')
  .trim();
