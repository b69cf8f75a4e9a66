import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../../../bench/synthetic';
import { DEFAULT_SEED_PATH } from '../../../src/cli/input';
import { parseList } from '../../../src/core/list/parse';
import type { WorkbookSnapshot } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/xlsx/reader';
import { snapshotOf } from '../../support/exceljs-grid';
import { corpus } from '../../corpus/corpus';
import { planBytes } from '../../support/plan-workbook';
import { differentialSnapshot, firstDifference } from '../../support/differential';

/**
 * Corpus files the ExcelJS reader gets wrong (issue 14's list of its faults): there the two
 * readers must differ, and the corpus test shows ours reads them as the original ledger.
 */
const EXCELJS_FAULTS: Readonly<Record<string, string>> = {
  'libreoffice-1904.xlsx': 'date1904 ignored (fault 5)',
  'openpyxl-isodates.xlsx': 't="d" read wrongly (fault 4)',
  'sheetjs-celldates.xlsx': 't="d" read wrongly (fault 4)',
  'links-and-formulas.xlsx': 'a hyperlinked date read as the URL (fault 12)',
  'renamed-parts.xlsx': 'parts found by fixed names: every sheet silently dropped (fault 2)',
  'sheetjs-booksst.xlsx':
    'a formula whose text result is a shared string (t="s") read as the string\'s index',
};

/**
 * openpyxl's load and save keeps our own formulas (说明's live legend on B5) but drops their
 * cached text, which Excel and LibreOffice compute again on opening: ours reads a blank there.
 * Only at a formula cell of ours, a blank is taken from the reference; every other cell compares.
 */
function withUncachedFormulasFrom(
  ours: ReturnType<typeof readWorkbook>,
  reference: WorkbookSnapshot,
): WorkbookSnapshot {
  return {
    sheetNames: ours.sheetNames,
    grid(sheet) {
      const grid = ours.grid(sheet);
      if (grid === null) return null;
      const rows = grid.rows.map((row) => [...row]);
      for (const cell of ours.richSheet(sheet)?.cells ?? []) {
        const line = rows[cell.row];
        if (cell.formula === null || line === undefined || (line[cell.column] ?? null) !== null)
          continue;
        line[cell.column] = reference.grid(sheet)?.rows[cell.row]?.[cell.column] ?? null;
      }
      return { sheet: grid.sheet, rows };
    },
  };
}

/**
 * Corpus files ExcelJS cannot load at all (it throws), by the fault of issue 14 that stops it.
 * Each must still fail in ExcelJS (a file it learns to read moves to the direct comparison), and
 * each is compared with ExcelJS's reading of the original ledger instead (same values).
 */
const EXCELJS_CANNOT_READ: Readonly<Record<string, string>> = {
  'openpyxl-resave.xlsx': 'absolute relationship targets (fault 1)',
  'openpyxl-tables.xlsx': 'absolute relationship targets (fault 1)',
  'openpyxl-writeonly.xlsx': 'absolute relationship targets (fault 1)',
  'openpyxl-protected.xlsx': 'absolute relationship targets (fault 1)',
  'openpyxl-1904.xlsx': 'absolute relationship targets (fault 1); then date1904 (fault 5)',
  'absolute-targets.xlsx': 'absolute relationship targets (fault 1)',
  'prefix-x.xlsx': 'namespace prefixes taken literally (fault 3)',
  'prefix-ns0.xlsx': 'namespace prefixes taken literally (fault 3)',
  'rows-without-r.xlsx': 'rows without r (fault 7)',
  'table-filters.xlsx': 'colour, date and icon filters (fault 6)',
  'vml-note.xlsx': 'VML with an unclosed <br> (fault 8)',
};

/** Files ExcelJS takes minutes or hangs on (fault 10): not given to it at all. */
const EXCELJS_HANGS = new Set(['merges-50000.xlsx', 'whole-sheet-validation.xlsx']);

async function exceljsReading(bytes: Uint8Array): Promise<WorkbookSnapshot | string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return String(error);
  }
  return snapshotOf(workbook);
}

describe('our reader against the ExcelJS reader it replaces', () => {
  it('reads the synthetic ledgers (users’ edits and mistakes) exactly as ExcelJS does', async () => {
    const seed = parseList(await readFile(DEFAULT_SEED_PATH, 'utf8'));
    for (const rows of [300, 3_000]) {
      const bytes = await planBytes(syntheticLedger(seed, rows).plan);
      const ours = await differentialSnapshot(bytes);
      expect(ours.grid('台账')?.rows.length).toBeGreaterThan(rows);
    }
  });

  // Thirty-odd files through ExcelJS: minutes on a loaded 2-core machine, so its own timeout.
  it(
    'reads every corpus file ExcelJS reads right as ExcelJS does, and differs where ExcelJS is wrong',
    { timeout: 300_000 },
    async () => {
      const { original, files } = await corpus();
      const reference = await exceljsReading(new Uint8Array(await readFile(original)));
      if (typeof reference === 'string')
        throw new Error(`ExcelJS cannot read the ledger: ${reference}`);
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const file of files) {
        if (EXCELJS_HANGS.has(file.name)) continue;
        const bytes = new Uint8Array(await readFile(file.path));
        const ours = readWorkbook(bytes);
        const theirs = await exceljsReading(bytes);
        if (file.name in EXCELJS_CANNOT_READ) {
          // Still unreadable for ExcelJS, and ours reads it as ExcelJS reads the original.
          expected[file.name] =
            'ExcelJS cannot read it; ours reads it as ExcelJS reads the original';
          outcome[file.name] =
            typeof theirs !== 'string'
              ? `ExcelJS reads it now: compare it directly (${firstDifference(ours, theirs) ?? 'same'})`
              : `ExcelJS cannot read it; ${firstDifference(withUncachedFormulasFrom(ours, reference), reference) ?? 'ours reads it as ExcelJS reads the original'}`;
        } else if (typeof theirs === 'string') {
          expected[file.name] = 'same';
          outcome[file.name] = `ExcelJS cannot read it: ${theirs}`;
        } else if (file.name in EXCELJS_FAULTS) {
          expected[file.name] = 'differs (known)';
          outcome[file.name] = firstDifference(ours, theirs) === null ? 'same' : 'differs (known)';
        } else {
          expected[file.name] = 'same';
          outcome[file.name] = firstDifference(ours, theirs) ?? 'same';
        }
      }
      expect(outcome).toEqual(expected);
      // The direct comparison covers real ground: every writer that ExcelJS reads right (14 files).
      const same = Object.values(outcome).filter((r) => r === 'same').length;
      expect(same).toBeGreaterThanOrEqual(14);
    },
  );
});
