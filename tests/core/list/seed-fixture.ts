import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The embedded default list, read as the CLI reads it. */
export const SEED_TEXT = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'seeds', 'baojing-rectification-list.txt'),
  'utf8',
);
