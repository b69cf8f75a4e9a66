import type { CarriedCell } from './sheet-part';

/**
 * The cells a merge carries into one sheet, by row and column. Dense rows rather than a Map keyed
 * by `row * 16,384 + column`: past row 131,072 such keys are no longer small integers, and a Map
 * of a million of them cost more than a second of a 100,000-row merge (profiled).
 */
export class CarriedCells {
  readonly #rows: (CarriedCell | undefined)[][] = [];
  #size = 0;

  /** Adds a cell; a later one at the same place replaces the earlier. */
  add(cell: CarriedCell): void {
    const row = (this.#rows[cell.row] ??= []);
    if (row[cell.column] === undefined) this.#size++;
    row[cell.column] = cell;
  }

  get size(): number {
    return this.#size;
  }

  get(row: number, column: number): CarriedCell | undefined {
    return this.#rows[row]?.[column];
  }

  /** Every cell, row by row, left to right. */
  *values(): IterableIterator<CarriedCell> {
    for (const row of this.#rows) {
      if (row === undefined) continue;
      for (const cell of row) if (cell !== undefined) yield cell;
    }
  }
}
