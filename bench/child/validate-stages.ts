/**
 * Where the time of a file validation goes, stage by stage, in one process: opening the file
 * (ExcelJS), turning sheets into grids (snapshotOf), and the core's rules. Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { SHEETS } from '../../src/core/ledger/model';
import { validateWorkbook } from '../../src/core/validate/validate';
import { snapshotOf } from '../../tests/support/exceljs-grid';
import { readWorkbookFile } from '../../tests/support/exceljs-read';

const [path, today] = process.argv.slice(2);
if (path === undefined || today === undefined)
  throw new Error('usage: validate-stages.ts FILE TODAY');
const t0 = performance.now();
const workbook = await readWorkbookFile(path);
const t1 = performance.now();
const snapshot = snapshotOf(workbook);
for (const name of Object.values(SHEETS)) snapshot.grid(name);
const t2 = performance.now();
const report = validateWorkbook(snapshot, { today, staleDays: 90 });
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    readMs: t1 - t0,
    gridMs: t2 - t1,
    validateMs: t3 - t2,
    errors: report.errors,
    warnings: report.warnings,
  })}\n`,
);
