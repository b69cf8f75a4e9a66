/**
 * Sets one cell of a workbook's 台账 with ExcelJS: how the cycle test edits the master after the
 * split, keeping its text names as Excel, WPS and LibreOffice do (ExcelJS drops them; ExcelJS 4.4
 * also cannot open the tables openpyxl writes, nor save some LibreOffice files).
 * usage: tsx edit-with-exceljs.ts FILE.xlsx ITEM MEASURE COLUMN VALUE
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { withTextNames, workbookNames } from '../../src/xlsx/cycle-files';

const [file, item, measure, column, value] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(file);
const sheet = workbook.getWorksheet('台账');
if (sheet === undefined) throw new Error('no 台账');
// The header is the row with 问题序号 (newer ledgers have a title and a 填报 line above it).
let headerRow = 1;
sheet.eachRow((row, n) => {
  const values = (row.values as unknown[]).map((v) => String(v ?? ''));
  if (headerRow === 1 && n < 10 && values.includes('问题序号')) headerRow = n;
});
const header = (sheet.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ''));
const at = (h: string) => header.indexOf(h);
let done = false;
sheet.eachRow((row, n) => {
  if (n <= headerRow || done) return;
  const text = (h: string) => String(row.getCell(at(h)).value ?? '');
  if (text('问题序号') === item && text('措施序号') === measure) {
    row.getCell(at(column)).value = value;
    done = true;
  }
});
if (!done) throw new Error(`no row ${item}-${measure}`);
const names = (await workbookNames(await readFile(file))).flatMap((n) =>
  /^"[^"]*"$/.test(n.reference) ? [{ name: n.name, text: n.reference.slice(1, -1) }] : [],
);
const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
await writeFile(file, await withTextNames(bytes, names));
