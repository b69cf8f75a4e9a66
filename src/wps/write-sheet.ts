import { cellAddress, columnLetter } from '../core/grid';
import { rangeOf, type ResolvedSheet } from '../core/plan';
import { typedText, typedValue } from '../core/shell/typed-value';
import { etColor } from './color';
import { type EtApplication, type EtWorksheet, XL } from './et-api';
import { CHUNK_CELLS, type Pause } from './pause';
import { writeMarks } from './write-marks';
import { writePrint, writeStyle } from './write-style';

/** The sheet's last row (1,048,576), zero-based: column styles cover the rows below the area. */
const LAST_ROW = 1_048_575;

/** Lays one resolved sheet out on an empty (new or cleared) worksheet, pausing between chunks. */
export async function writeSheet(
  app: EtApplication,
  sheet: EtWorksheet,
  resolved: ResolvedSheet,
  pause: Pause,
): Promise<void> {
  const { plan, styles, links } = resolved;
  const width = Math.max(0, ...plan.rows.map((r) => r.length));

  // Widths, and each column's own style for the rows a person adds below the area (only there:
  // the area's cells get their final styles below, as the core resolved them).
  plan.columns.forEach((column, c) => {
    const letter = columnLetter(c);
    sheet.Range(`${letter}:${letter}`).ColumnWidth = column.width;
    const own = styles.columns[c];
    if (own && styles.height <= LAST_ROW)
      writeStyle(sheet.Range(`${letter}${styles.height + 1}:${letter}${LAST_ROW + 1}`), own);
  });
  // The final styles, number formats included, before the values (as typing into them would).
  for (const { range, style } of styles.ranges) writeStyle(sheet.Range(range), style);

  // Values as 2D blocks of whole rows, a pause between blocks.
  if (width > 0) {
    const rowsPerBlock = Math.max(1, Math.floor(CHUNK_CELLS / width));
    for (let top = 0; top < plan.rows.length; top += rowsPerBlock) {
      const rows = plan.rows.slice(top, top + rowsPerBlock).map((row) => {
        const out = row.map(typedValue);
        while (out.length < width) out.push(null);
        return out;
      });
      const box = { top, left: 0, bottom: top + rows.length - 1, right: width - 1 };
      sheet.Range(rangeOf(box)).Value2 = rows.length === 1 && width === 1 ? rows[0]![0] : rows;
      await pause();
    }
  }

  for (const link of links)
    sheet.Hyperlinks.Add(
      sheet.Range(cellAddress(link.row, link.column)),
      '',
      link.location,
      undefined,
      typedText(link.text),
    );

  plan.rowHeights?.forEach((height, r) => {
    if (height !== null && height !== undefined)
      sheet.Range(`${r + 1}:${r + 1}`).RowHeight = height;
  });
  for (const merge of plan.merges) sheet.Range(merge).Merge(false);

  const table = plan.table;
  if (table) {
    const list = sheet.ListObjects.Add(XL.srcRange, sheet.Range(table.range), undefined, XL.yes);
    list.Name = table.name;
    list.TableStyle = table.style;
  }

  writeMarks(sheet, plan);

  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    // Panes belong to the window: the sheet is activated, the split placed from the top left.
    sheet.Activate();
    const window = app.ActiveWindow;
    window.FreezePanes = false;
    window.ScrollRow = 1;
    window.ScrollColumn = 1;
    window.SplitColumn = freeze.columns;
    window.SplitRow = freeze.rows;
    window.FreezePanes = true;
  }
  if (plan.tabColor !== undefined) sheet.Tab.Color = etColor(plan.tabColor);
  if (plan.print) writePrint(sheet.PageSetup, plan.print);
  // Text that looks like a number on purpose (措施序号): no green triangle on every row.
  for (const range of plan.textNumbers ?? [])
    sheet.Range(range).Errors.Item(XL.numberAsText).Ignore = true;
  if (plan.hidden === true) sheet.Visible = XL.sheetHidden;
  await pause();
}
