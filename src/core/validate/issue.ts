import { cellAddress } from '../grid';
import { message, render, type Lang, type Message } from '../i18n';
import type { Severity, ValidationIssue } from './types';

export type Language = Lang;

/**
 * What a rule has to say about a cell: a catalogue key and its parameters, rendered only when a
 * message is read: a large broken ledger yields tens of thousands of findings, and building two
 * messages for each up front cost more than all the checks together (docs/performance.md).
 */
export type Detail = Message;

export interface CellRef {
  readonly sheet: string;
  /** Zero-based sheet row. */
  readonly rowIndex: number;
  /** Zero-based column. */
  readonly columnIndex: number;
  /** Header of the column. */
  readonly column: string;
}

/**
 * A finding as the validator keeps it: the issue's fields, its zero-based column for ordering, and
 * its message still unrendered. It is a `ValidationIssue`; `toJSON` gives the plain object.
 */
export class Finding implements ValidationIssue {
  constructor(
    readonly severity: Severity,
    readonly code: string,
    readonly sheet: string,
    /** 1-based row; 0 for a whole sheet. */
    readonly row: number,
    /** Zero-based column, -1 for a whole sheet: what findings of one row are ordered by. */
    readonly columnIndex: number,
    readonly column: string,
    readonly value: string,
    detail: Detail,
  ) {
    this.#detail = detail;
  }

  /** Private to the class, so `toEqual` compares findings by their fields and JSON. */
  readonly #detail: Detail;

  get cell(): string {
    return this.row === 0 ? '' : cellAddress(this.row - 1, this.columnIndex);
  }

  /** What the rule says, as key and parameters (without the cell prefix). */
  get detail(): Detail {
    return this.#detail;
  }

  /**
   * The finding in `lang`: `台账!H12（第12行“状态”）：…` for a cell (the sheet and column as the
   * workbook names them, in either language); the rule's text alone for a whole sheet.
   */
  text(lang: Lang): string {
    if (this.row === 0) return render(lang, this.#detail);
    const column = shown(this.column);
    const { sheet, cell, row } = this;
    const detail = this.#detail;
    return column
      ? render(lang, { key: 'validate.where.cell', params: { sheet, cell, row, column, detail } })
      : render(lang, { key: 'validate.where.cellNoColumn', params: { sheet, cell, row, detail } });
  }

  get message(): string {
    return this.text('zh');
  }

  get messageEn(): string {
    return this.text('en');
  }

  /** The plain `ValidationIssue`, for JSON and for anything that copies properties. */
  toJSON(): ValidationIssue {
    const { severity, code, sheet, cell, row, column, value, message, messageEn } = this;
    return { severity, code, sheet, cell, row, column, value, message, messageEn };
  }
}

/** Where rules put findings: an array, or a counter that keeps only what it needs. */
export interface FindingSink {
  push(finding: Finding): unknown;
}

const MAX_SHOWN = 60;

/** A value as a message quotes it: short enough to read, marked when cut. */
export function shown(value: string): string {
  if (value.length <= MAX_SHOWN && !value.includes('\n')) return value;
  const oneLine = value.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}…` : oneLine;
}

/** Names as a message quotes each of them (the list is joined when the message is rendered). */
export function quotedList(values: readonly string[]): Message[] {
  return values.map((value) => message('common.quoted', { text: shown(value) }));
}

/** A finding about one cell; its messages get the `台账!H12（第12行“状态”）：` prefix. */
export function cellFinding(
  severity: Severity,
  code: string,
  at: CellRef,
  value: string,
  detail: Detail,
): Finding {
  return new Finding(
    severity,
    code,
    at.sheet,
    at.rowIndex + 1,
    at.columnIndex,
    at.column,
    value,
    detail,
  );
}

/** A finding about a whole sheet (a missing sheet or column), ordered before its rows. */
export function sheetFinding(
  severity: Severity,
  code: string,
  sheet: string,
  column: string,
  detail: Detail,
): Finding {
  return new Finding(severity, code, sheet, 0, -1, column, '', detail);
}

/**
 * Orders by sheet (workbook order; findings about absent sheets last, as found), row, column, then
 * errors first; findings that tie keep the order they were found in (the sort is stable).
 */
export function sortFindings(
  findings: readonly Finding[],
  sheetNames: readonly string[],
): Finding[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = bySheet.get(f.sheet);
    if (group === undefined) bySheet.set(f.sheet, [f]);
    else group.push(f);
  }
  const present = sheetNames.filter((s) => bySheet.has(s));
  const absent = [...bySheet.keys()].filter((s) => !sheetNames.includes(s));
  const sorted: Finding[] = [];
  for (const sheet of [...present, ...absent]) {
    const group = bySheet.get(sheet) ?? [];
    group.sort(
      (a, b) =>
        a.row - b.row ||
        a.columnIndex - b.columnIndex ||
        severityRank(a.severity) - severityRank(b.severity),
    );
    for (const f of group) sorted.push(f);
  }
  return sorted;
}

function severityRank(s: Severity): number {
  return s === 'error' ? 0 : 1;
}
