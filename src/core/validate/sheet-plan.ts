import { SHEETS } from '../ledger/model';
import type {
  ConditionalFormatPlan,
  PlanCell,
  PlanDiagnostic,
  RangeStyle,
  SheetPlan,
  WorkbookPlan,
} from '../plan/types';
import { fitBlock, text } from '../workbook/cells';
import { HEADER_STYLE, MARK_COLOURS } from '../workbook/palette';
import type { ValidationIssue, ValidationReport } from './types';

export const VALIDATION_COLUMNS = ['级别', '位置', '列', '规则', '发现的值', '说明'] as const;

const WIDTHS = [8, 14, 12, 20, 24, 90];
/** Rows above the table: title, summary, blank. */
const HEADER_ROW = 3;

/** Where a link points: `'台账'!H12` (quotes doubled as Excel requires). */
export function linkTarget(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function verdictOf(report: ValidationReport): string {
  return report.errors > 0 ? `不可报送：${report.errors} 个错误` : '可以报送';
}

/**
 * The owned 校验结果 sheet the ribbon writes: a summary line and one row per issue, errors and
 * warnings in report order, each position a link that jumps to the cell.
 */
export function validationSheetPlan(report: ValidationReport): WorkbookPlan {
  const diagnostics: PlanDiagnostic[] = [];
  const top: PlanCell[][] = [
    [text('台账校验结果')],
    [
      text(
        `截至 ${report.today}：错误 ${report.errors} 个，警告 ${report.warnings} 个。${verdictOf(report)}`,
      ),
    ],
    [],
    VALIDATION_COLUMNS.map(text),
  ];
  const body =
    report.issues.length === 0
      ? [[text('—'), null, null, null, null, text('没有发现问题，可以报送。')]]
      : report.issues.map(issueRow);
  const rows = fitBlock(SHEETS.validation, [...top, ...body], diagnostics);
  const last = HEADER_ROW + body.length + 1;
  const styles: RangeStyle[] = [
    { range: 'A1', style: { bold: true, fontSize: 14 } },
    {
      range: 'A2',
      style: {
        bold: true,
        fontColor: report.errors > 0 ? MARK_COLOURS.overdue.fontColor : '#375623',
      },
    },
    { range: `A${HEADER_ROW + 1}:F${HEADER_ROW + 1}`, style: HEADER_STYLE },
    { range: `A${HEADER_ROW + 2}:F${last}`, style: { wrap: true, vertical: 'top', border: true } },
    { range: `A${HEADER_ROW + 2}:A${last}`, style: { bold: true } },
  ];
  const sheet: SheetPlan = {
    name: SHEETS.validation,
    rows,
    columns: WIDTHS.map((width) => ({ width })),
    styles,
    merges: ['A1:F1', 'A2:F2'],
    validations: [],
    conditionalFormats: report.issues.length === 0 ? [] : severityColours(HEADER_ROW + 2, last),
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
    },
    tabColor: report.errors > 0 ? '#C00000' : '#548235',
  };
  return { sheets: [sheet], diagnostics };
}

function issueRow(issue: ValidationIssue): PlanCell[] {
  const position: PlanCell =
    issue.cell === ''
      ? text(issue.sheet)
      : {
          link: {
            text: `${issue.sheet}!${issue.cell}`,
            target: linkTarget(issue.sheet, issue.cell),
          },
        };
  return [
    text(issue.severity === 'error' ? '错误' : '警告'),
    position,
    issue.column === '' ? null : text(issue.column),
    text(issue.code),
    issue.value === '' ? null : text(issue.value),
    text(issue.message),
  ];
}

/**
 * 错误 red and 警告 yellow in the 级别 column, as two rules over the column rather than a style per
 * row: a broken ledger has tens of thousands of issues, and one format per row was most of the
 * requests the add-in sent to write this sheet (docs/performance.md).
 */
function severityColours(first: number, last: number): ConditionalFormatPlan[] {
  const range = `A${first}:A${last}`;
  return [
    {
      range,
      formula: `$A${first}="错误"`,
      style: MARK_COLOURS.overdue,
      priority: 1,
      stopIfTrue: true,
    },
    {
      range,
      formula: `$A${first}="警告"`,
      style: MARK_COLOURS.dueSoon,
      priority: 2,
      stopIfTrue: true,
    },
  ];
}
