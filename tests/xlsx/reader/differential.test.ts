import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../../../bench/synthetic';
import { DEFAULT_SEED_PATH } from '../../../src/cli/input';
import { parseList } from '../../../src/core/list/parse';
import { readWorkbook } from '../../../src/xlsx/reader';
import { snapshotOf } from '../../support/exceljs-grid';
import { corpusFiles } from '../../corpus/corpus';
import { planBytes } from '../../support/plan-workbook';
import { differentialSnapshot, firstDifference } from '../../support/differential';

/**
 * Corpus files the ExcelJS reader gets wrong (issue 14's list of its faults): there the two
 * readers must differ, and the corpus test shows ours reads them as the original ledger.
 */
const EXCELJS_FAULTS: Readonly<Record<string, string>> = {
  'openpyxl-1904.xlsx': 'date1904 ignored (fault 5)',
  'libreoffice-1904.xlsx': 'date1904 ignored (fault 5)',
  'openpyxl-isodates.xlsx': 't="d" read wrongly (fault 4)',
  'sheetjs-celldates.xlsx': 't="d" read wrongly (fault 4)',
  'links-and-formulas.xlsx': 'a hyperlinked date read as the URL (fault 12)',
  'renamed-parts.xlsx': 'parts found by fixed names: every sheet silently dropped (fault 2)',
};

/** Files ExcelJS takes minutes or hangs on (fault 10): not given to it at all. */
const EXCELJS_HANGS = new Set(['merges-50000.xlsx', 'whole-sheet-validation.xlsx']);

describe('our reader against the ExcelJS reader it replaces', () => {
  it('reads the synthetic ledgers (users’ edits and mistakes) exactly as ExcelJS does', async () => {
    const seed = parseList(await readFile(DEFAULT_SEED_PATH, 'utf8'));
    for (const rows of [300, 3_000]) {
      const bytes = await planBytes(syntheticLedger(seed, rows).plan);
      const ours = await differentialSnapshot(bytes);
      expect(ours.grid('台账')?.rows.length).toBeGreaterThan(rows);
    }
  });

  it('reads every corpus file ExcelJS reads right as ExcelJS does, and differs where ExcelJS is wrong', async () => {
    const outcome: Record<string, string> = {};
    for (const file of await corpusFiles()) {
      if (EXCELJS_HANGS.has(file.name)) continue;
      const bytes = new Uint8Array(await readFile(file.path));
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      } catch {
        outcome[file.name] = 'ExcelJS cannot read it';
        continue;
      }
      const difference = firstDifference(readWorkbook(bytes), snapshotOf(workbook));
      outcome[file.name] =
        difference === null ? 'same' : file.name in EXCELJS_FAULTS ? 'differs (known)' : difference;
    }
    const unexpected = Object.entries(outcome).filter(([name, result]) =>
      name in EXCELJS_FAULTS
        ? result === 'same'
        : result !== 'same' && result !== 'ExcelJS cannot read it',
    );
    expect(unexpected).toEqual([]);
    // Most of the corpus is read by both: the comparison covers real ground. (ExcelJS cannot open
    // the openpyxl re-saves at all — absolute relationship targets, fault 1 of issue 14 — so they
    // count as unreadable, not as agreement.)
    expect(Object.values(outcome).filter((r) => r === 'same').length).toBeGreaterThanOrEqual(15);
  });
});
