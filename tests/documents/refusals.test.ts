import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFodt, para } from './support/compose';
import { convert } from './support/office';
import { runRectify } from '../support/cli';
import { SEED_TEXT } from '../core/list/seed-fixture';

/**
 * What must never become a ledger: duplicated keys, a document with no labelled item, items
 * without a single measure, a scanned PDF, bytes that are no text. Exit 2, one line naming the
 * places, and nothing written.
 */
const scratch = mkdtempSync(join(tmpdir(), 'rectify-refusals-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

function expectRefusal(r: { code: number; stdout: string; stderr: string }, ...says: string[]) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const s of says) expect(r.stderr).toContain(s);
  expect(r.stderr).not.toMatch(/\n\s+at /u);
}

describe('refusals', () => {
  it('a duplicated item number: rectify workbook writes nothing and names both lines', async () => {
    // 二、 written twice: the seed's item 三、 renumbered.
    const text = SEED_TEXT.replace('\n三、', '\n二、');
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('二、')) + 1;
    const second = lines.findIndex((l, i) => i >= first && l.startsWith('二、')) + 1;
    const out = join(scratch, 'dup.xlsx');
    const r = await runRectify(['workbook', '--seed', file('dup.txt', text), '--out', out]);
    expectRefusal(r, '重复', `第 ${second} 行`, `第 ${first} 行`);
    expect(existsSync(out)).toBe(false);
  });

  it('a duplicated measure number names both places', async () => {
    const text = SEED_TEXT.replace('\n2．压紧压实', '\n1．压紧压实');
    const r = await runRectify(['parse', file('dup-measure.txt', text)]);
    expectRefusal(r, '措施“1”重复');
  });

  it('no labelled item: says what was found and what a list looks like', async () => {
    const r = await runRectify([
      'parse',
      file('letter.txt', '关于开展督察整改工作的通知\n各乡镇：\n现将有关事项通知如下。\n'),
    ]);
    expectRefusal(r, '没有找到任何条目', '读到 3 段文字', '整改清单的样子');
  });

  it('items without any measure are not a ledger', async () => {
    const r = await runRectify([
      'workbook',
      '--seed',
      file(
        'no-measures.txt',
        '清单\n一、问题甲\n牵头单位：县水利局\n二、问题乙\n牵头单位：县林业局\n',
      ),
      '--out',
      join(scratch, 'none.xlsx'),
    ]);
    expectRefusal(r, '没有一项整改措施');
    expect(existsSync(join(scratch, 'none.xlsx'))).toBe(false);
  });

  it('a PDF without text says it is probably a scan and asks for the Word original', async () => {
    // A PDF of empty paragraphs: pages, no text layer.
    const pdf = await convert('blank', toFodt([para(''), para('')]), 'fodt', 'pdf');
    const r = await runRectify(['parse', pdf]);
    expectRefusal(r, '没有文字层', 'Word 原件');
  });

  it('bytes that are neither UTF-8 nor GB18030 are an error, never replacement characters', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('一、问题'), 0xff, 0xff, 0x81]);
    const r = await runRectify(['parse', file('broken.txt', bytes)]);
    expectRefusal(r, '不是 UTF-8 或 GB18030');
    expect(readFileSync(join(scratch, 'broken.txt')).length).toBe(bytes.length);
  });
});
