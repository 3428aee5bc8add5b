import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** An installed package's version: from its package.json, or found from its entry point when it does not export that file. */
function version(pkg: string): string {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    // harfbuzzjs's exports leave package.json out.
  }
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (manifest.name === pkg) return manifest.version;
    } catch {
      // No package.json here: keep looking up.
    }
  }
  throw new Error(`cannot find the version of ${pkg}`);
}

/**
 * Everything besides a card's layout that decides its bytes, for cache keys: the fonts, the
 * shaper that places their glyphs, and the rasteriser that draws them. Bump `draw-card@` when
 * draw-card.ts, glyph-masks.ts or png-encode.ts changes what they write.
 */
export const RENDERER = [
  'draw-card@1',
  `dejavu-fonts-ttf@${version('dejavu-fonts-ttf')}`,
  `harfbuzzjs@${version('harfbuzzjs')}`,
  `resvg-js@${version('@resvg/resvg-js')}`,
].join(' ');
