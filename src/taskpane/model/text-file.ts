/**
 * Turns the bytes of a chosen .txt file into text. Lists saved on Chinese Windows are often GB18030
 * (ANSI) rather than UTF-8, so UTF-8 is tried strictly first and GB18030 second.
 */
export type TextFileReading =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'empty' | 'binary' | 'too-large' };

/** A rectification list is tens of kilobytes; anything this big is the wrong file. */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;

export function decodeListFile(bytes: Uint8Array): TextFileReading {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_LIST_BYTES) return { ok: false, reason: 'too-large' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read as GB18030, the superset of GBK that Chinese Windows saves as "ANSI".
    text = new TextDecoder('gb18030').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text };
}
