import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS } from '../../src/core/settings';
import { ownedSheets } from '../../src/core/ownership';
import { buildSummaries, staleSummarySheets } from '../../src/core/summary';
import { definedNames } from '../../src/xlsx/names';
import { readWorkbookSource } from '../../src/xlsx/read';
import { snapshotOf } from '../../src/xlsx/read-grid';
import { PreparedPatch } from '../../src/xlsx/package/patch';
import { UnsupportedPackage } from '../../src/xlsx/package/xml-text';
import { saveOwnedSheets, type OwnedSheetsSaved } from '../../src/xlsx/save-owned-sheets';
import { renderWorkbook } from '../support/render';
import {
  editParts,
  extractParts,
  openpyxlSheets,
  partDigests,
  partText,
  xmllint,
} from '../support/xlsx-parts';
import { load, rectify, workbookState, writeSeedLedger } from './summarize-support';

/**
 * `rectify summarize` saves by patching the .xlsx zip (src/xlsx/package). These tests hold it to
 * the full ExcelJS save it replaces: same workbook read back, cell for cell, and every part it
 * does not own left byte for byte; other readers (openpyxl, xmllint, LibreOffice) accept it.
 */

const TODAY = '2026-11-29';
/** The parts a patch may rewrite; every other part must come through byte for byte. */
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

/** The seed ledger with what users add: a sheet of their own, names, styles, a formula, a merge. */
async function writeUserBook(from: string, to: string): Promise<void> {
  const book = await load(from);
  const ws = book.addWorksheet('我的统计');
  ws.getCell('A1').value = '本周进展';
  ws.getCell('A1').font = { bold: true, italic: true, color: { argb: 'FF0000FF' }, name: '宋体' };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B2').value = 0.375;
  ws.getCell('B2').numFmt = '0.0%';
  ws.getCell('B3').value = { formula: 'B2*2+COUNTA(台账!A:A)', result: 90.75 };
  ws.getCell('C4').value = new Date(Date.UTC(2026, 0, 5));
  ws.getCell('C4').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('D5').value = '=不是公式';
  ws.mergeCells('E1:F2');
  ws.getColumn(1).width = 33;
  ws.pageSetup.printArea = 'A1:F5';
  book.definedNames.add(`'我的统计'!$B$2`, 'MyTotal');
  book.definedNames.add(`'台账'!$A$1:$C$3`, '重点');
  await book.xlsx.writeFile(to);
}

async function copy(from: string, name: string): Promise<string> {
  const path = join(dir, name);
  await copyFile(from, path);
  return path;
}

/** What the face does, through the shell, with the save method chosen (full = the old way). */
async function summarizeWith(
  input: string,
  out: string,
  method: 'auto' | 'full',
): Promise<OwnedSheetsSaved> {
  const source = await readWorkbookSource(input);
  const ownedBefore = ownedSheets(definedNames(source.workbook));
  const { plan } = buildSummaries(snapshotOf(source.workbook), {
    today: TODAY,
    dueSoonDays: DUE_SOON_DAYS,
  });
  return saveOwnedSheets(source, plan, staleSummarySheets(ownedBefore, plan), out, { method });
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

const summarySheets = async (xlsx: string) => {
  const book = await load(xlsx);
  return book.worksheets.filter((ws) => ws.name === '领导汇总' || ws.name.startsWith('汇总-'));
};

describe('the zip patch gives the workbook the full save gives', () => {
  for (const [label, input] of [
    ['the seed ledger', () => seed],
    ['a ledger with user sheets, names, styles, a formula and a merge', () => userBook],
  ] as const) {
    it(`for ${label}, cell for cell, with every other part byte for byte`, async () => {
      const source = await copy(input(), `in-${label.length}.xlsx`);
      const fast = join(dir, `fast-${label.length}.xlsx`);
      const full = join(dir, `full-${label.length}.xlsx`);
      const r = await rectify('summarize', source, '--out', fast, '--today', TODAY);
      expect(r.code).toBe(1);
      expect((await summarizeWith(source, full, 'full')).method).toBe('full');
      expect(await workbookState(fast)).toEqual(await workbookState(full));
      expect((await summarySheets(fast)).length).toBe(11);
      // The patch the command used wrote the summaries straight from the plan (no scratch workbook).
      const again = join(dir, `again-${label.length}.xlsx`);
      const saved = await summarizeWith(source, again, 'auto');
      expect([saved.method, saved.writer]).toEqual(['patch', 'plan']);
      expect(await workbookState(again)).toEqual(await workbookState(full));

      // Every part of the input the patch does not own is still there, byte for byte, compressed
      // bytes included (copied, not re-deflated); only the listed parts changed.
      const { changed } = await unchangedParts(source, fast);
      expect(changed.filter((p) => !PATCHED_PARTS.includes(p))).toEqual([]);
      expect(changed).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/styles.xml']));
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
    expect(parts.length).toBeGreaterThan(16);
    const out = join(dir, 'xml');
    await extractParts(fast, out, parts);
    expect(await xmllint(parts.map((p) => join(out, p)))).toBe('');

    const printed = await renderWorkbook(fast, join(dir, 'render'), { dpi: 30 });
    expect(printed.pages.length).toBeGreaterThan(11);
  }, 240_000);
});

describe('running again', () => {
  it('replaces the summary sheets in place, then adds a new leader’s sheet, still by patching', async () => {
    const path = await copy(userBook, 'again.xlsx');
    await rectify('summarize', path, '--today', TODAY);
    const first = await copy(path, 'again-first.xlsx');
    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.stdout).toContain('更新 汇总-田明');
    // Replaced in place: same part names, the user's parts untouched, same workbook as running once.
    const { changed } = await unchangedParts(first, path);
    expect(
      changed.filter((p) => !PATCHED_PARTS.includes(p) && !p.startsWith('xl/worksheets/')),
    ).toEqual([]);
    expect(Object.keys(await partDigests(path)).sort()).toEqual(
      Object.keys(await partDigests(first)).sort(),
    );
    expect(await workbookState(path)).toEqual(await workbookState(first));

    // A leader added by hand: the fast path adds a sheet at the end, same as the full save.
    const book = await load(path);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    ws.getRow(3).getCell(header.indexOf('督办县领导')).value = '新领导';
    // A new leader gets a sheet once 名录 lists the name (a typo gets none).
    const lists = book.getWorksheet('名录') as ExcelJS.Worksheet;
    const listsHeader = (lists.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    lists.getRow(lists.rowCount + 1).getCell(listsHeader.indexOf('督办县领导')).value = '新领导';
    await book.xlsx.writeFile(path);
    const edited = await copy(path, 'again-edited.xlsx');
    const saved = await summarizeWith(edited, join(dir, 'again-fast.xlsx'), 'auto');
    expect(saved.method).toBe('patch');
    expect(saved.applied.sheets.find((s) => s.name === '汇总-新领导')?.action).toBe('created');
    await summarizeWith(edited, join(dir, 'again-full.xlsx'), 'full');
    const fastState = await workbookState(join(dir, 'again-fast.xlsx'));
    expect(fastState).toEqual(await workbookState(join(dir, 'again-full.xlsx')));
    expect(fastState.sheets.at(-1)?.name).toBe('汇总-新领导');
  }, 60_000);

  it('falls back to the full save when a leader’s sheet must go, and removes it', async () => {
    const path = await copy(seed, 'removed.xlsx');
    await rectify('summarize', path, '--today', TODAY);
    const book = await load(path);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = header.indexOf('督办县领导');
    for (let r = 2; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(col);
      const names = String(cell.value ?? '').split('、');
      if (names.includes('吉秀锋'))
        cell.value = names.filter((n) => n !== '吉秀锋').join('、') || '田明';
    }
    await book.xlsx.writeFile(path);
    const saved = await summarizeWith(path, join(dir, 'removed-out.xlsx'), 'auto');
    expect(saved.method).toBe('full');
    expect(saved.reason).toContain('汇总-吉秀锋');
    expect(saved.removed).toEqual(['汇总-吉秀锋']);
    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.stdout).toContain('删除 汇总-吉秀锋');
    const after = await load(path);
    expect(after.getWorksheet('汇总-吉秀锋')).toBeUndefined();
    expect(await workbookState(path)).toEqual(await workbookState(join(dir, 'removed-out.xlsx')));
    expect(ownedSheets(definedNames(after))).not.toContain('汇总-吉秀锋');
  }, 60_000);
});

describe('packages the patch does not understand are saved the full way, losing nothing', () => {
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
    expect((await summarizeWith(withChain, out, 'auto')).method).toBe('patch');
    const parts = await partDigests(out);
    expect(parts['xl/calcChain.xml']).toBeUndefined();
    expect(await partText(out, '[Content_Types].xml')).not.toContain('calcChain');
    expect(await partText(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await openpyxlSheets(out)).toContain('领导汇总');
  }, 60_000);

  it('a summary sheet someone added a drawing to, and a workbook.xml with prefixed elements', async () => {
    const summarized = join(dir, 'drawn.xlsx');
    await rectify('summarize', userBook, '--out', summarized, '--today', TODAY);
    // Find the part of 领导汇总 and give it a (fake) drawing relationship.
    const workbook = await partText(summarized, 'xl/workbook.xml');
    const rels = await partText(summarized, 'xl/_rels/workbook.xml.rels');
    const rId = /<sheet name="领导汇总" sheetId="\d+" r:id="(rId\d+)"/.exec(workbook)?.[1];
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] as string;
    const sheetRels = `xl/worksheets/_rels/${target.split('/').at(-1)}.rels`;
    const drawn = join(dir, 'drawn-2.xlsx');
    const sheetRelsText = await partText(summarized, sheetRels);
    await editParts(summarized, drawn, {
      [sheetRels]: sheetRelsText.replace(
        '</Relationships>',
        '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
      ),
    });
    const saved = await summarizeWith(drawn, join(dir, 'drawn-out.xlsx'), 'auto');
    expect(saved.method).toBe('full');
    expect(saved.reason).toContain('领导汇总');
    expect(await workbookState(join(dir, 'drawn-out.xlsx'))).toEqual(
      await workbookState(summarized),
    );

    // `x:`-prefixed SpreadsheetML (valid XML, which some generators write): never edited by text.
    const prefixed = workbook
      .replace(/<(\/?)([a-zA-Z]+)([\s>/])/g, '<$1x:$2$3')
      .replace('xmlns="http', 'xmlns:x="http');
    expect(prefixed).toContain('<x:sheets>');
    const request = { sheets: [{ name: '领导汇总', replaces: '领导汇总' }], owned: ['领导汇总'] };
    const bytesOf = async (edits: Record<string, string>) => {
      const path = join(dir, `edited-${Object.keys(edits).join('-').replace(/\W/g, '')}.xlsx`);
      await editParts(summarized, path, edits);
      return new Uint8Array(await readFile(path));
    };
    await expect(
      PreparedPatch.prepare(await bytesOf({ 'xl/workbook.xml': prefixed }), request),
    ).rejects.toThrow(UnsupportedPackage);
    // Strict OOXML (another namespace) is refused the same way; the unedited file is accepted.
    const strict = workbook.replace(
      'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'http://purl.oclc.org/ooxml/spreadsheetml/main',
    );
    await expect(
      PreparedPatch.prepare(await bytesOf({ 'xl/workbook.xml': strict }), request),
    ).rejects.toThrow(/namespace/);
    const styles = (await partText(summarized, 'xl/styles.xml')).replace(
      /<(\/?)([a-zA-Z]+)([\s>/])/g,
      '<$1x:$2$3',
    );
    await expect(
      PreparedPatch.prepare(await bytesOf({ 'xl/styles.xml': styles }), request),
    ).rejects.toThrow(UnsupportedPackage);
    await expect(
      PreparedPatch.prepare(new Uint8Array(await readFile(summarized)), request),
    ).resolves.toBeInstanceOf(PreparedPatch);
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
