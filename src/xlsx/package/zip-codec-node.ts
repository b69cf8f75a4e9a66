import { promisify } from 'node:util';
import { crc32, deflateRaw, inflateRaw } from 'node:zlib';
import { useZipCodec, type ZipCodec } from './zip-codec';

const inflate = promisify(inflateRaw);
const deflate = promisify(deflateRaw);

/** Node's zlib: native, and async, so the parts of one package deflate in parallel. */
export const NODE_CODEC: ZipCodec = {
  inflate: async (data) => new Uint8Array(await inflate(data)),
  deflate: async (data) => new Uint8Array(await deflate(data, { level: 3 })),
  crc32: (data) => crc32(data),
};

/** Imported for its effect by the Node shell (src/xlsx/write.ts): every save uses native zlib. */
useZipCodec(NODE_CODEC);
