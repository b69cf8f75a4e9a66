import { message } from '../../core/i18n';
import { LIMITS } from './limits';
import { fail } from './messages';
// Inflate and CRC: portable (fflate) by default, Node's zlib in the CLI (zip-codec.ts).
import { readerCodec } from './zip-codec';

/** One file of a zip package, found through its central directory (so data descriptors are fine). */
export interface ZipEntry {
  /** The name as stored, without a leading `/`. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8');

/**
 * A zip archive read from bytes: its directory at once, each entry inflated when asked, checked
 * against its CRC and its declared size. Works in the browser (fflate inflates by default).
 */
export class ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  #inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.entries = readDirectory(bytes);
  }

  /** Entry names as stored, in directory order. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The entry of a part name, ignoring case (OPC part names are case-insensitive). */
  find(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\/+/, '').toLowerCase());
  }

  /** The inflated bytes of an entry; damaged data (bad CRC, bad deflate) is named by its part. */
  read(entry: ZipEntry): Uint8Array {
    if (entry.flags & 1) fail('encrypted', { part: entry.name });
    if (entry.size > LIMITS.partBytes) {
      fail('tooLarge', {
        part: entry.name,
        detail: message('xlsx.detail.partSize', {
          size: mib(entry.size),
          limit: mib(LIMITS.partBytes),
        }),
      });
    }
    if (entry.size >= LIMITS.ratioFrom && entry.size > entry.compressedSize * LIMITS.ratio) {
      fail('tooLarge', {
        part: entry.name,
        detail: message('xlsx.detail.ratio', {
          from: mib(entry.compressedSize),
          to: mib(entry.size),
        }),
      });
    }
    this.#inflated += entry.size;
    if (this.#inflated > LIMITS.packageBytes) {
      fail('tooLarge', {
        part: entry.name,
        detail: message('xlsx.detail.packageSize', { limit: mib(LIMITS.packageBytes) }),
      });
    }
    const data = this.#rawData(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      // A buffer of the declared size: a stream that claims less than it holds is cut there (and
      // then fails its CRC) instead of growing without bound.
      try {
        out = readerCodec().inflate(data, entry.size);
      } catch (error) {
        fail('damaged', { part: entry.name, detail: errorText(error) });
      }
    } else {
      fail('unreadablePart', {
        part: entry.name,
        detail: message('xlsx.detail.method', { method: entry.method }),
      });
    }
    if (out.length !== entry.size) {
      fail('damaged', {
        part: entry.name,
        detail: message('xlsx.detail.length', { actual: out.length, declared: entry.size }),
      });
    }
    if (readerCodec().crc32(out) !== entry.crc)
      fail('damaged', { part: entry.name, detail: message('xlsx.detail.crc') });
    return out;
  }

  #rawData(entry: ZipEntry): Uint8Array {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== LOCAL) {
      fail('damaged', { part: entry.name, detail: message('xlsx.detail.localHeader') });
    }
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length)
      fail('damaged', { part: entry.name, detail: message('xlsx.detail.truncated') });
    return this.bytes.subarray(start, end);
  }
}

function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const eocd = findEocd(bytes);
  if (eocd < 0) fail('damaged', { part: 'zip', detail: message('xlsx.detail.noDirectory') });
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR) {
      const z = u64(bytes, locator + 8);
      if (z + 56 <= bytes.length && u32(bytes, z) === ZIP64_EOCD) {
        count = u64(bytes, z + 32);
        size = u64(bytes, z + 40);
        offset = u64(bytes, z + 48);
      }
    }
  }
  if (count > LIMITS.entries)
    fail('tooLarge', { part: 'zip', detail: message('xlsx.detail.entries', { count }) });
  if (offset + size > bytes.length)
    fail('damaged', { part: 'zip', detail: message('xlsx.detail.directoryTruncated') });
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) {
      fail('damaged', {
        part: 'zip',
        detail: message('xlsx.detail.directoryEntry', { entry: i + 1 }),
      });
    }
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\/+/, '');
    let compressedSize = u32(bytes, p + 20);
    let entrySize = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    // Zip64: the extra field holds, in this order, each size or offset that reads 0xFFFFFFFF.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = u16(bytes, e);
      const length = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (entrySize === 0xffffffff) {
          entrySize = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      e += 4 + length;
    }
    const entry: ZipEntry = {
      name,
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize,
      size: entrySize,
      localOffset,
    };
    if (!name.endsWith('/')) entries.set(name.toLowerCase(), entry);
    p = extraEnd + commentLength;
  }
  return entries;
}

function findEocd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (u32(bytes, i) === EOCD) return i;
  return -1;
}

const u16 = (b: Uint8Array, i: number) => (b[i] as number) | ((b[i + 1] as number) << 8);
const u32 = (b: Uint8Array, i: number) =>
  ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16)) +
  (b[i + 3] as number) * 0x1000000;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
