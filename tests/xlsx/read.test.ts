import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkbookFileError } from '../../src/xlsx/errors';
import { openWorkbookFile } from '../../src/xlsx/read';
import { readWorkbookFile } from '../support/exceljs-read';
import { oleContainer } from '../support/ole';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-read-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function failure(read: () => Promise<unknown>): Promise<WorkbookFileError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookFileError');
}

describe('openWorkbookFile', () => {
  it('opens a real workbook with our reader', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('A1').value = '值';
    const path = join(dir, 'ok.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await openWorkbookFile(path)).reading.grid('表')?.rows).toEqual([['值']]);
  });

  it('says plainly, in one line, when the file is missing, not a workbook, encrypted or damaged', async () => {
    const open = async (path: string, locale: 'zh' | 'en' = 'zh') => ({
      message: (await failure(() => openWorkbookFile(path))).text(locale),
    });
    expect((await open(join(dir, 'none.xlsx'))).message).toContain('不存在');

    const text = join(dir, 'text.xlsx');
    await writeFile(text, 'just text');
    expect((await open(text)).message).toContain('不是 .xlsx');
    expect((await open(text, 'en')).message).toContain('not an .xlsx workbook');

    const ole = join(dir, 'locked.xlsx');
    await writeFile(ole, oleContainer(['EncryptionInfo', 'EncryptedPackage']));
    expect((await open(ole)).message).toContain('密码');
    expect((await open(ole, 'en')).message).toContain('password');

    const xls = join(dir, 'old.xlsx');
    await writeFile(xls, oleContainer(['Workbook']));
    expect((await open(xls)).message).toContain('.xls）');
    expect((await open(xls)).message).toContain('请在 Excel 或 WPS 中另存为 .xlsx 后重试');

    const broken = join(dir, 'broken.xlsx');
    await writeFile(
      broken,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
    );
    const error = await open(broken);
    expect(error.message).toContain('已损坏');
    expect(error.message).not.toContain('\n');
  });
});

describe('readWorkbookFile (ExcelJS, kept for the save paths)', () => {
  it('never calls a file it cannot load damaged', async () => {
    const broken = join(dir, 'exceljs-broken.xlsx');
    await writeFile(
      broken,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
    );
    const error = await failure(() => readWorkbookFile(broken));
    expect(error.message).not.toContain('损坏');
    expect(error.message).not.toContain('\n');
  });
});
