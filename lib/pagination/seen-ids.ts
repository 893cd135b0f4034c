/**
 * The ids of the items a walk has read, so that an item read twice (the list moved
 * under the walk, or a page was read again to catch up) is given once. A walk that
 * keeps every item (the promise form) remembers every id; the page iterator, which
 * may stream a list too large to hold, remembers the most recent ones: as many as a
 * shift of the list can bring back (two pages, plus the largest change seen).
 */
export class SeenIds {
  private readonly order: string[] = [];
  private head = 0;
  private readonly ids = new Set<string>();

  constructor(private capacity: number) {}

  /** Remembers at least this many ids from now on. */
  keepAtLeast(count: number): void {
    if (count > this.capacity) this.capacity = count;
  }

  /** True when the id is new (and remembers it), false when it was read before. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.capacity === Infinity) return true;
    this.order.push(id);
    while (this.order.length - this.head > this.capacity) this.ids.delete(this.order[this.head++]);
    // Drops the forgotten part of the queue now and then, so it does not grow with the walk.
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
    return true;
  }
}
