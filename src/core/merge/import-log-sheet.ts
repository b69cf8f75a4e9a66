import { SHEETS } from '../ledger/model';
import type { PlanCell, SheetPlan } from '../plan/types';
import type { FieldChange, MergeReport } from './report';
import { reportLines } from './report';

/** The columns of 导入记录's change list. */
export const IMPORT_LOG_COLUMNS = ['类别', '问题序号', '措施序号', '字段', '原值', '新值'] as const;

const t = (s: string): PlanCell => ({ text: s });

function changeRows(
  kind: string,
  item: string,
  measure: string,
  changes: readonly FieldChange[],
): PlanCell[][] {
  return changes.map((c) => [t(kind), t(item), t(measure), t(c.field), t(c.old), t(c.new)]);
}

/**
 * The owned sheet 导入记录: when and from what the list was re-imported, the summary, then one row
 * per change (added, removed, changed field with old and new value). Replaced at every import.
 */
export function importLogSheet(report: MergeReport): SheetPlan {
  const summary = reportLines(report)[0] ?? '';
  const head: PlanCell[][] = [
    [t('重新导入清单记录')],
    [t('导入时间'), t(report.generatedAt)],
    [t('新清单来源'), t(report.sourceName)],
    [t('概况'), t(summary)],
    [
      t('保留'),
      t(
        `用户填写的台账行 ${report.rowsKept}；用户自建行 ${report.userRowsKept}；` +
          `用户添加的列 ${report.extraColumns.length > 0 ? report.extraColumns.join('、') : '无'}；` +
          `名录中新清单未列出的名称 ${report.namesKept.length}`,
      ),
    ],
    [],
    IMPORT_LOG_COLUMNS.map(t),
  ];
  const body: PlanCell[][] = [
    ...report.itemsAdded.map((i) => [t('新增问题'), t(i.item), null, t('问题'), null, t(i.text)]),
    ...report.itemsRemoved.map((i) => [t('移除问题'), t(i.item), null, t('问题'), t(i.text), null]),
    ...report.itemsChanged.flatMap((i) => changeRows('问题变更', i.item, '', i.changes)),
    ...report.measuresAdded.map((m) => [
      t('新增措施'),
      t(m.item),
      t(m.measure),
      t('整改措施'),
      null,
      t(m.text),
    ]),
    ...report.measuresRemoved.map((m) => [
      t('移除措施（台账行保留）'),
      t(m.item),
      t(m.measure),
      t('整改措施'),
      t(m.text),
      null,
    ]),
    ...report.measuresChanged.flatMap((m) => changeRows('措施变更', m.item, m.measure, m.changes)),
  ];
  if (body.length === 0) body.push([t('无变化'), null, null, null, null, null]);
  const headerRow = head.length;
  const lastRow = headerRow + body.length;
  return {
    name: SHEETS.importLog,
    rows: [...head, ...body],
    columns: [
      { width: 22 },
      { width: 10, style: { horizontal: 'center' } },
      { width: 10, style: { horizontal: 'center' } },
      { width: 14 },
      { width: 50, style: { wrap: true, vertical: 'top' } },
      { width: 50, style: { wrap: true, vertical: 'top' } },
    ],
    styles: [
      { range: 'A1:A1', style: { bold: true, fontSize: 14 } },
      { range: 'A2:A5', style: { bold: true } },
      {
        range: `A${headerRow}:F${headerRow}`,
        style: { bold: true, fill: '#D9E1F2', border: true },
      },
      { range: `A${headerRow + 1}:F${lastRow}`, style: { border: true, vertical: 'top' } },
    ],
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: headerRow, columns: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: `${headerRow}:${headerRow}`,
    },
    tabColor: '#7F7F7F',
  };
}
