import type { XlContext } from './excel-api';

/**
 * Excel on the web refuses a request or a response over 5 MB. Writes are grouped into requests
 * under this budget (measured as JSON in UTF-8, the way the request body carries them).
 */
export const REQUEST_BUDGET_BYTES = 3_990_000;
/** Largest single block of values, so a block always fits in a request with room to spare. */
export const BLOCK_BUDGET_BYTES = 50_000;
/** What one queued operation costs besides its data (object path, method, ids); generous. */
export const OPERATION_OVERHEAD_BYTES = 200;

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/**
 * Queues writes and syncs only when the next one would push the request over the budget, so a
 * small plan is one request and a large one a few. Calculation is suspended in every request.
 */
export class BatchWriter {
  private queuedBytes = 0;
  private opened = false;
  syncs = 0;

  constructor(private readonly context: XlContext) {}

  /** Queues an operation of about `bytes` of data (flushing first if it would not fit). */
  async add(bytes: number, queue: () => void): Promise<void> {
    const cost = bytes + OPERATION_OVERHEAD_BYTES;
    if (this.opened && this.queuedBytes + cost > REQUEST_BUDGET_BYTES) await this.flush();
    if (!this.opened) {
      this.context.application.suspendApiCalculationUntilNextSync();
      this.opened = true;
      this.queuedBytes = OPERATION_OVERHEAD_BYTES;
    }
    queue();
    this.queuedBytes += cost;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (!this.opened) return;
    await this.context.sync();
    this.syncs++;
    this.opened = false;
    this.queuedBytes = 0;
  }
}
