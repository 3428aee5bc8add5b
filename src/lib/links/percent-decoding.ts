/**
 * Percent-decoding that never throws. Browsers read a broken escape (`%E0%A4%A`, `%zz`)
 * leniently, as URLSearchParams does; some link formats would rather set such a value aside,
 * so the result also says whether the text was well formed.
 */

export interface DecodedComponent {
  /** What URLSearchParams would read: broken escapes left as typed, bad UTF-8 as U+FFFD. */
  text: string;
  /** True when the escapes were not valid UTF-8 percent-encoding (decodeURIComponent refuses it). */
  broken: boolean;
}

const isHexDigit = (byte: number): boolean =>
  (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);

/** The WHATWG URL standard's percent-decode, then UTF-8 with replacement (a BOM is kept). */
function decodeLeniently(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const decoded = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    const high = bytes[index + 1] ?? 0;
    const low = bytes[index + 2] ?? 0;
    if (byte === 0x25 && isHexDigit(high) && isHexDigit(low)) {
      decoded[length] = Number.parseInt(String.fromCharCode(high, low), 16);
      index += 2;
    } else decoded[length] = byte;
    length += 1;
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(decoded.subarray(0, length));
}

/** One name or value of a query string; `+` is a space, as forms and URLSearchParams write it. */
export function decodeQueryComponent(raw: string): DecodedComponent {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    // Well-formed escapes decode the same either way; raw lone surrogates become U+FFFD as in a URL.
    return { text: decodeURIComponent(spaced).toWellFormed(), broken: false };
  } catch {
    return { text: decodeLeniently(spaced), broken: true };
  }
}
