import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkbookFileError } from '../../src/xlsx/errors';
import { readWorkbookFile } from '../../src/xlsx/read';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-read-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function failure(path: string): Promise<WorkbookFileError> {
  try {
    await readWorkbookFile(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookFileError');
}

describe('readWorkbookFile', () => {
  it('opens a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('A1').value = '值';
    const path = join(dir, 'ok.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await readWorkbookFile(path)).getWorksheet('表')?.getCell('A1').value).toBe('值');
  });

  it('says plainly when the file is missing, not a workbook, encrypted or corrupt', async () => {
    expect((await failure(join(dir, 'none.xlsx'))).message).toContain('不存在');

    const text = join(dir, 'text.xlsx');
    await writeFile(text, 'just text');
    expect((await failure(text)).message).toContain('不是 .xlsx');

    const ole = join(dir, 'locked.xlsx');
    await writeFile(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect((await failure(ole)).message).toContain('密码');

    const broken = join(dir, 'broken.xlsx');
    await writeFile(
      broken,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
    );
    const error = await failure(broken);
    expect(error.message).toContain('已损坏');
    expect(error.message).not.toContain('\n');
  });
});
