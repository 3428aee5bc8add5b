/**
 * Reading a declared format version (`v=1` in a link). What an unreadable or newer version
 * means is each format's own decision; this only says which of the three it is.
 */
export type VersionReading =
  { kind: 'known'; version: number } | { kind: 'newer'; version: number } | { kind: 'unreadable' };

/**
 * Plain decimal digits, at most `maxDigits` of them (more is garbage, not a version), compared
 * with the newest version this code knows.
 */
export function readVersion(written: string, current: number, maxDigits = 9): VersionReading {
  const text = written.trim();
  if (text.length > maxDigits || !/^\d+$/.test(text)) return { kind: 'unreadable' };
  const version = Number(text);
  return { kind: version > current ? 'newer' : 'known', version };
}
