import { parseList } from '../../../src/core/list/parse';
import type { ListItem, RectificationList } from '../../../src/core/list/schema';
import { SEED_TEXT } from '../../core/list/seed-fixture';
import { cell, centered, para, type CellSpec, type Piece } from './compose';
import type { SheetSpec } from './office';

/** The seed as the text reader reads it: what every other format must give. */
export const SEED_READING: RectificationList = parseList(SEED_TEXT);

const names = (list: readonly string[], open: boolean) => `${list.join('、')}${open ? '等' : ''}`;

/** The measures as a person types them in a cell: group headings, then `1．…` paragraphs. */
function measureParagraphs(item: ListItem): string[][] {
  let group: string | null = null;
  return item.measures.map((m) => {
    const out: string[] = [];
    const [numeral, n] = m.id.includes('.') ? m.id.split('.') : [null, m.id];
    if (m.group !== null && m.group !== group) out.push(`（${numeral}）${m.group}`);
    group = m.group;
    const [first = '', ...rest] = m.text.split('\n');
    out.push(`${n}．${first}`, ...rest);
    return out;
  });
}

/** The seed's lines as paragraphs (the title centred), for Word and PDF. */
export function seedPieces(): Piece[] {
  const lines = SEED_TEXT.split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.map((line, i) => (i > 0 && i < 3 ? centered(line) : para(line)));
}

const HEADER = [
  '序号',
  '问题',
  '整改目标',
  '牵头单位',
  '配合单位',
  '督办县领导',
  '整改措施',
  '整改时限',
];

function itemCells(item: ListItem): string[][] {
  return [
    [String(item.no)],
    item.problem.split('\n'),
    item.goal === '' ? [] : item.goal.split('\n'),
    item.leadUnits.length ? [names(item.leadUnits, item.openEnded.leadUnits)] : [],
    item.coopUnits.length ? [names(item.coopUnits, item.openEnded.coopUnits)] : [],
    item.leaders.length ? [names(item.leaders, item.openEnded.leaders)] : [],
    measureParagraphs(item).flat(),
    item.deadline.text.split('\n'),
  ];
}

/** The seed as a Word table, one row per item, the measures as paragraphs in one cell. */
export function seedTablePieces(): Piece[] {
  const rows: (CellSpec | null)[][] = [
    HEADER.map((h) => cell(h)),
    ...SEED_READING.items.map((item) => itemCells(item).map((ps) => cell(...ps))),
  ];
  return [para('附件'), centered(SEED_READING.title), { table: rows }];
}

/** The seed as a workbook: one row per measure, the item's cells merged down its rows. */
export function seedSheet(): SheetSpec {
  // The title across the sheet above the header, as such sheets are laid out.
  const rows: (string | null)[][] = [
    [SEED_READING.title, ...HEADER.slice(1).map(() => null)],
    [...HEADER],
  ];
  const merges: string[] = ['A1:H1'];
  const letters = 'ABCDEFGH';
  for (const item of SEED_READING.items) {
    const cells = itemCells(item).map((ps) => (ps.length === 0 ? null : ps.join('\n')));
    const measures = measureParagraphs(item);
    const top = rows.length + 1;
    measures.forEach((m, k) => {
      rows.push(cells.map((value, c) => (c === 6 ? m.join('\n') : k === 0 ? value : null)));
    });
    const bottom = rows.length;
    if (bottom > top) {
      for (const [c, letter] of [...letters].entries()) {
        if (c !== 6) merges.push(`${letter}${top}:${letter}${bottom}`);
      }
    }
  }
  return { rows, merges };
}
