/**
 * The floor: a bare ExcelJS read of the file that does nothing with the rows. Any tool built on
 * ExcelJS pays at least this; `rectify validate` and `summarize` are compared against it.
 */
import ExcelJS from 'exceljs';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: bare-read.ts FILE.xlsx');
await new ExcelJS.Workbook().xlsx.readFile(path);
