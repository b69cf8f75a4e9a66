/** Bytes per chunk handed to the deflater: large enough that per-chunk costs vanish. */
const CHUNK_BYTES = 1 << 16;

/**
 * Strings as UTF-8, in chunks of about `size` bytes: the same bytes as `TextEncoder` gives for
 * their concatenation (tests/xlsx/streamed-sheet.test.ts), without ever making that string.
 * Each piece is encoded into the current chunk; a piece too big for any chunk is encoded alone.
 * A surrogate pair split between two pieces is kept whole (held back until the next piece).
 * Every chunk is a new buffer: the consumer may keep it.
 */
export function* utf8Chunks(pieces: Iterable<string>, size = CHUNK_BYTES): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let chunk = new Uint8Array(size);
  let at = 0;
  let held = '';
  for (let piece of pieces) {
    if (held !== '') {
      piece = held + piece;
      held = '';
    }
    if (piece.length === 0) continue;
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      held = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a pair, 2 units, is 4).
    if (piece.length * 3 > size - at) {
      if (at > 0) {
        yield chunk.subarray(0, at);
        chunk = new Uint8Array(size);
        at = 0;
      }
      if (piece.length * 3 > size) {
        yield encoder.encode(piece);
        continue;
      }
    }
    at += encoder.encodeInto(piece, chunk.subarray(at)).written;
  }
  // A lone high surrogate at the very end: encoded as TextEncoder encodes it (U+FFFD).
  if (held !== '') at += encoder.encodeInto(held, chunk.subarray(at)).written;
  if (at > 0) yield chunk.subarray(0, at);
}
