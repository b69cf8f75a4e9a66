import { describe, expect, it } from 'vitest';
import { newPackage } from '../../src/xlsx/package/new-package';
import { Package } from '../../src/xlsx/package/parts';
import { NODE_CODEC } from '../../src/xlsx/package/zip-codec-node';
import { PORTABLE_CODEC, useZipCodec, type ZipCodec } from '../../src/xlsx/package/zip-codec';
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
});
