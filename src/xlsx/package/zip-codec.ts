import { Deflate, Inflate, deflateSync, inflateSync } from 'fflate';
import { crc32 } from '../reader/crc32';

/**
 * How the package writer inflates, deflates and checksums zip entries. The default (fflate and
 * a table CRC) runs anywhere, the task pane included; the Node shell registers Node's native
 * zlib (zip-codec-node.ts), which deflates new parts in parallel and faster. Both write the
 * same archive format; tests/xlsx/zip-codec.test.ts checks that each reads the other's output.
 */
export interface ZipCodec {
  /** Raw deflate (no zlib header) → the `size` bytes it holds. */
  inflate(data: Uint8Array, size: number): Promise<Uint8Array>;
  /**
   * Raw deflate (no zlib header) → its bytes, handed to `each` in pieces as they are inflated (a
   * big part is never whole in memory). Throws past `size` bytes.
   */
  inflateChunks(data: Uint8Array, size: number, each: (chunk: Uint8Array) => void): Promise<void>;
  /** Raw deflate of `data`. */
  deflate(data: Uint8Array): Promise<Uint8Array>;
  /**
   * Raw deflate of the concatenated `chunks`, taken one at a time as the deflater is ready for
   * them (a big part is never whole in memory). Inflates to the same bytes as `deflate` of the
   * whole; the compressed bytes may differ.
   */
  deflateChunks(chunks: Iterable<Uint8Array>): Promise<Uint8Array>;
  /** CRC-32 of `data`; with `previous`, of everything before it and then `data`. */
  crc32(data: Uint8Array, previous?: number): number;
}

/** Compressed bytes fed to fflate's inflater at a time (sheet XML inflates ≈ 5–20×). */
const INFLATE_SLICE = 1 << 14;

/** Level 3: ≈ 2.5× faster than 6 on sheet XML, ≈ 20 % larger. */
const LEVEL = 3;

export const PORTABLE_CODEC: ZipCodec = {
  inflate: (data, size) => Promise.resolve(inflateSync(data, { out: new Uint8Array(size) })),
  // async: a throw (past the size, a bad block) is a rejection, as with zlib.
  inflateChunks: async (data, size, each) => {
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > size) throw new Error(`more than the ${size} bytes declared`);
      each(chunk);
    });
    // Fed a slice at a time: each push hands out what that slice inflates to, not the whole.
    for (let at = 0; at < data.length; at += INFLATE_SLICE) {
      const end = Math.min(data.length, at + INFLATE_SLICE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  },
  deflate: (data) => Promise.resolve(deflateSync(data, { level: LEVEL })),
  deflateChunks: (chunks) => {
    const out: Uint8Array[] = [];
    const deflater = new Deflate({ level: LEVEL }, (data) => out.push(data));
    for (const chunk of chunks) deflater.push(chunk);
    deflater.push(new Uint8Array(0), true);
    return Promise.resolve(concatBytes(out));
  },
  crc32: (data, previous) => crc32(data, previous),
};

/** One buffer holding `parts` in order. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let current: ZipCodec = PORTABLE_CODEC;

export function zipCodec(): ZipCodec {
  return current;
}

/** Replaces the codec for every package written after (the Node shell does it once). */
export function useZipCodec(codec: ZipCodec): void {
  current = codec;
}
