import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The parts of HarfBuzz's subsetter (harfbuzzjs's harfbuzz-subset.wasm) this file calls. */
interface HbSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
// Keep the outline of the glyph drawn for a character the font lacks (an empty box), as the whole
// font draws it; by default the subsetter blanks it.
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

const require = createRequire(import.meta.url);

let harfbuzz: Promise<HbSubset> | undefined;
function loadHarfbuzz(): Promise<HbSubset> {
  harfbuzz ??= (async () => {
    const wasm = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm);
    const exports = instance.exports as unknown as HbSubset;
    exports._initialize();
    return exports;
  })();
  return harfbuzz;
}

/**
 * A TrueType font cut down to the glyphs that draw `characters`, with every layout feature
 * (kerning, ligatures) and the missing-glyph box kept, so text it covers is laid out and drawn
 * exactly as with the whole font. HarfBuzz's own subsetter, the one `hb-subset` runs.
 */
export async function subsetFont(font: Uint8Array, characters: string): Promise<Uint8Array> {
  const hb = await loadHarfbuzz();
  const fontPointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, fontPointer);
  const blob = hb.hb_blob_create(fontPointer, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('HarfBuzz could not start a subset');
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const character of characters) hb.hb_set_add(unicodes, character.codePointAt(0)!);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('HarfBuzz could not subset the font');
    const result = hb.hb_face_reference_blob(subset);
    try {
      const length = hb.hb_blob_get_length(result);
      if (!length) throw new Error('HarfBuzz made an empty subset');
      // The wasm memory may have grown while subsetting: take a fresh view, and copy out of it.
      const data = hb.hb_blob_get_data(result, 0);
      return new Uint8Array(hb.memory.buffer).slice(data, data + length);
    } finally {
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
    }
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(fontPointer);
  }
}
