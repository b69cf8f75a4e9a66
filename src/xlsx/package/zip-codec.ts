import { Deflate, deflateSync, inflateSync } from 'fflate';
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

/** Level 3: ≈ 2.5× faster than 6 on sheet XML, ≈ 20 % larger. */
const LEVEL = 3;

export const PORTABLE_CODEC: ZipCodec = {
  inflate: (data, size) => Promise.resolve(inflateSync(data, { out: new Uint8Array(size) })),
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
