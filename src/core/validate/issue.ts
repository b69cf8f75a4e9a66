import { cellAddress } from '../grid';
import type { Severity, ValidationIssue } from './types';

/** An issue plus what it is ordered by but does not show: its zero-based column. */
export interface Finding {
  readonly issue: ValidationIssue;
  readonly columnIndex: number;
}

export interface CellRef {
  readonly sheet: string;
  /** Zero-based sheet row. */
  readonly rowIndex: number;
  /** Zero-based column. */
  readonly columnIndex: number;
  /** Header of the column. */
  readonly column: string;
}

const MAX_SHOWN = 60;

/** A value as a message quotes it: short enough to read, marked when cut. */
export function shown(value: string): string {
  if (value.length <= MAX_SHOWN && !value.includes('\n')) return value;
  const oneLine = value.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}…` : oneLine;
}

/** A list of names or dates as a message quotes it: each one short, at most `max` of them. */
export function shownList(values: readonly string[], separator = '、', max = 10): string {
  const listed = values.slice(0, max).map(shown).join(separator);
  return values.length > max ? `${listed}${separator}…（共 ${values.length} 个）` : listed;
}

/** A finding about one cell; messages get the `第12行“状态”（H12）：` prefix from here. */
export function cellFinding(
  severity: Severity,
  code: string,
  at: CellRef,
  value: string,
  message: string,
  messageEn: string,
): Finding {
  const cell = cellAddress(at.rowIndex, at.columnIndex);
  const row = at.rowIndex + 1;
  const column = shown(at.column);
  return {
    columnIndex: at.columnIndex,
    issue: {
      severity,
      code,
      sheet: at.sheet,
      cell,
      row,
      column: at.column,
      value,
      message: `${at.sheet}!${cell}（第${row}行${column ? `“${column}”` : ''}）：${message}`,
      messageEn: `${at.sheet}!${cell} (row ${row}${column ? `, ${column}` : ''}): ${messageEn}`,
    },
  };
}

/** A finding about a whole sheet (a missing sheet or column), ordered before its rows. */
export function sheetFinding(
  severity: Severity,
  code: string,
  sheet: string,
  column: string,
  message: string,
  messageEn: string,
): Finding {
  return {
    columnIndex: -1,
    issue: { severity, code, sheet, cell: '', row: 0, column, value: '', message, messageEn },
  };
}

/**
 * Orders by sheet (workbook order; findings about absent sheets last, as found), row, column, then
 * errors first.
 */
export function sortFindings(
  findings: readonly Finding[],
  sheetNames: readonly string[],
): ValidationIssue[] {
  const sheetRank = (sheet: string) => {
    const i = sheetNames.indexOf(sheet);
    return i < 0 ? sheetNames.length : i;
  };
  const keyed = findings.map((f, order) => ({ f, order, sheet: sheetRank(f.issue.sheet) }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.f.issue.row - b.f.issue.row ||
      a.f.columnIndex - b.f.columnIndex ||
      severityRank(a.f.issue.severity) - severityRank(b.f.issue.severity) ||
      a.order - b.order,
  );
  return keyed.map((k) => k.f.issue);
}

function severityRank(s: Severity): number {
  return s === 'error' ? 0 : 1;
}
