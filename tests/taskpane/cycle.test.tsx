// @vitest-environment happy-dom
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import './support/no-web-animations';
import type { ReturnedWorkbook } from '../../src/core/cycle';
import type { Grid } from '../../src/core/grid';
import { parseList } from '../../src/core/list/parse';
import { collectPlanned } from '../../src/office/cycle-collect';
import { createOfficeCycleOperations } from '../../src/office/cycle-operations';
import { App } from '../../src/taskpane/components/App';
import { unitWorkbooks } from '../../src/taskpane/cycle/split';
import { EMBEDDED_LIST_TEXT } from '../../src/taskpane/embedded-list';
import { failureReason } from '../../src/taskpane/model/failure';
import { cycleOperationsFor, type HostInfo } from '../../src/taskpane/host-info';
import { en } from '../../src/taskpane/i18n/en';
import { zh } from '../../src/taskpane/i18n/zh';
import { readWorkbook } from '../../src/xlsx/reader';
import { editWithOpenpyxl, rowsByHeader, readBack } from '../cycle/support';
import { englishWordsIn } from '../support/catalogue-words';
import { createDoubleHost } from '../support/excel-double';

const TODAY = '2026-11-30';
const LIST = parseList(EMBEDDED_LIST_TEXT);

afterEach(cleanup);

async function ledgerHost(options: { imported?: boolean; english?: boolean } = {}) {
  const host = createDoubleHost(options.english ? { displayLanguage: 'en-US' } : {});
  if (options.imported ?? true) await host.operations.importList(LIST, { today: TODAY });
  const cycle = createOfficeCycleOperations({ run: host.excel.run, office: host.office.global });
  return { ...host, cycle };
}

/** The unit file's 台账 with one cell changed, as the core's collect takes a returned file. */
function withCell(returned: ReturnedWorkbook, row: number, header: string, value: string) {
  if ('unreadable' in returned) throw new Error('unreadable');
  const grid = returned.snapshot.grid('台账') as Grid;
  const column = (grid.rows[0] ?? []).indexOf(header);
  const rows = grid.rows.map((r, i) => {
    if (i !== row) return r;
    // Rows end at their last value: widen to the header first.
    const cells = Array.from({ length: Math.max(r.length, column + 1) }, (_, j) => r[j] ?? null);
    cells[column] = value;
    return cells;
  });
  const changed: Grid = { sheet: '台账', rows };
  return {
    ...returned,
    snapshot: {
      sheetNames: returned.snapshot.sheetNames,
      grid: (name: string) => (name === '台账' ? changed : returned.snapshot.grid(name)),
    },
  };
}

const masterCell = (excel: ReturnType<typeof createDoubleHost>['excel'], address: string) =>
  excel.workbook.cellAt('台账', address)?.value ?? null;

describe('the cycle operations on the open workbook (Excel double)', () => {
  it('previews without writing, writes what was previewed, refuses a stale preview', async () => {
    const { excel, cycle } = await ledgerHost();
    const ledger = await cycle.readLedger();
    expect(ledger.hasLedger).toBe(true);
    const files = await unitWorkbooks(ledger, TODAY, new Date('2026-11-30T09:00:00'));
    expect(files.length).toBeGreaterThan(3);
    const file = files.find((f) => f.rows >= 2)!;
    const reading = readWorkbook(file.bytes);
    const names = reading.definedNames.map((n) => ({ name: n.name, reference: n.reference }));
    const returned = withCell(
      { file: file.fileName, names, snapshot: reading },
      1,
      '整改进展',
      '已完成排查',
    );

    const before = JSON.stringify(excel.workbook.snapshot());
    const planned = collectPlanned(ledger, [returned], TODAY);
    expect(planned.outcome.verdict).toBe('clean');
    expect(planned.outcome.writes).toHaveLength(1);
    expect(JSON.stringify(excel.workbook.snapshot())).toBe(before);

    const written = await cycle.collect([returned], { today: TODAY, preview: planned.outcome });
    expect(written.cells).toBe(1);
    const w = planned.outcome.writes[0]!;
    const address = `${String.fromCharCode(65 + w.column)}${w.row + 1}`;
    expect(masterCell(excel, address)).toBe('已完成排查');
    expect(excel.workbook.sheetNames()).toContain('回收记录');
    expect(excel.workbook.sheetNames().filter((s) => s.startsWith('RECTIFY_'))).toEqual([]);

    // A second collect previewed, then the master changes the same cell before the confirm.
    const again = withCell(returned, 1, '整改进展', '单位再次填写');
    const stale = collectPlanned(await cycle.readLedger(), [again], TODAY);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange(address).values = [['办公室改了']];
      await context.sync();
    });
    const edited = JSON.stringify(excel.workbook.snapshot());
    await expect(cycle.collect([again], { today: TODAY, preview: stale.outcome })).rejects.toThrow(
      /预览之后台账已有改动/,
    );
    expect(JSON.stringify(excel.workbook.snapshot())).toBe(edited);
  });

  it('offers Excel.createWorkbook only where the host has it', async () => {
    const { excel, office } = await ledgerHost({ imported: false });
    expect(
      createOfficeCycleOperations({ run: excel.run, office: office.global }).openWorkbook,
    ).toBe(null);
    const opened: string[] = [];
    const cycle = createOfficeCycleOperations({
      run: excel.run,
      office: office.global,
      createWorkbook: async (base64?: string) => {
        opened.push(base64 ?? '');
      },
    });
    await cycle.openWorkbook!('UEsDBA==');
    expect(opened).toEqual(['UEsDBA==']);
  });
});

describe('the cycle bridge (host.ts)', () => {
  const info = (host: 'excel' | 'wps'): HostInfo => ({
    host,
    status: { kind: 'excel' },
    displayLanguage: 'zh-CN',
    officeJsMissing: false,
    bodyBackgroundColor: null,
  });

  it('is the Office.js shell over the page globals in Excel, none in WPS', async () => {
    const { excel, office } = await ledgerHost({ imported: false });
    const scope = { Office: office.global, Excel: { run: excel.run } };
    expect(cycleOperationsFor(info('wps'), scope)).toBeNull();
    expect(cycleOperationsFor(info('excel'), {})).toBeNull();
    const cycle = cycleOperationsFor(info('excel'), scope);
    expect(cycle?.openWorkbook).toBeNull();
    expect((await cycle!.readLedger()).hasLedger).toBe(false);
    const withCreate = { ...scope, Excel: { run: excel.run, createWorkbook: async () => {} } };
    expect(typeof cycleOperationsFor(info('excel'), withCreate)?.openWorkbook).toBe('function');
  });
});

function renderCycle(
  operations: Awaited<ReturnType<typeof ledgerHost>>,
  options: { english?: boolean; cycle?: null } = {},
) {
  const host: HostInfo = {
    host: 'excel',
    status: { kind: 'excel' },
    displayLanguage: options.english ? 'en-US' : 'zh-CN',
    officeJsMissing: false,
    bodyBackgroundColor: null,
  };
  return render(
    <App
      host={host}
      operations={operations.operations}
      cycle={options.cycle === null ? null : operations.cycle}
      strings={options.english ? en : zh}
      clock={() => TODAY}
      embeddedText={EMBEDDED_LIST_TEXT}
    />,
  );
}

describe('分发与回收 tab', () => {
  it('says there is no ledger yet, and offers the way to the import', async () => {
    const host = await ledgerHost({ imported: false });
    const user = userEvent.setup();
    renderCycle(host);
    await user.click(screen.getByRole('tab', { name: '分发' }));
    expect(await screen.findByText('工作簿中还没有台账')).toBeTruthy();
    expect(screen.getByText(/^每月一轮/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '生成单位文件' }));
    await waitFor(() => expect(screen.queryByTestId('cycle-split-done')).toBeNull());
    await user.click(screen.getByRole('button', { name: '前往导入' }));
    expect(screen.getByRole('tab', { name: '导入' }).getAttribute('aria-selected')).toBe('true');
  });

  it('says plainly that the cycle is not available in WPS yet', async () => {
    const host = await ledgerHost({ imported: false, english: true });
    const user = userEvent.setup();
    renderCycle(host, { english: true, cycle: null });
    await user.click(screen.getByRole('tab', { name: 'Cycle' }));
    expect(screen.getByTestId('cycle-unavailable').textContent).toContain('not available in WPS');
    expect(screen.queryByRole('button', { name: 'Make unit files' })).toBeNull();
  });

  it('splits into downloads, previews a returned file, writes only on confirm', async () => {
    const host = await ledgerHost();
    const user = userEvent.setup();
    renderCycle(host);
    await user.click(screen.getByRole('tab', { name: '分发' }));
    await user.click(screen.getByRole('button', { name: '生成单位文件' }));
    const done = await screen.findByTestId('cycle-split-done', {}, { timeout: 20_000 });
    const links = within(done).getAllByRole('link');
    expect(links.length).toBeGreaterThan(3);
    expect(links.every((l) => /^台账-.+\.xlsx$/.test(l.getAttribute('download') ?? ''))).toBe(true);

    // The unit's file as it comes back: progress typed with openpyxl.
    const ledger = await host.cycle.readLedger();
    const file = (await unitWorkbooks(ledger, TODAY, new Date())).find((f) => f.rows >= 2)!;
    const dir = await mkdtemp(join(tmpdir(), 'rectify-pane-cycle-'));
    const path = join(dir, file.fileName);
    await writeFile(path, file.bytes);
    const first = rowsByHeader((await readBack(path)).sheets['台账'] ?? [])[0]!;
    await editWithOpenpyxl(path, [
      {
        op: 'set',
        item: Number(first['问题序号']),
        measure: String(first['措施序号']),
        column: '整改进展',
        value: '单位报送的进展',
      },
    ]);
    const picked = new File([await readFile(path)], file.fileName);
    const input = screen.getByTestId('cycle-returned-files');
    const before = JSON.stringify(host.excel.workbook.snapshot());

    fireEvent.change(input, { target: { files: [picked] } });
    const preview = await screen.findByTestId('cycle-preview', {}, { timeout: 20_000 });
    expect(preview.querySelectorAll('[data-kind="taken"]')).toHaveLength(1);
    expect(preview.textContent).toContain('单位报送的进展');
    await user.click(within(preview).getByRole('button', { name: '取消' }));
    expect(await screen.findByText('已取消，台账未改动。')).toBeTruthy();
    expect(JSON.stringify(host.excel.workbook.snapshot())).toBe(before);

    fireEvent.change(input, { target: { files: [picked] } });
    const again = await screen.findByTestId('cycle-preview', {}, { timeout: 20_000 });
    await user.click(within(again).getByRole('button', { name: '确认写入台账' }));
    const written = await screen.findByTestId('cycle-collect-done', {}, { timeout: 20_000 });
    expect(written.textContent).toContain('已写入台账：1 个单元格');
    expect(host.excel.workbook.sheetNames()).toContain('回收记录');
    const values = host.excel.workbook.valuesOf('台账', 'A1:Z200').flat();
    expect(values).toContain('单位报送的进展');
  }, 60_000);
});

describe('the collect preview in the pane’s language', () => {
  /**
   * A unit's file that changes a document column (refused) and a cell the office changed in the
   * ledger since the split (a conflict), and a file that is no workbook at all (refused whole):
   * the core's reasons, said in the pane's language. Names from the documents (file, unit,
   * sheet and column names, values) stay as they are.
   */
  async function previewReasons(english: boolean) {
    const host = await ledgerHost({ english });
    renderCycle(host, { english });
    await userEvent.setup().click(screen.getByRole('tab', { name: english ? 'Cycle' : '分发' }));
    const ledger = await host.cycle.readLedger();
    const file = (await unitWorkbooks(ledger, TODAY, new Date())).find((f) => f.rows >= 2)!;
    const dir = await mkdtemp(join(tmpdir(), 'rectify-pane-reasons-'));
    const path = join(dir, file.fileName);
    await writeFile(path, file.bytes);
    const first = rowsByHeader((await readBack(path)).sheets['台账'] ?? [])[0]!;
    const at = { item: Number(first['问题序号']), measure: String(first['措施序号']) };
    await editWithOpenpyxl(path, [
      { op: 'set', ...at, column: '整改进展', value: '单位报送的进展' },
      { op: 'set', ...at, column: '整改措施', value: '单位改了措施' },
    ]);
    // The office changes the same 整改进展 in the open ledger after the split.
    const grid = ledger.snapshot.grid('台账') as Grid;
    const headerRow = grid.rows.findIndex((r) => r.includes('问题序号'));
    const header = grid.rows[headerRow] ?? [];
    const row = grid.rows.findIndex(
      (r, i) =>
        i > headerRow &&
        String(r[header.indexOf('问题序号')]) === String(first['问题序号']) &&
        String(r[header.indexOf('措施序号')]) === String(first['措施序号']),
    );
    const column = String.fromCharCode(65 + header.indexOf('整改进展'));
    await host.excel.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange(`${column}${row + 1}`).values = [
        ['办公室改了'],
      ];
      await context.sync();
    });
    const picked = new File([await readFile(path)], file.fileName);
    const junk = new File([new Uint8Array(64).fill(7)], '备忘.xlsx');
    fireEvent.change(await screen.findByTestId('cycle-returned-files'), {
      target: { files: [picked, junk] },
    });
    const preview = await screen.findByTestId('cycle-preview', {}, { timeout: 20_000 });
    const reasonOf = (kind: string) =>
      [...preview.querySelectorAll(`[data-kind="${kind}"] [data-testid="cycle-entry-reason"]`)].map(
        (e) => e.textContent ?? '',
      );
    return {
      refused: reasonOf('refused'),
      conflict: reasonOf('conflict'),
      file: reasonOf('file-refused'),
      names: [file.fileName, junk.name],
    };
  }

  /** A reason without the names from the documents it quotes or gives. */
  const wordsOf = (reason: string, names: readonly string[]) =>
    names.reduce((text, name) => text.split(name).join(''), reason).replace(/["“][^"”]*["”]/g, '');

  it('says the reasons for a refused change, a conflict and a refused file in English', async () => {
    const { refused, conflict, file, names } = await previewReasons(true);
    expect(refused).toEqual([
      expect.stringContaining('is kept by the county rectification office'),
    ]);
    expect(conflict).toEqual([expect.stringContaining('the master ledger keeps its value')]);
    expect(file).toEqual([expect.stringContaining('not an .xlsx workbook')]);
    for (const reason of [...refused, ...conflict, ...file])
      expect({ reason, chinese: wordsOf(reason, names).match(/\p{Script=Han}+/gu) }).toEqual({
        reason,
        chinese: null,
      });
    expect(screen.getByTestId('cycle-preview').textContent).toContain('Conflict');
  }, 60_000);

  it('says them in Chinese in the Chinese pane, with no English words', async () => {
    const { refused, conflict, file, names } = await previewReasons(false);
    expect(refused).toEqual([expect.stringContaining('由县整改办按清单维护')]);
    expect(conflict).toEqual([expect.stringContaining('保留总台账的值')]);
    expect(file).toEqual([expect.stringContaining('不是 .xlsx 工作簿')]);
    for (const reason of [...refused, ...conflict, ...file])
      expect({ reason, english: englishWordsIn(wordsOf(reason, names)) }).toEqual({
        reason,
        english: null,
      });
  }, 60_000);
});

describe('a core refusal in the cycle tab', () => {
  it('is said in the pane’s language (FailureMessage reads failureReason)', async () => {
    const rows = [
      ['问题序号', '措施序号', '整改措施'],
      [1, '1', '措施'],
    ];
    const ledger = {
      hasLedger: true,
      snapshot: {
        sheetNames: ['台账'],
        grid: (s: string) => (s === '台账' ? { sheet: s, rows } : null),
      },
      names: [],
    };
    const error = await unitWorkbooks(ledger, TODAY, new Date()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failureReason(error, 'en')).toBe(
      'the header of sheet "台账" has no "责任单位" column, so the ledger cannot be split or collected by unit',
    );
    expect(failureReason(error, 'zh')).toBe('“台账”表头中没有“责任单位”列，无法按单位分发或回收');
  });
});
