import {
  describePlace,
  type Block,
  type DocumentBlocks,
  type Place,
  type ReaderNote,
} from './blocks';
import { isMessage, message, render, type Message, type MessageParam } from '../i18n';
import type { ParamValue } from '../i18n/translate';
import { canonicalise } from './normalise';
import { parseListTraced, type TracedReading } from './parse';
import type { ParseDiagnostic, RectificationList } from './schema';
import { tableLines, type PlacedLine } from './table';

/**
 * Reads a list from the blocks of any document: paragraphs become lines, tables with a recognised
 * header become the lines their rows stand for, and the line reader does the rest. Every
 * diagnostic then says where in the document its text is (page and line, table row and column),
 * and what the format reader took out (running headers, page numbers) is kept as diagnostics.
 */
export interface DocumentLines {
  readonly lines: PlacedLine[];
  /** Table cells read as structure (headers, item numbers); see table.ts. */
  readonly consumed: PlacedLine[];
  readonly notes: ReaderNote[];
}

export function documentLines(blocks: readonly Block[]): DocumentLines {
  const out: PlacedLine[] = [];
  const consumed: PlacedLine[] = [];
  const notes: ReaderNote[] = [];
  for (let i = 0; i < blocks.length;) {
    const block = blocks[i];
    if (!block) break;
    if (block.kind === 'paragraph') {
      for (const text of block.text.split('\n')) out.push({ text, place: block.place });
      i++;
      continue;
    }
    const rows: Extract<Block, { kind: 'row' }>[] = [];
    while (i < blocks.length) {
      const next = blocks[i];
      if (next?.kind !== 'row' || next.table !== block.table) break;
      rows.push(next);
      i++;
    }
    const table = tableLines(rows);
    out.push(...table.lines);
    consumed.push(...table.consumed);
    notes.push(...table.notes);
  }
  return { lines: out, consumed, notes };
}

export interface DocumentReading extends TracedReading {
  /** The lines the reading was made from, each with its place (index = line number − 1). */
  readonly lines: readonly PlacedLine[];
  /** Table cells read as structure (headers, item numbers). */
  readonly consumed: readonly PlacedLine[];
}

export function parseDocumentTraced(document: DocumentBlocks): DocumentReading {
  const { lines, consumed, notes: tableNotes } = documentLines(document.blocks);
  const reading = parseListTraced(lines.map((l) => l.text).join('\n'));
  const placeOf = (line: number): Place | undefined => lines[line - 1]?.place;
  const textPlaces = document.format === 'text';
  const diagnostics: ParseDiagnostic[] = reading.list.diagnostics.map((d) => {
    const place = d.line > 0 ? placeOf(d.line) : undefined;
    if (textPlaces || place === undefined) return d;
    // Every line in the message (the diagnostic's own, an earlier duplicate's) as a place.
    const said = relocated(d.said, (line) => {
      const at = placeOf(line);
      return at ? describePlace(at, document.format) : null;
    });
    return { ...d, place, message: render('zh', said), said };
  });
  const notes: ParseDiagnostic[] = [...document.notes, ...tableNotes].map((note) => {
    const said = message('list.diagnostic', {
      where: describePlace(note.place, document.format),
      what: note.said,
    });
    return {
      line: 'line' in note.place && !('page' in note.place) ? note.place.line : 0,
      severity: 'warning',
      code: note.code,
      message: render('zh', said),
      said,
      // Canonical, as every other field and dropped text is (normalise.ts).
      dropped: canonicalise(note.dropped),
      place: note.place,
    };
  });
  const list: RectificationList = {
    source: { format: document.format, encoding: document.encoding },
    ...reading.list,
    diagnostics: [...notes, ...diagnostics],
  };
  return { list, trace: reading.trace, lines, consumed };
}

/** The message with every line of the read text (`list.place.line`) as the place `at` gives. */
function relocated(said: Message, at: (line: number) => Message | null): Message {
  if (said.key === 'list.place.line') {
    const line = said.params?.['line'];
    return (typeof line === 'number' ? at(line) : null) ?? said;
  }
  if (said.params === undefined) return said;
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(said.params)) {
    if (isMessage(value)) params[name] = relocated(value, at);
    else if (Array.isArray(value))
      params[name] = value.map((v: ParamValue | Message) =>
        typeof v === 'object' ? relocated(v, at) : v,
      );
    else params[name] = value;
  }
  return { key: said.key, params };
}

export function parseDocument(document: DocumentBlocks): RectificationList {
  return parseDocumentTraced(document).list;
}
