import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticLedger } from '../../bench/synthetic';
import { mergeLedgerPackage } from '../../src/xlsx/merge-ledger';
import { newPackage } from '../../src/xlsx/package/new-package';
import { Package } from '../../src/xlsx/package/parts';
import { planPackageBytes } from '../../src/xlsx/package/plan-bytes';
import { utf8Chunks } from '../../src/xlsx/package/utf8-chunks';
import { entryBytes, newEntry, newEntryFromPieces, readZip } from '../../src/xlsx/package/zip';
import {
  PORTABLE_CODEC,
  concatBytes,
  useZipCodec,
  type ZipCodec,
} from '../../src/xlsx/package/zip-codec';
import { NODE_CODEC } from '../../src/xlsx/package/zip-codec-node';
import { readWorkbook } from '../../src/xlsx/reader';
import { corpusFiles } from '../corpus/corpus';
import { seedList } from '../core/merge/revision';

/**
 * Worksheets are written as pieces (one per row) encoded to UTF-8 in chunks and deflated as they
 * come, with a running CRC. The plain path: the same pieces joined into one string, encoded,
 * deflated and checksummed whole. Both must give the same part bytes, on tricky text and on
 * real packages (every corpus file the merge writes into, a synthetic ledger, new and merged).
 */

const CODECS: readonly [string, ZipCodec][] = [
  ['node', NODE_CODEC],
  ['portable', PORTABLE_CODEC],
];
const NOW = new Date(Date.UTC(2026, 11, 1, 8));
const encode = (s: string) => new TextEncoder().encode(s);
/** Bytes compared by digest: a deep equality of megabytes, byte by byte, takes the test's minutes. */
const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

afterEach(() => {
  vi.restoreAllMocks();
  useZipCodec(NODE_CODEC);
});

describe('UTF-8 in chunks', () => {
  const pieces = [
    '<row r="1">',
    '整改台账 ledger & <t>',
    'x'.repeat(70_000),
    '😀 emoji \ud83d',
    '\ude00 a pair split between two pieces',
    '',
    '\udc00 a lone low surrogate, \ud800 a lone high one',
    '中'.repeat(30_000),
    'end \ud83d',
  ];
  it.each([7, 64, 1 << 16])('gives TextEncoder’s bytes of the whole, in chunks of %i', (size) => {
    const chunks = [...utf8Chunks(pieces, size)];
    expect(digest(concatBytes([...chunks]))).toBe(digest(encode(pieces.join(''))));
    expect(chunks.length).toBeGreaterThan(1);
  });
});

describe('a part from pieces', () => {
  it.each(CODECS)('%s: same size, CRC and inflated bytes as from the whole text', async (_, c) => {
    useZipCodec(c);
    const pieces = Array.from({ length: 5_000 }, (_, i) => `<row r="${i}">整改 ${i} 😀</row>`);
    const whole = await newEntry('p.xml', pieces.join(''), NOW);
    const streamed = await newEntryFromPieces('p.xml', pieces, NOW);
    expect([streamed.crc, streamed.size]).toEqual([whole.crc, whole.size]);
    expect(digest(await entryBytes(streamed))).toBe(digest(encode(pieces.join(''))));
  });
});

/** Every entry of a package: name, CRC, size and inflated bytes. */
async function contents(bytes: Uint8Array) {
  return Promise.all(
    readZip(bytes).map(async (e) => ({
      name: e.name,
      crc: e.crc,
      size: e.size,
      bytes: digest(await entryBytes(e)),
    })),
  );
}

/** Runs `write` with worksheets streamed, then with each one joined into a string first. */
async function streamedAndPlain(write: () => Promise<Uint8Array>) {
  const streamed = await write();
  vi.spyOn(Package.prototype, 'setPieces').mockImplementation(function (this: Package, part, p) {
    this.set(part, [...p()].join(''));
  });
  const plain = await write();
  vi.restoreAllMocks();
  return { streamed: await contents(streamed), plain: await contents(plain) };
}

const MERGE = { today: '2026-11-29', sourceName: 'seed.txt', generatedAt: '2026-11-29 10:00' };

describe('streamed worksheets against the plain string', () => {
  it.each(CODECS)('%s: a synthetic ledger, new and merged', async (_, codec) => {
    useZipCodec(codec);
    const list = seedList();
    const { plan } = syntheticLedger(list, 1_500);
    const fresh = await streamedAndPlain(
      async () => (await planPackageBytes(newPackage(NOW, 'test'), plan, [], NOW)).bytes,
    );
    expect(fresh.streamed).toEqual(fresh.plain);
    const bytes = (await planPackageBytes(newPackage(NOW, 'test'), plan, [], NOW)).bytes;
    const merged = await streamedAndPlain(
      async () =>
        (await mergeLedgerPackage(readWorkbook(bytes), bytes, list, MERGE, 'x.xlsx')).bytes,
    );
    expect(merged.streamed).toEqual(merged.plain);
    expect(merged.streamed.length).toBeGreaterThan(10);
  });

  it('every corpus file a merge writes into', { timeout: 120_000 }, async () => {
    const list = seedList();
    let compared = 0;
    for (const file of await corpusFiles()) {
      const bytes = new Uint8Array(await readFile(file.path));
      const merge = async () =>
        (await mergeLedgerPackage(readWorkbook(bytes), bytes, list, MERGE, 'x.xlsx')).bytes;
      try {
        await merge();
      } catch {
        // Files the merge refuses (no ledger, the user's own sheets in the way…) write nothing.
        continue;
      }
      const sides = await streamedAndPlain(merge);
      expect(sides.streamed, file.name).toEqual(sides.plain);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
