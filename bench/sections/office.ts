/**
 * Section 3: the Office.js shell on the in-memory Excel double (tests/support/excel-double), which
 * records every `context.sync()` and the bytes of each request. For each size: syncs per
 * operation and the largest request; they must not grow with rows except by chunking.
 */
import { performance } from 'node:perf_hooks';
import type { WorkbookPlan } from '../../src/core/plan/types';
import type { RectifyOperations } from '../../src/operations/contract';
import { optionalFunction, type Optional } from '../optional';
import type { OfficeOperation, Results } from '../results';
import { round } from '../stats';
import { BENCH_TODAY, PLAN_OPTIONS, type SyntheticLedger } from '../synthetic';
import { STALE_DAYS, DUE_SOON_DAYS } from '../../src/core/settings';
import type { RectificationList } from '../../src/core/list/schema';

/** The members of the double the benchmark reads (tests/support/excel-double/excel.ts). */
interface ExcelDoubleLike {
  readonly run: (batch: (context: never) => Promise<unknown>) => Promise<unknown>;
  readonly requests: readonly { readonly requestBytes: number; readonly responseBytes: number }[];
  resetRequests(): void;
}
type ExcelDoubleClass = new (sheetNames?: readonly string[]) => ExcelDoubleLike;
type OfficeDoubleClass = new (
  excel: ExcelDoubleLike,
  options: { readonly excelApi: string },
) => { readonly global: unknown };
type CreateOfficeOperations = (host: {
  readonly run: ExcelDoubleLike['run'];
  readonly office: unknown;
  readonly now?: () => string;
}) => RectifyOperations;
type ApplyPlan = (context: never, plan: WorkbookPlan) => Promise<unknown>;

interface OfficeParts {
  readonly ExcelDouble: ExcelDoubleClass;
  readonly OfficeDouble: OfficeDoubleClass;
  readonly createOfficeOperations: CreateOfficeOperations;
  readonly applyPlan: ApplyPlan;
}

async function loadParts(): Promise<Optional<OfficeParts>> {
  const parts = [
    await optionalFunction<ExcelDoubleClass>('tests/support/excel-double/index', 'ExcelDouble'),
    await optionalFunction<OfficeDoubleClass>('tests/support/excel-double/index', 'OfficeDouble'),
    await optionalFunction<CreateOfficeOperations>(
      'src/office/office-operations',
      'createOfficeOperations',
    ),
    await optionalFunction<ApplyPlan>('src/office/apply-plan', 'applyPlan'),
  ] as const;
  const missing = parts.find((p) => !p.available);
  if (missing !== undefined && !missing.available) return missing;
  const [excel, office, create, apply] = parts;
  if (!excel.available || !office.available || !create.available || !apply.available) {
    throw new Error('unreachable');
  }
  return {
    available: true,
    value: {
      ExcelDouble: excel.value,
      OfficeDouble: office.value,
      createOfficeOperations: create.value,
      applyPlan: apply.value,
    },
  };
}

/** One operation on a double: what it sent to "Excel", or why it could not run. */
/** Largest ledger the re-import is measured on. */
const REIMPORT_ROWS = 10_000;

/** Excel's limit on one request and one response. */
const LIMIT_BYTES = 5_000_000;

/**
 * The fewest round trips the bytes allow: what came back in reads of ≤ 5 MB, what went out in
 * writes of ≤ 5 MB; an operation that writes needs at least one read and one write.
 */
function minimumSyncs(
  requests: ExcelDoubleLike['requests'],
  writes: boolean,
  dependentReads: number,
): number {
  const response = requests.reduce((n, r) => n + r.responseBytes, 0);
  const request = requests.reduce((n, r) => n + r.requestBytes, 0);
  const reads = Math.max(1 + dependentReads, Math.ceil(response / LIMIT_BYTES));
  return writes ? reads + Math.max(1, Math.ceil(request / LIMIT_BYTES)) : reads;
}

async function measure(
  name: string,
  excel: ExcelDoubleLike,
  operation: () => Promise<unknown>,
  writes = true,
  /** Reads that need what an earlier read found (the re-import's per-cell look-ups). */
  dependentReads = 0,
): Promise<OfficeOperation> {
  excel.resetRequests();
  const started = performance.now();
  try {
    await operation();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name, available: false, reason: message.split('\n')[0] ?? message };
  }
  const ms = performance.now() - started;
  const requests = excel.requests;
  return {
    name,
    available: true,
    syncs: requests.length,
    minimumSyncs: minimumSyncs(requests, writes, dependentReads),
    largestRequestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
    largestResponseBytes: Math.max(0, ...requests.map((r) => r.responseBytes)),
    totalRequestBytes: requests.reduce((n, r) => n + r.requestBytes, 0),
    totalResponseBytes: requests.reduce((n, r) => n + r.responseBytes, 0),
    ms: round(ms),
  };
}

export async function benchOffice(
  cases: readonly { readonly ledger: SyntheticLedger; readonly list: RectificationList }[],
  log: (line: string) => void,
): Promise<Results['office']> {
  const loaded = await loadParts();
  if (!loaded.available) return { available: false, reason: loaded.reason };
  const { ExcelDouble, OfficeDouble, createOfficeOperations, applyPlan } = loaded.value;
  const host = (excel: ExcelDoubleLike) =>
    createOfficeOperations({
      run: excel.run,
      office: new OfficeDouble(excel, { excelApi: '1.8' }).global,
      now: () => PLAN_OPTIONS.generatedAt,
    });

  const out: { rows: number; operations: OfficeOperation[] }[] = [];
  for (const { ledger, list } of cases) {
    log(`  office ${ledger.rows} rows`);
    const operations: OfficeOperation[] = [];
    // 导入清单 into an empty workbook: the whole ledger written through the shell.
    const fresh = new ExcelDouble(['Sheet1']);
    operations.push(
      await measure('导入清单 importList', fresh, () =>
        host(fresh).importList(list, { today: BENCH_TODAY }),
      ),
    );
    // The other commands work on the ledger as users left it: the synthetic plan with its edits,
    // put in place by the shell (not measured), then each command measured on its own.
    const edited = new ExcelDouble(['Sheet1']);
    await edited.run((context) => applyPlan(context, ledger.plan));
    const ops = host(edited);
    operations.push(await measure('inspectWorkbook', edited, () => ops.inspectWorkbook(), false));
    operations.push(
      await measure('校验台账 validateLedger (+校验结果 sheet)', edited, () =>
        ops.validateLedger({ today: BENCH_TODAY, staleDays: STALE_DAYS, writeSheet: true }),
      ),
    );
    operations.push(
      await measure(
        '逾期概览 overdueOverview',
        edited,
        () => ops.overdueOverview({ today: BENCH_TODAY, dueSoonDays: DUE_SOON_DAYS }),
        false,
      ),
    );
    operations.push(
      await measure('生成领导汇总 buildSummaries', edited, () =>
        ops.buildSummaries({ today: BENCH_TODAY }),
      ),
    );
    operations.push(await measure('刷新逾期标记 refreshMarks', edited, () => ops.refreshMarks()));
    // 导入清单 again over the ledger it made (a merge): the fresh import's workbook, re-imported.
    // Each carried cell is looked up for its link, fill and font (ExcelApi 1.8 reads them per
    // cell), which the double answers slowly at 100,000 rows: measured up to 10,000.
    if (ledger.rows <= REIMPORT_ROWS)
      operations.push(
        await measure(
          '导入清单 again (re-import, merge)',
          fresh,
          () => host(fresh).importList(list, { today: BENCH_TODAY }),
          true,
          // Links, fills and fonts are per cell in ExcelApi 1.8: looked up once the cells are known.
          1,
        ),
      );
    out.push({ rows: ledger.rows, operations });
  }
  return { available: true, cases: out };
}
