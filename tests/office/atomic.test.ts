import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import type { RectifyOperations } from '../../src/operations/contract';
import { createOfficeOperations } from '../../src/office/office-operations';
import { reviseSeed, seedList } from '../core/merge/revision';
import { ExcelDouble, OfficeDouble } from '../support/excel-double';
import { fillUserLedger, missingUserValues } from '../support/excel-double/user-ledger';
import { USER_SHEET } from '../support/user-ledger';

/**
 * Every operation that writes, with a failure injected at each of its requests in turn, on a ledger
 * full of user values: afterwards the workbook is exactly the workbook before, or exactly the
 * finished result — never a mix — and the user is told what happened.
 */

const TODAY = '2026-11-29';

function host(excel: ExcelDouble, excelApi = '1.8') {
  const office = new OfficeDouble(excel, { excelApi });
  const operations = createOfficeOperations({
    run: excel.run,
    office: office.global,
    now: () => '2026-11-29 08:00',
  });
  return { office, operations };
}

/** The user's workbook: the ledger imported and typed into, checked, summarised, and a sheet of their own. */
async function usersWorkbook() {
  const excel = new ExcelDouble(['Sheet1']);
  const { operations } = host(excel);
  await operations.importList(seedList(), { today: TODAY });
  const values = await fillUserLedger(excel);
  await operations.validateLedger({ today: TODAY, staleDays: 30, writeSheet: true });
  await operations.buildSummaries({ today: TODAY });
  excel.resetRequests();
  return { excel, operations, values };
}

/** The user's workbook after someone deleted the ledger's highlights and drop-downs. */
async function marksRemoved() {
  const start = await usersWorkbook();
  for (const name of [SHEETS.ledger, SHEETS.milestones]) {
    const sheet = start.excel.workbook.sheet(name);
    sheet.conditionalFormats = [];
    sheet.validations = [];
  }
  return start;
}

/** A workbook that has only the user's own sheet: the first import. */
async function emptyWorkbook() {
  const excel = new ExcelDouble(['Sheet1']);
  await excel.run(async (context) => {
    context.workbook.worksheets.add(USER_SHEET).getRange('A1:B1').values = [['我的', '=1+1']];
    await context.sync();
  });
  return { excel, operations: host(excel).operations, values: [] };
}

interface Scenario {
  readonly name: string;
  readonly start: typeof usersWorkbook;
  readonly act: (operations: RectifyOperations) => Promise<unknown>;
}

const revision = reviseSeed(seedList()).list;

const SCENARIOS: Scenario[] = [
  {
    name: '导入清单 (first import)',
    start: emptyWorkbook,
    act: (o) => o.importList(seedList(), { today: TODAY }),
  },
  {
    name: '导入清单 (re-import of a revised list)',
    start: usersWorkbook,
    act: (o) => o.importList(revision, { today: TODAY }),
  },
  {
    name: '校验台账 with the 校验结果 sheet',
    start: usersWorkbook,
    act: (o) => o.validateLedger({ today: '2026-12-30', staleDays: 10, writeSheet: true }),
  },
  {
    name: '生成领导汇总',
    start: usersWorkbook,
    act: (o) => o.buildSummaries({ today: '2026-12-30' }),
  },
  { name: '刷新逾期标记', start: marksRemoved, act: (o) => o.refreshMarks() },
  {
    name: '设置 (说明!B5:B6)',
    start: usersWorkbook,
    act: (o) => o.saveSettings({ dueSoonDays: 60, staleDays: 120 }),
  },
];

describe('writing operations are atomic (a failure at every request)', () => {
  for (const scenario of SCENARIOS)
    it(scenario.name, async () => {
      const clean = await scenario.start();
      const before = clean.excel.workbook.snapshot();
      await scenario.act(clean.operations);
      const finished = clean.excel.workbook.snapshot();
      const syncs = clean.excel.syncCount;
      expect(finished).not.toEqual(before);
      expect(syncs).toBeGreaterThan(0);

      const actions = clean.excel.requests.map((r) => r.actions);
      // Each request fails whole (a lost connection), then after half its actions (an action
      // Excel refuses mid-batch: Office.js keeps what came before it).
      const faults = actions.flatMap((n, i) => [
        { at: i + 1, applyFirst: 0 },
        { at: i + 1, applyFirst: Math.floor(n / 2) },
      ]);
      for (const { at, applyFirst } of faults) {
        const run = await scenario.start();
        expect(run.excel.workbook.snapshot()).toEqual(before);
        run.excel.failSyncAt(at, applyFirst > 0 ? 'InvalidArgument' : undefined, applyFirst);
        let message: string | null = null;
        try {
          await scenario.act(run.operations);
        } catch (error) {
          message = (error as Error).message;
        }
        const after = run.excel.workbook.snapshot();
        const state = JSON.stringify(after) === JSON.stringify(before) ? 'before' : 'finished';
        if (state === 'before') {
          expect(message, `sync ${at} of ${syncs}: the user is told`).toMatch(/没有内容丢失/);
          expect(missingUserValues(run.excel, run.values)).toEqual([]);
        } else {
          expect(after, `sync ${at} of ${syncs}: neither before nor finished`).toEqual(finished);
          expect(message).toBeNull();
        }
      }
    });
});

describe('a restore that fails too', () => {
  it('leaves the backups visible and names them in the message', async () => {
    const clean = await marksRemoved();
    await clean.operations.refreshMarks();
    // look, write, remove backups: fail the write, then the restore's second request.
    expect(clean.excel.syncCount).toBe(3);
    const run = await usersWorkbook();
    // The write fails after its backups were made and some writing was done; the restore fails.
    run.excel.failSyncAt(2, 'InvalidArgument', 40);
    run.excel.failSyncAt(4);
    const error = await run.operations.refreshMarks().then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/恢复也未能完成/);
    const backups = run.excel.workbook.sheets.filter((s) => s.name.startsWith('RECTIFY_'));
    expect(backups.map((s) => s.visibility)).toEqual(['Visible', 'Visible']);
    for (const b of backups) expect(error?.message).toContain(b.name);
    expect(error?.message).toContain('原“台账”');
    // The backup holds everything the user typed.
    const ledgerBackup = backups.find((b) => error?.message.includes(`“${b.name}”（原“台账”）`));
    expect(ledgerBackup?.cell(1, 9)?.value).toMatch(/^第1行进展/);
  });
});

describe('cell-edit mode', () => {
  it('waits for the user to leave the cell where Excel can delay the batch', async () => {
    const { excel, operations } = await usersWorkbook();
    const before = excel.workbook.snapshot();
    excel.enterCellEdit();
    let done = false;
    const running = operations.refreshMarks().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(excel.delayedBatches).toBe(1);
    expect(excel.workbook.snapshot()).toEqual(before);
    excel.leaveCellEdit();
    await running;
    expect(done).toBe(true);
    expect(excel.runs.at(-1)).toEqual({ delayForCellEdit: true });
  });

  it('says press Enter or Esc, and writes nothing, where Excel cannot delay it', async () => {
    const excel = new ExcelDouble(['Sheet1'], { delayForCellEdit: false });
    const { operations } = host(excel);
    await operations.importList(seedList(), { today: TODAY });
    const before = excel.workbook.snapshot();
    excel.enterCellEdit();
    for (const act of [
      () => operations.refreshMarks(),
      () => operations.buildSummaries({ today: TODAY }),
      () => operations.importList(seedList(), { today: TODAY }),
    ])
      await expect(act()).rejects.toThrow(/按回车键（确认输入）或 Esc 键（取消输入）.*没有被修改/);
    expect(excel.workbook.snapshot()).toEqual(before);
    excel.leaveCellEdit();
    await operations.refreshMarks();
  });

  it('asks for one undo group only where ExcelApi 1.20 is present', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await host(excel, '1.20').operations.importList(seedList(), { today: TODAY });
    await host(excel, '1.19').operations.refreshMarks();
    expect(excel.runs).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true },
    ]);
  });
});

describe('in English', () => {
  it('tells an English Excel what happened in English', async () => {
    const excel = new ExcelDouble(['Sheet1'], { delayForCellEdit: false });
    const office = new OfficeDouble(excel, { excelApi: '1.8', displayLanguage: 'en-US' });
    const operations = createOfficeOperations({
      run: excel.run,
      office: office.global,
      now: () => 'x',
    });
    await operations.importList(seedList(), { today: TODAY });
    excel.enterCellEdit();
    const edit = await operations.refreshMarks().catch((e: Error) => e.message);
    excel.leaveCellEdit();
    excel.failSyncAt(2);
    const failed = await operations.refreshMarks().catch((e: Error) => e.message);
    for (const message of [edit, failed]) {
      expect(message).toMatch(/nothing was lost/i);
      expect(message).not.toMatch(/\p{Script=Han}/u);
    }
    expect(edit).toMatch(/Press Enter .* or Esc/);
    expect((await operations.inspectWorkbook()).reimportLimits).toMatch(/cannot keep notes/);
  });
});
