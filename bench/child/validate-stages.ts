/**
 * Where the time of a file validation goes, stage by stage, in one process: opening the package
 * (our reader: zip directory, workbook part), the four sheets the core reads as grids (inflate,
 * scan, cells), and the core's rules. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SHEETS } from '../../src/core/ledger/model';
import { validateWorkbook } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/xlsx/reader';

const [path, today] = process.argv.slice(2);
if (path === undefined || today === undefined)
  throw new Error('usage: validate-stages.ts FILE TODAY');
const t0 = performance.now();
const reading = readWorkbook(new Uint8Array(readFileSync(path)), { fileName: path });
const t1 = performance.now();
for (const name of [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists]) {
  reading.grid(name);
}
const t2 = performance.now();
const report = validateWorkbook(reading, { today, staleDays: 90 });
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    openMs: t1 - t0,
    gridMs: t2 - t1,
    validateMs: t3 - t2,
    errors: report.errors,
    warnings: report.warnings,
  })}\n`,
);
