import type { DocumentBlocks } from '../core/list/blocks';
import { message } from '../core/i18n';
import { DocumentError } from './errors';

/**
 * Text files as Windows, WPS and phones save them: UTF-8 with or without BOM, UTF-16 with BOM, and
 * GB18030 (the superset of GBK that Chinese Windows calls "ANSI"). Decoding is strict: a byte that
 * is not text in any of them is an error naming where it is, never a replacement character.
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

function strict(encoding: DecodedText['encoding'], bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be', bytes);
  // NUL never occurs in a list's text (without a UTF-16 mark): this is some other kind of file.
  if (bytes.includes(0)) {
    throw new DocumentError('binary', message('documents.binary'));
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  const at = firstBadUtf8(bytes);
  throw new DocumentError('undecodable', message('documents.undecodable', { byte: at + 1 }));
}

function utf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  const text = strict(encoding, bytes.subarray(2));
  if (text === null) {
    throw new DocumentError('undecodable', message('documents.badUtf16'));
  }
  return { text, encoding };
}

/** The offset of the first byte that breaks UTF-8 (for the message). */
function firstBadUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by halving (decoding a prefix may cut a character: allow 3).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    if (strict('utf-8', bytes.subarray(0, mid)) !== null) lo = mid;
    else if (strict('utf-8', bytes.subarray(0, Math.max(0, mid - 3))) !== null) lo = mid - 3;
    else hi = mid;
  }
  return lo;
}

/** One paragraph per line; the line number is the place. A leading BOM is not text. */
export function textBlocks(decoded: DecodedText): DocumentBlocks {
  const text = decoded.text.replace(/^\uFEFF/u, '');
  return {
    format: 'text',
    encoding: decoded.encoding,
    blocks: text
      .split(/\r\n|\r|\n/u)
      .map((line, i) => ({ kind: 'paragraph', text: line, place: { line: i + 1 } })),
    notes: [],
  };
}
