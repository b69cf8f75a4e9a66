import { UnsupportedPackage } from './xml-text';
// Inflate, deflate and CRC: portable (fflate) by default, Node's zlib in the CLI (zip-codec.ts).
import { zipCodec } from './zip-codec';
import { utf8Chunks } from './utf8-chunks';

/**
 * The few zip operations the patch needs, on Node's own zlib. An entry that is not rewritten is
 * copied with its compressed bytes as they are (never inflated, never deflated again), which is
 * what makes saving a 100,000-row ledger cheap; new parts are deflated natively, in parallel, at
 * level 3 (≈ 2.5× faster than 6 on sheet XML, ≈ 20 % larger).
 * Zip64 archives are read (and written back plain: a workbook this tool writes is far below
 * 4 GB); encrypted entries and multi-disk archives are refused (UnsupportedPackage, named).
 */

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;
const MAX32 = 0xffffffff;
const SIG_ZIP64_END = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

/** Entry count and central directory offset from the zip64 end record the locator points at. */
function zip64End(view: DataView, end: number): { count: number; dirOffset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) {
    throw new UnsupportedPackage('zip64 end record is missing');
  }
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== SIG_ZIP64_END) {
    throw new UnsupportedPackage('zip64 end record is damaged');
  }
  if (view.getUint32(record + 16, true) !== 0)
    throw new UnsupportedPackage('multi-disk zip archive');
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    dirOffset: Number(view.getBigUint64(record + 48, true)),
  };
}

/** The 64-bit values of an entry's zip64 extra field (id 1), in order. */
function zip64Extra(view: DataView, start: number, length: number): number[] {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= at + 4 + size; v += 8) {
        values.push(Number(view.getBigUint64(v, true)));
      }
      return values;
    }
    at += 4 + size;
  }
  return [];
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  readonly externalAttributes: number;
  /** The compressed bytes, as stored in the archive. */
  readonly data: Uint8Array;
}

/** Reads an archive's central directory (zip64 records too); entries keep their order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG.end) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new UnsupportedPackage('not a zip archive (no end record)');
  if (view.getUint16(end + 4, true) !== 0) throw new UnsupportedPackage('multi-disk zip archive');
  let count = view.getUint16(end + 10, true);
  let dirOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) ({ count, dirOffset } = zip64End(view, end));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== SIG.central) {
      throw new UnsupportedPackage('zip central directory is damaged');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    if (flags & FLAG_ENCRYPTED) throw new UnsupportedPackage('encrypted zip entry');
    if (method !== STORED && method !== DEFLATED) {
      throw new UnsupportedPackage(`zip compression method ${method}`);
    }
    if (compressedSize === MAX32 || size === MAX32 || localOffset === MAX32) {
      // The real values are in the zip64 extra field, in this order, for those that overflowed.
      const extra = zip64Extra(view, at + 46 + nameLength, extraLength);
      const next = () => {
        const value = extra.shift();
        if (value === undefined) throw new UnsupportedPackage('zip64 entry without its sizes');
        return value;
      };
      if (size === MAX32) size = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (localOffset === MAX32) localOffset = next();
    }
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(localOffset, true) !== SIG.local) {
      throw new UnsupportedPackage(`zip entry ${name} is damaged`);
    }
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) {
      throw new UnsupportedPackage(`zip entry ${name} is cut short`);
    }
    entries.push({
      name,
      method,
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size,
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      externalAttributes: view.getUint32(at + 38, true),
      data: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's content, inflated. */
export async function entryBytes(entry: ZipEntry): Promise<Uint8Array> {
  if (entry.method === STORED) return entry.data;
  let out: Uint8Array;
  try {
    out = await zipCodec().inflate(entry.data, entry.size);
  } catch (error) {
    // Native zlib throws where the data holds more than declared, or a block is bad.
    throw damagedEntry(entry, error);
  }
  if (out.length !== entry.size)
    throw damagedEntry(entry, `${out.length} bytes, ${entry.size} declared`);
  return out;
}

/** An entry's bytes, handed to `each` in pieces as they are inflated (never whole in memory). */
export async function eachEntryChunk(
  entry: ZipEntry,
  each: (chunk: Uint8Array) => void,
): Promise<void> {
  if (entry.method === STORED) return each(entry.data);
  let size = 0;
  let failed: { error: unknown } | null = null;
  try {
    await zipCodec().inflateChunks(entry.data, entry.size, (chunk) => {
      size += chunk.length;
      try {
        each(chunk);
      } catch (error) {
        failed = { error };
        throw error;
      }
    });
  } catch (error) {
    // The consumer's own failure is its own; only zlib's means the entry is damaged.
    if (failed !== null) throw (failed as { error: unknown }).error;
    throw damagedEntry(entry, error);
  }
  if (size !== entry.size) throw damagedEntry(entry, `${size} bytes, ${entry.size} declared`);
}

function damagedEntry(entry: ZipEntry, why: unknown): UnsupportedPackage {
  const said = why instanceof Error ? why.message : String(why);
  return new UnsupportedPackage(`zip entry ${entry.name} is damaged (${said})`);
}

export async function entryText(entry: ZipEntry): Promise<string> {
  return new TextDecoder('utf-8').decode(await entryBytes(entry));
}

/** `now` in DOS time and date, as zip entries are dated. */
const dosTime = (now: Date) =>
  (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
const dosDate = (now: Date) =>
  ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();

/** A new entry for `text` (UTF-8, deflated), dated `now` in DOS time. */
export async function newEntry(name: string, text: string, now: Date): Promise<ZipEntry> {
  const raw = new TextEncoder().encode(text);
  const codec = zipCodec();
  const data = await codec.deflate(raw);
  return {
    name,
    method: DEFLATED,
    crc: codec.crc32(raw),
    compressedSize: data.length,
    size: raw.length,
    time: dosTime(now),
    date: dosDate(now),
    externalAttributes: 0,
    data,
  };
}

/**
 * A new entry for the text `pieces` make (UTF-8, deflated), dated `now`: each piece is encoded,
 * checksummed and deflated as it comes, so the whole text never exists at once.
 */
export async function newEntryFromPieces(
  name: string,
  pieces: Iterable<string>,
  now: Date,
): Promise<ZipEntry> {
  const codec = zipCodec();
  let crc = 0;
  let size = 0;
  function* counted(): Generator<Uint8Array> {
    for (const chunk of utf8Chunks(pieces)) {
      crc = codec.crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  }
  const data = await codec.deflateChunks(counted());
  return {
    name,
    method: DEFLATED,
    crc,
    compressedSize: data.length,
    size,
    time: dosTime(now),
    date: dosDate(now),
    externalAttributes: 0,
    data,
  };
}

/** Writes entries, in order, as a plain (non-zip64) archive. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce(
    (n, e, i) => n + 30 + (names[i]?.length ?? 0) + e.data.length,
    0,
  );
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const total = localSize + centralSize + 22;
  if (total > 0xffffffff || entries.length >= 0xffff) {
    throw new UnsupportedPackage('the workbook is too large for a plain zip');
  }
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    const flags = name.some((b) => b > 0x7f) ? FLAG_UTF8 : 0;
    offsets.push(at);
    view.setUint32(at, SIG.local, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flags & ~FLAG_DESCRIPTOR, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, e.time, true);
    view.setUint16(at + 12, e.date, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.compressedSize, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    at += 30 + name.length + e.data.length;
  });
  const dirStart = at;
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    const flags = name.some((b) => b > 0x7f) ? FLAG_UTF8 : 0;
    view.setUint32(at, SIG.central, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, flags, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, e.time, true);
    view.setUint16(at + 14, e.date, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.compressedSize, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, name.length, true);
    // extra, comment, disk, internal attributes: 0
    view.setUint32(at + 38, e.externalAttributes, true);
    view.setUint32(at + 42, offsets[i] as number, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, SIG.end, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - dirStart, true);
  view.setUint32(at + 16, dirStart, true);
  return out;
}
