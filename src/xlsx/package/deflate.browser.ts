import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from '../reader/crc32';

/**
 * deflate.ts for the browser (the task pane writes unit workbooks there): fflate, the zip
 * library the reader already brings, at the same level. webpack.config.js swaps it in.
 */
export async function inflateRawBytes(data: Uint8Array): Promise<Uint8Array> {
  return inflateSync(data);
}

export async function deflateRawBytes(raw: Uint8Array): Promise<Uint8Array> {
  return deflateSync(raw, { level: 3 });
}

export function crc32Of(raw: Uint8Array): number {
  return crc32(raw);
}
