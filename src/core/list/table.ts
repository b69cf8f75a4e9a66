import { message } from '../i18n';
import type { Block, Cell, Place, ReaderNote } from './blocks';
import { quote } from './diagnostics';
import { FIELD_NAMES } from './labels';
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

/** A table's reading: its lines, the cells taken as structure, and the text it set aside. */
export interface TableReading {
  readonly lines: PlacedLine[];
  /** Header cells and item-number cells: structure, as labels and numbering are in text. */
  readonly consumed: PlacedLine[];
  /** Cells of columns with no known header, kept with their place (never silently lost). */
  readonly notes: ReaderNote[];
}

type RowBlock = Extract<Block, { kind: 'row' }>;

/** The label line a column's cells stand under, in the list's own words (`整改目标：`). */
const LABEL: Readonly<Partial<Record<Column, string>>> = {
  goal: `${FIELD_NAMES.goal}：`,
  leadUnits: `${FIELD_NAMES.leadUnits}：`,
  coopUnits: `${FIELD_NAMES.coopUnits}：`,
  leaders: `${FIELD_NAMES.leaders}：`,
  deadline: `${FIELD_NAMES.deadline}：`,
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
export function tableLines(rows: readonly RowBlock[]): TableReading {
  const reading: TableReading = { lines: [], consumed: [], notes: [] };
  const out = reading.lines;
  const headerAt = rows.findIndex((row) => headerColumns(row.cells) !== null);
  if (headerAt < 0) {
    out.push(...rows.flatMap(plainRowLines));
    return reading;
  }
  for (const row of rows.slice(0, headerAt)) out.push(...plainRowLines(row));
  const header = rows[headerAt];
  // A second column of a kind already found (two 问题 columns) is read as an unknown one.
  // 责任单位 is the lead when the table has no 牵头单位 column, the cooperating units when it has.
  const found = header ? (headerColumns(header.cells) ?? []) : [];
  const responsibleAs: Column = found.includes('leadUnits') ? 'coopUnits' : 'leadUnits';
  const columns: (Column | null)[] = [];
  for (const raw of found) {
    const c = raw === 'responsible' ? responsibleAs : raw;
    columns.push(c !== null && !columns.includes(c) ? c : null);
  }
  header?.cells.forEach((cell, i) => {
    if (cell === null) return;
    if (columns[i] !== null) reading.consumed.push({ text: cell.text, place: cell.place });
    else {
      reading.notes.push({
        place: cell.place,
        code: 'unknown-column',
        said: message('list.note.unknownHeader', { header: quote(cell.text.trim()) }),
        dropped: cell.text,
      });
    }
  });
  const index = (column: Column) => columns.indexOf(column);
  const keyColumn = index('no') >= 0 ? index('no') : index('problem');
  const entries: ({ kind: 'plain'; row: RowBlock } | { kind: 'item'; item: ItemRows })[] = [];
  let previous: ItemRows | null = null;
  for (const row of rows.slice(headerAt + 1)) {
    const filled = row.cells.filter((c): c is Cell => c !== null && c.text.trim() !== '');
    if (filled.length === 0) continue;
    // A repeated header (a table running over pages) carries nothing new.
    if (header && sameTexts(row, header)) continue;
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
    else itemLines(entry.item, ++position, columns, reading);
  }
  return reading;
}

function sameTexts(row: RowBlock, header: RowBlock): boolean {
  return row.cells.every((c, i) => (c?.text.trim() ?? '') === (header.cells[i]?.text.trim() ?? ''));
}

function plainRowLines(row: RowBlock): PlacedLine[] {
  return row.cells.flatMap((cell) => (cell === null ? [] : splitCell(cell)));
}

function splitCell(cell: Cell, prefix = ''): PlacedLine[] {
  return cell.text
    .split('\n')
    .map((text, i) => ({ text: i === 0 ? prefix + text : text, place: cell.place }));
}

/** The item's numeral from its 序号 cell (`1`, `一`, `1.`), or null when it is not a number. */
function numeralFrom(cell: Cell | null): string | null {
  const text = (cell?.text ?? '').replace(/[\s、．.]/gu, '');
  if (/^\d{1,2}$/u.test(text) && Number(text) > 0) return numeralOf(Number(text));
  if (numeralValue(text) !== null) return text;
  return null;
}

function itemLines(
  item: ItemRows,
  position: number,
  columns: readonly (Column | null)[],
  reading: TableReading,
): void {
  const out = reading.lines;
  const first = item.first;
  const index = (column: Column) => columns.indexOf(column);
  /** A column's cells down the item's rows, each repeat of the row above left out. */
  const cellsOf = (column: Column): (Cell | null)[] => {
    const i = index(column);
    if (i < 0) return item.rows.map(() => null);
    let above = '';
    return item.rows.map((r) => {
      const cell = cellAt(r, i);
      const text = cell?.text.trim() ?? '';
      if (text === '') return null;
      const repeat = text === above;
      above = text;
      return repeat ? null : cell;
    });
  };
  const present = (column: Column) => cellsOf(column).filter((c): c is Cell => c !== null);
  // Cells under an unknown header: kept as notes with their place.
  item.rows.forEach((row) => {
    row.cells.forEach((cell, i) => {
      if (cell === null || cell.text.trim() === '' || (columns[i] ?? null) !== null) return;
      reading.notes.push({
        place: cell.place,
        code: 'unknown-column',
        said: message('list.note.noHeader', { text: quote(cell.text.trim()) }),
        dropped: cell.text,
      });
    });
  });
  const [noCell, ...otherNumbers] = present('no');
  const numeral = numeralFrom(noCell ?? null);
  if (noCell && numeral !== null) reading.consumed.push({ text: noCell.text, place: noCell.place });
  // A 序号 that is not a number (`A-1`) still leads its item's problem, as written.
  const [problem, ...moreProblems] = present('problem');
  const problemPlace = problem?.place ?? noCell?.place ?? first.cells.find((c) => c)?.place;
  const itemNumeral = numeral ?? numeralOf(position);
  const unreadNumber = noCell && numeral === null ? `${noCell.text.replace(/\n/gu, ' ')} ` : '';
  if (problem) out.push(...splitCell(problem, `${itemNumeral}、${unreadNumber}`));
  else if (problemPlace) {
    out.push({ text: `${itemNumeral}、${unreadNumber}`, place: noCell?.place ?? problemPlace });
  }
  for (const cell of [...otherNumbers, ...moreProblems]) out.push(...splitCell(cell));
  const perMeasure = item.rows.length > 1;
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
    if (varies(column) && column !== 'goal') continue;
    // Several different cells for one item (rows that disagree): the first labelled, the others
    // continuing the field.
    present(column).forEach((cell, k) =>
      out.push(...splitCell(cell, k === 0 ? (LABEL[column] ?? '') : '')),
    );
  }
  const measuresAt = index('measures');
  if (measuresAt >= 0) {
    const cells = item.rows.map((r) => cellAt(r, measuresAt));
    const place = cells.find((c) => c)?.place;
    if (place) out.push({ text: `${FIELD_NAMES.measures}：`, place });
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
    // A row that names units but no measure: its units are the item's.
    for (const column of ['leadUnits', 'coopUnits', 'leaders'] as const) {
      if (!varies(column)) continue;
      item.rows.forEach((row, k) => {
        const c = cellAt(row, index(column));
        if (cells[k] === null && c && c.text.trim() !== '')
          out.push(...splitCell(c, LABEL[column] ?? ''));
      });
    }
  } else {
    // No measures column, but the unit columns vary by row: still read, as item fields.
    for (const column of ['leadUnits', 'coopUnits', 'leaders'] as const) {
      if (!varies(column)) continue;
      present(column).forEach((cell, k) =>
        out.push(...splitCell(cell, k === 0 ? (LABEL[column] ?? '') : '')),
      );
    }
  }
  const deadlines = present('deadline');
  const closures = present('closure');
  const [deadline, ...moreDeadlines] = deadlines;
  const closure = closures.map((c) => c.text.replace(/\n/gu, ' ')).join(' ');
  if (deadline) {
    const lines = splitCell(deadline, LABEL.deadline);
    const last = lines[lines.length - 1];
    if (closure !== '' && last) {
      lines[lines.length - 1] = { text: `${last.text} ${closure}`, place: last.place };
    }
    out.push(...lines);
    for (const cell of moreDeadlines) out.push(...splitCell(cell));
  } else if (closures[0]) {
    out.push({ text: `${LABEL.deadline ?? ''}${closure}`, place: closures[0].place });
  }
}
