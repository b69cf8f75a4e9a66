/**
 * `workbook --merge` on ledgers another program rebuilt without our marks (issue 14), beyond the
 * corpus files themselves: a column the user added inside the adopted 台账 is carried, a 台账 whose
 * header is not ours and a 说明 that is the user's own are refused by name, nothing written.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cellText } from '../../src/core/ledger/cell-text';
import { SHEETS } from '../../src/core/ledger/model';
import { ownedSheets } from '../../src/core/ownership';
import { REPO_ROOT } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';
import { corpus, CORPUS_TODAY } from './corpus';
import { honestRefusal, readFileWorkbook, rectify } from './write/written';

const run = promisify(execFile);
const { files } = await corpus();
const scratch = join(tmpdir(), `rectify-adopt-${randomUUID()}`);
afterAll(() => rm(scratch, { recursive: true, force: true }));
await mkdir(scratch, { recursive: true });

// openpyxl's iso_dates rebuild: the values only, no tables, no marks.
const rebuilt = files.find((f) => f.name === 'openpyxl-isodates.xlsx');
if (rebuilt === undefined) throw new Error('the corpus lacks openpyxl-isodates.xlsx');
const { stdout } = await run(PYTHON, [
  join(REPO_ROOT, 'tests', 'corpus', 'write', 'adopt-variants.py'),
  rebuilt.path,
  scratch,
]);
const added = JSON.parse(stdout) as { column: string; values: Record<string, string> };

const merge = async (name: string) => {
  const out = join(scratch, `merged-${name}`);
  const args = ['workbook', '--merge', join(scratch, name), '--out', out, '--today', CORPUS_TODAY];
  return { out, result: await rectify(args) };
};
const userColumn = await merge('user-column.xlsx');
const foreignHeader = await merge('foreign-header.xlsx');
const userReadme = await merge('user-readme.xlsx');
// Summaries made on the rebuilt ledger first: they are marked, the 台账 and the rest are not.
const summarized = join(scratch, 'summarized.xlsx');
await rectify(['summarize', rebuilt.path, '--out', summarized, '--today', CORPUS_TODAY]);
const afterSummaries = await merge('summarized.xlsx');

describe('workbook --merge adopts an unmarked ledger only when it is recognisably ours', () => {
  it('carries a column the user added inside the adopted 台账, every value on its row', async () => {
    expect(userColumn.result.stderr).toBe('');
    expect(userColumn.result.code).toBe(0);
    expect(userColumn.result.stdout).toMatch(/但表头表明是本工具的台账/);
    expect(userColumn.result.stdout).toMatch(new RegExp(`用户添加的列：“?${added.column}”?`));
    const output = await readFileWorkbook(userColumn.out);
    expect(ownedSheets(output.definedNames)).toContain(SHEETS.ledger);
    const rows = output.grid(SHEETS.ledger)?.rows ?? [];
    const top = rows.findIndex((r) => r[0] === '问题序号');
    const header = (rows[top] ?? []).map((c) => cellText(c));
    const at = header.indexOf(added.column);
    expect(at).toBeGreaterThan(0);
    const found: Record<string, string> = {};
    for (const row of rows.slice(top + 1)) {
      const value = row[at];
      if (value !== null && value !== undefined) {
        found[`${cellText(row[0])}/${cellText(row[1])}`] = cellText(value);
      }
    }
    expect(Object.keys(added.values).length).toBeGreaterThan(50);
    expect(found).toEqual(added.values);
  });

  it('adopts the unmarked sheets beside marked summaries, and leaves the summaries as they are', async () => {
    const { result, out } = afterSummaries;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const said = result.stdout.split('\n').filter((l) => l.includes('但表头表明是本工具的台账'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('中的“说明”、“清单”、“台账”、“时间节点”、“名录”没有');
    expect(said[0]).not.toContain('汇总');
    const before = await readFileWorkbook(join(scratch, 'summarized.xlsx'));
    const after = await readFileWorkbook(out);
    const summaries = ownedSheets(before.definedNames);
    expect(summaries).toContain(SHEETS.leaderOverview);
    expect(summaries).not.toContain(SHEETS.ledger);
    expect(ownedSheets(after.definedNames).sort()).toEqual(
      [
        ...summaries,
        SHEETS.readme,
        SHEETS.items,
        SHEETS.ledger,
        SHEETS.milestones,
        SHEETS.lists,
        SHEETS.importLog,
      ].sort(),
    );
    for (const sheet of summaries)
      expect(after.grid(sheet)?.rows).toEqual(before.grid(sheet)?.rows);
  });

  it('refuses a 台账 whose header is not our ledger’s, as before, writing nothing', () => {
    const { result, out } = foreignHeader;
    expect(result.code, result.stderr).toBe(2);
    expect(honestRefusal(result.stderr)).toEqual([]);
    expect(result.stderr).toMatch(/“台账”等工作表没有整改台账助手留下的标记.*未写入任何内容/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses, naming it, a 说明 that is the user’s own: it is not adopted, nothing written', () => {
    const { result, out } = userReadme;
    expect(result.code, result.stderr).toBe(2);
    expect(honestRefusal(result.stderr)).toEqual([]);
    expect(result.stderr).toMatch(/工作表“说明”不是整改台账助手生成的，不会被覆盖/);
    expect(existsSync(out)).toBe(false);
  });
});
