import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishWordsIn } from '../support/catalogue-words';
import { REPO_ROOT, runRectify, type CliResult } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';
import { editWithOpenpyxl, readBack, rowsByHeader, type Cell } from './support';

/**
 * rectify split, collect and report under a Chinese and an English locale (issue 16): every line
 * they print is in one language. Chinese lines have no English words (product and command names
 * aside); English lines have no Chinese outside names from the documents (sheets, columns, units,
 * the values typed in the files, the report's title) and the file names.
 */

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const ENGLISH = { env: { LANG: 'en_US.UTF-8' } };
const CHINESE = { env: { LANG: 'zh_CN.UTF-8' } };
const DAY = '2026-11-30';
const UNIT = '县林业局';
/** Values typed into the files below: names from the documents, in either language. */
const TYPED = [
  '单位填写的进展',
  '单位改了措施',
  '单位的不同进展',
  '总台账分发后修改',
  '单位新增的措施',
];

let work: string;
let master: string;
let plain: string;
let unitFile: string;
let foreignFile: string;
/** Every text of the documents: sheet names and cells (units, headers, measures …). */
let documentNames: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rectify-cycle-messages-'));
  master = join(work, '整改台账.xlsx');
  plain = join(work, 'plain.xlsx');
  const other = join(work, 'other.xlsx');
  for (const dir of ['units', 'units-en', 'other-units']) await mkdir(join(work, dir));
  expect((await runRectify(['workbook', '--out', master, '--today', DAY])).code).toBe(0);
  expect((await runRectify(['workbook', '--out', other, '--today', DAY])).code).toBe(0);
  const otherSplit = await runRectify(['split', other, '--out-dir', join(work, 'other-units')]);
  expect(otherSplit.code, otherSplit.stderr).toBe(0);
  await run(PYTHON, ['-c', `import openpyxl; openpyxl.Workbook().save(${JSON.stringify(plain)})`]);
  const book = await readBack(master);
  documentNames = [
    ...Object.keys(book.sheets),
    ...Object.values(book.sheets).flatMap((rows) =>
      rows.flat().filter((c): c is string => typeof c === 'string'),
    ),
    ...TYPED,
  ];
  unitFile = join(work, 'units', `台账-${UNIT}.xlsx`);
  foreignFile = join(work, 'other-units', `台账-${UNIT}.xlsx`);
}, 120_000);
afterAll(() => rm(work, { recursive: true, force: true }));

/** The lines printed (stdout, then stderr), file names and ids taken out: names, not words. */
function linesOf(result: CliResult): string[] {
  const dir = work.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .replace(new RegExp(`${dir}\\S*?\\.(xlsx|docx)`, 'g'), '')
        .replace(new RegExp(`${dir}[\\w/.-]*`, 'g'), '')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')
        .replace(/list-[0-9a-f]{16}/g, ''),
    );
}

function expectChinese(result: CliResult): void {
  const lines = linesOf(result);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines)
    expect({ line, english: englishWordsIn(line) }).toEqual({ line, english: null });
}

function expectEnglish(result: CliResult): void {
  const lines = linesOf(result);
  expect(lines.length).toBeGreaterThan(0);
  const names = [...new Set(documentNames)].sort((a, b) => b.length - a.length);
  for (const line of lines) {
    let rest = line.replace(/"[^"]*"/g, '');
    for (const name of names) rest = rest.split(name).join('');
    expect({ line, chinese: rest.match(/\p{Script=Han}+/gu) }).toEqual({ line, chinese: null });
    // Each line says something in English, not only names.
    expect({ line, english: /[A-Za-z]{3,}/.test(rest) }).toEqual({ line, english: true });
  }
}

describe('rectify split, collect and report in the language of the locale', () => {
  it('help: each command explained in one language', async () => {
    for (const command of ['split', 'collect', 'report']) {
      const zh = await runRectify([command, '--help'], CHINESE);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toContain('退出码');
      // Chinese help names the arguments as the command line spells them (<ledger>).
      const flags = zh.stdout.replace(/<[\w.]+>|\[\w.]+\]|\b(ledger|returned)\b/g, '');
      expect({ command, english: englishWordsIn(flags) }).toEqual({ command, english: null });
      const en = await runRectify([command, '--help'], ENGLISH);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('Exit codes');
      // Sheet names quoted, and the unit files' name pattern (台账-<unit>.xlsx).
      const rest = en.stdout.replace(/"[^"]*"/g, '').replace(/台账-<unit>\.xlsx/g, '');
      expect({ command, chinese: rest.match(/\p{Script=Han}+/gu) }).toEqual({
        command,
        chinese: null,
      });
    }
  }, 60_000);

  it('split: the files written, and its refusals', async () => {
    const zh = await runRectify(
      ['split', master, '--out-dir', join(work, 'units'), '--today', DAY],
      CHINESE,
    );
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('个单位文件');
    expectChinese(zh);
    const en = await runRectify(
      ['split', master, '--out-dir', join(work, 'units-en'), '--today', DAY],
      ENGLISH,
    );
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/into \d+ unit files in/);
    expectEnglish(en);

    for (const [env, check, says] of [
      [CHINESE, expectChinese, ['不是整改台账', '输出文件夹不存在', '应为真实日期']],
      [
        ENGLISH,
        expectEnglish,
        ['so it is not a ledger', 'the output folder does not exist', 'must be a real date'],
      ],
    ] as const) {
      const refusals = [
        await runRectify(['split', plain, '--out-dir', work], env),
        await runRectify(['split', master, '--out-dir', join(work, 'nope')], env),
        await runRectify(['split', master, '--out-dir', work, '--today', '2026-02-30'], env),
      ];
      refusals.forEach((r, i) => {
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain(says[i]);
        check(r);
      });
    }
  }, 120_000);

  it('collect: each file, each change taken, refused or in conflict, and why', async () => {
    const rows = rowsByHeader((await readBack(unitFile)).sheets['台账'] ?? []);
    const [first, second] = rows as [Record<string, Cell>, Record<string, Cell>];
    const at = (r: Record<string, Cell>) => ({
      item: Number(r['问题序号']),
      measure: String(r['措施序号']),
    });
    // The office changes the second row's progress in the master after the split …
    await run(TSX, [
      join(import.meta.dirname, 'edit-with-exceljs.ts'),
      master,
      String(second['问题序号']),
      String(second['措施序号']),
      '整改进展',
      '总台账分发后修改',
    ]);
    // … and the unit fills in its file: a change taken, one refused (a document column), one in
    // conflict with the master, a row added.
    await editWithOpenpyxl(unitFile, [
      { op: 'set', ...at(first), column: '整改进展', value: '单位填写的进展' },
      { op: 'set', ...at(first), column: '整改措施', value: '单位改了措施' },
      { op: 'set', ...at(second), column: '整改进展', value: '单位的不同进展' },
      {
        op: 'append',
        cells: {
          问题序号: first['问题序号'] ?? null,
          措施序号: '90',
          整改措施: '单位新增的措施',
          责任单位: UNIT,
        },
      },
    ]);
    const files = [unitFile, foreignFile, plain];
    const zh = await runRectify(
      ['collect', master, ...files, '--out', join(work, 'zh.xlsx'), '--today', DAY],
      CHINESE,
    );
    expect(zh.code, zh.stderr).toBe(1);
    for (const said of [
      '已采纳',
      '未采纳',
      '冲突',
      '拒收',
      '新增行',
      '保留总台账的值',
      '由县整改办按清单维护',
      '另一份总台账',
      '没有分发标识',
    ])
      expect(zh.stdout).toContain(said);
    expect(zh.stderr).toContain('已回收，但有未采纳、冲突或拒收的内容');
    expectChinese(zh);

    const en = await runRectify(
      ['collect', master, ...files, '--out', join(work, 'en.xlsx'), '--today', DAY],
      ENGLISH,
    );
    expect(en.code, en.stderr).toBe(1);
    for (const said of [
      'taken',
      'refused',
      'conflict',
      'file refused',
      'row added',
      'the master ledger keeps its value',
      'is kept by the county rectification office',
      'split from another master ledger',
      'no cycle marker',
      '"(empty)"',
    ])
      expect(en.stdout).toContain(said);
    expect(en.stderr).toContain('collected, with refusals or conflicts');
    expectEnglish(en);

    // The same collect writes the same 回收记录, in Chinese, whatever the locale.
    const logOf = async (file: string) => (await readBack(join(work, file))).sheets['回收记录'];
    expect(await logOf('en.xlsx')).toEqual(await logOf('zh.xlsx'));

    // Nothing to collect: the file's line on stdout, the refusal on stderr, exit 2.
    for (const [env, check, says] of [
      [CHINESE, expectChinese, '没有可回收的文件'],
      [ENGLISH, expectEnglish, 'no file could be collected'],
    ] as const) {
      const nothing = await runRectify(
        ['collect', master, plain, '--out', join(work, 'x.xlsx')],
        env,
      );
      expect(nothing.code, nothing.stderr).toBe(2);
      expect(nothing.stderr).toContain(says);
      check(nothing);
    }
  }, 240_000);

  it('report: the report written, and its refusals', async () => {
    for (const [env, check, says] of [
      [CHINESE, expectChinese, ['措施', '文件夹不存在', '不是整改台账']],
      [
        ENGLISH,
        expectEnglish,
        ['measures', 'the folder of the report does not exist', 'so it is not a ledger'],
      ],
    ] as const) {
      const written = await runRectify(
        ['report', master, '--out', join(work, 'r.docx'), '--today', DAY],
        env,
      );
      expect(written.code, written.stderr).toBe(0);
      expect(written.stdout).toContain(says[0]);
      check(written);
      const refusals = [
        await runRectify(['report', master, '--out', join(work, 'nope', 'r.docx')], env),
        await runRectify(['report', plain, '--out', join(work, 'r.docx')], env),
      ];
      refusals.forEach((r, i) => {
        expect(r.code, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(says[i + 1]);
        check(r);
      });
    }
  }, 120_000);
});
