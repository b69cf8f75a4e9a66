import { readFileSync } from 'node:fs';
import { readDocument } from './src/documents/read';
import { nodeLoaders } from './src/documents/node-loaders';
const r = await readDocument(new Uint8Array(readFileSync(process.argv[2]!)), nodeLoaders);
for (const b of r.blocks) console.log(JSON.stringify(b).slice(0, 160));
