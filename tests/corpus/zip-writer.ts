/**
 * Writes zip packages the way other programs shape them, for the reader's corpus: deflated or
 * stored entries, sizes in a data descriptor after the data (streaming writers), zip64 records.
 * Test support only; the product's writer is src/xlsx/package/zip.ts.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../../src/xlsx/reader/crc32';

export interface ZipShape {
  /** Store entries uncompressed instead of deflating them. */
  readonly stored?: boolean;
  /** Local headers with zero sizes and CRC, the real ones in a data descriptor (flag bit 3). */
  readonly dataDescriptors?: boolean;
  /** Zip64 extra fields on every entry and zip64 end records. */
  readonly zip64?: boolean;
}

export type Parts = ReadonlyMap<string, Uint8Array>;

const utf8 = new TextEncoder();

export function zipParts(parts: Parts, shape: ZipShape = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  for (const [name, data] of parts) {
    const nameBytes = utf8.encode(name);
    const method = shape.stored ? 0 : 8;
    const body = method === 0 ? data : deflateSync(data, { level: 6 });
    const crc = crc32(data);
    const flags = 0x0800 | (shape.dataDescriptors ? 0x0008 : 0);
    const z64 = shape.zip64 === true;
    const localOffset = offset;
    const localExtra = z64 ? zip64Extra([data.length, body.length]) : new Uint8Array(0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, z64 ? 45 : 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint32(14, shape.dataDescriptors ? 0 : crc, true);
    local.setUint32(18, z64 ? 0xffffffff : shape.dataDescriptors ? 0 : body.length, true);
    local.setUint32(22, z64 ? 0xffffffff : shape.dataDescriptors ? 0 : data.length, true);
    local.setUint16(26, nameBytes.length, true);
    local.setUint16(28, localExtra.length, true);
    push(new Uint8Array(local.buffer));
    push(nameBytes);
    push(localExtra);
    push(body);
    if (shape.dataDescriptors) {
      const d = new DataView(new ArrayBuffer(z64 ? 24 : 16));
      d.setUint32(0, 0x08074b50, true);
      d.setUint32(4, crc, true);
      if (z64) {
        d.setBigUint64(8, BigInt(body.length), true);
        d.setBigUint64(16, BigInt(data.length), true);
      } else {
        d.setUint32(8, body.length, true);
        d.setUint32(12, data.length, true);
      }
      push(new Uint8Array(d.buffer));
    }
    const extra = z64 ? zip64Extra([data.length, body.length, localOffset]) : new Uint8Array(0);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, z64 ? 45 : 20, true);
    c.setUint16(6, z64 ? 45 : 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, method, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, z64 ? 0xffffffff : body.length, true);
    c.setUint32(24, z64 ? 0xffffffff : data.length, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint16(30, extra.length, true);
    c.setUint32(42, z64 ? 0xffffffff : localOffset, true);
    central.push(new Uint8Array(c.buffer), nameBytes, extra);
  }
  const centralStart = offset;
  for (const b of central) push(b);
  const centralSize = offset - centralStart;
  const count = parts.size;
  if (shape.zip64) {
    const z = new DataView(new ArrayBuffer(56 + 20));
    const at = offset;
    z.setUint32(0, 0x06064b50, true);
    z.setBigUint64(4, 44n, true);
    z.setUint16(12, 45, true);
    z.setUint16(14, 45, true);
    z.setBigUint64(24, BigInt(count), true);
    z.setBigUint64(32, BigInt(count), true);
    z.setBigUint64(40, BigInt(centralSize), true);
    z.setBigUint64(48, BigInt(centralStart), true);
    z.setUint32(56, 0x07064b50, true);
    z.setBigUint64(64, BigInt(at), true);
    z.setUint32(72, 1, true);
    push(new Uint8Array(z.buffer));
  }
  const e = new DataView(new ArrayBuffer(22));
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, shape.zip64 ? 0xffff : count, true);
  e.setUint16(10, shape.zip64 ? 0xffff : count, true);
  e.setUint32(12, shape.zip64 ? 0xffffffff : centralSize, true);
  e.setUint32(16, shape.zip64 ? 0xffffffff : centralStart, true);
  push(new Uint8Array(e.buffer));
  const out = new Uint8Array(offset);
  let p = 0;
  for (const b of chunks) {
    out.set(b, p);
    p += b.length;
  }
  return out;
}

function zip64Extra(values: readonly number[]): Uint8Array {
  const d = new DataView(new ArrayBuffer(4 + values.length * 8));
  d.setUint16(0, 0x0001, true);
  d.setUint16(2, values.length * 8, true);
  values.forEach((v, i) => d.setBigUint64(4 + i * 8, BigInt(v), true));
  return new Uint8Array(d.buffer);
}

/** A package's parts by name (any zip our reader's zip layer reads). */
export { unzipSync as unzipParts } from 'fflate';
