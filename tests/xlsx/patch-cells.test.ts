import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../src/core/plan/types';
import { newPackage } from '../../src/xlsx/package/new-package';
import { Package } from '../../src/xlsx/package/parts';
import { patchedCellBytes, type CellPatch } from '../../src/xlsx/package/patch-cells';
import { planPackageBytes } from '../../src/xlsx/package/plan-bytes';
import { UnsupportedPackage } from '../../src/xlsx/package/xml-text';
import { readWorkbook } from '../../src/xlsx/reader';
import { REPO_ROOT } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';

/**
 * The cell patcher on hand-shaped worksheet parts (the forms other programs write), read back by
 * our reader and by openpyxl. tests/cycle/collect-patch.test.ts covers it on a real ledger.
 */

const run = promisify(execFile);
const NOW = new Date(Date.UTC(2026, 11, 1, 8));
const SHEET = 'xl/worksheets/sheet1.xml';

const plan: SheetPlan = {
  name: '台账',
  rows: [
    [{ text: '问题序号' }, { text: '整改进展' }, { text: '完成日期' }],
    [{ number: 1 }, { text: '旧' }, null],
    [{ number: 2 }, null, null],
  ],
  columns: [],
  styles: [{ range: 'A2:C3', style: { border: true } }],
  merges: [],
  table: { name: 'Ledger', range: 'A1:C3', style: 'TableStyleLight9' },
  validations: [],
  conditionalFormats: [],
};

let base: Uint8Array;

beforeAll(async () => {
  base = (await planPackageBytes(newPackage(NOW, 'test'), { sheets: [plan] }, [], NOW)).bytes;
});

async function patched(
  writes: readonly CellPatch[],
  edit: (pkg: Package) => Promise<void> = async () => {},
  tableRows: readonly number[] = [],
): Promise<{ bytes: Uint8Array; sheet: string }> {
  const pkg = Package.open(base);
  await edit(pkg);
  const bytes = await patchedCellBytes(
    await pkg.toBytes(NOW),
    { sheet: '台账', writes, tableRows },
    NOW,
  );
  return { bytes, sheet: await Package.open(bytes).text(SHEET) };
}

async function setSheet(pkg: Package, change: (xml: string) => string): Promise<void> {
  pkg.set(SHEET, change(await pkg.text(SHEET)));
}

const grid = (bytes: Uint8Array) => readWorkbook(bytes).grid('台账')?.rows;

describe('patchSheetCells', () => {
  it('writes text as an inline string that never becomes a formula, escapes kept literal', async () => {
    const { bytes, sheet } = await patched([
      { row: 1, column: 1, value: { text: '=SUM(A1)' } },
      { row: 2, column: 1, value: { text: 'a_x0041_b <&> ' } },
    ]);
    expect(sheet).not.toContain('<f>');
    expect(grid(bytes)?.[1]?.[1]).toBe('=SUM(A1)');
    // `_xHHHH_` is an escape to Excel (and our reader): a literal one is written escaped.
    expect(sheet).toContain('a_x005F_x0041_b');
    expect(grid(bytes)?.[2]?.[1]).toBe('a_x0041_b <&> ');
    const path = join(await mkdtemp(join(tmpdir(), 'rectify-patch-')), 'p.xlsx');
    await writeFile(path, bytes);
    const { stdout } = await run(PYTHON, [
      '-c',
      'import json,sys,openpyxl; ws=openpyxl.load_workbook(sys.argv[1])["台账"]; ' +
        'print(json.dumps([ws["B2"].value, ws["B2"].data_type]))',
      path,
    ]);
    expect(JSON.parse(stdout)).toEqual(['=SUM(A1)', 's']);
  });

  it('writes dates as serials in the workbook’s date system, with a date format', async () => {
    const date1904 = async (pkg: Package) => {
      const xml = await pkg.text('xl/workbook.xml');
      pkg.set(
        'xl/workbook.xml',
        xml.replace(/<workbookPr\/>|<workbookPr /, (m) =>
          m === '<workbookPr/>' ? '<workbookPr date1904="1"/>' : '<workbookPr date1904="1" ',
        ),
      );
    };
    const plain = await patched([{ row: 1, column: 2, value: { date: '2026-11-28' } }]);
    expect(plain.sheet).toMatch(/<c r="C2"[^>]*><v>46354<\/v><\/c>/);
    const old = await patched([{ row: 1, column: 2, value: { date: '2026-11-28' } }], date1904);
    expect(await Package.open(old.bytes).text('xl/workbook.xml')).toContain('date1904="1"');
    expect(old.sheet).toMatch(/<c r="C2"[^>]*><v>44892<\/v><\/c>/);
    for (const { bytes } of [plain, old]) {
      expect(grid(bytes)?.[1]?.[2]).toEqual({ date: '2026-11-28' });
      const path = join(await mkdtemp(join(tmpdir(), 'rectify-patch-')), 'd.xlsx');
      await writeFile(path, bytes);
      const { stdout } = await run(PYTHON, [
        '-c',
        'import sys,openpyxl; print(openpyxl.load_workbook(sys.argv[1])["台账"]["C2"].value.date())',
        path,
      ]);
      expect(stdout.trim()).toBe('2026-11-28');
    }
  });

  it('finds rows and cells without r, fills an empty sheetData, clears with the style kept', async () => {
    const noRefs = await patched([{ row: 2, column: 1, value: { text: '新' } }], (pkg) =>
      setSheet(pkg, (xml) => xml.replace(/ r="[A-Z]*\d+"/g, '')),
    );
    expect(grid(noRefs.bytes)?.[2]?.slice(0, 2)).toEqual([2, '新']);
    expect(grid(noRefs.bytes)?.[1]?.slice(0, 2)).toEqual([1, '旧']);
    const empty = await patched(
      [
        { row: 4, column: 0, value: { number: 5 } },
        { row: 0, column: 0, value: { bool: true } },
      ],
      (pkg) =>
        setSheet(pkg, (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>')),
    );
    expect(grid(empty.bytes)?.[0]?.[0]).toBe(true);
    expect(grid(empty.bytes)?.[4]?.[0]).toBe(5);
    const cleared = await patched([{ row: 1, column: 1, value: null }]);
    expect(grid(cleared.bytes)?.[1]?.[1] ?? null).toBeNull();
  });

  it('leaves every other byte of the sheet part as it was', async () => {
    const original = await Package.open(base).text(SHEET);
    const { sheet } = await patched([{ row: 1, column: 1, value: { text: '新' } }]);
    const at = original.indexOf('<c r="B2"');
    const end = original.indexOf('</c>', at) + 4;
    expect(sheet.slice(0, at)).toBe(original.slice(0, at));
    expect(sheet.slice(sheet.length - (original.length - end))).toBe(original.slice(end));
  });

  it('grows the table and its filter to appended rows, each carrying the last row’s styles', async () => {
    const { bytes, sheet } = await patched(
      [{ row: 3, column: 0, value: { number: 3 } }],
      async () => {},
      [3],
    );
    const table = await Package.open(bytes).text('xl/tables/table1.xml');
    expect(table).toContain('ref="A1:C4"');
    expect(table).toContain('<autoFilter ref="A1:C4"/>');
    expect(sheet).toMatch(
      /<row r="4"><c r="A4"[^>]*><v>3<\/v><\/c><c r="B4"[^>]*\/><c r="C4"[^>]*\/><\/row>/,
    );
    expect(grid(bytes)?.[3]?.[0]).toBe(3);
  });

  it('refuses to overwrite a shared formula other cells use, and drops calcChain after a formula', async () => {
    const shared = (xml: string) =>
      xml.replace(
        /<c r="B2"([^>]*)>.*?<\/c>/,
        '<c r="B2"$1><f t="shared" ref="B2:B3" si="0">A2</f><v>1</v></c>',
      );
    await expect(
      patched([{ row: 1, column: 1, value: { text: 'x' } }], (pkg) => setSheet(pkg, shared)),
    ).rejects.toThrow(UnsupportedPackage);
    const withChain = async (pkg: Package) => {
      await setSheet(pkg, (xml) =>
        xml.replace(/<c r="B2"([^>]*)>.*?<\/c>/, '<c r="B2"$1><f>A2</f><v>1</v></c>'),
      );
      pkg.set(
        'xl/calcChain.xml',
        '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1"/></calcChain>',
      );
      const rels = await pkg.text('xl/_rels/workbook.xml.rels');
      pkg.set(
        'xl/_rels/workbook.xml.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
    };
    const { bytes, sheet } = await patched(
      [{ row: 1, column: 1, value: { text: 'x' } }],
      withChain,
    );
    expect(sheet).not.toContain('<f>');
    const pkg = Package.open(bytes);
    expect(pkg.has('xl/calcChain.xml')).toBe(false);
    expect(await pkg.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });
});

describe('the cycle on bytes in the browser', () => {
  it('bundles for the browser without Node built-ins or ExcelJS', async () => {
    const result = await build({
      entryPoints: [join(REPO_ROOT, 'src/xlsx/cycle-bytes.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    expect(inputs.some((i) => i.includes('src/xlsx/package/patch-cells.ts'))).toBe(true);
    expect(inputs.filter((i) => /exceljs|node:|zip-codec-node/.test(i))).toEqual([]);
  });

  it('has no file in src/ that imports exceljs', async () => {
    const { stdout } = await run('grep', [
      '-rlE',
      "from 'exceljs'|import\\('exceljs'\\)",
      join(REPO_ROOT, 'src'),
    ]).catch((error: { code?: number; stdout?: string }) => {
      if (error.code === 1) return { stdout: '' };
      throw error;
    });
    expect(stdout).toBe('');
  });
});
