import { SHEETS } from '../../src/core/ledger/model';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { LEDGER_HEADER_ROW } from '../../src/core/workbook/ledger-layout';
import { ledgerMarks } from '../../src/core/workbook/marks';

/**
 * A ledger plan laid out as versions before the title row wrote it: the 台账's table from A1
 * (header in row 1, no title, no 填报 line), its marks from row 2. For tests that a ledger made
 * then still reads, validates, refreshes and merges into the new layout.
 */
export function withOldLedgerLayout(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map((s) => (s.name === SHEETS.ledger ? oldLedger(s) : s)) };
}

const H = LEDGER_HEADER_ROW;
const up = (range: string) =>
  range.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${c}${Number(r) - H}`);
const firstRow = (range: string) => Number(/\d+/.exec(range)?.[0] ?? '0');

function oldLedger(sheet: SheetPlan): SheetPlan {
  const rows = sheet.rows.slice(H);
  const marks = ledgerMarks({ ledgerRows: rows.length - 1, milestoneRows: 0, ledgerHeaderRow: 0 });
  return {
    ...sheet,
    rows,
    styles: sheet.styles
      .filter((s) => firstRow(s.range) > H)
      .map((s) => ({ ...s, range: up(s.range) })),
    merges: [],
    ...(sheet.table ? { table: { ...sheet.table, range: up(sheet.table.range) } } : {}),
    validations: marks.ledger.validations,
    conditionalFormats: marks.ledger.conditionalFormats,
    freeze: { rows: 1, columns: 0 },
    ...(sheet.rowHeights ? { rowHeights: sheet.rowHeights.slice(H) } : {}),
    ...(sheet.print ? { print: { ...sheet.print, repeatRows: '1:1' } } : {}),
    ...(sheet.textNumbers ? { textNumbers: sheet.textNumbers.map(up) } : {}),
  };
}
