import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Cell, DocumentBlocks } from '../../src/core/list/blocks';
import { parseDocumentTraced } from '../../src/core/list/document';
import { rectificationListSchema } from '../../src/core/list/schema';
import { losslessProblems } from '../core/list/accounting';

/**
 * Random documents made of the genre's pieces — paragraphs and tables (headers in their synonyms
 * with stray spaces, cells merged or repeated) — never make the reader throw, and lose nothing:
 * every character of every block is in the lines the reading was made from (a cell repeating the
 * one above it, or the header, is the same text again), and every character of those lines is in
 * a field, a diagnostic or the structure taken out (see accounting.ts).
 */
const PIECES = [
  '一、',
  '二、',
  '（一）',
  '（二）县科工信局',
  '1．',
  '2.',
  '（1）',
  '②',
  '一是',
  '第三条',
  '整改目标：',
  '【牵头单位】',
  '配合单位:',
  '责任单位：',
  '督办县领导：',
  '包案领导 ',
  '整改措施：',
  '整改时限：',
  '时限要求',
  '、',
  '，',
  '。',
  '；',
  '\n',
  ' ',
  '\u3000',
  '— 3 —',
  '附件',
  '县住建局',
  '县水利局等',
  '张某',
  '2023年12月31日前',
  '6月底前',
  '年底前',
  '90天内',
  '立行立改',
  '分阶段推进，2022年6月底前完成，2023年底前',
  '（县住建局牵头，县水利局配合，责任领导：吴某）',
  '已完成整改并上报销号',
  '问题描述',
];
const HEADERS = [
  '序号',
  '序 号',
  '问题',
  '存在问题',
  '整改目标',
  '整 改 措 施',
  '具体措施',
  '牵头单位',
  '配合单位',
  '责任单位',
  '督办领导',
  '完成时限',
  '整改情况',
  '备注',
  '其他',
];

const text = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 8 },
  )
  .map((p) => p.join(''));

const table = fc.record({
  header: fc.array(fc.constantFrom(...HEADERS), { minLength: 2, maxLength: 6 }),
  rows: fc.array(fc.array(fc.option(text, { nil: null, freq: 3 }), { maxLength: 6 }), {
    maxLength: 6,
  }),
});

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: text.map((t) => ({ kind: 'paragraph' as const, text: t })) },
  { weight: 1, arbitrary: table.map((t) => ({ kind: 'table' as const, ...t })) },
);

type Piece =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: (string | null)[][] };

function blocksOf(pieces: readonly Piece[]): DocumentBlocks {
  const blocks: Block[] = [];
  let line = 0;
  let tables = 0;
  for (const p of pieces) {
    if (p.kind === 'paragraph') {
      blocks.push({ kind: 'paragraph', text: p.text, place: { line: ++line } });
      continue;
    }
    const t = ++tables;
    const grid: (string | null)[][] = [p.header, ...p.rows];
    grid.forEach((cells, r) => {
      blocks.push({
        kind: 'row',
        table: t,
        row: r + 1,
        cells: cells.map((c, k): Cell | null =>
          c === null ? null : { text: c, place: { table: t, row: r + 1, column: k + 1 } },
        ),
      });
    });
  }
  return { format: 'docx', encoding: null, blocks, notes: [] };
}

const placeKey = (c: { place: object }) => JSON.stringify(c.place);

// Characters compared without canonical form's context (`:` and `：`, `１` and `1` alike).
const FOLD: Record<string, string> = {
  ':': '：',
  ';': '；',
  ',': '，',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const fold = (ch: string) => {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(48 + code - 0xff10);
  return FOLD[ch] ?? ch;
};
const visible = (s: string) => [...s.replace(/[\s\u200B-\u200D\u2060]/gu, '')].map(fold);

/**
 * Characters of the blocks the lines must carry: repeats of the cell above or of the header go, and
 * so do the cells the reader took as structure (known headers, item numbers).
 */
function blockChars(doc: DocumentBlocks, structure: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const above = new Map<string, string>();
  const header = new Map<string, string>();
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      out.push(...visible(block.text));
      continue;
    }
    block.cells.forEach((cell, k) => {
      const key = `${block.table}:${k}`;
      if (cell === null) return;
      if (structure.has(placeKey(cell))) {
        above.set(key, cell.text.trim());
        if (!header.has(key)) header.set(key, cell.text.trim());
        return;
      }
      if (!header.has(key)) header.set(key, cell.text.trim());
      const repeat =
        above.get(key) === cell.text.trim() ||
        (block.row > 1 && header.get(key) === cell.text.trim());
      if (!repeat) out.push(...visible(cell.text));
      above.set(key, cell.text.trim());
    });
  }
  return out;
}

function missing(from: string[], inside: string[]): string[] {
  const count = new Map<string, number>();
  for (const ch of inside) count.set(ch, (count.get(ch) ?? 0) + 1);
  const lost: string[] = [];
  for (const ch of from) {
    const n = count.get(ch) ?? 0;
    if (n === 0) lost.push(ch);
    else count.set(ch, n - 1);
  }
  return lost;
}

describe('documents built from the genre’s pieces (fast-check)', () => {
  it('never throw, satisfy the schema, and lose no character', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const doc = blocksOf(pieces);
        const reading = parseDocumentTraced(doc);
        rectificationListSchema.parse(reading.list);
        // What a table set aside (cells under unknown headers) is in diagnostics with its place.
        // (As the document has them: the diagnostics hold them canonical, which is not idempotent.)
        const raw = new Map<string, string>();
        for (const b of doc.blocks) {
          if (b.kind === 'row') for (const c of b.cells) if (c) raw.set(placeKey(c), c.text);
        }
        const setAside = reading.list.diagnostics
          .filter((d) => d.code === 'unknown-column')
          .map((d) => raw.get(placeKey({ place: d.place ?? {} })) ?? '');
        const lineText = [...reading.lines.map((l) => l.text), ...setAside].join('\n');
        const structure = new Set(reading.consumed.map(placeKey));
        expect(missing(blockChars(doc, structure), visible(lineText))).toEqual([]);
        expect(losslessProblems(lineText, reading)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  }, 180_000);
});
