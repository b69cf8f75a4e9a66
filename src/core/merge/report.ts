import { message, quoted, render, type Lang, type Message } from '../i18n';

/** What a re-import changed: shown in the task pane, printed by the command, written to 导入记录. */

export interface FieldChange {
  /** The column header, e.g. `截止日期`. */
  readonly field: string;
  readonly old: string;
  readonly new: string;
}

export interface ItemChange {
  readonly item: string;
  readonly changes: readonly FieldChange[];
}

export interface ItemEntry {
  readonly item: string;
  /** The item's problem text (its first words are enough to recognise it). */
  readonly text: string;
}

export interface MeasureEntry {
  readonly item: string;
  readonly measure: string;
  readonly text: string;
}

export interface MeasureChange {
  readonly item: string;
  readonly measure: string;
  readonly changes: readonly FieldChange[];
}

export interface NameKept {
  /** 名录 column, e.g. `单位`. */
  readonly column: string;
  readonly name: string;
}

export interface MergeReport {
  /** When the merge ran, as the caller gave it (e.g. `2026-11-29 06:00`). */
  readonly generatedAt: string;
  /** Where the new list came from (file name), for the record. */
  readonly sourceName: string;
  readonly itemsAdded: readonly ItemEntry[];
  readonly itemsRemoved: readonly ItemEntry[];
  readonly itemsChanged: readonly ItemChange[];
  readonly measuresAdded: readonly MeasureEntry[];
  /** Measures the new list no longer has; their ledger rows are kept and marked. */
  readonly measuresRemoved: readonly MeasureEntry[];
  readonly measuresChanged: readonly MeasureChange[];
  /** Ledger rows kept that were already marked as not in the list by an earlier import. */
  readonly stillRemoved: number;
  /** Ledger rows without a key (the user's own), kept as they were. */
  readonly userRowsKept: number;
  /** Ledger columns the user added, kept with their values. */
  readonly extraColumns: readonly string[];
  /**
   * Names in 名录 that the new list does not give, kept: the ones the user added, and those only
   * the old list gave (rows kept from it may still name them).
   */
  readonly namesKept: readonly NameKept[];
  /** Milestones of 时间节点: added, and kept but no longer in the list. */
  readonly milestonesAdded: number;
  readonly milestonesRemoved: number;
  /** Ledger rows whose user cells were carried over. */
  readonly rowsKept: number;
}

export function hasChanges(report: MergeReport): boolean {
  return (
    report.itemsAdded.length +
      report.itemsRemoved.length +
      report.itemsChanged.length +
      report.measuresAdded.length +
      report.measuresRemoved.length +
      report.measuresChanged.length +
      report.milestonesAdded +
      report.milestonesRemoved >
    0
  );
}

function short(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}

/**
 * Old and new text shortened around where they first differ, so a rewording deep inside a long
 * measure still shows (`…旧的措辞… → …新的措辞…`) rather than two identical openings.
 */
export function changeExcerpts(oldText: string, newText: string, max = 40): [string, string] {
  const a = oldText.replace(/\s+/g, ' ').trim();
  const b = newText.replace(/\s+/g, ' ').trim();
  if (a.length <= max && b.length <= max) return [a, b];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const start = Math.max(0, common - 10);
  const excerpt = (text: string) => {
    if (start === 0) return short(text, max);
    const body = text.slice(start, start + max);
    return `…${body}${start + max < text.length ? '…' : ''}`;
  };
  return [excerpt(a), excerpt(b)];
}

/**
 * The report as messages, one a line: counts first, then each change. The command prints them
 * and the task pane lists them in their language; 导入记录 writes them in Chinese.
 */
export function reportMessages(report: MergeReport): Message[] {
  const lines: Message[] = [];
  lines.push(
    message('merge.report.counts', {
      itemsAdded: report.itemsAdded.length,
      itemsRemoved: report.itemsRemoved.length,
      itemsChanged: report.itemsChanged.length,
      measuresAdded: report.measuresAdded.length,
      measuresRemoved: report.measuresRemoved.length,
      measuresChanged: report.measuresChanged.length,
    }),
  );
  for (const i of report.itemsAdded)
    lines.push(message('merge.report.itemAdded', { item: i.item, text: short(i.text) }));
  for (const i of report.itemsRemoved)
    lines.push(message('merge.report.itemRemoved', { item: i.item, text: short(i.text) }));
  for (const i of report.itemsChanged)
    for (const c of i.changes) {
      const [old, now] = changeExcerpts(c.old, c.new);
      lines.push(
        message('merge.report.itemChanged', { item: i.item, field: c.field, old, new: now }),
      );
    }
  for (const m of report.measuresAdded) {
    const at = { item: m.item, measure: m.measure, text: short(m.text) };
    lines.push(message('merge.report.measureAdded', at));
  }
  for (const m of report.measuresRemoved) {
    const at = { item: m.item, measure: m.measure, text: short(m.text) };
    lines.push(message('merge.report.measureRemoved', at));
  }
  for (const m of report.measuresChanged)
    for (const c of m.changes) {
      const [old, now] = changeExcerpts(c.old, c.new);
      const at = { item: m.item, measure: m.measure, field: c.field, old, new: now };
      lines.push(message('merge.report.measureChanged', at));
    }
  if (report.milestonesAdded + report.milestonesRemoved > 0)
    lines.push(
      message('merge.report.milestones', {
        added: report.milestonesAdded,
        removed: report.milestonesRemoved,
      }),
    );
  let kept = message('merge.report.kept', { rows: report.rowsKept, userRows: report.userRowsKept });
  if (report.extraColumns.length > 0)
    kept = message('merge.report.keptColumns', { kept, columns: quoted(report.extraColumns) });
  if (report.namesKept.length > 0)
    kept = message('merge.report.keptNames', { kept, count: report.namesKept.length });
  lines.push(kept);
  return lines;
}

/** The report's lines said in `lang` (Chinese unless the face says otherwise). */
export function reportLines(report: MergeReport, lang: Lang = 'zh'): string[] {
  return reportMessages(report).map((m) => render(lang, m));
}
