import { runRectify } from '../support/cli';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseList } from '../../src/core/list/parse';
import { rectificationListSchema } from '../../src/core/list/schema';

const root = join(import.meta.dirname, '..', '..');
const seedPath = join(root, 'seeds', 'baojing-rectification-list.txt');
const seedText = readFileSync(seedPath, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'rectify-parse-'));

const rectify = (...args: string[]) => runRectify(args, { viaNpm: true });

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** A failure is one line on stderr, nothing on stdout, and no stack trace. */
function expectOneLineFailure(r: { code: number; stdout: string; stderr: string }, says: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(says);
  expect(r.stderr).not.toMatch(/\n\s+at /u);
}

describe('rectify parse', () => {
  it('reads the embedded seed by default and prints one line per item', async () => {
    const r = await rectify('parse');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('保靖县贯彻落实第二轮中央生态环境保护督察报告整改清单');
    expect(lines[1]).toContain('共 25 条、89 项措施');
    const items = lines.filter((l) => /^[一二三四五六七八九十]+、 /u.test(l));
    expect(items).toHaveLength(25);
    expect(items[0]).toBe(
      '一、 督办县领导：杨志慧、周建武、黄宇、龙文斌、田明｜整改时限：持续推进｜措施 5 项',
    );
    expect(items[1]).toBe(
      '二、 督办县领导：胡泽钊、彭健｜整改时限：2021-12-31（已报完成）｜措施 4 项',
    );
    expect(items[18]).toBe('十九、 督办县领导：田明、彭健｜整改时限：2025-12-31｜措施 1 项');
    expect(r.stdout).toContain('没有问题');
  });

  it('prints schema-valid JSON equal to parseList of the seed with --json', async () => {
    const r = await rectify('parse', '--json');
    expect(r.code).toBe(0);
    const json: unknown = JSON.parse(r.stdout);
    expect(rectificationListSchema.parse(json)).toEqual({
      source: { format: 'text', encoding: 'utf-8' },
      ...parseList(seedText),
    });
  });

  it('reads a given file, here the seed with Windows line endings and page numbers', async () => {
    const path = file(
      'crlf.txt',
      seedText.replace('\n二、', '\n— 3 —\n二、').replace(/\n/gu, '\r\n'),
    );
    const r = await rectify('parse', path, '--json');
    expect(r.code).toBe(0);
    const list = rectificationListSchema.parse(JSON.parse(r.stdout));
    expect(list.items).toHaveLength(25);
    expect(list.diagnostics.map((d) => d.code)).toEqual(['page-furniture-total', 'page-furniture']);
  });

  it('prints the diagnostics with their line numbers in the summary', async () => {
    const text = seedText.replace('\n二、', '\n第 3 页\n二、');
    const line = text.split('\n').indexOf('第 3 页') + 1;
    const r = await rectify('parse', file('furniture.txt', text));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`警告 第 ${line} 行：页码行“第 3 页”已作为版面内容忽略`);
  });

  it('exits 2 with one line for a missing file', async () => {
    expectOneLineFailure(await rectify('parse', join(scratch, 'nope.txt')), '文件或文件夹不存在');
  });

  it('exits 2 with one line for an empty file', async () => {
    expectOneLineFailure(await rectify('parse', file('empty.txt', '')), '文件是空的');
  });

  it('exits 2 with one line for a broken zip named .docx', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]);
    expectOneLineFailure(await rectify('parse', file('list.docx', bytes)), '读不出来的压缩包');
  });

  it('exits 2 with one line for bytes that are no text and no known document', async () => {
    const bytes = Buffer.from([0x01, 0x00, 0xff, 0xfe, 0x80, 0x00]);
    expectOneLineFailure(await rectify('parse', file('list.txt', bytes)), '文件不是文本');
  });

  it('exits 2 with one line for a text without any item', async () => {
    const r = await rectify('parse', file('prose.txt', '这是一封普通的信。\n没有编号的条目。\n'));
    expectOneLineFailure(r, '没有找到任何条目');
  });

  it('exits 2 with one line for a folder', async () => {
    expectOneLineFailure(await rectify('parse', scratch), '无法读取清单文件');
  });
});
