export interface GuidePageRef {
  id: string;
  order: number;
  title: string;
  navLabel: string;
}

/** Guide pages sorted into reading order; two pages claiming one position is an authoring error. */
export function buildReadingOrder<Page extends GuidePageRef>(pages: readonly Page[]): Page[] {
  const byOrder = new Map<number, string>();
  for (const page of pages) {
    const clash = byOrder.get(page.order);
    if (clash) {
      throw new Error(
        `src/content/guide/${page.id}.mdx: order ${page.order} is already used by src/content/guide/${clash}.mdx`,
      );
    }
    byOrder.set(page.order, page.id);
  }
  return [...pages].sort((a, b) => a.order - b.order);
}

export interface Neighbours<Page> {
  previous: Page | null;
  next: Page | null;
}

export function findNeighbours<Page extends GuidePageRef>(ordered: readonly Page[], id: string): Neighbours<Page> {
  const index = ordered.findIndex((page) => page.id === id);
  if (index === -1) return { previous: null, next: null };
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null };
}
