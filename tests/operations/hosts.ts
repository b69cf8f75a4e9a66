import { sheetOfReference } from '../../src/core/ownership';
import type { RectifyOperations } from '../../src/operations/contract';
import { createDoubleHost } from '../support/excel-double';
import { createEtHost } from '../support/et-double';

type Value = string | number | boolean | null;

/**
 * One workbook host under test, Excel (the Office double) or WPS表格 (the ET double), seen the
 * same way: the real operations, and what a person would see or do in the workbook.
 */
export interface HostUnderTest {
  readonly name: 'excel' | 'wps';
  readonly operations: RectifyOperations;
  sheetNames(): string[];
  /** What the cell holds (a formula as typed), 0-based; null when empty. */
  value(sheet: string, row: number, column: number): Value;
  /** A user typing into a cell (a number is entered as a number, as Excel and WPS do). */
  type(sheet: string, row: number, column: number, value: string | number): void;
  deleteSheet(sheet: string): void;
  /** Sheets the ownership names point at, in name order (#REF! for a deleted one). */
  ownershipTargets(): string[];
  conditionalFormulas(sheet: string): string[];
  validationCount(sheet: string): number;
  /** A user deleting every conditional format and validation of a sheet. */
  dropMarks(sheet: string): void;
  /** Cells of a sheet that link somewhere. */
  linkCount(sheet: string): number;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
}

export function excelHost(sheets?: string[]): HostUnderTest {
  const { excel, operations } = createDoubleHost(sheets ? { sheets } : {});
  const wb = excel.workbook;
  return {
    name: 'excel',
    operations,
    sheetNames: () => wb.sheetNames(),
    value: (s, r, c) => {
      const cell = wb.sheet(s).cell(r, c);
      if (!cell) return null;
      if (cell.formula !== undefined) return cell.formula;
      return cell.value === '' ? null : cell.value;
    },
    type: (s, r, c, v) => {
      wb.sheet(s).ensureCell(r, c).value = v;
    },
    deleteSheet: (s) => wb.deleteSheet(wb.sheet(s)),
    ownershipTargets: () =>
      wb.names
        .filter((n) => n.name.startsWith('RECTIFY_OWNED_'))
        .map((n) => sheetOfReference(wb.nameFormula(n)) ?? '#REF!'),
    conditionalFormulas: (s) => wb.sheet(s).conditionalFormats.map((f) => f.formula),
    validationCount: (s) => wb.sheet(s).validations.length,
    dropMarks: (s) => {
      wb.sheet(s).conditionalFormats = [];
      wb.sheet(s).validations = [];
    },
    linkCount: (s) =>
      wb
        .sheet(s)
        .cells.flat()
        .filter((c) => c?.formula?.startsWith('=HYPERLINK(')).length + wb.sheet(s).hyperlinks.size,
    selection: () => wb.selection,
    activeSheet: () => wb.activeSheet?.name ?? null,
  };
}

export function wpsHost(sheets?: string[]): HostUnderTest {
  const { book, operations } = createEtHost(sheets ? { sheets } : {});
  const sheet = (s: string) => {
    const found = book.find(s);
    if (!found) throw new Error(`no sheet ${s}`);
    return found;
  };
  return {
    name: 'wps',
    operations,
    sheetNames: () => book.sheetNames(),
    value: (s, r, c) => {
      const cell = sheet(s).cell(r, c);
      return cell?.formula ?? cell?.value ?? null;
    },
    type: (s, r, c, v) => {
      const cell = sheet(s).ensureCell(r, c);
      cell.value = v;
      delete cell.formula;
    },
    deleteSheet: (s) => {
      const model = sheet(s);
      book.sheets.splice(book.sheets.indexOf(model), 1);
      model.deleted = true;
      for (const n of book.names) if (sheetOfReference(n.refersTo) === s) n.refersTo = '=#REF!$A$1';
    },
    ownershipTargets: () =>
      book.names
        .filter((n) => n.name.startsWith('RECTIFY_OWNED_'))
        .map((n) => sheetOfReference(n.refersTo) ?? '#REF!'),
    conditionalFormulas: (s) => sheet(s).conditions.map((f) => f.formula),
    validationCount: (s) => sheet(s).validations.length,
    dropMarks: (s) => {
      sheet(s).conditions = [];
      sheet(s).validations = [];
    },
    linkCount: (s) => sheet(s).links.length,
    selection: () => book.selection,
    activeSheet: () => book.active?.name ?? null,
  };
}

export const HOSTS = [
  { name: 'excel', create: excelHost },
  { name: 'wps', create: wpsHost },
] as const;
