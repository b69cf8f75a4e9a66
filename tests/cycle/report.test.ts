import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runRectify } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';
import { editWithOpenpyxl, readBack, rowsByHeader, type Cell, type EditOp } from './support';

const run = promisify(execFile);
const MADE = '2026-11-30';
const TODAY = '2026-12-01';
const ARTIFACTS = join(REPO_ROOT, 'tests', '.artifacts');
const DONE = ['已完成', '已销号'];

type Row = Record<string, Cell>;

let work: string;
let previous: string;
let current: string;
let report: string;
let pdfText: string;
let reportStdout: string;

const labelOf = (r: Row) => `${r['问题序号']}-${r['措施序号']}`;
const isDone = (r: Row) => DONE.includes(String(r['状态'] ?? '').trim());
const deadlineOf = (r: Row) => (typeof r['截止日期'] === 'string' ? r['截止日期'] : null);
const overdueOn = (r: Row, day: string) => {
  const d = deadlineOf(r);
  return !isDone(r) && d !== null && d < day;
};
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const ledgerOf = async (path: string) => rowsByHeader((await readBack(path)).sheets['台账'] ?? []);

/** The report's text between two headings, as whitespace-separated tokens per line. */
function section(start: string, end: string | null): string[][] {
  const from = pdfText.indexOf(start);
  const to = end === null ? pdfText.length : pdfText.indexOf(end, from + 1);
  expect(from, start).toBeGreaterThanOrEqual(0);
  expect(to, String(end)).toBeGreaterThan(from);
  return pdfText
    .slice(from, to)
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
}
/** 问题序号-措施序号 labels in reading order (措施序号 may be 一.1; dates have 4-digit years). */
const labelsInOrder = (lines: string[][]) =>
  lines.flat().filter((t) => /^\d{1,3}-[^\s-]+$/.test(t));
const labelsIn = (lines: string[][]) => labelsInOrder(lines).sort();

async function toPdf(docx: string, dir: string): Promise<string> {
  const profile = join(tmpdir(), `rectify-lo-${process.pid}-${Date.now()}`);
  try {
    await run('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return docx.replace(/\.(docx|xlsx)$/, '.pdf');
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rectify-report-'));
  previous = join(work, '上期台账.xlsx');
  current = join(work, '本期台账.xlsx');
  report = join(work, '进展报告.docx');
  const made = await runRectify(['workbook', '--out', previous, '--today', MADE]);
  expect(made.code, made.stderr).toBe(0);
  await copyFile(previous, current);
  // This month's edits, as a person makes them: one overdue measure completed, another's progress
  // written, a completed one reopened (now overdue), a measure added.
  const rows = await ledgerOf(previous);
  const overdue = rows.filter((r) => overdueOn(r, TODAY));
  const reopened = rows.find((r) => isDone(r) && deadlineOf(r) !== null && deadlineOf(r)! < TODAY);
  expect(overdue.length).toBeGreaterThan(2);
  expect(reopened).toBeDefined();
  const at = (r: Row, column: string, value: Extract<EditOp, { op: 'set' }>['value']) =>
    ({
      op: 'set',
      item: Number(r['问题序号']),
      measure: String(r['措施序号']),
      column,
      value,
    }) as const;
  const [first, second] = overdue as [Row, Row];
  await editWithOpenpyxl(current, [
    at(first, '状态', '已完成'),
    at(first, '完成日期', { date: '2026-11-28' }),
    at(first, '更新日期', { date: '2026-11-28' }),
    at(second, '整改进展', '已完成方案编制，正在招标'),
    at(second, '更新日期', { date: '2026-11-29' }),
    at(reopened!, '状态', '推进中'),
    {
      op: 'append',
      cells: {
        问题序号: 99,
        措施序号: '1',
        整改措施: '新增措施：完成排查。',
        责任单位: '县林业局',
        督办县领导: '彭健',
        截止日期: { date: '2026-11-15' },
        状态: '推进中',
      },
    },
  ]);
  const result = await runRectify([
    'report',
    current,
    '--out',
    report,
    '--since',
    previous,
    '--today',
    TODAY,
  ]);
  expect(result.code, result.stderr).toBe(0);
  reportStdout = result.stdout;
  const pdf = await toPdf(report, work);
  pdfText = (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 1 << 26 })).stdout;
  await mkdir(ARTIFACTS, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'report')]);
}, 180_000);

describe('rectify report', () => {
  it('writes an A4 .docx with government-document fonts and repeated table headers', async () => {
    const parts = unzipSync(new Uint8Array(await readFile(report)));
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(3);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(tables);
    for (const font of ['方正小标宋简体', '黑体']) expect(xml).toContain(`w:eastAsia="${font}"`);
    const styles = strFromU8(parts['word/styles.xml'] as Uint8Array);
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('renders in LibreOffice with the title, the counts and the overdue list', async () => {
    const flat = pdfText.replace(/\s+/g, '');
    expect(flat).toContain('保靖县贯彻落实第二轮中央生态环境保护督察报告整改进展情况');
    expect(flat).toContain('（截至2026年12月1日）');
    const rows = await ledgerOf(current);
    const items = new Set(rows.map((r) => r['问题序号'])).size;
    const done = rows.filter(isDone).length;
    const overdue = rows.filter((r) => overdueOn(r, TODAY));
    expect(flat).toContain(`台账共有问题${items}个、整改措施${rows.length}条`);
    expect(flat).toContain(`已完成${done}条`);
    expect(flat).toContain(`逾期未完成${overdue.length}条`);
    const list = section('四、逾期未完成事项', '五、与上期相比');
    expect(labelsIn(list)).toEqual(overdue.map(labelOf).sort());
    // Most overdue first (ties in sheet order), each with its days overdue.
    const byDays = overdue
      .map((r, i) => ({ r, i, d: days(deadlineOf(r)!, TODAY) }))
      .sort((a, b) => b.d - a.d || a.i - b.i);
    expect(labelsInOrder(list)).toEqual(byDays.map((x) => labelOf(x.r)));
    const tokens = list.flat();
    for (const { d } of byDays) expect(tokens).toContain(String(d));
    expect(reportStdout).toContain(`逾期 ${overdue.length} 条`);
  });

  it('lists the changes since the previous ledger as an independent diff finds them', async () => {
    const before = new Map((await ledgerOf(previous)).map((r) => [labelOf(r), r]));
    const after = await ledgerOf(current);
    const updates = [...before.values()]
      .map((r) => r['更新日期'])
      .filter((d) => typeof d === 'string');
    const since = updates.length === 0 ? TODAY : (updates as string[]).sort().at(-1)!;
    const user = ['状态', '完成日期', '整改进展', '佐证材料', '更新日期', '备注'];
    const same = (a: Row, b: Row, c: string) =>
      String(a[c] ?? '').trim() === String(b[c] ?? '').trim();
    const expected = {
      newlyDone: after.filter(
        (r) => isDone(r) && !(before.get(labelOf(r)) && isDone(before.get(labelOf(r))!)),
      ),
      newlyOverdue: after.filter((r) => {
        const old = before.get(labelOf(r));
        return overdueOn(r, TODAY) && !(old !== undefined && overdueOn(old, since));
      }),
      progress: after.filter((r) => {
        const old = before.get(labelOf(r));
        return old !== undefined && !(same(old, r, '整改进展') && same(old, r, '更新日期'));
      }),
      notUpdated: after.filter((r) => {
        const old = before.get(labelOf(r));
        return old !== undefined && !isDone(r) && user.every((c) => same(old, r, c));
      }),
    };
    expect(expected.newlyDone.length).toBe(1);
    expect(expected.newlyOverdue.length).toBe(2); // the reopened one and the added one
    expect(expected.progress.length).toBe(2);
    const sections = [
      ['（一）新完成', '（二）新增逾期', expected.newlyDone],
      ['（二）新增逾期', '（三）进展有更新', expected.newlyOverdue],
      ['（三）进展有更新', '（四）未更新', expected.progress],
      ['（四）未更新', '（五）新增措施', expected.notUpdated],
    ] as const;
    for (const [start, end, rows] of sections) {
      const lines = section(start, end);
      expect(lines[0]?.join(''), start).toContain(`${rows.length}条`);
      expect(labelsIn(lines), start).toEqual(rows.map(labelOf).sort());
    }
    expect(labelsIn(section('（五）新增措施', '说明'))).toEqual(['99-1']);
    expect(reportStdout).toContain(
      `新完成 1，新增逾期 2，进展有更新 2，未更新 ${expected.notUpdated.length}`,
    );
  });

  it('with --sheet writes the same report as an owned, printable 进展报告 sheet', async () => {
    const ledger = join(work, '带报告的台账.xlsx');
    await copyFile(previous, ledger);
    const result = await runRectify([
      'report',
      ledger,
      '--out',
      join(work, 'sheet.docx'),
      '--sheet',
      '--today',
      TODAY,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const book = await readBack(ledger);
    expect(Object.values(book.names)).toContain("'进展报告'!$A$1");
    const cells = (book.sheets['进展报告'] ?? []).flat().filter((c) => c !== null);
    expect(cells[0]).toBe('保靖县贯彻落实第二轮中央生态环境保护督察报告整改进展情况');
    const overdue = (await ledgerOf(previous)).filter((r) => overdueOn(r, TODAY));
    const listed = cells.filter((c) => typeof c === 'string' && /^\d{1,3}-[^\s-]+$/.test(c));
    for (const r of overdue) expect(listed).toContain(labelOf(r));
    // The user's sheets are untouched.
    expect(book.sheets['台账']).toEqual((await readBack(previous)).sheets['台账']);
    // Printable: LibreOffice lays it out on A4 pages.
    const dir = join(work, 'sheet-pdf');
    await mkdir(dir);
    const only = join(dir, '进展报告.xlsx');
    await run(PYTHON, [
      '-c',
      `import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); [wb.remove(ws) for ws in wb.worksheets if ws.title!="进展报告"]; wb.save(sys.argv[2])`,
      ledger,
      only,
    ]);
    const pdf = await toPdf(only, dir);
    const info = (await run('pdfinfo', [pdf])).stdout;
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, '');
    expect(text).toContain(`逾期未完成事项${overdue.length}条`);
  });

  it('writes nothing and exits 2 for a missing folder, an unreadable file or a plain workbook', async () => {
    const missing = await runRectify(['report', current, '--out', join(work, 'no', 'r.docx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件夹不存在');
    const text = join(work, 'notes.xlsx');
    await writeFile(text, 'not a workbook');
    const unreadable = await runRectify(['report', text, '--out', join(work, 'u.docx')]);
    expect(unreadable.code).toBe(2);
    const plain = join(work, 'plain.xlsx');
    await run(PYTHON, [
      '-c',
      `import openpyxl; wb=openpyxl.Workbook(); wb.active["A1"]="x"; wb.save(${JSON.stringify(plain)})`,
    ]);
    const notLedger = await runRectify(['report', plain, '--out', join(work, 'p.docx')]);
    expect(notLedger.code).toBe(2);
    expect(notLedger.stderr).toContain('不是整改台账');
    // --sheet on a ledger whose workbook part the writer cannot edit exactly (a comment in it,
    // which text search could be fooled by): stops before writing anything.
    const odd = join(work, 'odd.xlsx');
    await run(PYTHON, [
      '-c',
      `import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for i in z.infolist():
        data = z.read(i.filename)
        if i.filename == "xl/workbook.xml":
            data = data.replace(b"<sheets>", b"<!-- a note --><sheets>", 1)
        out.writestr(i.filename, data)`,
      current,
      odd,
    ]);
    const before = await readFile(odd);
    const refused = await runRectify(['report', odd, '--out', join(work, 'odd.docx'), '--sheet']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('未写入任何内容');
    expect(await readFile(odd)).toEqual(before);
    // --sheet on a ledger saved by openpyxl (its relationships' prefix declared on each
    // <sheet>): the package writer matches the namespace, so it is written, not refused.
    const sheet = await runRectify(['report', current, '--out', join(work, 's.docx'), '--sheet']);
    expect(sheet.stderr).toBe('');
    expect(sheet.code).toBe(0);
    expect(Object.values((await readBack(current)).names)).toContain("'进展报告'!$A$1");
    for (const name of ['u.docx', 'p.docx', 'odd.docx']) {
      await expect(readFile(join(work, name))).rejects.toThrow();
    }
  });
});
