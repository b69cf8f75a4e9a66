import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPackage, NAMESPACES } from '../corpus/minimal-package';
import { zipParts } from '../corpus/zip-writer';
import { runRectify, type CliResult } from '../support/cli';
import { englishWordsIn } from '../support/catalogue-words';
import { oleContainer } from '../support/ole';

/**
 * Every file the command line refuses, run as a real process under a Chinese and an English
 * locale: one line in one language, exit 2, never a stack trace (issue 14's honest refusals,
 * issue 16's messages as data).
 */

const enc = new TextEncoder();
const ENGLISH = { LANG: 'en_US.UTF-8' };

let dir: string;
let ledger: string;

interface Case {
  readonly name: string;
  /** The command line, given the folder of the case files. */
  readonly args: () => string[];
  /** What the line must say, in each language. */
  readonly zh: string;
  readonly en: string;
}

const CASES: readonly Case[] = [
  {
    name: 'not a zip',
    args: () => ['validate', join(dir, 'picture.xlsx')],
    zh: '不是 .xlsx 工作簿（不是 zip 格式的 Office 文件）',
    en: 'is not an .xlsx workbook (not a zip-based Office file)',
  },
  {
    name: 'encrypted',
    args: () => ['validate', join(dir, 'locked.xlsx')],
    zh: '设有密码',
    en: 'protected by a password',
  },
  {
    name: '.xls',
    args: () => ['validate', join(dir, 'old.xls')],
    zh: 'Excel 97-2003 工作簿（.xls），不是 .xlsx 工作簿；请在 Excel 或 WPS 中另存为 .xlsx 后重试',
    en: 'an Excel 97-2003 workbook (.xls), not an .xlsx workbook; open it in Excel or WPS, save it as .xlsx',
  },
  {
    name: '.ods',
    args: () => ['validate', join(dir, 'sheet.ods')],
    zh: 'OpenDocument 电子表格（.ods）',
    en: 'an OpenDocument spreadsheet (.ods)',
  },
  {
    name: '.csv',
    args: () => ['validate', join(dir, 'table.csv')],
    zh: 'CSV 文本文件（.csv）',
    en: 'a CSV text file (.csv)',
  },
  {
    name: '.docx',
    args: () => ['validate', join(dir, 'letter.docx')],
    zh: 'Word 文档（.docx）',
    en: 'a Word document (.docx)',
  },
  {
    name: 'damaged',
    args: () => ['validate', join(dir, 'broken.xlsx')],
    zh: '已损坏',
    en: 'is damaged',
  },
  {
    name: 'an unreadable part',
    args: () => ['validate', join(dir, 'part-missing.xlsx')],
    zh: '无法读取',
    en: 'could not read the part xl/worksheets/sheet1.xml',
  },
  {
    name: 'a missing file',
    args: () => ['validate', join(dir, 'none.xlsx')],
    zh: '文件或文件夹不存在',
    en: 'no such file or folder',
  },
  {
    name: 'summarize --out into a missing folder',
    args: () => ['summarize', ledger, '--out', join(dir, 'no-folder', 'out.xlsx')],
    zh: '不存在；请先创建该文件夹或换一个路径',
    en: 'does not exist; create it first or choose another path',
  },
  // The monthly cycle (split, collect, report): msgcycle, issue 16
  {
    name: 'split of a workbook without 台账',
    args: () => ['split', join(dir, 'plain.xlsx'), '--out-dir', dir],
    zh: '工作簿中没有“台账”工作表，不是整改台账',
    en: 'the workbook has no "台账" sheet, so it is not a ledger',
  },
  {
    name: 'split into a missing folder',
    args: () => ['split', ledger, '--out-dir', join(dir, 'no-folder')],
    zh: '输出文件夹不存在',
    en: 'the output folder does not exist',
  },
  {
    name: 'split on a date that does not exist',
    args: () => ['split', ledger, '--out-dir', dir, '--today', '2026-02-30'],
    zh: '--today 应为真实日期 YYYY-MM-DD，收到“2026-02-30”',
    en: '--today must be a real date YYYY-MM-DD, got "2026-02-30"',
  },
  {
    name: 'collect into a workbook without 台账',
    args: () => ['collect', join(dir, 'plain.xlsx'), ledger],
    zh: '工作簿中没有“台账”工作表',
    en: 'the workbook has no "台账" sheet',
  },
  {
    name: 'report into a missing folder',
    args: () => ['report', ledger, '--out', join(dir, 'no-folder', 'report.docx')],
    zh: '报告所在的文件夹不存在',
    en: 'the folder of the report does not exist',
  },
  {
    name: 'report of a workbook without 台账',
    args: () => ['report', join(dir, 'plain.xlsx'), '--out', join(dir, 'report.docx')],
    zh: '不是整改台账',
    en: 'so it is not a ledger',
  },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-refusals-'));
  // A PNG's signature and a little binary: no zip, no OLE, no text.
  const png = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ];
  await writeFile(join(dir, 'picture.xlsx'), Buffer.from([...png, ...Array(64).fill(0)]));
  await writeFile(join(dir, 'locked.xlsx'), oleContainer(['EncryptionInfo', 'EncryptedPackage']));
  await writeFile(join(dir, 'old.xls'), oleContainer(['Workbook']));
  const ods = new Map([['mimetype', enc.encode('application/vnd.oasis.opendocument.spreadsheet')]]);
  await writeFile(join(dir, 'sheet.ods'), zipParts(ods, { stored: true }));
  await writeFile(join(dir, 'table.csv'), '序号,问题,状态\n1,问题一,推进中\n2,问题二,已完成\n');
  await writeFile(join(dir, 'letter.docx'), zipParts(wordPackage()));
  await writeFile(
    join(dir, 'broken.xlsx'),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
  );
  const missingPart = minimalPackage([{ name: '台账', data: '<row><c><v>1</v></c></row>' }]);
  missingPart.delete('xl/worksheets/sheet1.xml');
  await writeFile(join(dir, 'part-missing.xlsx'), zipParts(missingPart));
  const plain = minimalPackage([
    { name: 'Sheet1', data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
  ]);
  await writeFile(join(dir, 'plain.xlsx'), zipParts(plain));
  await mkdir(join(dir, 'made'));
  ledger = join(dir, 'made', 'ledger.xlsx');
  const made = await runRectify(['workbook', '--out', ledger, '--today', '2026-11-29']);
  expect(made.code, made.stderr).toBe(0);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A zip that is a Word document, found through its relationships (not its name). */
function wordPackage(): Map<string, Uint8Array> {
  const parts = minimalPackage([]);
  parts.set(
    '[Content_Types].xml',
    enc.encode(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  );
  parts.set(
    '_rels/.rels',
    enc.encode(
      `<Relationships xmlns="${NAMESPACES.PKG}"><Relationship Id="rId1" Type="${NAMESPACES.REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
  );
  return parts;
}

/** Runs every case in a language, a few processes at a time (the machine is shared). */
async function runAll(env?: Record<string, string>): Promise<Map<string, CliResult>> {
  const results = new Map<string, CliResult>();
  const queue = [...CASES];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      results.set(next.name, await runRectify(next.args(), env ? { env } : {}));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

/**
 * The one line printed, with the file names, package parts and quoted names from the workbook (a
 * sheet named 台账 is named so in English too) taken out: names, not words.
 */
function wordsOf(line: string): string {
  return line
    .split(new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\w./-]*`))
    .join('')
    .replace(/[\w./-]+\.(xlsx|xls|ods|csv|docx|xml)\b/g, '')
    .replace(/"[^"]*"/g, '');
}

function expectOneLine(result: CliResult): string {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const line = result.stderr.slice(0, -1);
  expect(line).not.toContain('\n');
  expect(line).not.toMatch(/\bat .+:\d+:\d+|Error:|TypeError|内部错误|internal error/);
  return line;
}

describe('rectify refusals, each one line in one language with exit 2', () => {
  it('says each in Chinese under a Chinese locale, with no English words', async () => {
    const results = await runAll();
    for (const c of CASES) {
      const line = expectOneLine(results.get(c.name) as CliResult);
      expect({ case: c.name, line }).toEqual({ case: c.name, line: expect.stringContaining(c.zh) });
      expect(line.startsWith('rectify：')).toBe(true);
      expect({ case: c.name, english: englishWordsIn(wordsOf(line)) }).toEqual({
        case: c.name,
        english: null,
      });
    }
  }, 180_000);

  it('says each in English under LANG=en_US.UTF-8, with no Chinese', async () => {
    const results = await runAll(ENGLISH);
    for (const c of CASES) {
      const line = expectOneLine(results.get(c.name) as CliResult);
      expect({ case: c.name, line }).toEqual({ case: c.name, line: expect.stringContaining(c.en) });
      expect(line.startsWith('rectify: ')).toBe(true);
      expect({ case: c.name, chinese: wordsOf(line).match(/\p{Script=Han}+/gu) }).toEqual({
        case: c.name,
        chinese: null,
      });
    }
  }, 180_000);
});
