import type { Grid } from '../core/grid';

/**
 * The one place a list kept in an .xlsx is turned into a grid. For now it goes through ExcelJS and
 * the project's grid reader (src/xlsx/read-grid.ts); the bytes-only reader of issue 14 replaces this
 * body, and nothing else changes.
 */
export async function readSpreadsheetGrid(bytes: Uint8Array): Promise<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const { gridOf } = await import('../xlsx/read-grid');
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings ask for a Node Buffer; an ArrayBuffer view is what it reads.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((sheet) => gridOf(sheet));
  const filled = sheets.find((grid) => grid.rows.some((row) => row.some((c) => c !== null)));
  return filled ?? sheets[0] ?? { sheet: '', rows: [] };
}
