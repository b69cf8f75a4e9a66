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

/** The report as plain Chinese lines (the command prints them; the task pane lists them). */
export function reportLines(report: MergeReport): string[] {
  const lines: string[] = [];
  lines.push(
    `问题：新增 ${report.itemsAdded.length}，移除 ${report.itemsRemoved.length}，变更 ${report.itemsChanged.length}；` +
      `措施：新增 ${report.measuresAdded.length}，移除 ${report.measuresRemoved.length}，变更 ${report.measuresChanged.length}`,
  );
  for (const i of report.itemsAdded) lines.push(`新增问题 ${i.item}：${short(i.text)}`);
  for (const i of report.itemsRemoved) lines.push(`移除问题 ${i.item}：${short(i.text)}`);
  for (const i of report.itemsChanged)
    for (const c of i.changes)
      lines.push(`问题 ${i.item} ${c.field}：${changeExcerpts(c.old, c.new).join(' → ')}`);
  for (const m of report.measuresAdded)
    lines.push(`新增措施 ${m.item}-${m.measure}：${short(m.text)}`);
  for (const m of report.measuresRemoved)
    lines.push(`移除措施 ${m.item}-${m.measure}（台账行已保留并标注）：${short(m.text)}`);
  for (const m of report.measuresChanged)
    for (const c of m.changes)
      lines.push(
        `措施 ${m.item}-${m.measure} ${c.field}：${changeExcerpts(c.old, c.new).join(' → ')}`,
      );
  if (report.milestonesAdded + report.milestonesRemoved > 0)
    lines.push(
      `时间节点：新增 ${report.milestonesAdded}，不在新清单中（已保留并标注）${report.milestonesRemoved}`,
    );
  lines.push(
    `已保留用户填写的台账行 ${report.rowsKept} 行；用户自建行 ${report.userRowsKept} 行` +
      (report.extraColumns.length > 0 ? `；用户添加的列：${report.extraColumns.join('、')}` : '') +
      (report.namesKept.length > 0
        ? `；名录中新清单未列出的名称 ${report.namesKept.length} 个已保留`
        : ''),
  );
  return lines;
}
