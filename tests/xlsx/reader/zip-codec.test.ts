import { afterEach, describe, expect, it } from 'vitest';
import { NODE_READER_CODEC } from '../../../src/xlsx/package/zip-codec-node';
import { crc32 } from '../../../src/xlsx/reader/crc32';
import {
  PORTABLE_READER_CODEC,
  useReaderCodec,
  type ReaderCodec,
} from '../../../src/xlsx/reader/zip-codec';
import { readWorkbook, WorkbookReadError } from '../../../src/xlsx/reader';
import { minimalPackage } from '../../corpus/minimal-package';
import { zipParts } from '../../corpus/zip-writer';

/**
 * The reader's two codecs (fflate and a table CRC for the browser, zlib's native ones for the
 * command line) read the same workbooks alike and refuse the same damaged ones as damaged.
 */

const CODECS: readonly [string, ReaderCodec][] = [
  ['portable', PORTABLE_READER_CODEC],
  ['node', NODE_READER_CODEC],
];

afterEach(() => useReaderCodec(PORTABLE_READER_CODEC));

const rows = Array.from(
  { length: 300 },
  (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>整改 ${i}</t></is></c></row>`,
).join('');
const good = () => zipParts(minimalPackage([{ name: 'S', data: rows }]));

/** Sets the central directory's declared (inflated) size of the sheet's entry. */
function declaredSize(bytes: Uint8Array, change: (size: number) => number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = 'xl/worksheets/sheet1.xml';
  const text = new TextDecoder('latin1').decode(out);
  for (let at = text.indexOf('PK\x01\x02'); at >= 0; at = text.indexOf('PK\x01\x02', at + 4)) {
    if (text.slice(at + 46, at + 46 + name.length) === name) {
      view.setUint32(at + 24, change(view.getUint32(at + 24, true)), true);
      return out;
    }
  }
  throw new Error('no sheet entry');
}

function failureKey(bytes: Uint8Array): string {
  try {
    readWorkbook(bytes).grid('S');
  } catch (error) {
    if (error instanceof WorkbookReadError) return `${error.key} ${String(error.details.part)}`;
    throw error;
  }
  return 'read';
}

describe('reader zip codecs', () => {
  it.each(CODECS)('%s: reads the same cells', (_, codec) => {
    useReaderCodec(codec);
    const grid = readWorkbook(good()).grid('S');
    expect(grid?.rows.length).toBe(300);
    expect(grid?.rows[299]).toEqual(['整改 299']);
  });

  it.each(CODECS)('%s: a stream longer or shorter than declared is damaged', (_, codec) => {
    useReaderCodec(codec);
    const part = 'xl/worksheets/sheet1.xml';
    expect(failureKey(declaredSize(good(), (n) => n - 7))).toBe(`damaged ${part}`);
    expect(failureKey(declaredSize(good(), (n) => n + 7))).toBe(`damaged ${part}`);
    const garbled = good();
    const at = new TextDecoder('latin1').decode(garbled).indexOf(part) + part.length;
    garbled.fill(0xff, at, at + 40);
    expect(failureKey(garbled)).toMatch(/^damaged /);
  });

  it('agree on CRC-32, whole and in chunks', () => {
    const bytes = new TextEncoder().encode(rows);
    const whole = crc32(bytes);
    expect(NODE_READER_CODEC.crc32(bytes)).toBe(whole);
    expect(PORTABLE_READER_CODEC.crc32(bytes)).toBe(whole);
    expect(crc32(bytes.subarray(1000), crc32(bytes.subarray(0, 1000)))).toBe(whole);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
