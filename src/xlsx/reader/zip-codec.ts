import { inflateSync } from 'fflate';
import { crc32 } from './crc32';

/**
 * How the reader inflates and checks zip entries. The default (fflate and a table CRC) runs
 * anywhere, the task pane included, so the reader itself uses no Node API; the Node shell
 * registers zlib's native inflate and CRC-32 (src/xlsx/package/zip-codec-node.ts), about 3×
 * faster. tests/xlsx/reader/zip-codec.test.ts checks that both read, and refuse, alike.
 */
export interface ReaderCodec {
  /**
   * Raw deflate → its bytes, never more than `size` (the size the archive declares): a stream
   * holding more is cut there or refused, so a lying entry cannot grow without bound. Throws on
   * data that is not deflate.
   */
  inflate(data: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

export const PORTABLE_READER_CODEC: ReaderCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  crc32: (data) => crc32(data),
};

let current: ReaderCodec = PORTABLE_READER_CODEC;

export function readerCodec(): ReaderCodec {
  return current;
}

/** Replaces the codec for every entry read after (the Node shell does it once). */
export function useReaderCodec(codec: ReaderCodec): void {
  current = codec;
}
