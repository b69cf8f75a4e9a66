import { describe, expect, it } from 'vitest';
import { newPackage } from '../../src/xlsx/package/new-package';
import { Package } from '../../src/xlsx/package/parts';
import { NODE_CODEC } from '../../src/xlsx/package/zip-codec-node';
import {
  PORTABLE_CODEC,
  concatBytes,
  useZipCodec,
  type ZipCodec,
} from '../../src/xlsx/package/zip-codec';
import { readWorkbook } from '../../src/xlsx/reader';

/** The package writer's two zip codecs (fflate for the browser, zlib for Node) agree. */

const NOW = new Date(Date.UTC(2026, 11, 1, 8));
const text = '<?xml version="1.0"?>\n' + '<row>整改台账 ledger 0123456789</row>'.repeat(5000);

async function written(codec: ZipCodec): Promise<Uint8Array> {
  useZipCodec(codec);
  try {
    const pkg = newPackage(NOW, 'test');
    pkg.set('xl/extra.xml', text);
    return await pkg.toBytes(NOW);
  } finally {
    useZipCodec(NODE_CODEC);
  }
}

describe('zip codecs', () => {
  it('read what the other wrote, part for part', async () => {
    const byNode = await written(NODE_CODEC);
    const portable = await written(PORTABLE_CODEC);
    for (const [bytes, reader] of [
      [byNode, PORTABLE_CODEC],
      [portable, NODE_CODEC],
    ] as const) {
      useZipCodec(reader);
      try {
        const pkg = Package.open(bytes);
        expect(await pkg.text('xl/extra.xml')).toBe(text);
        expect(readWorkbook(bytes).format).toBe('xlsx');
      } finally {
        useZipCodec(NODE_CODEC);
      }
    }
    const raw = new TextEncoder().encode(text);
    expect(PORTABLE_CODEC.crc32(raw)).toBe(NODE_CODEC.crc32(raw));
  });

  it.each([
    ['fflate', PORTABLE_CODEC],
    ['zlib', NODE_CODEC],
  ])('%s inflates in pieces to the whole, and never past the declared size', async (_, codec) => {
    // Rows that compress as sheets do (≈ 5×), so the deflate spans many of fflate's slices.
    const rows = Array.from(
      { length: 20000 },
      (_, i) => `<row r="${i}">${(i * 7919) % 100003}</row>`,
    );
    const raw = new TextEncoder().encode(rows.join(''));
    const deflated = await NODE_CODEC.deflate(raw);
    const pieces: Uint8Array[] = [];
    await codec.inflateChunks(deflated, raw.length, (piece) => pieces.push(piece.slice()));
    expect(pieces.length).toBeGreaterThan(1);
    expect(firstDifference(concatBytes(pieces), raw)).toBe(-1);
    await expect(codec.inflateChunks(deflated, raw.length - 1, () => {})).rejects.toThrow();
    expect(firstDifference(await codec.inflate(deflated, raw.length), raw)).toBe(-1);
  });

  it.each([
    ['fflate', PORTABLE_CODEC],
    ['zlib', NODE_CODEC],
  ])('%s deflates pieces, over many megabytes, to what inflates back to them', async (_, codec) => {
    // 5 MB of rows, cut as the sheet writer's chunks come (≈ 64 KB) and at odd sizes between.
    const rows = Array.from(
      { length: 120000 },
      (_, i) => `<row r="${i}"><v>整改 ${i * 7919}</v></row>`,
    );
    const whole = new TextEncoder().encode(rows.join(''));
    expect(whole.length).toBeGreaterThan(4 << 20);
    const cuts = [1, 7, 4096, 65535, 65536, 100003];
    const pieces: Uint8Array[] = [];
    for (let at = 0, i = 0; at < whole.length; i++) {
      const size = cuts[i % cuts.length] as number;
      pieces.push(whole.subarray(at, at + size));
      at += size;
    }
    const deflated = await codec.deflateChunks(pieces);
    for (const reader of [PORTABLE_CODEC, NODE_CODEC]) {
      expect(firstDifference(await reader.inflate(deflated, whole.length), whole)).toBe(-1);
    }
    expect(await codec.deflateChunks([])).toEqual(await codec.deflate(new Uint8Array(0)));
  });

  it('names a damaged entry as damaged, a failing consumer as itself', async () => {
    const pkg = Package.open(await written(NODE_CODEC));
    await expect(pkg.eachChunk('xl/extra.xml', () => {})).resolves.toBeUndefined();
    const own = new Error('the consumer stopped');
    await expect(
      pkg.eachChunk('xl/extra.xml', () => {
        throw own;
      }),
    ).rejects.toBe(own);
    const bytes = await written(NODE_CODEC);
    // Flip bytes inside xl/extra.xml's deflated data (after its local header and name).
    const name = new TextEncoder().encode('xl/extra.xml');
    const at = indexOf(bytes, name) + name.length + 40;
    for (let i = 0; i < 8; i++) bytes[at + i] = (bytes[at + i] as number) ^ 0xff;
    const damaged = Package.open(bytes);
    await expect(damaged.eachChunk('xl/extra.xml', () => {})).rejects.toThrow(
      /xl\/extra\.xml is damaged/,
    );
    await expect(damaged.bytes('xl/extra.xml')).rejects.toThrow(/xl\/extra\.xml is damaged/);
  });
});

/** Where two byte strings first differ (the shorter one's end if one is a prefix), or -1. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
