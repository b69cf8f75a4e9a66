import { readFile } from 'node:fs/promises';
import type { DocumentBlocks } from '../../../src/core/list/blocks';
import { parseDocument } from '../../../src/core/list/document';
import { rectificationListSchema, type RectificationList } from '../../../src/core/list/schema';
import { nodeLoaders } from '../../../src/documents/node-loaders';
import { readDocument } from '../../../src/documents/read';

export async function blocksOf(path: string): Promise<DocumentBlocks> {
  return readDocument(new Uint8Array(await readFile(path)), nodeLoaders);
}

/** A file read as the CLI reads it: bytes → blocks → the schema-checked reading. */
export async function readingOf(path: string): Promise<RectificationList> {
  return rectificationListSchema.parse(parseDocument(await blocksOf(path)));
}

export async function readingOfBytes(bytes: Uint8Array): Promise<RectificationList> {
  return rectificationListSchema.parse(parseDocument(await readDocument(bytes, nodeLoaders)));
}

const squash = (s: string) => s.replace(/\s+/gu, '');

/**
 * The fields a reading is compared on (every field of the contract but line numbers and
 * diagnostics, which name places that differ by format); with `loose`, whitespace inside fields
 * is ignored (a PDF's line joins).
 */
export function fieldsOf(list: RectificationList, loose = false) {
  const t = (s: string) => (loose ? squash(s) : s);
  return {
    title: t(list.title),
    items: list.items.map((item) => ({
      no: item.no,
      numeral: item.numeral,
      problem: t(item.problem),
      goal: t(item.goal),
      leadUnits: item.leadUnits.map(t),
      coopUnits: item.coopUnits.map(t),
      leaders: item.leaders.map(t),
      openEnded: item.openEnded,
      deadline: { ...item.deadline, text: t(item.deadline.text) },
      measures: item.measures.map((m) => ({
        ...m,
        text: t(m.text),
        milestones: m.milestones.map((s) => ({ ...s, text: t(s.text) })),
      })),
    })),
  };
}
