/**
 * List parameters (`needs=after-hours,security`, `scope=patching,backup`) are comma lists.
 * Commas stay literal when written: the list is easier to read and to type by hand.
 */

/** The items of a comma list, trimmed, blanks dropped: `a, ,b,` is `a`, `b`. */
export const readCommaList = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const writeCommaList = (items: readonly string[]): string => items.map(encodeURIComponent).join(',');
