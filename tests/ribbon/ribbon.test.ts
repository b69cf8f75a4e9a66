// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://localhost:3000/commands.html"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { TODAY, seedList, setup } from '../office/fixtures';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/** Loads the function-commands page as Excel would: Office ready, commands associated. */
async function loadCommandsPage(options: { sheets?: string[]; excelApi?: string } = {}) {
  const env = setup(options);
  uninstall = env.office.install();
  vi.resetModules();
  await import('../../src/ribbon/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return env;
}

describe('ribbon function commands', () => {
  it('associates every ExecuteFunction of the manifest', async () => {
    const { office } = await loadCommandsPage();
    expect([...office.actions.keys()].sort()).toEqual(['buildSummaries', 'validateLedger']);
  });

  it('on an Excel older than 1.8: shows the reason and completes', async () => {
    const { office, excel } = await loadCommandsPage({ excelApi: '1.7' });
    for (const name of ['validateLedger', 'buildSummaries']) await office.click(name);
    expect(office.dialogs).toHaveLength(2);
    for (const d of office.dialogs) {
      expect(d.message).toMatch(/需要 ExcelApi 1\.8 及以上/);
      expect(d.url.startsWith('https://localhost:3000/commands.html?')).toBe(true);
      expect(d.closed).toBe(true);
    }
    expect(excel.syncCount).toBe(0);
  });

  it('校验台账 without a ledger writes the finding to 校验结果 and shows it', async () => {
    const { office, excel } = await loadCommandsPage({ sheets: ['我的表'] });
    await office.click('validateLedger');
    expect(office.dialogs).toEqual([]);
    expect(excel.workbook.activeSheet?.name).toBe(SHEETS.validation);
    const text = excel.workbook
      .sheet(SHEETS.validation)
      .cells.flat()
      .map((c) => c?.value);
    expect(text.join('|')).toMatch(/找不到“台账”工作表/);
    expect(excel.workbook.sheetNames()).toEqual(['我的表', SHEETS.validation]);
  });

  it('校验台账 on the seed ledger: clickable findings, the same requests on a re-run', async () => {
    const env = await loadCommandsPage();
    await env.operations.importList(seedList(), { today: TODAY });
    env.excel.resetRequests();
    await env.office.click('validateLedger');
    const first = env.excel.syncCount;
    const sheet = env.excel.workbook.sheet(SHEETS.validation);
    // The core's one link form: a real in-workbook hyperlink on each finding.
    const links = [...sheet.hyperlinks.values()];
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]?.documentReference).toMatch(/^'台账'!J\d+$/);
    expect(env.excel.workbook.activeSheet?.name).toBe(SHEETS.validation);
    expect(env.office.dialogs).toEqual([]);
    env.excel.resetRequests();
    await env.office.click('validateLedger');
    // The re-run replaces 校验结果, so it keeps a backup until done: one request to remove it.
    expect(env.excel.syncCount).toBe(first + 1);
    expect(env.excel.workbook.sheetNames().filter((n) => n === SHEETS.validation)).toHaveLength(1);
  });

  it('校验台账 never overwrites a user sheet named 校验结果: it explains instead', async () => {
    const env = await loadCommandsPage({ sheets: [SHEETS.validation] });
    env.excel.workbook.sheet(SHEETS.validation).ensureCell(0, 0).value = '我的笔记';
    await env.office.click('validateLedger');
    expect(env.office.dialogs.at(-1)?.message).toMatch(/不是整改台账助手生成的，不会被覆盖/);
    expect(env.excel.workbook.cellAt(SHEETS.validation, 'A1')?.value).toBe('我的笔记');
  });

  it('生成领导汇总 builds the summaries and shows 领导汇总; without a ledger it says why', async () => {
    const env = await loadCommandsPage({ sheets: ['我的表'] });
    await env.office.click('buildSummaries');
    expect(env.office.dialogs.at(-1)?.title).toMatch(/生成领导汇总/);
    expect(env.office.dialogs.at(-1)?.message).toMatch(/没有“台账”工作表/);
    expect(env.excel.workbook.sheetNames()).toEqual(['我的表']);

    await env.operations.importList(seedList(), { today: TODAY });
    env.excel.resetRequests();
    await env.office.click('buildSummaries');
    expect(env.office.dialogs).toHaveLength(1);
    expect(env.excel.workbook.activeSheet?.name).toBe(SHEETS.leaderOverview);
    const leaders = env.excel.workbook.sheetNames().filter((n) => n.startsWith('汇总-'));
    expect(leaders.length).toBeGreaterThan(1);
    const first = env.excel.syncCount;
    env.excel.resetRequests();
    await env.office.click('buildSummaries');
    expect(env.excel.syncCount).toBe(first + 1); // the backups of the sheets it replaces
    expect(env.excel.workbook.sheetNames().filter((n) => n.startsWith('汇总-'))).toEqual(leaders);
    expect(env.excel.workbook.sheetNames()[0]).toBe('我的表');
  });

  it('renders the message page as text, never as markup', async () => {
    const { renderMessagePage, messageUrl } = await import('../../src/ribbon/message');
    const url = messageUrl(
      'https://localhost:3000/commands.html?x=1#h',
      '校验台账',
      '<img src=x onerror=alert(1)>',
    );
    document.body.innerHTML = '';
    let closed = false;
    expect(renderMessagePage(document, new URL(url).search, () => (closed = true))).toBe(true);
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
    document.querySelector('button')?.click();
    expect(closed).toBe(true);
    expect(renderMessagePage(document, '', () => {})).toBe(false);
  });
});

describe('ribbon command completion', () => {
  it('completes even when the message stays open, and when showing it fails', async () => {
    vi.useFakeTimers();
    try {
      const { ribbonCommands, MESSAGE_WAIT_MS } = await import('../../src/ribbon/ribbon');
      const { operations } = setup({ excelApi: '1.7' });
      let completed = 0;
      const event = { completed: () => completed++ } as unknown as Office.AddinCommands.Event;
      const never = ribbonCommands({ operations, show: () => new Promise<void>(() => {}) });
      const run = never.validateLedger(event);
      await vi.advanceTimersByTimeAsync(MESSAGE_WAIT_MS);
      await run;
      expect(completed).toBe(1);
      const broken = ribbonCommands({
        operations,
        show: () => Promise.reject(new Error('no dialog')),
      });
      // With no way to show it, the reason goes to the console (the last resort): expected here.
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      await broken.buildSummaries(event);
      expect(completed).toBe(2);
      expect(logged).toHaveBeenCalledOnce();
      expect(String(logged.mock.calls[0]?.[0])).toMatch(/ExcelApi 1\.8/);
      expect(String(logged.mock.calls[0]?.[1])).toContain('no dialog');
      logged.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });
});
