import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS } from '../../src/core/settings';
import { ownedSheets } from '../../src/core/ownership';
import { buildSummaries } from '../../src/core/summary';
import type { WorkbookPlan } from '../../src/core/plan';
import { definedNames } from '../support/plan-workbook';
import { openWorkbookFile } from '../../src/xlsx/read';
import { writePlanIntoWorkbook } from '../../src/xlsx/write-plan';
import { libreofficeConvert } from '../support/libreoffice';
import { openpyxlDump } from '../support/openpyxl-dump';
import { expectSheetAsPlanned } from '../support/plan-readback';
import { renderWorkbook } from '../support/render';
import {
  PYTHON,
  editParts,
  extractParts,
  openpyxlSheets,
  partDigests,
  partText,
  xmllint,
} from '../support/xlsx-parts';
import { load, rectify, writeSeedLedger } from './summarize-support';
import { LEDGER_HEADER_ROW } from '../../src/core/workbook/ledger-layout';

/** 1-based row of the 台账's header (a title row and the 填报 line sit above it). */
const HEADER = LEDGER_HEADER_ROW + 1;

/**
 * `rectify summarize` always writes by patching the .xlsx package (src/xlsx/package/plan-writer):
 * the summary sheets read back, in openpyxl and LibreOffice, as the core planned them; every part
 * it does not own stays byte for byte (compressed bytes included), with protection, hidden states,
 * notes, drawings and macros; leader sheets no longer wanted are removed the same way.
 */

const TODAY = '2026-11-29';
const run = promisify(execFile);
/** The parts a patch may rewrite besides the summary sheets; every other part stays byte for byte. */
const PATCHED_PARTS = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docProps/app.xml',
];

let dir: string;
let seed: string;
let userBook: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-summarize-patch-'));
  seed = join(dir, 'seed.xlsx');
  await writeSeedLedger(seed);
  userBook = join(dir, 'user.xlsx');
  await writeUserBook(seed, userBook);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * The seed ledger with what users add: sheets of their own (one protected, one hidden, one very
 * hidden), names, styles, a formula, a merge, a note.
 */
async function writeUserBook(from: string, to: string): Promise<void> {
  const book = await load(from);
  const ws = book.addWorksheet('我的统计');
  ws.getCell('A1').value = '本周进展';
  ws.getCell('A1').font = { bold: true, italic: true, color: { argb: 'FF0000FF' }, name: '宋体' };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('A1').note = '这是批注';
  ws.getCell('B2').value = 0.375;
  ws.getCell('B2').numFmt = '0.0%';
  ws.getCell('B3').value = { formula: 'B2*2+COUNTA(台账!A:A)', result: 90.75 };
  ws.getCell('C4').value = new Date(Date.UTC(2026, 0, 5));
  ws.getCell('C4').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('D5').value = '=不是公式';
  ws.mergeCells('E1:F2');
  ws.getColumn(1).width = 33;
  ws.pageSetup.printArea = 'A1:F5';
  await ws.protect('secret', { selectLockedCells: true });
  book.addWorksheet('隐藏表', { state: 'hidden' }).getCell('A1').value = '藏起来';
  book.addWorksheet('深藏表', { state: 'veryHidden' }).getCell('A1').value = '更深';
  book.definedNames.add(`'我的统计'!$B$2`, 'MyTotal');
  book.definedNames.add(`'台账'!$A$1:$C$3`, '重点');
  await book.xlsx.writeFile(to);
}

async function copy(from: string, name: string): Promise<string> {
  const path = join(dir, name);
  await copyFile(from, path);
  return path;
}

/** The plan the core makes for the workbook as it is now (what the file must show afterwards). */
async function summaryPlan(input: string): Promise<WorkbookPlan> {
  const { reading } = await openWorkbookFile(input);
  return buildSummaries(reading, { today: TODAY, dueSoonDays: DUE_SOON_DAYS }).plan;
}

/** Parts whose stored (compressed) bytes are identical in both files. */
async function unchangedParts(
  a: string,
  b: string,
): Promise<{ same: string[]; changed: string[] }> {
  const [before, after] = await Promise.all([partDigests(a), partDigests(b)]);
  const same: string[] = [];
  const changed: string[] = [];
  for (const [part, digest] of Object.entries(before)) {
    const now = after[part];
    if (now !== undefined && now.stored === digest.stored && now.content === digest.content) {
      same.push(part);
    } else changed.push(part);
  }
  return { same, changed };
}

/** The worksheet parts of the given sheets, through workbook.xml and its relationships. */
async function sheetParts(xlsx: string, names: readonly string[]): Promise<string[]> {
  const workbook = await partText(xlsx, 'xl/workbook.xml');
  const rels = await partText(xlsx, 'xl/_rels/workbook.xml.rels');
  return names.map((name) => {
    const escaped = name.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
    const rId = new RegExp(`<sheet [^>]*name="${escaped}"[^>]* r:id="(rId\\d+)"`).exec(
      workbook,
    )?.[1];
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (target === undefined) throw new Error(`no part for ${name}`);
    return `xl/${target}`;
  });
}

async function expectAsPlanned(out: string, plan: WorkbookPlan): Promise<void> {
  const dump = await openpyxlDump(out);
  for (const sheet of plan.sheets) {
    expectSheetAsPlanned(
      dump.sheets.find((s) => s.name === sheet.name),
      sheet,
    );
  }
}

describe('summarize patches the package', () => {
  for (const [label, input] of [
    ['the seed ledger', () => seed],
    [
      'a ledger with protected, hidden and annotated user sheets, names, styles, a formula',
      () => userBook,
    ],
  ] as const) {
    it(`for ${label}: summaries as planned, every other part byte for byte`, async () => {
      const source = await copy(input(), `in-${label.length}.xlsx`);
      const out = join(dir, `out-${label.length}.xlsx`);
      const plan = await summaryPlan(source);
      const r = await rectify('summarize', source, '--out', out, '--today', TODAY);
      expect(r.code).toBe(1);
      expect(plan.sheets.length).toBeGreaterThanOrEqual(11);
      await expectAsPlanned(out, plan);

      // Every part of the input it does not own is still there, byte for byte, compressed bytes
      // included (copied, not re-deflated); only the listed parts changed.
      const { changed } = await unchangedParts(source, out);
      expect(changed.filter((p) => !PATCHED_PARTS.includes(p))).toEqual([]);
      expect(changed).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/styles.xml']));
      // User sheets keep their state attributes and order; the summaries come after them.
      const before = await partText(source, 'xl/workbook.xml');
      const after = await partText(out, 'xl/workbook.xml');
      for (const tag of before.match(/<sheet [^>]*\/>/g) ?? []) expect(after).toContain(tag);
    }, 60_000);
  }

  it('keeps every user style entry and every user name exactly as written', async () => {
    const fast = join(dir, 'styles-fast.xlsx');
    await rectify('summarize', userBook, '--out', fast, '--today', TODAY);
    const [stylesBefore, stylesAfter] = await Promise.all([
      partText(userBook, 'xl/styles.xml'),
      partText(fast, 'xl/styles.xml'),
    ]);
    for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']) {
      const inner = (xml: string) =>
        new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '';
      expect(inner(stylesAfter).startsWith(inner(stylesBefore)), list).toBe(true);
      expect(inner(stylesAfter).length).toBeGreaterThanOrEqual(inner(stylesBefore).length);
    }
    // Counts agree with the entries (a reader trusting count= finds them all).
    for (const [list, item] of [
      ['fonts', 'font'],
      ['cellXfs', 'xf'],
      ['numFmts', 'numFmt'],
    ]) {
      const el = new RegExp(`<${list} count="(\\d+)"[^>]*>([\\s\\S]*?)</${list}>`).exec(
        stylesAfter,
      );
      const items = el?.[2]?.match(new RegExp(`<${item}[\\s/>]`, 'g'))?.length;
      expect(Number(el?.[1]), list).toBe(items);
    }
    // The user's custom number formats keep their ids; ours take free ones.
    const ids = [...stylesAfter.matchAll(/<numFmt numFmtId="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);

    const workbookBefore = await partText(userBook, 'xl/workbook.xml');
    const workbookAfter = await partText(fast, 'xl/workbook.xml');
    const userNames = [...workbookBefore.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)]
      .map((m) => m[0])
      .filter((n) => !n.includes('RECTIFY_OWNED_'));
    expect(userNames.length).toBeGreaterThanOrEqual(3); // MyTotal, 重点, the print area…
    for (const name of userNames) expect(workbookAfter).toContain(name);
  });
});

describe('other readers accept the patched file', () => {
  it('openpyxl opens it, every rewritten part is well-formed XML, LibreOffice prints it', async () => {
    const fast = join(dir, 'readers.xlsx');
    await rectify('summarize', userBook, '--out', fast, '--today', TODAY);
    const sheets = await openpyxlSheets(fast);
    expect(sheets.slice(0, 6)).toEqual(['说明', '清单', '台账', '时间节点', '名录', '我的统计']);
    expect(sheets).toContain('汇总-田明');

    // Every part that is new or not byte-identical to the input's.
    const [before, after] = await Promise.all([partDigests(userBook), partDigests(fast)]);
    const parts = Object.keys(after).filter(
      (p) => before[p]?.stored !== after[p]?.stored && (p.endsWith('.xml') || p.endsWith('.rels')),
    );
    expect(parts.length).toBeGreaterThan(11);
    const out = join(dir, 'xml');
    await extractParts(fast, out, parts);
    expect(await xmllint(parts.map((p) => join(out, p)))).toBe('');

    const printed = await renderWorkbook(fast, join(dir, 'render'), { dpi: 30 });
    expect(printed.pages.length).toBeGreaterThan(11);
  }, 240_000);
});

describe('running again', () => {
  it('replaces the summary sheets in place, then adds a new leader’s sheet at the end', async () => {
    const path = await copy(userBook, 'again.xlsx');
    await rectify('summarize', path, '--today', TODAY);
    const first = await copy(path, 'again-first.xlsx');
    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.stdout).toContain('更新 汇总-田明');
    // Replaced in place: same part names, the user's parts untouched.
    const { changed } = await unchangedParts(first, path);
    expect(
      changed.filter((p) => !PATCHED_PARTS.includes(p) && !p.startsWith('xl/worksheets/')),
    ).toEqual([]);
    expect(Object.keys(await partDigests(path)).sort()).toEqual(
      Object.keys(await partDigests(first)).sort(),
    );
    await expectAsPlanned(path, await summaryPlan(path));

    // A leader added by hand: a sheet added at the end.
    const book = await load(path);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(HEADER).values as unknown[]).map((v) => String(v ?? ''));
    ws.getRow(HEADER + 2).getCell(header.indexOf('督办县领导')).value = '新领导';
    // A new leader gets a sheet once 名录 lists the name (a typo gets none).
    const lists = book.getWorksheet('名录') as ExcelJS.Worksheet;
    const listsHeader = (lists.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    lists.getRow(lists.rowCount + 1).getCell(listsHeader.indexOf('督办县领导')).value = '新领导';
    await book.xlsx.writeFile(path);
    const plan = await summaryPlan(path);
    const again = await rectify('summarize', path, '--today', TODAY);
    expect(again.stdout).toContain('新建 汇总-新领导');
    expect((await openpyxlSheets(path)).at(-1)).toBe('汇总-新领导');
    await expectAsPlanned(path, plan);
  }, 60_000);

  it('removes a leader’s sheet no longer wanted by patching too: its parts and name go, nothing else', async () => {
    const path = await copy(userBook, 'removed.xlsx');
    await rectify('summarize', path, '--today', TODAY);
    const book = await load(path);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(HEADER).values as unknown[]).map((v) => String(v ?? ''));
    const col = header.indexOf('督办县领导');
    for (let r = HEADER + 1; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(col);
      const names = String(cell.value ?? '').split('、');
      if (names.includes('吉秀锋'))
        cell.value = names.filter((n) => n !== '吉秀锋').join('、') || '田明';
    }
    await book.xlsx.writeFile(path);
    const before = await copy(path, 'removed-before.xlsx');
    const [gone] = await sheetParts(before, ['汇总-吉秀锋']);
    const plan = await summaryPlan(before);
    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.stdout).toContain('删除 汇总-吉秀锋');
    const sheets = await openpyxlSheets(path);
    expect(sheets).not.toContain('汇总-吉秀锋');
    expect(sheets.slice(0, 8)).toEqual([
      '说明',
      '清单',
      '台账',
      '时间节点',
      '名录',
      '我的统计',
      '隐藏表',
      '深藏表',
    ]);
    await expectAsPlanned(path, plan);
    const after = await partDigests(path);
    expect(after[gone as string]).toBeUndefined();
    expect(await partText(path, '[Content_Types].xml')).not.toContain(`/${gone}"`);
    expect(ownedSheets(definedNames(await load(path)))).not.toContain('汇总-吉秀锋');
    const { changed } = await unchangedParts(before, path);
    expect(
      changed.filter((p) => !PATCHED_PARTS.includes(p) && !p.startsWith('xl/worksheets/')),
    ).toEqual([]);
    // The user's print area (a name local to 我的统计) still points at its sheet.
    const workbook = await partText(path, 'xl/workbook.xml');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="5">/);
    const converted = await libreofficeConvert(path, join(dir, 'removed-lo'));
    expect(await openpyxlSheets(converted)).not.toContain('汇总-吉秀锋');
  }, 120_000);
});

describe('what the patch meets in other packages', () => {
  it('a calculation chain is dropped so Excel never repairs the file over it', async () => {
    const withChain = join(dir, 'chain.xlsx');
    const types = await partText(userBook, '[Content_Types].xml');
    const rels = await partText(userBook, 'xl/_rels/workbook.xml.rels');
    await editParts(userBook, withChain, {
      'xl/calcChain.xml':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B3" i="6"/></calcChain>',
      '[Content_Types].xml': types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
      'xl/_rels/workbook.xml.rels': rels.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    });
    const out = join(dir, 'chain-out.xlsx');
    await rectify('summarize', withChain, '--out', out, '--today', TODAY);
    const parts = await partDigests(out);
    expect(parts['xl/calcChain.xml']).toBeUndefined();
    expect(await partText(out, '[Content_Types].xml')).not.toContain('calcChain');
    expect(await partText(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await openpyxlSheets(out)).toContain('领导汇总');
  }, 60_000);

  it('a drawing someone put on a summary sheet goes with the sheet it was on; a user sheet’s stays', async () => {
    const summarized = join(dir, 'drawn.xlsx');
    await rectify('summarize', userBook, '--out', summarized, '--today', TODAY);
    const [summaryPart, userPart] = await sheetParts(summarized, ['领导汇总', '隐藏表']);
    const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');
    const drawing = (n: number) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><!-- ${n} --></xdr:wsDr>`;
    const rel = (n: number) =>
      `<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing${n}.xml"/>`;
    const summaryRels = (await partDigests(summarized))[relsOf(summaryPart as string)];
    const types = await partText(summarized, '[Content_Types].xml');
    const drawn = join(dir, 'drawn-2.xlsx');
    const sheetWithDrawing = async (part: string) =>
      (await partText(summarized, part)).replace(
        '</worksheet>',
        '<drawing r:id="rId900"/></worksheet>',
      );
    await editParts(summarized, drawn, {
      'xl/drawings/drawing1.xml': drawing(1),
      'xl/drawings/drawing2.xml': drawing(2),
      [summaryPart as string]: await sheetWithDrawing(summaryPart as string),
      [userPart as string]: await sheetWithDrawing(userPart as string),
      [relsOf(summaryPart as string)]:
        summaryRels === undefined
          ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel(1)}</Relationships>`
          : (await partText(summarized, relsOf(summaryPart as string))).replace(
              '</Relationships>',
              `${rel(1)}</Relationships>`,
            ),
      [relsOf(userPart as string)]:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel(2)}</Relationships>`,
      '[Content_Types].xml': types.replace(
        '</Types>',
        [1, 2]
          .map(
            (n) =>
              `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
          )
          .join('') + '</Types>',
      ),
    });
    const out = join(dir, 'drawn-out.xlsx');
    await rectify('summarize', drawn, '--out', out, '--today', TODAY);
    const parts = await partDigests(out);
    expect(parts['xl/drawings/drawing1.xml']).toBeUndefined();
    expect(parts['xl/drawings/drawing2.xml']).toBeDefined();
    const outTypes = await partText(out, '[Content_Types].xml');
    expect(outTypes).not.toContain('drawing1.xml');
    expect(outTypes).toContain('drawing2.xml');
    const { changed } = await unchangedParts(drawn, out);
    expect(
      changed.filter((p) => !PATCHED_PARTS.includes(p) && !p.startsWith('xl/worksheets/')),
    ).toEqual(['xl/drawings/drawing1.xml']);
    expect(await openpyxlSheets(out)).toContain('领导汇总');
  }, 60_000);

  it('a macro-enabled workbook stays one: vbaProject.bin and its content type kept', async () => {
    const xlsm = join(dir, 'macro.xlsm');
    const script = `
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as b:
    for info in a.infolist():
        data = a.read(info)
        if info.filename == '[Content_Types].xml':
            data = data.replace(b'spreadsheetml.sheet.main+xml', b'ms-excel.sheet.macroEnabled.main+xml')
            data = data.replace(b'</Types>', b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        if info.filename == 'xl/_rels/workbook.xml.rels':
            data = data.replace(b'</Relationships>', b'<Relationship Id="rId77" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        b.writestr(info, data)
    b.writestr('xl/vbaProject.bin', bytes(range(256)) * 8)
`;
    await run(PYTHON, ['-c', script, userBook, xlsm]);
    const r = await rectify('summarize', xlsm, '--today', TODAY);
    expect(r.code).toBe(1);
    const parts = await partDigests(xlsm);
    expect(parts['xl/vbaProject.bin']).toBeDefined();
    const types = await partText(xlsm, '[Content_Types].xml');
    expect(types).toContain('ms-excel.sheet.macroEnabled.main+xml');
    expect(types).toContain('vbaProject');
    expect(await partText(xlsm, 'xl/_rels/workbook.xml.rels')).toContain('vbaProject.bin');
    const { stdout } = await run(PYTHON, [
      '-c',
      'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/vbaProject.bin") == bytes(range(256))*8)',
      xlsm,
    ]);
    expect(stdout.trim()).toBe('True');
  }, 60_000);

  it('a workbook.xml and styles.xml with prefixed elements (.NET Open XML SDK) are edited too', async () => {
    const prefix = (xml: string) =>
      xml
        .replace(/<(\/?)([a-zA-Z]+)([\s>/])/g, '<$1x:$2$3')
        .replace('xmlns="http', 'xmlns:x="http');
    const workbook = prefix(await partText(userBook, 'xl/workbook.xml'));
    const styles = prefix(await partText(userBook, 'xl/styles.xml'));
    expect(workbook).toContain('<x:sheets>');
    const path = join(dir, 'prefixed.xlsx');
    await editParts(userBook, path, { 'xl/workbook.xml': workbook, 'xl/styles.xml': styles });
    // Reading such a file is the reader's part; the plan is the one for the same ledger.
    const plan = await summaryPlan(userBook);
    const out = join(dir, 'prefixed-out.xlsx');
    await writePlanIntoWorkbook(new Uint8Array(await readFile(path)), plan, [], out);
    await expectAsPlanned(out, plan);
    expect((await openpyxlSheets(out)).slice(0, 6)).toEqual([
      '说明',
      '清单',
      '台账',
      '时间节点',
      '名录',
      '我的统计',
    ]);
  }, 60_000);
});

describe('conflicts', () => {
  it('stop with exit 2 before anything is written, on a package the patch could handle', async () => {
    const path = await copy(userBook, 'conflict.xlsx');
    const book = await load(path);
    book.addWorksheet('汇总-彭健').getCell('A1').value = '我的';
    await book.xlsx.writeFile(path);
    const bytes = await readFile(path);
    const out = join(dir, 'conflict-out.xlsx');
    const r = await rectify('summarize', path, '--out', out, '--today', TODAY);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('汇总-彭健');
    expect((await readFile(path)).equals(bytes)).toBe(true);
    await expect(readFile(out)).rejects.toThrow();
  });
});
