export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Pages shorter than this many sections read fine without a contents list. */
export const MIN_SECTIONS_FOR_TOC = 3;

/** Second-level headings with their third-level children; deeper levels would crowd a phone screen. */
export function buildTableOfContents(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      entries.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      entries.at(-1)?.children.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return entries.length >= MIN_SECTIONS_FOR_TOC ? entries : [];
}
