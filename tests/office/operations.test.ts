import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { createOfficeOperations } from '../../src/office/office-operations';
import { failureReason } from '../../src/taskpane/model/failure';
import { englishWordsIn } from '../support/catalogue-words';
import { ExcelDouble, OfficeDouble, PAYLOAD_LIMIT_BYTES } from '../support/excel-double';
import { TODAY, bigList, seedList, setup } from './fixtures';

describe('operations on the Excel double', () => {
  it('导入清单 builds the ledger workbook on a fresh workbook in two requests', async () => {
    const { excel, operations } = setup();
    expect(await operations.inspectWorkbook()).toEqual({ hasLedger: false, ledgerRows: 0 });
    excel.resetRequests();
    const outcome = await operations.importList(seedList(), { today: TODAY });
    // One look-and-read, one write: nothing existed, so there is nothing to back up.
    expect(excel.syncCount).toBe(2);
    expect(outcome.sheets.find((s) => s.name === SHEETS.ledger)?.rows).toBe(89);
    expect(outcome.changes).toEqual([]);
    expect(await operations.inspectWorkbook()).toMatchObject({ hasLedger: true, ledgerRows: 89 });
  });

  it('导入清单 again merges into the ledger it made and keeps what the user typed', async () => {
    const { excel, operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    // A user writes progress into 台账!J5: the re-import keeps it where it is.
    excel.workbook.sheet(SHEETS.ledger).ensureCell(4, 9).value = '已召开专题会议部署';
    const before = excel.workbook.valuesOf(SHEETS.ledger, 'A1:M90');
    const again = await operations.importList(seedList(), { today: TODAY });
    expect(again.changes[0]).toMatch(/问题：新增 0，移除 0/);
    expect(again.sheets.map((s) => s.name)).toContain(SHEETS.importLog);
    expect(excel.workbook.valuesOf(SHEETS.ledger, 'A1:M90')).toEqual(before);
    expect(excel.workbook.sheetNames()).toEqual([
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
    const { excel, operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    excel.workbook.deleteSheet(excel.workbook.sheet(SHEETS.ledger));
    const again = await operations.importList(seedList(), { today: TODAY });
    expect(again.changes[0]).toMatch(/没有用户填写的内容被覆盖/);
    expect(excel.workbook.sheetNames()).toContain(SHEETS.ledger);
    expect(excel.workbook.sheetNames()).not.toContain(SHEETS.importLog);
  });

  it("leaves the user's own sheets untouched", async () => {
    const { excel, operations } = setup({ sheets: ['我的工作', '备注'] });
    excel.workbook.sheet('我的工作').ensureCell(0, 0).value = '=台账!A1 是我写的';
    excel.workbook.sheet('备注').ensureCell(2, 3).value = 42;
    await operations.importList(seedList(), { today: TODAY });
    await operations.refreshMarks();
    await operations.validateLedger({ today: TODAY, staleDays: 90, writeSheet: false });
    expect(excel.workbook.sheetNames().slice(0, 2)).toEqual(['我的工作', '备注']);
    expect(excel.workbook.valuesOf('我的工作', 'A1')).toEqual([['=台账!A1 是我写的']]);
    expect(excel.workbook.valuesOf('备注', 'D3')).toEqual([[42]]);
    expect(excel.workbook.sheet('我的工作').formats).toEqual([]);
  });

  it('校验台账 returns the report the core computes from the sheets as Excel reports them', async () => {
    const { operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    const report = await operations.validateLedger({
      today: TODAY,
      staleDays: 90,
      writeSheet: false,
    });
    expect(report.today).toBe(TODAY);
    expect(report.errors).toBe(report.issues.filter((i) => i.severity === 'error').length);
    // Deadlines were read back as dates: the overdue rule fires on rows due 2022-12-31.
    expect(report.issues.some((i) => i.code === 'overdue-no-progress' && i.value === '')).toBe(
      true,
    );
    expect(report.issues.filter((i) => i.code.includes('date') && i.severity === 'error')).toEqual(
      [],
    );
  });

  it('逾期概览 counts overdue and due-soon measures from the ledger as Excel reports it', async () => {
    const { excel, operations } = setup();
    await expect(operations.overdueOverview({ today: TODAY, dueSoonDays: 30 })).rejects.toThrow(
      /没有“台账”工作表/,
    );
    await operations.importList(seedList(), { today: TODAY });
    const overview = await operations.overdueOverview({ today: TODAY, dueSoonDays: 30 });
    expect(overview.today).toBe(TODAY);
    expect(overview.overdue).toBe(overview.mostOverdue.length);
    expect(overview.overdue).toBeGreaterThan(0);
    const top = overview.mostOverdue[0];
    expect(top?.daysOverdue).toBeGreaterThanOrEqual(overview.mostOverdue.at(-1)?.daysOverdue ?? 0);
    // A user marks the most overdue row done: it leaves the overview.
    const statusColumn = 7;
    excel.workbook.sheet(SHEETS.ledger).ensureCell((top?.row ?? 1) - 1, statusColumn).value =
      '已完成';
    const after = await operations.overdueOverview({ today: TODAY, dueSoonDays: 30 });
    expect(after.overdue).toBe(overview.overdue - 1);
  });

  it('生成领导汇总 writes 领导汇总 and leader sheets, re-runs in place and retires stale ones', async () => {
    const { excel, operations } = setup({ sheets: ['我的表'] });
    await operations.importList(seedList(), { today: TODAY });
    const sheets = await operations.buildSummaries({ today: TODAY });
    expect(sheets[0]?.name).toBe(SHEETS.leaderOverview);
    const names = excel.workbook.sheetNames();
    expect(names).toEqual(expect.arrayContaining(sheets.map((s) => s.name)));
    expect(names[0]).toBe('我的表');

    // A leader disappears from the ledger: that leader's sheet is retired on the next run.
    const leader = sheets[1]?.name.replace('汇总-', '') ?? '';
    // Renamed in 名录 too: a name 名录 does not list gets no sheet of its own.
    for (const name of [SHEETS.ledger, SHEETS.lists])
      for (const row of excel.workbook.sheet(name).cells)
        for (const cell of row ?? [])
          if (cell && typeof cell.value === 'string' && cell.value.includes(leader))
            cell.value = cell.value.replaceAll(leader, '新领导');
    const again = await operations.buildSummaries({ today: TODAY });
    expect(again.map((s) => s.name)).not.toContain(`汇总-${leader}`);
    expect(excel.workbook.findSheet(`汇总-${leader}`)).toBeUndefined();
    expect(excel.workbook.findSheet('汇总-新领导')).toBeDefined();
    expect(excel.workbook.sheetNames()[0]).toBe('我的表');
  });

  it('校验台账 with writeSheet writes the owned 校验结果 sheet', async () => {
    const { excel, operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    const report = await operations.validateLedger({
      today: TODAY,
      staleDays: 90,
      writeSheet: true,
    });
    const sheet = excel.workbook.sheet(SHEETS.validation);
    const links = [...sheet.hyperlinks.values()].filter((l) => l.documentReference !== undefined);
    expect(links).toHaveLength(report.issues.filter((i) => i.cell !== '').length);
    expect(sheet.cells.flat().some((c) => c?.formula?.startsWith('=HYPERLINK('))).toBe(false);
    expect(excel.workbook.names.map((n) => excel.workbook.nameFormula(n))).toContain(
      `=${SHEETS.validation}!$A$1`,
    );
  });

  it('刷新逾期标记 restores removed conditional formats and validations', async () => {
    const { excel, operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    const ledger = excel.workbook.sheet(SHEETS.ledger);
    const formats = ledger.conditionalFormats.map((f) => f.formula);
    const validations = ledger.validations.length;
    ledger.conditionalFormats = [];
    ledger.validations = [];
    excel.resetRequests();
    await operations.refreshMarks();
    expect(ledger.conditionalFormats.map((f) => f.formula)).toEqual(formats);
    expect(ledger.validations).toHaveLength(validations);
    expect(excel.syncCount).toBe(3);
    // Twice in a row does not pile up rules.
    await operations.refreshMarks();
    expect(ledger.conditionalFormats).toHaveLength(formats.length);
  });

  it('刷新逾期标记 refuses a 台账 the product did not make', async () => {
    const { excel, operations } = setup({ sheets: ['台账'] });
    await expect(operations.refreshMarks()).rejects.toThrow(/不是整改台账助手生成的/);
    expect(excel.workbook.sheet('台账').conditionalFormats).toEqual([]);
  });

  it('selects a cell for the task pane and explains a missing sheet', async () => {
    const { excel, operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    await operations.selectCell(SHEETS.ledger, 'H12');
    expect(excel.workbook.selection).toEqual({ sheet: SHEETS.ledger, address: 'H12' });
    expect(excel.workbook.activeSheet?.name).toBe(SHEETS.ledger);
    await expect(operations.selectCell('不存在', 'A1')).rejects.toThrow(/找不到工作表“不存在”/);
  });

  it('keeps settings in 说明!B5:B6, not in the document settings', async () => {
    const { excel, operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    await operations.saveSettings({ dueSoonDays: 60, staleDays: 120 });
    const readme = excel.workbook.sheet(SHEETS.readme);
    expect([readme.cell(4, 1)?.value, readme.cell(5, 1)?.value]).toEqual([60, 120]);
    expect(await operations.loadSettings()).toEqual({
      dueSoonDays: 60,
      staleDays: 120,
      found: true,
    });
    // The rows moved by the user: B5 is no longer beside its label, so nothing is written there.
    readme.ensureCell(4, 0).value = '我的备注';
    const before = excel.workbook.snapshot();
    await expect(operations.saveSettings({ dueSoonDays: 45, staleDays: 120 })).rejects.toThrow(
      /不再是“临期提醒天数”.*未做任何修改/,
    );
    expect(excel.workbook.snapshot()).toEqual(before);
  });

  it('says in English that settings need the ledger first', async () => {
    const excel = new ExcelDouble(['Sheet1'], { delayForCellEdit: false });
    const office = new OfficeDouble(excel, { excelApi: '1.8', displayLanguage: 'en-US' });
    const operations = createOfficeOperations({
      run: excel.run,
      office: office.global,
      now: () => 'x',
    });
    const message = await operations.saveSettings({ dueSoonDays: 60, staleDays: 90 }).then(
      () => 'saved',
      (e: Error) => e.message,
    );
    expect(message).toMatch(/no "说明" sheet .* import the rectification list first/);
    expect(message.replace('说明', '')).not.toMatch(/\p{Script=Han}/u);
  });

  it('gives a pre-1.8 Excel a clear message and touches nothing', async () => {
    const { excel, operations } = setup({ excelApi: '1.7' });
    for (const attempt of [
      () => operations.importList(seedList(), { today: TODAY }),
      () => operations.validateLedger({ today: TODAY, staleDays: 90, writeSheet: true }),
      () => operations.refreshMarks(),
      () => operations.inspectWorkbook(),
    ])
      await expect(attempt()).rejects.toSatisfy(
        (e: Error) =>
          /需要 ExcelApi 1\.8 及以上/.test(e.message) && englishWordsIn(e.message) === null,
      );
    expect(excel.syncCount).toBe(0);
    expect(excel.workbook.sheetNames()).toEqual(['Sheet1']);
  });

  it('tells a pre-1.8 Excel with an English UI in English', async () => {
    const { operations } = setup({ excelApi: '1.7', displayLanguage: 'en-US' });
    const said = await operations.inspectWorkbook().then(
      () => 'inspected',
      (e: unknown) => failureReason(e, 'en'),
    );
    expect(said).toMatch(/^This version of Excel is too old: .* needs ExcelApi 1\.8 or later/);
    expect(said).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('operations on a 100,000-row ledger', () => {
  it('stay under the request and response limits with a sync count set by bytes, not rows', async () => {
    const small = setup();
    await small.operations.importList(bigList(100), { today: TODAY });
    const big = setup();
    await big.operations.importList(bigList(100_000), { today: TODAY });
    expect(big.excel.workbook.sheet(SHEETS.ledger).usedRect(true)?.bottom).toBe(100_000 + 2); // title row and 填报 line

    const limits = (e: typeof big.excel) => {
      for (const r of e.requests) {
        expect(r.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
        expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
        expect(r.failed).toBeUndefined();
      }
    };
    limits(big.excel);
    // The import writes in requests of up to ~4 MB: their number follows the bytes written.
    const written = big.excel.requests.reduce((n, r) => n + r.requestBytes, 0);
    expect(big.excel.syncCount).toBeLessThanOrEqual(3 + Math.ceil(written / 3_000_000));

    // 刷新逾期标记 writes the same few rules whatever the size: same syncs as for 100 rows.
    small.excel.resetRequests();
    big.excel.resetRequests();
    await small.operations.refreshMarks();
    await big.operations.refreshMarks();
    expect(big.excel.syncCount).toBe(small.excel.syncCount);
    limits(big.excel);

    // 校验台账 reads in chunks sized from the bytes seen, each response under the limit.
    big.excel.resetRequests();
    const report = await big.operations.validateLedger({
      today: TODAY,
      staleDays: 90,
      writeSheet: false,
    });
    limits(big.excel);
    const read = big.excel.requests.reduce((n, r) => n + r.responseBytes, 0);
    expect(big.excel.syncCount).toBeLessThanOrEqual(3 + Math.ceil(read / 2_500_000));
    expect(report.issues.filter((i) => i.code === 'stale')).toHaveLength(100_000);

    // 生成领导汇总 and 逾期概览 read the same way and write little.
    big.excel.resetRequests();
    await big.operations.buildSummaries({ today: TODAY });
    limits(big.excel);
    const overview = await big.operations.overdueOverview({ today: TODAY, dueSoonDays: 30 });
    limits(big.excel);
    expect(overview.overdue + overview.dueSoon).toBe(0);
  });
});
