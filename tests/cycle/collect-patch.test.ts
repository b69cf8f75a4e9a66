import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { addedRowMark } from '../../src/core/cycle';
import { collectIntoBytes, splitLedgerBytes } from '../../src/xlsx/cycle-bytes';
import { readWorkbook } from '../../src/xlsx/reader';
import { runRectify } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';
import {
  editWithOpenpyxl,
  headerRowOf,
  readBack,
  resaveWithLibreOffice,
  rowsByHeader,
  type Cell,
  type ReadBack,
} from './support';

/**
 * collect writes into the master through the package writer's cell patcher: the values land in
 * their cells (openpyxl and LibreOffice read them), every part it has no reason to touch keeps
 * its bytes, the user's own formula, hyperlink and comment on 台账 survive, and a unit's added
 * row lies inside the ledger's table.
 */

const run = promisify(execFile);
const SPLIT_DAY = '2026-11-30';
const COLLECT_DAY = '2026-12-01';
const A = '县林业局';
const B = '县卫健局';
const FORMULA_TEXT = '=SUM(A1) 已推进';

let work: string;
let master: string;
let out: string;
let before: ReadBack;
let after: ReadBack;
let fileA: string;
let fileB: string;
let collectCode: number;
let addedRow: number;

const unitsOf = (cell: Cell | undefined) =>
  String(cell ?? '')
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const ledgerRows = (book: ReadBack) => rowsByHeader(book.sheets['台账'] ?? []);
const rowOf = (book: ReadBack, r: Record<string, Cell>) =>
  ledgerRows(book).find(
    (x) => x['问题序号'] === r['问题序号'] && String(x['措施序号']) === String(r['措施序号']),
  );

function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The 台账's worksheet part and its table part, found through the package's relationships. */
function ledgerParts(bytes: Uint8Array): { sheet: string; table: string } {
  const reading = readWorkbook(bytes);
  const sheet = reading.sheets.find((s) => s.name === '台账')?.part as string;
  const rels = new TextDecoder().decode(
    entries(bytes)[sheet.replace(/([^/]+)$/, '_rels/$1.rels')] as Uint8Array,
  );
  const target = /Type="[^"]*\/table" Target="([^"]+)"/.exec(rels)?.[1] as string;
  return { sheet, table: `xl/tables/${target.split('/').pop() as string}` };
}

/** openpyxl's view of things only it can say: formula, hyperlink, comment, table ref, types. */
async function openpyxlFacts(
  xlsx: string,
  cells: readonly string[],
): Promise<Record<string, unknown>> {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["台账"]
out = {"formula": ws["O2"].value, "link": ws["O3"].hyperlink.target if ws["O3"].hyperlink else None,
       "comment": ws["O4"].comment.text if ws["O4"].comment else None,
       "table": ws.tables["Ledger"].ref,
       "validations": [str(dv.sqref) for dv in ws.data_validations.dataValidation],
       "formats": [str(cf.sqref) for cf in ws.conditional_formatting],
       "types": {c: ws[c].data_type for c in sys.argv[2:]}}
print(json.dumps(out, ensure_ascii=False))`;
  const { stdout } = await run(PYTHON, ['-c', script, xlsx, ...cells]);
  return JSON.parse(stdout) as Record<string, unknown>;
}

let a1: Record<string, Cell>;
let a2: Record<string, Cell>;
let b1: Record<string, Cell>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rectify-collect-patch-'));
  master = join(work, '整改台账.xlsx');
  out = join(work, '回收后.xlsx');
  await mkdir(join(work, 'units'));
  const made = await runRectify(['workbook', '--out', master, '--today', SPLIT_DAY]);
  expect(made.code, made.stderr).toBe(0);
  await run(PYTHON, [join(import.meta.dirname, 'add-user-content.py'), master]);
  before = await readBack(master);
  const split = await runRectify([
    'split',
    master,
    '--out-dir',
    join(work, 'units'),
    '--today',
    SPLIT_DAY,
  ]);
  expect(split.code, split.stderr).toBe(0);
  const rows = ledgerRows(before);
  [a1, a2] = rows.filter((r) => unitsOf(r['责任单位']).includes(A)) as [
    Record<string, Cell>,
    Record<string, Cell>,
  ];
  b1 = rows.find(
    (r) => unitsOf(r['责任单位']).includes(B) && !unitsOf(r['责任单位']).includes(A),
  ) as Record<string, Cell>;
  const at = (r: Record<string, Cell>) => ({
    item: Number(r['问题序号']),
    measure: String(r['措施序号']),
  });
  fileA = join(work, 'units', `台账-${A}.xlsx`);
  await editWithOpenpyxl(fileA, [
    { op: 'set', ...at(a1), column: '整改进展', value: { text: FORMULA_TEXT } },
    { op: 'set', ...at(a1), column: '完成日期', value: { date: '2026-11-28' } },
    { op: 'set', ...at(a1), column: '状态', value: '已完成' },
    // A date where the master's cell has no date format: it gets one.
    { op: 'set', ...at(a2), column: '佐证材料', value: { date: '2026-11-20' } },
    { op: 'set', ...at(a2), column: '整改进展', value: 42 },
    {
      op: 'append',
      cells: {
        问题序号: 99,
        措施序号: '1',
        整改措施: '新增的措施',
        责任单位: A,
        整改进展: '刚开始',
        截止日期: { date: '2026-12-31' },
      },
    },
  ]);
  fileB = join(work, 'units', `台账-${B}.xlsx`);
  await editWithOpenpyxl(fileB, [
    { op: 'set', ...at(b1), column: '整改进展', value: '卫健局已推进' },
  ]);
  await resaveWithLibreOffice(fileB);
  const collected = await runRectify([
    'collect',
    master,
    fileA,
    fileB,
    '--out',
    out,
    '--today',
    COLLECT_DAY,
  ]);
  collectCode = collected.code;
  expect(collected.stderr).toBe('');
  after = await readBack(out);
  // The row after the header and the body (1-based).
  addedRow = headerRowOf(before.sheets['台账'] ?? []) + ledgerRows(before).length + 2;
}, 240_000);

describe('collect through the cell patcher', () => {
  it('writes each taken value into its cell; text that starts with = stays text', async () => {
    expect(collectCode).toBe(0);
    expect(rowOf(after, a1)?.['整改进展']).toBe(FORMULA_TEXT);
    expect(rowOf(after, a1)?.['完成日期']).toBe('2026-11-28');
    expect(rowOf(after, a1)?.['状态']).toBe('已完成');
    expect(rowOf(after, a2)?.['佐证材料']).toBe('2026-11-20');
    expect(rowOf(after, a2)?.['整改进展']).toBe(42);
    expect(rowOf(after, b1)?.['整改进展']).toBe('卫健局已推进');
    // Nothing else of the 台账 changed.
    const touched = new Set([a1, a2, b1].map((r) => `${r['问题序号']}|${r['措施序号']}`));
    for (const row of ledgerRows(before)) {
      if (touched.has(`${row['问题序号']}|${row['措施序号']}`)) continue;
      expect(rowOf(after, row)).toEqual(row);
    }
    const headerAt = headerRowOf(before.sheets['台账'] ?? []);
    const header = (before.sheets['台账']?.[headerAt] ?? []).map(String);
    const row =
      ledgerRows(before).findIndex(
        (r) => r['问题序号'] === a1['问题序号'] && r['措施序号'] === a1['措施序号'],
      ) +
      headerAt +
      2;
    expect(row).toBeGreaterThan(headerAt + 1);
    const progress = `${String.fromCharCode(65 + header.indexOf('整改进展'))}${row}`;
    const facts = await openpyxlFacts(out, [progress]);
    expect(facts['types']).toEqual({ [progress]: 's' });
    const sheetXml = new TextDecoder().decode(
      entries(await readFile(out))[ledgerParts(await readFile(out)).sheet],
    );
    const cell = new RegExp(`<c r="${progress}"[^>]*>(.*?)</c>`).exec(sheetXml)?.[1] ?? '';
    expect(cell).not.toContain('<f');
  });

  it('opens in LibreOffice with the taken values and the added row', async () => {
    const copy = join(work, 'libreoffice.xlsx');
    await copyFile(out, copy);
    await resaveWithLibreOffice(copy);
    const viaLibreOffice = await readBack(copy);
    expect(rowOf(viaLibreOffice, a1)?.['整改进展']).toBe(FORMULA_TEXT);
    expect(rowOf(viaLibreOffice, a1)?.['完成日期']).toBe('2026-11-28');
    expect(rowOf(viaLibreOffice, a2)?.['佐证材料']).toBe('2026-11-20');
    expect(rowOf(viaLibreOffice, b1)?.['整改进展']).toBe('卫健局已推进');
    const added = ledgerRows(viaLibreOffice).find((r) => r['问题序号'] === 99);
    expect(added?.['整改措施']).toBe('新增的措施');
    expect(added?.['截止日期']).toBe('2026-12-31');
  }, 120_000);

  it('keeps every part it has no reason to touch byte for byte', async () => {
    const input = await readFile(master);
    const output = await readFile(out);
    const was = entries(input);
    const now = entries(output);
    const { sheet, table } = ledgerParts(input);
    const log = readWorkbook(output).sheets.find((s) => s.name === '回收记录')?.part as string;
    const mayChange = new Set([
      sheet,
      table,
      log,
      `${log.replace(/([^/]+)$/, '_rels/$1.rels')}`,
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'docProps/app.xml',
      'xl/styles.xml',
    ]);
    for (const [name, bytes] of Object.entries(was)) {
      expect(now[name], name).toBeDefined();
      if (mayChange.has(name)) continue;
      expect(Buffer.from(now[name] as Uint8Array).equals(Buffer.from(bytes)), name).toBe(true);
    }
    const added = Object.keys(now).filter((n) => was[n] === undefined);
    expect(
      added.every((n) => mayChange.has(n)),
      added.join(', '),
    ).toBe(true);
    // styles.xml only grows: every cell format the file had keeps its index and its bytes.
    const xfs = (xml: Uint8Array) =>
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(new TextDecoder().decode(xml))?.[1] ?? '';
    const oldXfs = xfs(was['xl/styles.xml'] as Uint8Array);
    expect(oldXfs.length).toBeGreaterThan(0);
    expect(xfs(now['xl/styles.xml'] as Uint8Array).startsWith(oldXfs)).toBe(true);
  });

  it('keeps the user’s formula, hyperlink and comment on 台账', async () => {
    const facts = await openpyxlFacts(out, []);
    expect(facts['formula']).toBe('=SUM(A2:A5)');
    expect(facts['link']).toBe('https://example.org/user');
    expect(facts['comment']).toBe('一条批注');
  });

  it('appends the added row inside the table, marked, with the table’s drop-downs and highlights', async () => {
    const facts = await openpyxlFacts(out, []);
    const old = await openpyxlFacts(master, []);
    const lastColumn = String(old['table']).split(':')[1]?.replace(/\d+/, '');
    const top = String(old['table']).split(':')[0];
    expect(old['table']).toBe(`${top}:${lastColumn}${addedRow - 1}`);
    expect(facts['table']).toBe(`${top}:${lastColumn}${addedRow}`);
    const added = after.sheets['台账']?.[addedRow - 1] ?? [];
    const header = (after.sheets['台账']?.[headerRowOf(after.sheets['台账'] ?? [])] ?? []).map(
      String,
    );
    expect(added[header.indexOf('问题序号')]).toBe(99);
    expect(String(added[header.indexOf('备注')])).toBe(addedRowMark(A, COLLECT_DAY));
    // Every validation and conditional format that reached the table's last row still does.
    for (const key of ['validations', 'formats'] as const) {
      const bottom = new RegExp(`^([A-Z]+\\d+:[A-Z]+)${addedRow - 1}$`);
      const grown = (old[key] as string[]).map((sqref) =>
        sqref
          .split(' ')
          .map((ref) => ref.replace(bottom, `$1${addedRow}`))
          .join(' '),
      );
      expect(facts[key]).toEqual(grown);
    }
  });

  it('gives the task pane the same master from bytes (cycle-bytes)', async () => {
    const { outcome, bytes } = await collectIntoBytes(
      await readFile(master),
      [
        { fileName: fileA, bytes: await readFile(fileA) },
        { fileName: fileB, bytes: await readFile(fileB) },
      ],
      COLLECT_DAY,
    );
    expect(outcome.verdict).toBe('clean');
    expect(outcome.addedRows).toEqual([addedRow - 1]);
    expect(bytes).not.toBeNull();
    const fromBytes = readWorkbook(bytes as Uint8Array).grid('台账');
    const fromCli = readWorkbook(await readFile(out)).grid('台账');
    expect(fromBytes?.rows).toEqual(fromCli?.rows);
  });

  it('writes into a master saved by LibreOffice (shared strings), that part unchanged', async () => {
    const saved = join(work, 'libreoffice-master.xlsx');
    await copyFile(master, saved);
    await resaveWithLibreOffice(saved);
    const result = join(work, 'libreoffice-collected.xlsx');
    const collected = await runRectify([
      'collect',
      saved,
      fileA,
      '--out',
      result,
      '--today',
      COLLECT_DAY,
    ]);
    expect(collected.code, collected.stderr).toBe(0);
    const was = entries(await readFile(saved));
    const now = entries(await readFile(result));
    expect(was['xl/sharedStrings.xml']).toBeDefined();
    expect(
      Buffer.from(now['xl/sharedStrings.xml'] as Uint8Array).equals(
        Buffer.from(was['xl/sharedStrings.xml'] as Uint8Array),
      ),
    ).toBe(true);
    const book = await readBack(result);
    expect(rowOf(book, a1)?.['整改进展']).toBe(FORMULA_TEXT);
    expect(rowOf(book, a1)?.['完成日期']).toBe('2026-11-28');
    expect(rowOf(book, a2)?.['佐证材料']).toBe('2026-11-20');
    expect(ledgerRows(book).find((r) => r['问题序号'] === 99)?.['整改措施']).toBe('新增的措施');
    expect((await openpyxlFacts(result, []))['table']).toBe(
      (await openpyxlFacts(out, []))['table'],
    );
  }, 120_000);

  it('writes into a master saved by openpyxl, keeping what openpyxl wrote there', async () => {
    const saved = join(work, 'openpyxl-master.xlsx');
    await copyFile(master, saved);
    await run(PYTHON, [
      '-c',
      'import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[1])',
      saved,
    ]);
    const result = join(work, 'openpyxl-collected.xlsx');
    const collected = await runRectify([
      'collect',
      saved,
      fileA,
      '--out',
      result,
      '--today',
      COLLECT_DAY,
    ]);
    expect(collected.code, collected.stderr).toBe(0);
    const book = await readBack(result);
    expect(rowOf(book, a1)?.['整改进展']).toBe(FORMULA_TEXT);
    expect(rowOf(book, a2)?.['佐证材料']).toBe('2026-11-20');
    expect(ledgerRows(book).find((r) => r['问题序号'] === 99)?.['整改措施']).toBe('新增的措施');
    const facts = await openpyxlFacts(result, []);
    expect(facts['formula']).toBe('=SUM(A2:A5)');
    expect(facts['link']).toBe('https://example.org/user');
    expect(facts['comment']).toBe('一条批注');
    expect(facts['table']).toBe((await openpyxlFacts(out, []))['table']);
  }, 120_000);

  it('refuses a 台账 part it cannot edit exactly: exit 2, no backup, the master unchanged', async () => {
    const folder = join(work, 'unpatchable');
    await mkdir(folder);
    const copy = join(folder, '整改台账.xlsx');
    await copyFile(master, copy);
    // A comment among the cells: text search could be fooled by it, so the patcher refuses.
    await run(PYTHON, [
      '-c',
      `import sys, zipfile, shutil
src = sys.argv[1]; tmp = src + ".tmp"
with zipfile.ZipFile(src) as z, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
    for i in z.infolist():
        data = z.read(i.filename)
        if i.filename == sys.argv[2]:
            data = data.replace(b"<sheetData>", b"<sheetData><!-- note -->", 1)
        out.writestr(i.filename, data)
shutil.move(tmp, src)`,
      copy,
      ledgerParts(await readFile(master)).sheet,
    ]);
    const before = await readFile(copy);
    const result = await runRectify(['collect', copy, fileA, '--today', COLLECT_DAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('文件未改动');
    expect(result.stderr).toContain(ledgerParts(before).sheet);
    expect(await readdir(folder)).toEqual(['整改台账.xlsx']);
    expect(Buffer.from(await readFile(copy)).equals(Buffer.from(before))).toBe(true);
  });

  it('splits from bytes and from a snapshot with its names as rectify split does', async () => {
    const masterBytes = await readFile(master);
    const reading = readWorkbook(masterBytes);
    const names = reading.definedNames
      .filter((n) => n.localSheet === null)
      .map((n) => ({ name: n.name, reference: n.reference }));
    const now = new Date(Date.UTC(2026, 10, 30, 8));
    const fromBytes = await splitLedgerBytes(masterBytes, { today: SPLIT_DAY, now });
    const fromSnapshot = await splitLedgerBytes(
      { snapshot: reading, names },
      { today: SPLIT_DAY, now },
    );
    expect(fromBytes.identitySource).toBe('name');
    const cliFiles = (await readdir(join(work, 'units'))).sort();
    expect(fromBytes.files.map((f) => f.fileName).sort()).toEqual(cliFiles);
    fromBytes.files.forEach((file, i) => {
      expect(Buffer.from(file.bytes).equals(Buffer.from(fromSnapshot.files[i]?.bytes ?? []))).toBe(
        true,
      );
    });
    for (const file of fromBytes.files) {
      if (file.unit === A || file.unit === B) continue; // edited above
      const cli = readWorkbook(await readFile(join(work, 'units', file.fileName)));
      const mine = readWorkbook(file.bytes);
      expect(mine.grid('台账')?.rows, file.fileName).toEqual(cli.grid('台账')?.rows);
      expect(mine.definedNames).toEqual(cli.definedNames);
    }
  });
});

describe('rectify split, all or nothing', () => {
  it('leaves no file when a write fails half-way, and exits 2 with the reason', async () => {
    const probe = join(work, 'probe');
    await mkdir(probe);
    const first = await runRectify(['split', master, '--out-dir', probe, '--today', SPLIT_DAY]);
    expect(first.code, first.stderr).toBe(0);
    const names = first.stdout
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => (l.trim().split('\t')[0] as string).split('/').pop() as string);
    expect(names.length).toBeGreaterThan(2);
    // The last unit's file name is taken by a folder: every file before it has been moved in.
    const target = join(work, 'target');
    await mkdir(join(target, names.at(-1) as string), { recursive: true });
    const failed = await runRectify(['split', master, '--out-dir', target, '--today', SPLIT_DAY]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain(names.at(-1));
    expect(failed.stderr).toContain('已写入的单位文件均已删除');
    expect(await readdir(target)).toEqual([names.at(-1)]);
    // Nor is a temporary folder left beside it.
    expect((await readdir(work)).filter((n) => n.includes('rectify-'))).toEqual([]);
  }, 120_000);
});
