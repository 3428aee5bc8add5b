/**
 * A list that keeps its first `max` items and only counts the rest, so a hostile link or file
 * with ten thousand problems cannot flood the page (or the memory) with them.
 */
export class CappedList<Item> {
  readonly items: Item[] = [];
  /** How many were added past the cap: counted, never kept. */
  more = 0;

  constructor(readonly max: number) {}

  /** Keeps what `make` returns while there is room; past the cap nothing is built, only counted. */
  add(make: () => Item): void {
    if (this.items.length < this.max) this.items.push(make());
    else this.more += 1;
  }
}
