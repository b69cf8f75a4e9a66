import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { TODAY, seedList } from '../office/fixtures';
import { HOSTS, excelHost, wpsHost } from './hosts';
import { LEDGER_HEADER_ROW as H } from '../../src/core/workbook/ledger-layout';

/**
 * The operations the ribbon and the task pane share, written once and run on both hosts: Excel
 * through the Office double and WPS表格 through the ET double.
 */
describe.each(HOSTS)('operations on $name', ({ create }) => {
  it('导入清单 builds the ledger workbook on a fresh workbook', async () => {
    const host = create();
    expect(await host.operations.inspectWorkbook()).toEqual({ hasLedger: false, ledgerRows: 0 });
    const outcome = await host.operations.importList(seedList(), { today: TODAY });
    expect(outcome.sheets.map((s) => s.name)).toEqual(['说明', '清单', '台账', '时间节点', '名录']);
    expect(outcome.sheets.find((s) => s.name === SHEETS.ledger)?.rows).toBe(89);
    expect(outcome.changes).toEqual([]);
    expect(await host.operations.inspectWorkbook()).toMatchObject({
      hasLedger: true,
      ledgerRows: 89,
    });
    expect((await host.operations.inspectWorkbook()).reimportLimits).toMatch(/无法保留/);
    expect(host.sheetNames()).toEqual(['Sheet1', '说明', '清单', '台账', '时间节点', '名录']);
    expect(host.ownershipTargets()).toEqual(['说明', '清单', '台账', '时间节点', '名录']);
    // Title row and 填报 line above the header.
    expect(host.value(SHEETS.ledger, 0, 0)).toMatch(/整改台账$/);
    expect(host.value(SHEETS.ledger, H, 0)).toBe('问题序号');
  });

  it('导入清单 again merges into the ledger it made and keeps what the user typed', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    host.type(SHEETS.ledger, 4, 9, '已召开专题会议部署');
    const again = await host.operations.importList(seedList(), { today: TODAY });
    expect(again.changes[0]).toMatch(/问题：新增 0，移除 0/);
    expect(again.sheets.map((s) => s.name)).toContain(SHEETS.importLog);
    expect(host.value(SHEETS.ledger, 4, 9)).toBe('已召开专题会议部署');
    expect(host.sheetNames()).toEqual([
      'Sheet1',
      '说明',
      '清单',
      '台账',
      '时间节点',
      '名录',
      SHEETS.importLog,
    ]);
  });

  it('导入清单 rebuilds with the plain import when the user deleted the 台账 it made', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    host.deleteSheet(SHEETS.ledger);
    const again = await host.operations.importList(seedList(), { today: TODAY });
    expect(again.changes[0]).toMatch(/没有用户填写的内容被覆盖/);
    expect(host.sheetNames()).toContain(SHEETS.ledger);
    expect(host.sheetNames()).not.toContain(SHEETS.importLog);
  });

  it("stops before changing anything when a user's sheet holds a name it needs", async () => {
    const host = create(['台账']);
    host.type('台账', 0, 0, '我的台账');
    await expect(host.operations.importList(seedList(), { today: TODAY })).rejects.toThrow(
      /不是整改台账助手生成的/,
    );
    expect(host.sheetNames()).toEqual(['台账']);
    expect(host.value('台账', 0, 0)).toBe('我的台账');
    await expect(host.operations.refreshMarks()).rejects.toThrow(/不是整改台账助手生成的/);
    expect(host.conditionalFormulas('台账')).toEqual([]);
  });

  it("leaves the user's own sheets untouched", async () => {
    const host = create(['我的工作', '备注']);
    host.type('备注', 2, 3, '我自己的备注');
    await host.operations.importList(seedList(), { today: TODAY });
    await host.operations.refreshMarks();
    await host.operations.validateLedger({ today: TODAY, staleDays: 90, writeSheet: true });
    await host.operations.buildSummaries({ today: TODAY });
    expect(host.sheetNames().slice(0, 2)).toEqual(['我的工作', '备注']);
    expect(host.value('备注', 2, 3)).toBe('我自己的备注');
    expect(host.conditionalFormulas('我的工作')).toEqual([]);
  });

  it('校验台账 reads deadlines back as dates and writes 校验结果 with a link per located issue', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    const report = await host.operations.validateLedger({
      today: TODAY,
      staleDays: 90,
      writeSheet: true,
    });
    expect(report.today).toBe(TODAY);
    expect(report.issues.some((i) => i.code === 'overdue-no-progress')).toBe(true);
    expect(report.issues.filter((i) => i.code.includes('date') && i.severity === 'error')).toEqual(
      [],
    );
    expect(host.linkCount(SHEETS.validation)).toBe(
      report.issues.filter((i) => i.cell !== '').length,
    );
    expect(host.ownershipTargets()).toContain(SHEETS.validation);
  });

  it('校验台账 finds what a user typed wrong, at its cell', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    host.type(SHEETS.ledger, 3, 7, '差不多');
    const report = await host.operations.validateLedger({
      today: TODAY,
      staleDays: 90,
      writeSheet: false,
    });
    expect(report.issues.find((i) => i.cell === 'H4' && i.severity === 'error')?.value).toBe(
      '差不多',
    );
  });

  it('逾期概览 counts overdue measures and follows what the user marks done', async () => {
    const host = create();
    await expect(
      host.operations.overdueOverview({ today: TODAY, dueSoonDays: 30 }),
    ).rejects.toThrow(/没有“台账”工作表/);
    await host.operations.importList(seedList(), { today: TODAY });
    const overview = await host.operations.overdueOverview({ today: TODAY, dueSoonDays: 30 });
    expect(overview.overdue).toBeGreaterThan(0);
    const top = overview.mostOverdue[0]!;
    host.type(SHEETS.ledger, top.row - 1, 7, '已完成');
    const after = await host.operations.overdueOverview({ today: TODAY, dueSoonDays: 30 });
    expect(after.overdue).toBe(overview.overdue - 1);
  });

  it('生成领导汇总 writes the leader sheets, re-runs in place and retires a leader no longer there', async () => {
    const host = create(['我的表']);
    await host.operations.importList(seedList(), { today: TODAY });
    const sheets = await host.operations.buildSummaries({ today: TODAY });
    expect(sheets[0]?.name).toBe(SHEETS.leaderOverview);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(sheets.map((s) => s.name)));
    const leader = sheets[1]!.name.replace('汇总-', '');
    // The leader is renamed in the ledger and in 名录 (a name not in 名录 gets no sheet).
    for (const sheet of [SHEETS.ledger, SHEETS.lists])
      for (let r = 1; r <= 89; r++)
        for (let c = 0; c < 13; c++) {
          const v = host.value(sheet, r, c);
          if (typeof v === 'string' && v.includes(leader))
            host.type(sheet, r, c, v.replaceAll(leader, '新领导'));
        }
    const again = await host.operations.buildSummaries({ today: TODAY });
    expect(again.map((s) => s.name)).not.toContain(`汇总-${leader}`);
    expect(host.sheetNames()).not.toContain(`汇总-${leader}`);
    expect(host.sheetNames()).toContain('汇总-新领导');
    expect(host.sheetNames()[0]).toBe('我的表');
  });

  it('刷新逾期标记 restores removed conditional formats and validations, without piling up', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    const formulas = host.conditionalFormulas(SHEETS.ledger);
    const validations = host.validationCount(SHEETS.ledger);
    expect(formulas.length).toBeGreaterThan(0);
    host.dropMarks(SHEETS.ledger);
    await host.operations.refreshMarks();
    expect(host.conditionalFormulas(SHEETS.ledger)).toEqual(formulas);
    expect(host.validationCount(SHEETS.ledger)).toBe(validations);
    await host.operations.refreshMarks();
    expect(host.conditionalFormulas(SHEETS.ledger)).toEqual(formulas);
  });

  it('selects a cell for the task pane and explains a missing sheet', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    await host.operations.selectCell(SHEETS.ledger, 'H12');
    expect(host.selection()).toEqual({ sheet: SHEETS.ledger, address: 'H12' });
    expect(host.activeSheet()).toBe(SHEETS.ledger);
    await expect(host.operations.selectCell('不存在', 'A1')).rejects.toThrow(
      /找不到工作表“不存在”/,
    );
  });

  it('keeps settings in the cells of 说明, checked against the core range', async () => {
    const host = create();
    // No 说明 yet: the defaults, and the pane is told they are not in the workbook.
    expect(await host.operations.loadSettings()).toEqual({
      dueSoonDays: 30,
      staleDays: 90,
      found: false,
    });
    // No ledger yet: nothing is stored anywhere else, and the user is told why.
    await expect(host.operations.saveSettings({ dueSoonDays: 60, staleDays: 90 })).rejects.toThrow(
      /还没有助手生成的“说明”工作表.*请先导入整改清单/,
    );
    expect(host.sheetNames()).toEqual(['Sheet1']);
    await host.operations.importList(seedList(), { today: TODAY });
    expect([host.value(SHEETS.readme, 4, 1), host.value(SHEETS.readme, 5, 1)]).toEqual([30, 90]);
    await host.operations.saveSettings({ dueSoonDays: 60, staleDays: 120 });
    expect(host.value(SHEETS.readme, 4, 0)).toBe('临期提醒天数');
    expect(host.value(SHEETS.readme, 4, 1)).toBe(60);
    expect(host.value(SHEETS.readme, 5, 1)).toBe(120);
    expect(await host.operations.loadSettings()).toEqual({
      dueSoonDays: 60,
      staleDays: 120,
      found: true,
    });
    const sheets = host.sheetNames();
    for (const refused of [
      { dueSoonDays: 366, staleDays: 90 },
      { dueSoonDays: 0, staleDays: 90 },
      { dueSoonDays: 30, staleDays: 3651 },
      { dueSoonDays: 2.5, staleDays: 90 },
    ])
      await expect(host.operations.saveSettings(refused)).rejects.toThrow(
        /之间的整数天数.*未做任何修改/,
      );
    expect([host.value(SHEETS.readme, 4, 1), host.value(SHEETS.readme, 5, 1)]).toEqual([60, 120]);
    expect(host.sheetNames()).toEqual(sheets);
    // Something that is not a number in the cell: the default, until the user fixes it.
    host.type(SHEETS.readme, 4, 1, '六十');
    expect(await host.operations.loadSettings()).toEqual({
      dueSoonDays: 30,
      staleDays: 120,
      found: true,
    });
  });

  it('counts a row due in 45 days as due soon once the user types 60 into 说明!B5', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    for (let row = H + 1; row <= H + 89; row++) host.type(SHEETS.ledger, row, 6, '2025-12-31');
    host.type(SHEETS.ledger, H + 1, 6, '2025-02-15'); // 45 days after TODAY (2025-01-01)
    const dueSoon = async () => {
      await host.operations.buildSummaries({ today: TODAY });
      const header = host.value(SHEETS.leaderOverview, 4, 9);
      let row = 5;
      while (host.value(SHEETS.leaderOverview, row, 0) !== '合计') row++;
      return { header, total: host.value(SHEETS.leaderOverview, row, 9) };
    };
    expect(await dueSoon()).toEqual({ header: '30天内到期', total: 0 });
    host.type(SHEETS.readme, 4, 1, 60);
    expect(await dueSoon()).toEqual({ header: '60天内到期', total: 1 });
  });

  it('导入清单 again keeps the numbers the user set in 说明', async () => {
    const host = create();
    await host.operations.importList(seedList(), { today: TODAY });
    await host.operations.saveSettings({ dueSoonDays: 45, staleDays: 100 });
    await host.operations.importList(seedList(), { today: TODAY });
    expect([host.value(SHEETS.readme, 4, 1), host.value(SHEETS.readme, 5, 1)]).toEqual([45, 100]);
    expect(host.conditionalFormulas(SHEETS.ledger).join()).toContain("'说明'!$B$5");
  });
});

describe('both hosts read the same grids', () => {
  it('give the same validation report, overview and summaries for the same ledger', async () => {
    const excel = excelHost();
    const wps = wpsHost();
    for (const host of [excel, wps]) {
      await host.operations.importList(seedList(), { today: TODAY });
      host.type(SHEETS.ledger, 3, 7, '差不多');
      host.type(SHEETS.ledger, 5, 9, '已完成部分整改');
    }
    const run = async (host: typeof excel) => ({
      report: await host.operations.validateLedger({
        today: TODAY,
        staleDays: 90,
        writeSheet: false,
      }),
      overview: await host.operations.overdueOverview({ today: TODAY, dueSoonDays: 30 }),
      summaries: await host.operations.buildSummaries({ today: TODAY }),
    });
    const [a, b] = [await run(excel), await run(wps)];
    expect(b.report).toEqual(a.report);
    expect(b.overview).toEqual(a.overview);
    expect(b.summaries).toEqual(a.summaries);
    expect(wps.sheetNames()).toEqual(excel.sheetNames());
    // The same rules in the same order (the first true one wins).
    for (const sheet of [SHEETS.ledger, SHEETS.milestones])
      expect(wps.conditionalFormulas(sheet)).toEqual(excel.conditionalFormulas(sheet));
  });
});
