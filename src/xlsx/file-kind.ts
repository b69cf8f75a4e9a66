import type { ForeignKind } from './reader/messages';

/**
 * What a file is, by its first bytes (never its name): a zip package (to be opened as one), an OLE
 * container (legacy Office, or an encrypted .xlsx), or something else named as exactly as the
 * content allows. Works on bytes only.
 */
export type FileKind =
  | { readonly kind: 'zip' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'foreign'; readonly foreign: ForeignKind }
  | { readonly kind: 'unknown' };

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** `fileName` only tells .et from .xls: both are the same OLE content (WPS's own .et is BIFF too). */
export function identifyFile(bytes: Uint8Array, fileName = ''): FileKind {
  if (startsWith(bytes, ZIP) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) {
    return { kind: 'zip' };
  }
  if (startsWith(bytes, OLE)) return oleKind(bytes, fileName);
  if (startsWith(bytes, PDF)) return { kind: 'foreign', foreign: 'pdf' };
  return textKind(bytes);
}

/** Stream names of an OLE container's directory entries (128-byte records, UTF-16LE names). */
function oleStreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const limit = Math.min(bytes.length, 64 * 1024 * 1024);
  for (let at = 512; at + 128 <= limit; at += 128) {
    const length = (bytes[at + 64] as number) | ((bytes[at + 65] as number) << 8);
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) {
      continue;
    }
    let name = '';
    for (let i = 0; i < length - 2; i += 2) {
      const code = (bytes[at + i] as number) | ((bytes[at + i + 1] as number) << 8);
      if (code === 0) break;
      name += String.fromCharCode(code);
    }
    if (/^[ -~]+$/.test(name)) names.add(name);
  }
  return names;
}

function oleKind(bytes: Uint8Array, fileName: string): FileKind {
  const names = oleStreamNames(bytes);
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return { kind: 'encrypted' };
  if (names.has('WordDocument')) return { kind: 'foreign', foreign: 'doc' };
  return { kind: 'foreign', foreign: /\.et$/i.test(fileName) ? 'et' : 'xls' };
}

function textKind(bytes: Uint8Array): FileKind {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (head.length === 0) return { kind: 'unknown' };
  if (/^<\?xml[^>]*\?>\s*(<\?mso-application[^>]*Excel\.Sheet)/i.test(head)) {
    return { kind: 'foreign', foreign: 'xml-spreadsheet' };
  }
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head)) {
    return { kind: 'foreign', foreign: 'xml-spreadsheet' };
  }
  if (/^<(!doctype html|html)/i.test(head)) return { kind: 'foreign', foreign: 'html' };
  if (bytes.subarray(0, 4096).includes(0)) return { kind: 'unknown' };
  if (/^[{[]/.test(head)) return { kind: 'foreign', foreign: 'text' };
  const lines = head.split(/\r?\n/).slice(0, 5);
  const separated = lines.filter((l) => /[,\t;]/.test(l)).length;
  return { kind: 'foreign', foreign: separated >= Math.min(2, lines.length) ? 'csv' : 'text' };
}
