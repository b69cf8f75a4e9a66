import { SHEETS } from '../../../src/core/ledger/model';
import { USER_SHEET, type UserValue, addressOf, userLedgerValues } from '../user-ledger';
import type { ExcelDouble } from './excel';
import type { SheetModel } from './model';

function bodyRows(sheet: SheetModel | undefined): number {
  const used = sheet?.usedRect(true);
  return used ? used.bottom : 0;
}

/**
 * Types the user values into the ledger the add-in made, through Office.js as a user's typing
 * ends up (values, hyperlinks, a fill and a font), and adds the user's own sheet. Returns them.
 */
export async function fillUserLedger(excel: ExcelDouble): Promise<UserValue[]> {
  const values = userLedgerValues(
    bodyRows(excel.workbook.findSheet(SHEETS.ledger)),
    bodyRows(excel.workbook.findSheet(SHEETS.milestones)),
  );
  await excel.run(async (context) => {
    if (!excel.workbook.findSheet(USER_SHEET)) context.workbook.worksheets.add(USER_SHEET);
    for (const v of values) {
      const range = context.workbook.worksheets.getItem(v.sheet).getRange(addressOf(v));
      if (v.kind === 'link') range.hyperlink = { address: v.link, textToDisplay: String(v.input) };
      else range.values = [[v.input]];
      if (v.fill !== undefined) range.format.fill.color = v.fill;
      if (v.font?.bold !== undefined) range.format.font.bold = v.font.bold;
      if (v.font?.color !== undefined) range.format.font.color = v.font.color;
    }
    await context.sync();
  });
  return values;
}

/** Which user values the workbook no longer holds where they were typed (empty: all there). */
export function missingUserValues(excel: ExcelDouble, values: readonly UserValue[]): string[] {
  const missing: string[] = [];
  for (const v of values) {
    const sheet = excel.workbook.findSheet(v.sheet);
    const at = `${v.sheet}!${addressOf(v)}`;
    const cell = sheet?.cell(v.row, v.column);
    if (!sheet || !cell) {
      missing.push(at);
      continue;
    }
    const shown = v.kind === 'formula' ? cell.formula : cell.value;
    if (shown !== v.input) missing.push(`${at}: ${String(shown)} ≠ ${String(v.input)}`);
    if (v.kind === 'link' && sheet.hyperlinks.get(addressOf(v))?.address !== v.link)
      missing.push(`${at}: link`);
    if (v.fill !== undefined && sheet.effectiveFormat(v.row, v.column, 'fill.color') !== v.fill)
      missing.push(`${at}: fill`);
    if (
      v.font?.bold !== undefined &&
      sheet.effectiveFormat(v.row, v.column, 'font.bold') !== v.font.bold
    )
      missing.push(`${at}: bold`);
  }
  return missing;
}
