import { excelSerialFromIso } from '../core/dates';
import { cellAddress, columnLetter } from '../core/grid';
import { rangeOf, type PlanCell, type ResolvedSheet } from '../core/plan';
import { textValue } from '../office/cell-value';
import { etColor } from './color';
import { type EtApplication, type EtWorksheet, XL } from './et-api';
import { CHUNK_CELLS, type Pause } from './pause';
import { writeMarks } from './write-marks';
import { writePrint, writeStyle } from './write-style';

/**
 * A plan cell as written through Value2, which WPS parses as if typed: document text that could
 * be read as a number, date or formula gets the apostrophe (textValue, as in the Office shell).
 * A link is its text here; the hyperlink itself is added with Hyperlinks.Add.
 */
export function etValue(cell: PlanCell): string | number | boolean | null {
  if (cell === null) return null;
  if ('text' in cell) return textValue(cell.text);
  if ('number' in cell) return cell.number;
  if ('date' in cell) return excelSerialFromIso(cell.date);
  if ('bool' in cell) return cell.bool;
  if ('formula' in cell) return `=${cell.formula}`;
  return textValue(cell.link.text);
}

/** Lays one resolved sheet out on an empty (new or cleared) worksheet, pausing between chunks. */
export async function writeSheet(
  app: EtApplication,
  sheet: EtWorksheet,
  resolved: ResolvedSheet,
  pause: Pause,
): Promise<void> {
  const { plan, styles, links } = resolved;
  const width = Math.max(0, ...plan.rows.map((r) => r.length));

  // Widths, and each column's own style for the rows a person adds below (whole-column formats).
  plan.columns.forEach((column, c) => {
    const range = sheet.Range(`${columnLetter(c)}:${columnLetter(c)}`);
    range.ColumnWidth = column.width;
    const own = styles.columns[c];
    if (own) writeStyle(range, own);
  });
  // The final styles, number formats included, before the values (as typing into them would).
  for (const { range, style } of styles.ranges) writeStyle(sheet.Range(range), style);

  // Values as 2D blocks of whole rows, a pause between blocks.
  if (width > 0) {
    const rowsPerBlock = Math.max(1, Math.floor(CHUNK_CELLS / width));
    for (let top = 0; top < plan.rows.length; top += rowsPerBlock) {
      const rows = plan.rows.slice(top, top + rowsPerBlock).map((row) => {
        const out = row.map(etValue);
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
      textValue(link.text),
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
  if (plan.hidden === true) sheet.Visible = XL.sheetHidden;
  await pause();
}
