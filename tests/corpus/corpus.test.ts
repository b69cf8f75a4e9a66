import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inspectionOf } from '../../src/cli/commands/inspect';
import type { GridCell } from '../../src/core/grid';
import { STALE_DAYS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/xlsx/reader';
import { runRectify } from '../support/cli';
import { corpus, CORPUS_TODAY } from './corpus';

const { original, files } = await corpus();

async function open(path: string) {
  return readWorkbook(new Uint8Array(await readFile(path)), { fileName: path });
}

// A second "today" among the ledger's deadlines: a date read four years off changes findings.
const TODAYS = [CORPUS_TODAY, '2022-06-30'];

async function findings(path: string) {
  const reading = await open(path);
  return TODAYS.map((today) => {
    const report = validateWorkbook(reading, { today, staleDays: STALE_DAYS });
    return { errors: report.errors, warnings: report.warnings, issues: report.issues };
  });
}

/** A sheet's rows without trailing empty cells and rows (writers differ there, harmlessly). */
function trimmed(rows: readonly (readonly GridCell[])[]): GridCell[][] {
  const out = rows.map((row) => {
    const r = [...row];
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length > 0 && (out[out.length - 1] as GridCell[]).length === 0) out.pop();
  return out;
}

const expected = await findings(original);
const originalReading = await open(original);

/**
 * Our own formulas (说明's live legend on B5) keep their text as a cached result; a program that
 * does not calculate (openpyxl's load and save) keeps the formula but drops that result, which
 * Excel and LibreOffice compute again on opening. There, and only there, a blank copy is fine.
 */
function withOurFormulas(sheet: string, rows: GridCell[][]): GridCell[][] {
  const formulas = (originalReading.richSheet(sheet)?.cells ?? []).filter((c) => c.formula);
  const original = originalReading.grid(sheet)?.rows ?? [];
  const copy = rows.map((row) => [...row]);
  for (const { row, column } of formulas) {
    const line = copy[row];
    if (line !== undefined && (line[column] ?? null) === null)
      line[column] = original[row]?.[column] ?? null;
  }
  return copy;
}

describe('the reader corpus: the ledger as every writer here writes it', () => {
  it('holds files from every producer', () => {
    const producers = new Set(files.map((f) => f.producer));
    expect([...producers].sort()).toEqual([
      'hand',
      'libreoffice',
      'openpyxl',
      'rectify',
      'sheetjs',
      'xlsxwriter',
    ]);
    expect(expected[0]?.errors).toBeGreaterThan(0);
    expect(expected[1]?.errors).not.toBe(expected[0]?.errors);
  });

  it.each(files.map((f) => [f.name, f] as const))(
    '%s: every sheet reads as in the original',
    async (_, file) => {
      const reading = await open(file.path);
      for (const sheet of originalReading.sheetNames) {
        expect(withOurFormulas(sheet, trimmed(reading.grid(sheet)?.rows ?? [])), sheet).toEqual(
          trimmed(originalReading.grid(sheet)?.rows ?? []),
        );
      }
    },
  );

  it.each(files.map((f) => [f.name, f] as const))(
    '%s: validate finds what it finds on the original',
    async (_, file) => {
      expect(await findings(file.path)).toEqual(expected);
    },
  );

  it.each(files.map((f) => [f.name, f] as const))(
    '%s: inspect lists every worksheet in workbook order',
    async (_, file) => {
      const reading = await open(file.path);
      const seen = inspectionOf(file.path, reading).sheets.filter((s) => s.kind === 'worksheet');
      expect(seen.map((s) => s.name)).toEqual(file.sheets);
      if (file.openpyxlSheets !== null) {
        expect(seen.map((s) => [s.name, s.state])).toEqual(file.openpyxlSheets);
      }
      expect(reading.format).toBe(file.name.endsWith('.xlsm') ? 'xlsm' : 'xlsx');
    },
  );

  it('reads the 1904 and ISO-date files as what they are', async () => {
    for (const name of ['openpyxl-1904.xlsx', 'libreoffice-1904.xlsx']) {
      const file = files.find((f) => f.name === name);
      expect((await open(file!.path)).date1904, name).toBe(true);
    }
  });

  it('runs as the command line does: openpyxl’s re-save validates and inspects (exit 1 for errors, 0)', async () => {
    const resaved = files.find((f) => f.name === 'openpyxl-resave.xlsx')!;
    const validate = await runRectify([
      'validate',
      resaved.path,
      '--today',
      CORPUS_TODAY,
      '--json',
    ]);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).errors).toBe(expected[0]?.errors);
    const inspect = await runRectify(['inspect', resaved.path, '--json']);
    expect(inspect.code).toBe(0);
    const json = JSON.parse(inspect.stdout);
    expect(Object.keys(json)).toEqual([
      'file',
      'format',
      'producer',
      'date1904',
      'sheets',
      'ledger',
    ]);
    expect(json.producer).toEqual({ application: 'Microsoft Excel', version: expect.any(String) });
    expect(json.ledger).toMatchObject({
      sheet: '台账',
      headerRow: 3,
      columns: { 问题序号: 'A', 措施序号: 'B' },
    });
  });
});
