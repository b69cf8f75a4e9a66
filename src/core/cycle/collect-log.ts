import type { IsoDate } from '../dates';
import type { Grid } from '../grid';
import { columnLetter } from '../grid';
import type { PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { HEADER_STYLE } from '../workbook/palette';
import { planCellOf } from './cells';
import type { CollectEntry, CollectKind } from './collect-types';

export const COLLECT_LOG_SHEET = '回收记录';

export const COLLECT_LOG_COLUMNS = [
  '回收日期',
  '结果',
  '文件',
  '单位',
  '位置',
  '问题序号',
  '措施序号',
  '列',
  '原值',
  '新值',
  '说明',
] as const;

export const KIND_LABELS: Readonly<Record<CollectKind, string>> = {
  taken: '已采纳',
  added: '新增行',
  refused: '未采纳',
  conflict: '冲突',
  'file-refused': '拒收文件',
};

const WIDTHS = [12, 10, 28, 18, 14, 9, 9, 12, 24, 24, 60];

/**
 * 回收记录: every change taken, every refusal and conflict of every collect, appended cycle after
 * cycle: the rows already on the sheet are kept as they are and this collect's follow them.
 */
export function collectLogSheet(
  previous: Grid | null,
  entries: readonly CollectEntry[],
  today: IsoDate,
): SheetPlan {
  const width = COLLECT_LOG_COLUMNS.length;
  const last = columnLetter(width - 1);
  const kept: PlanCell[][] = (previous?.rows.slice(1) ?? [])
    .filter((r) => r.some((c) => c !== null && c !== ''))
    .map((r) => Array.from({ length: width }, (_, i) => planCellOf(r[i])));
  const fresh: PlanCell[][] = entries.map((e) => [
    { date: today },
    { text: KIND_LABELS[e.kind] },
    ...[e.file, e.unit, e.cell, e.item, e.measure, e.column, e.before, e.after, e.reason].map(
      (t): PlanCell => (t === '' ? null : { text: t }),
    ),
  ]);
  const rows = [COLLECT_LOG_COLUMNS.map((h): PlanCell => ({ text: h })), ...kept, ...fresh];
  const styles: RangeStyle[] = [
    { range: `A1:${last}1`, style: HEADER_STYLE },
    { range: `A2:A${Math.max(rows.length, 2)}`, style: { numberFormat: 'yyyy-mm-dd' } },
  ];
  if (rows.length > 1) {
    styles.push({
      range: `A2:${last}${rows.length}`,
      style: { border: true, wrap: true, vertical: 'top' },
    });
  }
  return {
    name: COLLECT_LOG_SHEET,
    rows,
    columns: WIDTHS.map((w) => ({ width: w })),
    styles,
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '1:1' },
  };
}
