/** A synthetic workbook for benchmarks: a realistic mix of clean, overdue and broken rows. */
import { excelSerialFromIso } from '../src/core/dates';
import type { Grid, GridCell, WorkbookSnapshot } from '../src/core/grid';
import { ITEM_COLUMNS, LEDGER_COLUMNS, SHEETS, STATUSES } from '../src/core/ledger/model';

const ITEMS = 60;

/** A row that breaks no rule (item deadlines in the fixture are 2026-06-30 or 2026-12-31). */
function cleanRow(i: number): GridCell[] {
  const item = (i % ITEMS) + 1;
  // Odd items are due 2026-06-30 (and done), even ones 2026-12-31, as in the fixture's 清单.
  const done = item % 2 === 1;
  const deadline = done ? { date: '2026-06-30' } : { date: '2026-12-31' };
  return [
    item,
    String(Math.floor(i / ITEMS) + 1),
    `第${i}条整改措施：建立健全长效机制，确保整改到位`,
    '县住建局、县水利局',
    '张三',
    '2026年12月底前',
    deadline,
    done ? '已完成' : '推进中',
    done ? excelSerialFromIso('2026-06-01') : null,
    '已召开专题会议，正在推进',
    null,
    '2026/11/1',
    null,
  ];
}

function ledgerRow(i: number): GridCell[] {
  const item = (i % ITEMS) + 1;
  const status = STATUSES[i % STATUSES.length] ?? '推进中';
  const done = status === '已完成' || status === '已销号';
  // A realistic mix: some overdue, some without progress, some stale, a few broken cells.
  const deadline = i % 3 === 0 ? { date: '2026-06-30' } : { date: '2026-12-31' };
  return [
    item,
    String(Math.floor(i / ITEMS) + 1),
    `第${i}条整改措施：建立健全长效机制，确保整改到位`,
    i % 11 === 0 ? '县住建局、县外单位' : '县住建局、县水利局',
    i % 13 === 0 ? '张三、王五' : '张三',
    '2026年12月底前',
    i % 97 === 0 ? '2026年2月30日' : deadline,
    i % 89 === 0 ? '完成' : status,
    done ? excelSerialFromIso('2026-06-01') : null,
    i % 4 === 0 ? null : '已召开专题会议，正在推进',
    null,
    i % 5 === 0 ? null : '2026/11/1',
    i % 101 === 0 ? { error: '#N/A' } : null,
  ];
}

function grid(sheet: string, rows: GridCell[][]): Grid {
  return { sheet, rows };
}

/** `mixed`: about one issue per row (the worst realistic case); `clean`: ready to submit. */
export function benchSnapshot(
  rowCount: number,
  kind: 'mixed' | 'clean' = 'mixed',
): WorkbookSnapshot {
  const row = kind === 'clean' ? cleanRow : ledgerRow;
  const ledger = grid(SHEETS.ledger, [
    [...LEDGER_COLUMNS],
    ...Array.from({ length: rowCount }, (_, i) => row(i)),
  ]);
  const items = grid(SHEETS.items, [
    [...ITEM_COLUMNS],
    ...Array.from({ length: ITEMS }, (_, i) => [
      i + 1,
      `问题${i + 1}`,
      null,
      null,
      null,
      null,
      null,
      i % 2 ? { date: '2026-12-31' } : { date: '2026-06-30' },
    ]),
  ]);
  const lists = grid(SHEETS.lists, [
    ['状态', '督办县领导', '责任单位'],
    ...STATUSES.map((s, i) => [s, i === 0 ? '张三' : null, ['县住建局', '县水利局'][i] ?? null]),
  ]);
  const milestones = grid(SHEETS.milestones, [['问题序号', '措施序号', '节点日期', '节点内容']]);
  const grids = [items, ledger, milestones, lists];
  return {
    sheetNames: grids.map((g) => g.sheet),
    grid: (name) => grids.find((g) => g.sheet === name) ?? null,
  };
}
