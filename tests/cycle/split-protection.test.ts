import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/xlsx/reader';
import { runRectify } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';

const run = promisify(execFile);

/** What openpyxl sees of a unit file's protection: the sheet flags and a few cells' locks. */
const OPENPYXL = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["台账"]
p = ws.protection
header = [c.value for c in ws[1]]
col = lambda h: header.index(h) + 1
row = 2
print(json.dumps({
  "sheet": bool(p.sheet), "password": p.password,
  "sort": bool(p.sort), "autoFilter": bool(p.autoFilter), "formatCells": bool(p.formatCells),
  "measureLocked": ws.cell(row, col("整改措施")).protection.locked,
  "statusLocked": ws.cell(row, col("状态")).protection.locked,
  "progressLocked": ws.cell(row, col("整改进展")).protection.locked,
  "newRowLocked": ws.cell(ws.max_row, col("整改措施")).protection.locked,
  "states": {s.title: s.sheet_state for s in wb.worksheets},
}, ensure_ascii=False))
`;

let unitFile: string;

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'rectify-split-protection-'));
  const master = join(work, '整改台账.xlsx');
  await mkdir(join(work, 'units'));
  const made = await runRectify(['workbook', '--out', master, '--today', '2026-11-30']);
  expect(made.code, made.stderr).toBe(0);
  const split = await runRectify(['split', master, '--out-dir', join(work, 'units')]);
  expect(split.code, split.stderr).toBe(0);
  const files = await readdir(join(work, 'units'));
  unitFile = join(work, 'units', files[0] as string);
}, 120_000);

describe('a split unit file written by the package writer', () => {
  it('protects 台账 without a password, user columns and new rows unlocked (openpyxl)', async () => {
    const { stdout } = await run(PYTHON, ['-c', OPENPYXL, unitFile]);
    const seen = JSON.parse(stdout) as Record<string, unknown>;
    expect(seen).toMatchObject({
      sheet: true,
      password: null,
      // openpyxl's flags say "forbidden": sorting, filtering and formatting stay allowed.
      sort: false,
      autoFilter: false,
      formatCells: false,
      measureLocked: true,
      statusLocked: false,
      progressLocked: false,
      newRowLocked: false,
    });
    expect((seen.states as Record<string, string>)['分发底稿']).toBe('hidden');
    expect((seen.states as Record<string, string>)['台账']).toBe('visible');
  });

  it('reads back with our reader: 分发底稿 hidden, 台账 visible and filled', async () => {
    const reading = readWorkbook(new Uint8Array(await readFile(unitFile)));
    const state = (name: string) => reading.sheets.find((s) => s.name === name)?.state;
    expect(state('分发底稿')).toBe('hidden');
    expect(state('台账')).toBe('visible');
    const ledger = reading.grid('台账');
    expect(ledger?.rows[0]).toContain('整改措施');
    expect(ledger?.rows.length).toBeGreaterThan(1);
  });
});
