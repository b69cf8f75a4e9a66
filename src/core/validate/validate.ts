import type { WorkbookSnapshot } from '../grid';
import { dayNumber } from '../dates';
import { LEDGER_COLUMNS, SHEETS } from '../ledger/model';
import { statusVocabulary } from '../status';
import { readSettings, SETTING_POSITIONS, SETTING_SPECS, SETTINGS_SHEET } from '../settings';
import { message } from '../i18n';
import { readLedger, type LedgerReading } from '../ledger/read';
import type { LedgerRow } from '../ledger/row';
import type { RuleContext } from './context';
import type { Finding, FindingSink } from './issue';
import { cellFinding, sheetFinding, sortFindings } from './issue';
import { readReferences } from './references';
import { checkCellErrors } from './rules/cell-errors';
import { checkBadDates, checkDoneAndDate, checkFutureDates } from './rules/dates';
import { checkDuplicates } from './rules/duplicates';
import { checkProgress, checkStale } from './rules/progress';
import { checkDeadline, checkItem, checkNames } from './rules/references';
import { checkRequired } from './rules/required';
import { checkStatus } from './rules/status';
import type { ValidationIssue, ValidationOptions, ValidationReport } from './types';

type RowRule = (row: LedgerRow, ctx: RuleContext, out: FindingSink) => void;

/** Rules that look at one row at a time. */
const ROW_RULES: readonly RowRule[] = [
  checkRequired,
  checkItem,
  checkBadDates,
  checkStatus,
  checkDoneAndDate,
  checkFutureDates,
  checkProgress,
  checkStale,
  checkNames,
  checkDeadline,
];

/** Row rules that can find an error (`checkStale` and `checkDeadline` only warn). */
const ERROR_ROW_RULES = ROW_RULES.filter((rule) => rule !== checkStale && rule !== checkDeadline);

/**
 * Checks the 台账 of a workbook against the rules of issue 5, with references (清单, 时间节点, 名录)
 * from the same workbook. Never throws on any grid; every finding points at a cell.
 */
export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  options: ValidationOptions,
  /** The 台账 already read by the caller (summaries), so a large ledger is read once. */
  ledgerReading?: LedgerReading,
): ValidationReport {
  const findings: Finding[] = [];
  runRules(snapshot, options, ledgerReading, false, findings);
  return report(options, sortFindings(findings, snapshot.sheetNames));
}

/**
 * The number of errors `validateWorkbook` would report, without keeping a report: what the
 * summary sheets state, for a ledger that may have tens of thousands of warnings.
 */
export function countLedgerErrors(
  snapshot: WorkbookSnapshot,
  options: ValidationOptions,
  ledgerReading?: LedgerReading,
): number {
  let errors = 0;
  const counter: FindingSink = {
    push: (finding) => {
      if (finding.severity === 'error') errors++;
    },
  };
  runRules(snapshot, options, ledgerReading, true, counter);
  return errors;
}

function runRules(
  snapshot: WorkbookSnapshot,
  options: ValidationOptions,
  ledgerReading: LedgerReading | undefined,
  errorsOnly: boolean,
  out: FindingSink,
): void {
  const grid = snapshot.grid(SHEETS.ledger);
  if (grid === null) {
    out.push(
      sheetFinding(
        'error',
        'missing-sheet',
        SHEETS.ledger,
        '',
        message('validate.missingLedger', { sheet: SHEETS.ledger }),
      ),
    );
    return;
  }
  const refs = readReferences(snapshot);
  const ledger = ledgerReading ?? readLedger(grid);
  for (const warning of refs.warnings) out.push(warning);
  if (!errorsOnly) for (const finding of settingFindings(snapshot)) out.push(finding);
  for (const column of ledger.missingColumns) {
    out.push(
      sheetFinding(
        'error',
        'missing-column',
        grid.sheet,
        column,
        message('validate.missingColumn', {
          sheet: grid.sheet,
          row: ledger.headerRow + 1,
          column,
          columns: LEDGER_COLUMNS,
        }),
      ),
    );
  }
  const ctx: RuleContext = {
    sheet: grid.sheet,
    columns: ledger.columns,
    today: options.today,
    todayNumber: dayNumber(options.today),
    staleDays: options.staleDays,
    refs,
    statuses: statusVocabulary(refs.statuses),
    errorsOnly,
  };
  const rowRules = errorsOnly ? ERROR_ROW_RULES : ROW_RULES;
  for (const row of ledger.rows) for (const rule of rowRules) rule(row, ctx, out);
  checkDuplicates(ledger.rows, ctx, out);
  checkCellErrors(grid, ledger.headerRow, out);
}

function report(options: ValidationOptions, issues: readonly ValidationIssue[]): ValidationReport {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { today: options.today, errors, warnings: issues.length - errors, issues };
}

/**
 * `bad-setting` (warning): a reminder cell of 说明 holds something that is not a number of days in
 * range; its default is used until it is corrected.
 */
function settingFindings(snapshot: WorkbookSnapshot): Finding[] {
  return readSettings(snapshot).invalid.map(({ key, found }) => {
    const { row, column } = SETTING_POSITIONS[key];
    const at = {
      sheet: SETTINGS_SHEET,
      rowIndex: row,
      columnIndex: column,
      column: SETTING_SPECS[key].label,
    };
    const { label, min, max, defaultDays } = SETTING_SPECS[key];
    const said = message('validate.badSetting', { label, min, max, found, days: defaultDays });
    return cellFinding('warning', 'bad-setting', at, found, said);
  });
}
