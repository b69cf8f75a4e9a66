/**
 * A second floor for commands that also write: a bare ExcelJS read of the file, then a write of
 * the same workbook to `OUT`, with nothing done in between.
 */
import ExcelJS from 'exceljs';

const [path, out] = process.argv.slice(2);
if (path === undefined || out === undefined) throw new Error('usage: bare-read-write.ts IN OUT');
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(path);
await workbook.xlsx.writeFile(out);
