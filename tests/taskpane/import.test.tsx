// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPane, TODAY } from './support/render-pane';
import type { RectificationList } from '../../src/core/list/schema';

afterEach(cleanup);

const SMALL_LIST = [
  '某县整改清单',
  '一、河道垃圾问题。',
  '整改目标：河道整洁。',
  '牵头单位：县水利局',
  '督办县领导：张三、李四',
  '整改措施：1．清理垃圾。',
  '2．建立巡河制度。',
  '整改时限：2026年12月31日前',
  '二、油烟扰民问题。',
  '整改目标：油烟达标。',
  '牵头单位：县城管局',
  '督办县领导：李四',
  '整改措施：1．安装油烟净化器。',
  '整改时限：立行立改，持续推进。',
].join('\n');

describe('导入清单', () => {
  it('previews the embedded list before anything is written, then imports it in one click', async () => {
    const { user, operations } = await renderPane();
    const counts = await screen.findByTestId('preview-counts');
    expect(counts.textContent).toBe('问题 25 项，整改措施 89 项');
    expect(screen.getByTestId('preview-leaders').textContent).toContain('杨志慧');
    expect(screen.getByTestId('preview-deadlines').textContent).toMatch(/持续推进 \d+ 项/);
    expect(operations.callsOf('importList')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '导入到工作簿' }));
    const done = await screen.findByText('导入完成');
    expect(done).toBeTruthy();
    expect(screen.getByText('「台账」89 行')).toBeTruthy();
    const [call] = operations.callsOf('importList');
    const [list, options] = call!.args as [RectificationList, { today: string }];
    expect(list.items).toHaveLength(25);
    expect(options.today).toBe(TODAY);
  });

  it('offers the next steps after an import: each goes to its tab and starts there', async () => {
    const { user, operations } = await renderPane();
    await user.click(screen.getByRole('button', { name: '导入到工作簿' }));
    const done = await screen.findByTestId('import-done');
    expect(done.textContent).toContain('下一步：');
    operations.state = { hasLedger: true, ledgerRows: 89 };
    await user.click(within(done).getByRole('button', { name: '校验台账' }));
    expect(screen.getByRole('tab', { name: '校验' }).getAttribute('aria-selected')).toBe('true');
    await screen.findByTestId('verdict');
    expect(operations.callsOf('validateLedger')).toHaveLength(1);

    await user.click(screen.getByRole('tab', { name: '导入' }));
    await user.click(
      within(screen.getByTestId('import-done')).getByRole('button', { name: '生成领导汇总' }),
    );
    expect(screen.getByRole('tab', { name: '汇总' }).getAttribute('aria-selected')).toBe('true');
    await screen.findByText(/已生成 \d+ 张工作表/);
    expect(operations.callsOf('buildSummaries')).toHaveLength(1);
  });

  it('reads pasted text and previews leaders, deadlines and parser notes', async () => {
    const { user, operations } = await renderPane();
    await user.click(screen.getByRole('radio', { name: '粘贴文本' }));
    await user.click(screen.getByRole('button', { name: '解析粘贴的文本' }));
    expect(screen.getByText('文本框是空的。请粘贴整改清单全文后再解析。')).toBeTruthy();

    await user.click(screen.getByRole('textbox', { name: '粘贴整改清单全文' }));
    await user.paste(SMALL_LIST);
    await user.click(screen.getByRole('button', { name: '解析粘贴的文本' }));
    expect(screen.getByTestId('preview-counts').textContent).toBe('问题 2 项，整改措施 3 项');
    expect(screen.getByTestId('preview-leaders').textContent).toContain('张三、李四');
    expect(screen.getByTestId('preview-deadlines').textContent).toContain(
      '有日期 1 项，持续推进 1 项',
    );
    expect(screen.getByTestId('preview-deadlines').textContent).toContain('2026-12-31');

    await user.click(screen.getByRole('button', { name: '导入到工作簿' }));
    await screen.findByText('导入完成');
    const [list] = operations.callsOf('importList')[0]!.args as [RectificationList];
    expect(list.title).toBe('某县整改清单');
    expect(list.items.map((i) => i.leaders)).toEqual([['张三', '李四'], ['李四']]);
  });

  it('shows parser notes, and refuses to import text with no items', async () => {
    const { user, operations } = await renderPane();
    await user.click(screen.getByRole('radio', { name: '粘贴文本' }));
    await user.click(screen.getByRole('textbox', { name: '粘贴整改清单全文' }));
    await user.paste('这不是整改清单，只是一段话。');
    await user.click(screen.getByRole('button', { name: '解析粘贴的文本' }));
    expect(screen.getByTestId('preview-counts').textContent).toBe('问题 0 项，整改措施 0 项');
    expect(screen.getByRole('alert').textContent).toContain('没有读到任何问题');
    const importButton = screen.getByRole('button', { name: '导入到工作簿' });
    expect(
      importButton.hasAttribute('disabled') ||
        importButton.getAttribute('aria-disabled') === 'true',
    ).toBe(true);
    await user.click(importButton);
    expect(operations.callsOf('importList')).toHaveLength(0);
  });

  it('lists the parser notes in the preview', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole('radio', { name: '粘贴文本' }));
    await user.click(screen.getByRole('textbox', { name: '粘贴整改清单全文' }));
    await user.paste(
      '标题\n一、问题\n整改目标：x\n督办县领导：张三\n整改措施：1．做事。\n3．再做。\n整改时限：明年',
    );
    await user.click(screen.getByRole('button', { name: '解析粘贴的文本' }));
    const notes = screen.getByTestId('preview-notes');
    expect(notes.textContent).toContain('解析提示 3 条');
    expect(notes.textContent).toContain('第 6 行：措施编号为 3，按顺序应为 2');
    expect(notes.textContent).toContain('整改时限“明年”既不是日期');
    expect(screen.getByTestId('preview-counts').textContent).toBe('问题 1 项，整改措施 2 项');
  });

  it('reads a chosen .txt file, UTF-8 or GB18030', async () => {
    const { user, container } = await renderPane();
    await user.click(screen.getByRole('radio', { name: '文本文件' }));
    expect(screen.getByRole('button', { name: '选择清单文件' })).toBeTruthy();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.getAttribute('aria-label')).toBe('整改清单文本文件');

    await user.upload(input, new File([SMALL_LIST], '清单.txt', { type: 'text/plain' }));
    await waitFor(() =>
      expect(screen.getByTestId('preview-counts').textContent).toBe('问题 2 项，整改措施 3 项'),
    );
    expect(screen.getByText('已选择文件：清单.txt')).toBeTruthy();

    // "河道" in GB18030 is B9 D3 B5 C0; a whole file in that encoding reads the same.
    const gbk = gb18030(SMALL_LIST);
    await user.upload(input, new File([gbk], 'ansi.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByText('已选择文件：ansi.txt')).toBeTruthy());
    expect(screen.getByTestId('preview-counts').textContent).toBe('问题 2 项，整改措施 3 项');
    expect(screen.getByTestId('preview-title').textContent).toBe('标题：某县整改清单');
  });

  it('says what to do with an empty or binary file', async () => {
    const { user, container } = await renderPane();
    await user.click(screen.getByRole('radio', { name: '文本文件' }));
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File([], 'empty.txt', { type: 'text/plain' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      '文件「empty.txt」是空的。请选择含有整改清单全文的文件（.docx、.doc、.pdf、.xlsx 或 .txt）。',
    );
    await user.upload(input, new File([new Uint8Array([0x50, 0x4b, 0, 3])], 'x.txt'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('不是文本文件'));
    expect(screen.queryByTestId('preview-counts')).toBeNull();
  });

  it('asks before importing over an existing ledger, and can be cancelled', async () => {
    const { user, operations } = await renderPane();
    operations.state = { hasLedger: true, ledgerRows: 89 };
    operations.importOutcome = {
      sheets: [{ name: '台账', rows: 90 }],
      changes: ['新增措施 1 条：问题 3 措施 4'],
    };
    await user.click(await screen.findByRole('button', { name: '导入到工作簿' }));
    // Tabster's modalizer marks the surface aria-hidden under happy-dom until focus settles;
    // the dialog's accessibility in a real browser is checked by the end-to-end test.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('工作簿已有台账')).toBeTruthy();
    expect(dialog.textContent).toContain('当前台账有 89 行');
    expect(dialog.textContent).toContain('保持不变');
    await user.click(within(dialog).getByRole('button', { name: '取消', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(operations.callsOf('importList')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '导入到工作簿' }));
    await user.click(
      within(await screen.findByRole('dialog', { hidden: true })).getByRole('button', {
        name: '继续导入',
        hidden: true,
      }),
    );
    await screen.findByText('导入完成');
    expect(screen.getByText('新增措施 1 条：问题 3 措施 4')).toBeTruthy();
    expect(operations.callsOf('importList')).toHaveLength(1);
  });

  it('shows progress, cannot be started twice, and keeps the button disabled until done', async () => {
    const { user, operations } = await renderPane();
    const release = operations.hold('importList');
    const button = await screen.findByRole('button', { name: '导入到工作簿' });
    await user.click(button);
    expect((await screen.findByRole('status')).textContent).toContain('正在写入工作簿…');
    expect(button.hasAttribute('disabled')).toBe(true);
    await user.click(button);
    release();
    await screen.findByText('导入完成');
    expect(operations.callsOf('importList')).toHaveLength(1);
    expect(button.hasAttribute('disabled')).toBe(false);
  });

  it('explains a failed write and what to do next', async () => {
    const { user, operations } = await renderPane();
    operations.failWith('importList', '工作表受保护');
    await user.click(await screen.findByRole('button', { name: '导入到工作簿' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('操作没有完成');
    expect(alert.textContent).toContain('请按 Esc 退出单元格编辑');
    expect(alert.textContent).toContain('原因：工作表受保护');
  });

  it('explains a workbook that cannot be read', async () => {
    const { user, operations } = await renderPane();
    operations.failWith('inspectWorkbook', 'InvalidOperation');
    await user.click(await screen.findByRole('button', { name: '导入到工作簿' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('无法读取工作簿');
    expect(operations.callsOf('importList')).toHaveLength(0);
  });
});

/** Encodes text as GB18030 for the characters the test list uses (via a reverse decode table). */
function gb18030(text: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`no GB18030 code for ${ch}`);
      bytes.push(...code);
    }
  }
  return new Uint8Array(bytes);
}
