import { z } from 'zod';
import { message, type Message } from '../i18n';
import { messageSchema } from '../i18n/message-schema';

/**
 * A document as the format readers (src/documents/) hand it to the core: paragraphs and table rows,
 * each with its place in the document, so that every diagnostic can say where its text came from.
 * Nothing here knows a file format.
 */
export const placeSchema = z.union([
  /** A line of a text file, or a paragraph of a Word document (1-based). */
  z.strictObject({ line: z.number().int().positive() }),
  /** A line on a page of a PDF (1-based, after running headers and footers are taken out). */
  z.strictObject({ page: z.number().int().positive(), line: z.number().int().positive() }),
  /** A cell of a table (1-based; in a spreadsheet the row and column of the sheet). */
  z.strictObject({
    table: z.number().int().positive(),
    row: z.number().int().positive(),
    column: z.number().int().positive(),
  }),
]);

export const cellSchema = z.strictObject({
  /** The cell's text, paragraphs separated by `\n`. */
  text: z.string(),
  place: placeSchema,
});

export const blockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), text: z.string(), place: placeSchema }),
  z.strictObject({
    kind: z.literal('row'),
    table: z.number().int().positive(),
    row: z.number().int().positive(),
    /** One entry per grid column; null where the column is empty or covered by a merged cell. */
    cells: z.array(cellSchema.nullable()),
  }),
]);

export const documentFormatSchema = z.enum(['text', 'docx', 'doc', 'pdf', 'xlsx', 'csv']);

/** Something a reader took out of the document's text (a running header, a page number). */
export const readerNoteSchema = z.strictObject({
  place: placeSchema,
  code: z.string(),
  /** What was taken out, without the place (the list reader says where). */
  said: messageSchema,
  dropped: z.string(),
});

export const documentBlocksSchema = z.strictObject({
  format: documentFormatSchema,
  /** The text encoding found (`utf-8`, `utf-16le`, `gb18030`), or null for binary formats. */
  encoding: z.string().nullable(),
  blocks: z.array(blockSchema),
  notes: z.array(readerNoteSchema),
});

export type Place = z.infer<typeof placeSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Block = z.infer<typeof blockSchema>;
export type DocumentFormat = z.infer<typeof documentFormatSchema>;
export type ReaderNote = z.infer<typeof readerNoteSchema>;
export type DocumentBlocks = z.infer<typeof documentBlocksSchema>;

/** Where a place is, for messages: `第 3 行`, `第 2 页第 5 行`, `表 1 第 3 行第 2 列` (line 3 …). */
export function describePlace(place: Place, format: DocumentFormat = 'text'): Message {
  if ('table' in place) {
    const { table, row, column } = place;
    return format === 'xlsx' || format === 'csv'
      ? message('list.place.cell', { row, column })
      : message('list.place.tableCell', { table, row, column });
  }
  if ('page' in place) return message('list.place.page', { page: place.page, line: place.line });
  return format === 'docx' || format === 'doc'
    ? message('list.place.paragraph', { line: place.line })
    : message('list.place.line', { line: place.line });
}
