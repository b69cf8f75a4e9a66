import { ErrorCode, ExcelDoubleError, notLoaded } from './errors';
import { type RunOptionsSeen, type SyncFaults, faultError } from './faults';

/** Excel on the web refuses a request, or a response, over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Excel refuses to read more than 5,000,000 cells of one range in one go. */
export const READ_CELL_LIMIT = 5_000_000;

/** One `context.sync()` as the double saw it. */
export interface RequestRecord {
  /** Bytes of the queued operations, as JSON in UTF-8 (what the request body carries). */
  readonly requestBytes: number;
  /** Bytes of the loaded values sent back. */
  responseBytes: number;
  readonly actions: number;
  /** Whether `suspendApiCalculationUntilNextSync` was queued in this request. */
  readonly calculationSuspended: boolean;
  /** The error code the request failed with, if it failed. */
  failed?: string;
}

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/** Fixed cost of one action in the request (object path, ids, method name). */
const ACTION_OVERHEAD = 48;

interface Action {
  readonly bytes: number;
  readonly suspendsCalculation?: boolean;
  apply(response: { bytes: number }): void;
}

/** The queue every proxy of one request context writes to; applied in order at sync. */
export class RequestQueue {
  private actions: Action[] = [];

  constructor(
    private readonly log: RequestRecord[],
    private readonly faults?: SyncFaults,
    private readonly options: RunOptionsSeen = {},
  ) {}

  get pending(): number {
    return this.actions.length;
  }

  push(payload: unknown, apply: (response: { bytes: number }) => void): void {
    this.actions.push({ bytes: ACTION_OVERHEAD + jsonBytes(payload), apply });
  }

  pushSuspendCalculation(): void {
    this.actions.push({ bytes: ACTION_OVERHEAD, suspendsCalculation: true, apply: () => {} });
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    this.actions = [];
    const record: RequestRecord = {
      requestBytes: actions.reduce((n, a) => n + a.bytes, 0),
      responseBytes: 0,
      actions: actions.length,
      calculationSuspended: actions.some((a) => a.suspendsCalculation === true),
    };
    this.log.push(record);
    // A real sync is asynchronous: let callers see that it is.
    await Promise.resolve();
    const injected = (await this.faults?.beforeSync(this.options)) ?? null;
    if (injected !== null) {
      // The request failed: nothing of the batch reached the workbook, or only its first actions.
      record.failed = injected.code;
      for (const action of actions.slice(0, injected.applyFirst)) action.apply({ bytes: 0 });
      throw faultError(injected.code);
    }
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      record.failed = ErrorCode.requestPayloadSizeLimitExceeded;
      throw new ExcelDoubleError(
        ErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${record.requestBytes} bytes). See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization`,
      );
    }
    const response = { bytes: 0 };
    try {
      // Office.js applies a batch in order and stops at the first failure; earlier actions stay.
      for (const action of actions) action.apply(response);
    } catch (e) {
      record.failed = e instanceof ExcelDoubleError ? e.code : 'GeneralException';
      throw e;
    } finally {
      record.responseBytes = response.bytes;
    }
    if (response.bytes > PAYLOAD_LIMIT_BYTES) {
      record.failed = ErrorCode.responsePayloadSizeLimitExceeded;
      throw new ExcelDoubleError(
        ErrorCode.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit (${response.bytes} bytes).`,
      );
    }
  }
}

/** Splits `'a, b/c'` or `['a', 'b/c']` into property paths. */
export function propertyPaths(names: string | string[] | undefined): string[][] {
  if (names === undefined) return [];
  const list = Array.isArray(names) ? names : names.split(',');
  return list
    .map((n) => n.trim())
    .filter((n) => n.length > 0)
    .map((n) => n.split('/').map((p) => p.trim()));
}

/**
 * Base of every proxy: properties are readable only after they were loaded and synced; the
 * backing model object is found at sync time (so `getItem` of a missing sheet fails at sync).
 */
export abstract class ClientObjectDouble<M> {
  private readonly loadedValues = new Map<string, unknown>();

  protected constructor(
    protected readonly queue: RequestQueue,
    private readonly resolver: () => M | null,
    private readonly typeName: string,
  ) {}

  /** Scalar properties loaded by a bare `load()`. */
  protected abstract readonly scalarProperties: readonly string[];
  /** Reads a scalar property from the model at sync time. */
  protected abstract readProperty(model: M, property: string): unknown;
  /** Navigation properties (`format`, `worksheet`, …) that a load path may go through. */
  protected navigation(_property: string): ClientObjectDouble<unknown> | undefined {
    return undefined;
  }

  /** The model now, or null for a null object. */
  resolve(): M | null {
    return this.resolver();
  }

  /** The model now; a write to a null object fails like Office.js does. */
  protected target(): M {
    const model = this.resolver();
    if (model === null)
      throw new ExcelDoubleError(
        ErrorCode.itemNotFound,
        `The requested resource doesn't exist. (${this.typeName} is a null object)`,
      );
    return model;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  protected read(property: string): unknown {
    if (!this.loadedValues.has(property)) throw notLoaded(`${this.typeName}.${property}`);
    return this.loadedValues.get(property);
  }

  /** Queues a load; values are captured when the sync reaches it. */
  protected queueLoad(names: string | string[] | undefined): void {
    const paths = propertyPaths(names);
    this.queue.push({ load: this.typeName, paths }, (response) => this.applyLoad(paths, response));
  }

  /** Loads `paths` now (inside a sync). Exposed for collections and navigation. */
  applyLoad(paths: readonly (readonly string[])[], response: { bytes: number }): void {
    const model = this.resolver();
    this.loadedValues.set('isNullObject', model === null);
    response.bytes += 24;
    const wanted = paths.length === 0 ? this.scalarProperties.map((p) => [p]) : paths;
    for (const path of wanted) {
      const [head, ...rest] = path;
      if (head === undefined) continue;
      const nav = this.navigation(head);
      if (nav) {
        nav.applyLoad(rest.length === 0 ? [] : [rest], response);
        continue;
      }
      if (!this.scalarProperties.includes(head) && head !== 'isNullObject')
        throw new ExcelDoubleError(
          ErrorCode.invalidArgument,
          `The property '${head}' does not exist on ${this.typeName}.`,
        );
      if (model === null) {
        this.loadedValues.set(head, null);
        continue;
      }
      const value = this.readProperty(model, head);
      response.bytes += jsonBytes(value) + head.length + 4;
      this.loadedValues.set(head, value);
    }
  }

  /** Queues a write that runs against the model at sync time. */
  protected queueWrite(payload: unknown, apply: (model: M) => void): void {
    this.queue.push(payload, () => apply(this.target()));
  }
}
