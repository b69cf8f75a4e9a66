import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
import { LEDGER_HEADER_ROW } from '../../src/core/workbook/ledger-layout';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { readWorkbookFile } from '../support/exceljs-read';
import { saveWorkbook } from '../support/plan-workbook';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { mergeFile } from '../support/merge-file';
import { reviseSeed, seedList } from '../core/merge/revision';

const run = promisify(execFile);
/** 1-based row of the 台账's header (a title row and the 填报 line sit above it). */
const TOP = LEDGER_HEADER_ROW + 1;
let dir = '';
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A minimal CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('carried formulas in a real spreadsheet (LibreOffice)', () => {
  it('compute against their own new row after the revision moved the rows', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rectify-merge-lo-'));
    const seed = seedList();
    const old = join(dir, 'old.xlsx');
    await writeNewWorkbook(
      buildLedgerWorkbookPlan(seed, { today: '2026-11-29', sourceName: 's', generatedAt: 'g' }),
      old,
    );
    // The user types formulas in another program (ExcelJS here).
    const wb = await readWorkbookFile(old);
    const ws = wb.getWorksheet(SHEETS.ledger)!;
    const note = LEDGER_COLUMNS.indexOf('备注') + 1;
    for (let r = TOP + 1; r <= ws.rowCount; r += 1) {
      ws.getCell(r, note).value = {
        formula: `A${r}&"-"&B${r}&":"&H${r}`,
      } as ExcelJS.CellFormulaValue;
    }
    await saveWorkbook(wb, old);
    const revision = reviseSeed(seed);
    await mergeFile(
      old,
      revision.list,
      { today: '2026-11-29', sourceName: 's', generatedAt: 'g' },
      join(dir, 'merged.xlsx'),
    );

    // Sheet 3 (台账) as UTF-8 CSV, with formulas computed by LibreOffice on load.
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3',
        '--outdir',
        dir,
        join(dir, 'merged.xlsx'),
      ],
      { timeout: 120_000 },
    );
    const rows = parseCsv(await readFile(join(dir, `merged-${SHEETS.ledger}.csv`), 'utf8'));
    // The title row and the 填报 line, then the header.
    expect(rows[0]?.[0]).toMatch(/整改台账$/);
    expect(rows[TOP - 1]).toEqual([...LEDGER_COLUMNS]);
    const body = rows.slice(TOP);
    const added = new Set(revision.added);
    let carried = 0;
    for (const r of body) {
      const [item, measure] = [r[0]!, r[1]!];
      if (added.has(`${item}|${measure}`) && !r[2]!.startsWith('【')) {
        expect(r[note - 1]).toBe('');
        continue;
      }
      expect(r[note - 1], `row ${item}-${measure}`).toBe(`${item}-${measure}:${r[7]}`);
      carried += 1;
    }
    expect(carried).toBe(89);
  });
});
