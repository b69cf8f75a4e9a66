import type { IsoDate } from '../dates';
import type { Grid } from '../grid';
import { columnLetter } from '../grid';
import { message, render } from '../i18n';
import type { PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { HEADER_STYLE } from '../workbook/palette';
import { planCellOf } from './cells';
import type { CollectEntry, CollectKind } from './collect-types';
import { entryCell } from './entry-text';

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

/** The 结果 column: the kinds as the catalogue says them in Chinese, the workbook's language. */
export const KIND_LABELS: Readonly<Record<CollectKind, string>> = {
  taken: render('zh', message('collect.kind.taken')),
  added: render('zh', message('collect.kind.added')),
  refused: render('zh', message('collect.kind.refused')),
  conflict: render('zh', message('collect.kind.conflict')),
  'file-refused': render('zh', message('collect.kind.file-refused')),
};

const WIDTHS = [12, 10, 28, 18, 14, 9, 9, 12, 24, 24, 60];

/**
 * 回收记录: every change taken, every refusal and conflict of every collect, appended cycle after
 * cycle: the rows already on the sheet are kept as they are and this collect's follow them. The
 * workbook is Chinese whatever the UI's language, so the entries are said in Chinese here.
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
  const fresh: PlanCell[][] = entries.map((e) => {
    const cell = entryCell(e);
    return [
      { date: today },
      { text: KIND_LABELS[e.kind] },
      ...[
        e.file,
        e.unit,
        cell === null ? '' : typeof cell === 'string' ? cell : render('zh', cell),
        e.item,
        e.measure,
        e.column,
        logValue(e.before),
        logValue(e.after),
        render('zh', e.reason),
      ].map((t): PlanCell => (t === '' ? null : { text: t })),
    ];
  });
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

/** 原值 / 新值: blank when the entry has no value, （空） for an empty cell. */
function logValue(text: string | null): string {
  if (text === null) return '';
  return text === '' ? render('zh', message('collect.value.empty')) : text;
}
