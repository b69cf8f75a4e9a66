import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { LEDGER_HEADER_ROW as H } from '../../src/core/workbook/ledger-layout';
import { etColor } from '../../src/wps/color';
import { headerSections } from '../../src/wps/write-style';
import { createEtHost } from '../support/et-double';
import { TODAY, bigList, seedList } from '../office/fixtures';

describe('the WPS shell on the ET double', () => {
  it('lays out the ledger as the plan says: formats, table, marks, panes, print, links', async () => {
    const { book, operations } = createEtHost();
    await operations.importList(seedList(), { today: TODAY });
    const ledger = book.find(SHEETS.ledger)!;
    expect(ledger.tables.map((t) => t.name)).toEqual(['Ledger']);
    // Title row and 填报 line above the header: frozen and repeated from the header's row 3.
    expect(ledger.freeze.rows).toBe(H + 1);
    expect(ledger.page['Orientation']).toBe(2);
    expect(ledger.page['PaperSize']).toBe(9);
    expect(ledger.page['PrintTitleRows']).toBe('$3:$3');
    expect(ledger.page['FitToPagesWide']).toBe(1);
    expect(ledger.validations.length).toBeGreaterThan(0);
    expect(ledger.conditions.length).toBeGreaterThan(0);
    // Deadlines are date serials with a date format, read back as dates by the validator.
    const header = (book.valuesOf(SHEETS.ledger, { top: H, left: 0, bottom: H, right: 12 })[0] ??
      []) as string[];
    const deadline = header.indexOf('截止日期');
    const dated = ledger.cells
      .slice(H + 1)
      .map((row) => row?.[deadline])
      .filter((c) => typeof c?.value === 'number');
    expect(dated.length).toBeGreaterThan(50);
    for (let r = H + 1; r < ledger.cells.length; r++)
      if (typeof ledger.cell(r, deadline)?.value === 'number')
        expect(ledger.formatAt(r, deadline)).toBe('yyyy-mm-dd');
    // The user's sheet is active again at the end.
    expect(book.active?.name).toBe('Sheet1');
  });

  it('writes the final styles the core resolved, whole-column formats for rows added later', async () => {
    const { book, operations } = createEtHost();
    await operations.importList(seedList(), { today: TODAY });
    const ledger = book.find(SHEETS.ledger)!;
    // Header row: bold, with a fill (BGR numbers), as the plan's resolved styles say.
    expect(ledger.styleAt(H, 0, 'Font.Bold')).toBe(true);
    expect(typeof ledger.styleAt(H, 0, 'Interior.Color')).toBe('number');
    // A row a person adds far below still gets its column's wrap and width.
    expect(ledger.styleAt(5000, 3, 'ColumnWidth')).toBeGreaterThan(0);
  });

  it('writes document text as text, never as a formula or a number', async () => {
    const { book, operations } = createEtHost();
    const list = seedList();
    const item = list.items[0]!;
    const tricky = { ...item, problem: '=HYPERLINK("http://x","点我")', goal: '2023-12-31' };
    await operations.importList(
      { ...list, items: [tricky, ...list.items.slice(1)] },
      { today: TODAY },
    );
    const items = book.find(SHEETS.items)!;
    const texts = items.cells
      .flat()
      .filter((c) => c?.prefixed)
      .map((c) => c?.value);
    expect(texts).toContain('=HYPERLINK("http://x","点我")');
    expect(texts).toContain('2023-12-31');
    expect(items.cells.flat().some((c) => c?.formula?.includes('点我'))).toBe(false);
  });

  it('stops before changing anything when a sheet it must rewrite is protected', async () => {
    const { book, operations } = createEtHost();
    await operations.importList(seedList(), { today: TODAY });
    await operations.validateLedger({ today: TODAY, staleDays: 90, writeSheet: true });
    book.find(SHEETS.validation)!.protected = true;
    const before = JSON.stringify(book.find(SHEETS.validation)!.cells);
    await expect(
      operations.validateLedger({ today: TODAY, staleDays: 90, writeSheet: true }),
    ).rejects.toThrow(/受保护，未做任何修改/);
    expect(JSON.stringify(book.find(SHEETS.validation)!.cells)).toBe(before);
    book.find(SHEETS.ledger)!.protected = true;
    await expect(operations.refreshMarks()).rejects.toThrow(/受保护/);
  });

  it('says so when WPS表格 has no workbook open', async () => {
    const { operations } = createEtHost({ noWorkbook: true });
    await expect(operations.inspectWorkbook()).rejects.toThrow(/没有打开的工作簿/);
  });

  it('pauses between chunks of a large import, so the pane can show progress', async () => {
    const small = createEtHost();
    await small.operations.importList(bigList(100), { today: TODAY });
    const big = createEtHost();
    await big.operations.importList(bigList(20_000), { today: TODAY });
    expect(big.book.find(SHEETS.ledger)!.usedRect()?.bottom).toBe(20_000 + H);
    // Values go in blocks of at most CHUNK_CELLS cells, a pause after each.
    expect(big.pauses()).toBeGreaterThan(small.pauses() + 10);
    const before = big.pauses();
    await big.operations.validateLedger({ today: TODAY, staleDays: 90, writeSheet: false });
    expect(big.pauses() - before).toBeGreaterThan(10);
  });

  it('keeps a hyperlink the user added on re-import', async () => {
    const { book, app, operations } = createEtHost();
    await operations.importList(seedList(), { today: TODAY });
    const ws = app.ActiveWorkbook!.Worksheets.Item(SHEETS.ledger);
    const header = book.valuesOf(SHEETS.ledger, {
      top: H,
      left: 0,
      bottom: H,
      right: 12,
    })[0] as string[];
    const evidence = header.indexOf('佐证材料');
    const cell = ws.Cells.Item(H + 5, evidence + 1);
    ws.Hyperlinks.Add(cell, 'https://example.gov.cn/佐证.pdf', '', undefined, '佐证.pdf');
    await operations.importList(seedList(), { today: TODAY });
    const link = book
      .find(SHEETS.ledger)!
      .links.find((l) => l.row === H + 4 && l.column === evidence);
    expect(link?.address).toBe('https://example.gov.cn/佐证.pdf');
    expect(book.find(SHEETS.ledger)!.cell(H + 4, evidence)?.value).toBe('佐证.pdf');
  });

  it('writes the text names and hidden sheets a plan asks for, and refuses protection it cannot write', async () => {
    const { book, app } = createEtHost();
    const { applyPlan } = await import('../../src/wps/apply-plan');
    const sheet = {
      name: '标记',
      rows: [[{ text: '甲' }]],
      columns: [],
      styles: [],
      merges: [],
      validations: [],
      conditionalFormats: [],
    };
    await applyPlan(
      app,
      app.ActiveWorkbook!,
      {
        sheets: [{ ...sheet, hidden: true }],
        textNames: [{ name: 'RECTIFY_LEDGER_ID', text: 'a"b' }],
      },
      async () => {},
    );
    expect(book.find('标记')?.visible).toBe(0);
    expect(book.names.find((n) => n.name === 'RECTIFY_LEDGER_ID')?.refersTo).toBe('="a""b"');
    expect(book.active?.name).toBe('Sheet1');
    await expect(
      applyPlan(
        app,
        app.ActiveWorkbook!,
        { sheets: [{ ...sheet, name: '单位', protection: { unlocked: [] } }] },
        async () => {},
      ),
    ).rejects.toThrow(/工作表保护/);
    expect(book.find('单位')).toBeUndefined();
  });

  it('translates colours and header codes without deciding anything', () => {
    expect(etColor('#FF0000')).toBe(255);
    expect(etColor('#0000FF')).toBe(0xff0000);
    expect(headerSections('&L整改台账&C第 &P 页 共 &N 页&R&A')).toEqual({
      left: '整改台账',
      center: '第 &P 页 共 &N 页',
      right: '&A',
    });
  });
});
