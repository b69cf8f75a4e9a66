import type { Block, Cell, Place } from './blocks';
import { numeralOf, numeralValue } from './numerals';

/**
 * A list kept as a table (Word, PDF copied from one, a workbook): columns are found by their
 * headers, whatever synonym and stray spaces the county uses, and each row is written out as the
 * lines the text reader knows (`一、问题`, `整改目标：…`, `整改措施：` + numbered measures), each line
 * keeping the place of the cell it came from. One row per item (measures numbered inside a cell)
 * and one row per measure (the item's cells merged or repeated down the rows) read alike.
 */
export type Column =
  | 'no'
  | 'problem'
  | 'goal'
  | 'measures'
  | 'leadUnits'
  | 'coopUnits'
  | 'responsible'
  | 'leaders'
  | 'deadline'
  | 'closure';

const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  no: ['序号', '编号', '问题序号', '问题编号'],
  problem: [
    '问题',
    '存在问题',
    '问题描述',
    '反馈问题',
    '督察反馈问题',
    '主要问题',
    '具体问题',
    '问题内容',
    '问题清单',
    '突出问题',
    '反馈意见',
  ],
  goal: ['整改目标', '目标要求', '目标'],
  measures: ['整改措施', '具体措施', '工作措施', '措施', '整改任务', '主要措施'],
  leadUnits: ['牵头单位', '主责单位', '牵头部门', '主责部门'],
  coopUnits: ['配合单位', '协办单位', '配合部门'],
  responsible: ['责任单位', '责任部门'],
  leaders: [
    '督办县领导',
    '责任领导',
    '牵头县领导',
    '县级责任领导',
    '包案领导',
    '分管领导',
    '责任县领导',
    '督办领导',
  ],
  deadline: ['整改时限', '完成时限', '整改期限', '时限要求', '完成期限', '时限'],
  closure: ['整改情况', '完成情况', '办结情况', '整改进展', '备注'],
};

const COLUMN_OF = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, readonly string[]][]).flatMap(([column, words]) =>
    words.map((w) => [w, column] as const),
  ),
);

/** A header cell's column: spaces and line breaks inside it (`整 改 措 施`) do not matter. */
export function columnOfHeader(text: string): Column | null {
  return COLUMN_OF.get(text.replace(/[\s\u200B-\u200D\u2060:：]/gu, '')) ?? null;
}

/** The header row's columns, or null when the row is not a list's header. */
export function headerColumns(cells: readonly (Cell | null)[]): (Column | null)[] | null {
  const columns = cells.map((cell) => (cell === null ? null : columnOfHeader(cell.text)));
  const found = new Set(columns.filter((c): c is Column => c !== null));
  const enough = found.size >= 2 && (found.has('problem') || found.has('measures'));
  return enough ? columns : null;
}

export interface PlacedLine {
  readonly text: string;
  readonly place: Place;
}

type RowBlock = Extract<Block, { kind: 'row' }>;

const LABEL: Readonly<Partial<Record<Column, string>>> = {
  goal: '整改目标：',
  leadUnits: '牵头单位：',
  coopUnits: '配合单位：',
  leaders: '督办县领导：',
  deadline: '整改时限：',
};

const MEASURE_NUMBER =
  /^\s*(?:\d{1,2}\s*[．.、]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|[①-⑳]|[一二三四五六七八九十]{1,2}是)/u;

interface ItemRows {
  readonly first: RowBlock;
  readonly rows: RowBlock[];
}

function cellAt(row: RowBlock, index: number): Cell | null {
  return row.cells[index] ?? null;
}

/** The lines of a table with a recognised header; rows before the header are plain lines. */
export function tableLines(rows: readonly RowBlock[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  const headerAt = rows.findIndex((row) => headerColumns(row.cells) !== null);
  if (headerAt < 0) return rows.flatMap(plainRowLines);
  for (const row of rows.slice(0, headerAt)) out.push(...plainRowLines(row));
  const header = rows[headerAt];
  const columns = header ? (headerColumns(header.cells) ?? []) : [];
  const index = (column: Column) => columns.indexOf(column);
  // 责任单位 is the lead when the table has no 牵头单位 column, the cooperating units when it has.
  const responsibleAs: Column = index('leadUnits') >= 0 ? 'coopUnits' : 'leadUnits';
  const keyColumn = index('no') >= 0 ? index('no') : index('problem');
  const entries: ({ kind: 'plain'; row: RowBlock } | { kind: 'item'; item: ItemRows })[] = [];
  let previous: ItemRows | null = null;
  for (const row of rows.slice(headerAt + 1)) {
    const filled = row.cells.filter((c): c is Cell => c !== null && c.text.trim() !== '');
    if (filled.length === 0) continue;
    // A repeated header (a table running over pages) carries nothing new.
    if (headerColumns(row.cells) !== null) continue;
    const key = keyColumn >= 0 ? cellAt(row, keyColumn) : null;
    // A row with only its first cell (`一、水环境方面` across the table): a plain line, not an item.
    const only = filled.length === 1 ? row.cells.indexOf(filled[0] ?? null) : -1;
    if (only >= 0 && only <= Math.max(keyColumn, 0)) {
      entries.push({ kind: 'plain', row });
      previous = null;
      continue;
    }
    const sameKey =
      previous !== null &&
      (key === null || key.text.trim() === cellAt(previous.first, keyColumn)?.text.trim());
    if (sameKey && previous) previous.rows.push(row);
    else {
      previous = { first: row, rows: [row] };
      entries.push({ kind: 'item', item: previous });
    }
  }
  let position = 0;
  for (const entry of entries) {
    if (entry.kind === 'plain') out.push(...plainRowLines(entry.row));
    else out.push(...itemLines(entry.item, ++position, columns, responsibleAs));
  }
  return out;
}

function plainRowLines(row: RowBlock): PlacedLine[] {
  return row.cells.flatMap((cell) => (cell === null ? [] : splitCell(cell)));
}

function splitCell(cell: Cell, prefix = ''): PlacedLine[] {
  return cell.text
    .split('\n')
    .map((text, i) => ({ text: i === 0 ? prefix + text : text, place: cell.place }));
}

/** The item's numeral from its 序号 cell (`1`, `一`, `1.`), else its position in the table. */
function numeralFrom(cell: Cell | null, position: number): string {
  const text = (cell?.text ?? '').replace(/[\s、．.]/gu, '');
  if (/^\d{1,2}$/u.test(text)) return numeralOf(Number(text));
  if (numeralValue(text) !== null) return text;
  return numeralOf(position);
}

function itemLines(
  item: ItemRows,
  position: number,
  columns: readonly (Column | null)[],
  responsibleAs: Column,
): PlacedLine[] {
  const out: PlacedLine[] = [];
  const columnOf = (i: number): Column | null => {
    const c = columns[i] ?? null;
    return c === 'responsible' ? responsibleAs : c;
  };
  const first = item.first;
  const index = (column: Column) => columns.findIndex((_, i) => columnOf(i) === column);
  const noCell = index('no') >= 0 ? cellAt(first, index('no')) : null;
  const problem = index('problem') >= 0 ? cellAt(first, index('problem')) : null;
  const numeral = numeralFrom(noCell, position);
  const problemPlace = problem?.place ?? noCell?.place ?? first.cells.find((c) => c)?.place;
  if (problem) out.push(...splitCell(problem, `${numeral}、`));
  else if (problemPlace) out.push({ text: `${numeral}、`, place: problemPlace });
  const perMeasure = item.rows.length > 1;
  // Item-level columns: the first row's cell (merged cells are empty below it; repeated ones equal).
  const itemLevel = (column: Column): Cell | null => {
    const i = index(column);
    if (i < 0) return null;
    return item.rows.map((r) => cellAt(r, i)).find((c) => c !== null) ?? null;
  };
  // A column given per measure: its rows differ, and not merely as a merged cell (a value in the
  // first row, empty below) does.
  const varies = (column: Column): boolean => {
    const i = index(column);
    if (i < 0 || !perMeasure) return false;
    const texts = item.rows.map((r) => cellAt(r, i)?.text.trim() ?? '');
    if (new Set(texts).size <= 1) return false;
    return !(texts[0] !== '' && texts.slice(1).every((t) => t === ''));
  };
  for (const column of ['goal', 'leadUnits', 'coopUnits', 'leaders'] as const) {
    const cell = itemLevel(column);
    if (cell && !varies(column)) out.push(...splitCell(cell, LABEL[column] ?? ''));
  }
  const measuresAt = index('measures');
  if (measuresAt >= 0) {
    const cells = item.rows.map((r) => cellAt(r, measuresAt));
    const place = cells.find((c) => c)?.place;
    if (place) out.push({ text: '整改措施：', place });
    cells.forEach((cell, k) => {
      if (cell === null) return;
      const numbered = !perMeasure || MEASURE_NUMBER.test(cell.text);
      const lines = splitCell(cell, numbered ? '' : `${k + 1}．`);
      const own = (['leadUnits', 'coopUnits', 'leaders'] as const)
        .filter((column) => varies(column))
        .flatMap((column) => {
          const c = cellAt(item.rows[k] ?? first, index(column));
          return c && c.text.trim() !== ''
            ? [`${LABEL[column] ?? ''}${c.text.replace(/\n/gu, '、')}`]
            : [];
        });
      const last = lines[lines.length - 1];
      if (own.length > 0 && last) {
        lines[lines.length - 1] = { text: `${last.text}（${own.join('；')}）`, place: last.place };
      }
      out.push(...lines);
    });
  }
  const deadline = itemLevel('deadline');
  const closure = itemLevel('closure');
  if (deadline) {
    const lines = splitCell(deadline, LABEL.deadline);
    const last = lines[lines.length - 1];
    if (closure && last)
      lines[lines.length - 1] = {
        text: `${last.text} ${closure.text.replace(/\n/gu, ' ')}`,
        place: last.place,
      };
    out.push(...lines);
  } else if (closure) {
    out.push(...splitCell(closure, LABEL.deadline));
  }
  return out;
}
