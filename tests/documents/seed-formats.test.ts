import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../core/list/seed-fixture';
import { toFodt, toHtml } from './support/compose';
import { convert, gb18030Bytes, xlsxByOpenpyxl } from './support/office';
import { blocksOf, fieldsOf, readingOf, readingOfBytes } from './support/read';
import { SEED_READING, seedPieces, seedSheet, seedTablePieces } from './support/seed-documents';

/**
 * The embedded list in every format staff receive it in reads as the .txt reads, field for field.
 * The files are made here by LibreOffice (text, HTML and flat ODF the test writes) and openpyxl.
 */
const EXPECTED = fieldsOf(SEED_READING);

function expectSameItems(actual: ReturnType<typeof fieldsOf>, expected = EXPECTED): void {
  expect(actual.title).toBe(expected.title);
  expect(actual.items.length).toBe(expected.items.length);
  actual.items.forEach((item, i) => expect(item).toEqual(expected.items[i]));
}

describe('the seed in every format', () => {
  it('reads UTF-8 text with and without BOM, UTF-16 with BOM, and GB18030 alike', async () => {
    const utf8 = new TextEncoder().encode(SEED_TEXT);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${SEED_TEXT}`, 'utf16le'));
    const gb = await gb18030Bytes(SEED_TEXT);
    expect(gb.length).toBeLessThan(utf8.length); // really two bytes a character, not UTF-8
    for (const [bytes, encoding] of [
      [utf8, 'utf-8'],
      [bom, 'utf-8'],
      [utf16, 'utf-16le'],
      [gb, 'gb18030'],
    ] as const) {
      const reading = await readingOfBytes(bytes);
      expect(reading.source).toEqual({ format: 'text', encoding });
      expectSameItems(fieldsOf(reading));
      expect(reading.diagnostics).toEqual(SEED_READING.diagnostics);
    }
  });

  it('reads a .docx made of paragraphs', async () => {
    const reading = await readingOf(await convert('seed', SEED_TEXT, 'txt', 'docx'));
    expect(reading.source).toEqual({ format: 'docx', encoding: null });
    expectSameItems(fieldsOf(reading));
  });

  it('reads a .docx with the list as a table, one row per item, measures as paragraphs in a cell', async () => {
    const path = await convert('seed-table', toHtml(seedTablePieces()), 'html', 'docx');
    const blocks = await blocksOf(path);
    expect(blocks.blocks.filter((b) => b.kind === 'row')).toHaveLength(
      SEED_READING.items.length + 1,
    );
    expectSameItems(fieldsOf(await readingOf(path)));
  });

  it('reads a Word 97–2003 .doc', async () => {
    const reading = await readingOf(await convert('seed', SEED_TEXT, 'txt', 'doc'));
    expect(reading.source?.format).toBe('doc');
    expectSameItems(fieldsOf(reading));
  });

  it('reads a PDF: lines joined across wraps and pages, running header and page numbers taken out as diagnostics', async () => {
    const fodt = toFodt(seedPieces(), {
      header: '保靖县第二轮中央生态环境保护督察整改清单',
      pageNumbers: true,
    });
    const reading = await readingOf(await convert('seed', fodt, 'fodt', 'pdf'));
    expect(reading.source?.format).toBe('pdf');
    expectSameItems(fieldsOf(reading, true), fieldsOf(SEED_READING, true));
    const headers = reading.diagnostics.filter((d) => d.code === 'running-header');
    const numbers = reading.diagnostics.filter((d) => d.code === 'page-number');
    expect(headers.length).toBeGreaterThan(3);
    expect(numbers.length).toBe(headers.length);
    expect(numbers[1]?.dropped).toBe('— 2 —');
    expect(numbers[1]?.place).toMatchObject({ page: 2 });
    expect(headers[0]?.dropped).toBe('保靖县第二轮中央生态环境保护督察整改清单');
  });

  it('reads an .xlsx with one row per measure and the item cells merged', async () => {
    const reading = await readingOf(await xlsxByOpenpyxl('seed-per-measure', seedSheet()));
    expect(reading.source?.format).toBe('xlsx');
    expectSameItems(fieldsOf(reading));
  });
});
