import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { subsetFont } from './font-subset';

const require = createRequire(import.meta.url);

// Fonts come from an npm package so the build never depends on fonts installed on the machine.
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_NAMES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** The whole fonts the cards are drawn with. */
export const FULL_FONTS = FONT_NAMES.map((name) => join(fontDir, name));

const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/**
 * The card fonts cut down to the characters in `text` (plus printable ASCII), written into `dir`
 * and reused from there: their paths, or the whole fonts' if subsetting fails.
 *
 * resvg opens and parses a font file again for every glyph it lays out: with DejaVu's 700 KB
 * files that is about a third of a card's time, with a subset of a few dozen KB almost nothing.
 * The subset's outlines, kerning and missing-glyph box are copied from the whole font, so the
 * pixels are the same (tests/unit/site/preview-render.test.ts checks it).
 */
export async function cardFonts(text: string, dir: string): Promise<string[]> {
  const characters = [...new Set(PRINTABLE_ASCII + text)].sort().join('');
  // The subsetter's version is left out: the glyphs it copies are the source font's, whoever copies them.
  const key = createHash('sha256')
    .update(`dejavu-fonts-ttf@${version('dejavu-fonts-ttf')}\n${characters}`)
    .digest('hex')
    .slice(0, 24);
  const files = FONT_NAMES.map((name) => join(dir, `${key}-${name}`));
  try {
    // Touched, like the cached cards, so a build that uses them keeps them (see card-cache.ts).
    const now = new Date();
    await Promise.all(files.map((file) => utimes(file, now, now)));
    return files;
  } catch {
    // Not made yet: make them.
  }
  try {
    await mkdir(dir, { recursive: true });
    await Promise.all(
      FULL_FONTS.map(async (full, i) => {
        const subset = await subsetFont(await readFile(full), characters);
        // Write then rename, so a build running at the same time never reads half a font.
        const partial = `${files[i]}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
        await writeFile(partial, subset);
        await rename(partial, files[i]!);
      }),
    );
    return files;
  } catch {
    return FULL_FONTS;
  }
}
