import type { LedgerRow } from '../ledger/row';

/**
 * Names and numbers of a ledger turned into small numbers while the rows are read once, so the
 * passes after it (counting, sorting, listing 100,000 rows) touch typed arrays, not strings.
 */

/**
 * Every leader numbered in order of first appearance in the ledger, and each row's leaders as
 * those numbers, each leader once per row (a name repeated in one cell counts once): row `i`'s are
 * `ids[starts[i]]` up to `ids[starts[i + 1]]`.
 */
export interface LeaderIds {
  readonly names: readonly string[];
  readonly ids: Int32Array;
  readonly starts: Int32Array;
}

export class LeaderIdReader {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly starts: Int32Array;
  private ids: Int32Array;
  private used = 0;

  constructor(count: number) {
    this.starts = new Int32Array(count + 1);
    this.ids = new Int32Array(count * 2 + 16);
  }

  /** Reads row `i`'s leaders (rows are read once each, in ledger order). */
  read(i: number, row: LedgerRow): void {
    const leaders = row.leaders;
    const first = this.used;
    for (let j = 0; j < leaders.length; j++) {
      const leader = leaders[j] as string;
      let id = this.numbers.get(leader);
      if (id === undefined) {
        id = this.names.length;
        this.numbers.set(leader, id);
        this.names.push(leader);
      }
      if (!this.seenSince(first, id)) this.push(id); // else named twice in one cell
    }
    this.starts[i + 1] = this.used;
  }

  leaderIds(): LeaderIds {
    return { names: this.names, ids: this.ids, starts: this.starts };
  }

  private seenSince(first: number, id: number): boolean {
    for (let k = first; k < this.used; k++) if (this.ids[k] === id) return true;
    return false;
  }

  private push(id: number): void {
    if (this.used === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.used++] = id;
  }
}

/**
 * Each row's item (问题序号) as a small number, 0, 1, 2 … in order of first appearance (-1 for none),
 * so a leader's distinct items are counted with one array of marks instead of a set per leader.
 */
export interface ItemIds {
  readonly ids: Int32Array;
  /** Distinct items in the ledger. */
  readonly count: number;
}

export class ItemIdReader {
  /** Item → id + 1 (0: not seen yet), for whole items below `slotLimit`: most ledgers' items. */
  private slots = new Int32Array(1024);
  private readonly slotLimit: number;
  /** Any other item → id. */
  private readonly numbers = new Map<number, number>();
  private readonly ids: Int32Array;
  private count = 0;
  private previous: number | null = null;
  private previousId = -1;

  constructor(count: number) {
    this.ids = new Int32Array(count);
    this.slotLimit = Math.max(1 << 16, count * 8);
  }

  read(i: number, row: LedgerRow): void {
    const item = row.item;
    // One item's measures usually sit together: most rows repeat the item above them.
    if (item !== this.previous) {
      this.previous = item;
      this.previousId = item === null ? -1 : this.idOf(item);
    }
    this.ids[i] = this.previousId;
  }

  itemIds(): ItemIds {
    return { ids: this.ids, count: this.count };
  }

  private idOf(item: number): number {
    if (Number.isInteger(item) && item >= 0 && item < this.slotLimit) {
      if (item >= this.slots.length) this.growSlots(item);
      let slot = this.slots[item] as number;
      if (slot === 0) this.slots[item] = slot = ++this.count;
      return slot - 1;
    }
    let id = this.numbers.get(item);
    if (id === undefined) this.numbers.set(item, (id = this.count++));
    return id;
  }

  private growSlots(item: number): void {
    const grown = new Int32Array(
      Math.min(this.slotLimit, Math.max(item + 1, this.slots.length * 2)),
    );
    grown.set(this.slots);
    this.slots = grown;
  }
}
