import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import {
  createDeflateRaw,
  createInflateRaw,
  crc32,
  deflateRaw,
  inflateRaw,
  inflateRawSync,
} from 'node:zlib';
import { useReaderCodec, type ReaderCodec } from '../reader/zip-codec';
import { concatBytes, useZipCodec, type ZipCodec } from './zip-codec';

const inflate = promisify(inflateRaw);
const deflate = promisify(deflateRaw);

/** A Buffer as a plain Uint8Array (a Buffer's `slice` shares memory, a Uint8Array's copies). */
const plain = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Node's zlib: native, and async, so the parts of one package deflate in parallel. */
export const NODE_CODEC: ZipCodec = {
  // One output buffer of the declared size, as the reader's inflate: a 135 MB sheet inflated in
  // 16 KB pieces and then joined costs ≈ 3× the time, and the pieces' memory.
  inflate: async (data, size) => plain(await inflate(data, wholeOutput(size))),
  inflateChunks: async (data, size, each) => {
    await pipeline(
      Readable.from([data]),
      createInflateRaw({ chunkSize: 1 << 16 }),
      async (inflated: AsyncIterable<Buffer>) => {
        let total = 0;
        for await (const b of inflated) {
          total += b.length;
          if (total > size) throw new Error(`more than the ${size} bytes declared`);
          each(plain(b));
        }
      },
    );
  },
  deflate: async (data) => plain(await deflate(data, { level: 3 })),
  deflateChunks: async (chunks) => {
    const out: Uint8Array[] = [];
    // The stream pulls chunks as zlib (on its own thread) takes them, a few ahead: making the
    // next chunk overlaps deflating the last, and memory holds only those few.
    await pipeline(
      Readable.from(chunks),
      createDeflateRaw({ level: 3, chunkSize: 1 << 16 }),
      async (deflated: AsyncIterable<Buffer>) => {
        for await (const b of deflated) out.push(plain(b));
      },
    );
    return concatBytes(out);
  },
  crc32: (data, previous) => crc32(data, previous),
};

/**
 * One output buffer of the declared size (and a byte, so zlib never starts a second): no chunks
 * to concatenate, no second copy of a 100 MB sheet. zlib refuses (throws) past the size, where
 * fflate cuts: either way, never more.
 */
const wholeOutput = (size: number) => ({
  chunkSize: Math.max(64, size + 1),
  maxOutputLength: Math.max(1, size),
});

/** The reader's (synchronous) inflate and CRC, native: about 3× fflate's and the table CRC's speed. */
export const NODE_READER_CODEC: ReaderCodec = {
  inflate: (data, size) => plain(inflateRawSync(data, wholeOutput(size))),
  crc32: (data) => crc32(data),
};

/**
 * Imported for its effect by the Node shell (src/xlsx/write.ts, src/xlsx/read.ts): every save
 * and every read uses native zlib.
 */
useZipCodec(NODE_CODEC);
useReaderCodec(NODE_READER_CODEC);
