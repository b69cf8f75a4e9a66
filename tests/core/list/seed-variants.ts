import type { ListItem } from '../../../src/core/list/schema';
import { SEED_TEXT } from './seed-fixture';

/** Variants of the seed as Word, PDF and web pages produce them, derived programmatically. */
export const seedLines = (): string[] => SEED_TEXT.split('\n');

const ITEM_HEADING = /^[一二三四五六七八九十]{1,3}、/u;
const LABEL_AT_START = /^(整改目标|牵头单位|配合单位|督办县领导|整改措施|整改时限)：/gmu;

/** The preamble (title lines) and each item's block of lines. */
export function seedBlocks(): { preamble: string[]; items: string[][] } {
  const preamble: string[] = [];
  const items: string[][] = [];
  for (const line of seedLines()) {
    if (ITEM_HEADING.test(line)) items.push([line]);
    else if (items.length === 0) preamble.push(line);
    else items[items.length - 1]?.push(line);
  }
  return { preamble, items };
}

export const withCrlf = (text: string) => text.replace(/\n/gu, '\r\n');
export const withBom = (text: string) => `\uFEFF${text}`;
export const withoutBlankLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
export const withExtraBlankLines = (text: string) => text.replace(/\n/gu, '\n\n\n');
export const withIndent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `\u3000\u3000${line}`))
    .join('\n');

export const withHalfWidthPunctuation = (text: string) =>
  text
    .replace(/：/gu, ':')
    .replace(/，/gu, ',')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
    .replace(/；/gu, ';')
    .replace(/(^|：|:)(\d{1,2})．/gmu, '$1$2.');

export const withFullWidthDigits = (text: string) =>
  text.replace(/[0-9]/gu, (d) => String.fromCharCode(0xff10 + Number(d)));

export const withCommaNumbering = (text: string) => text.replace(/(^|：)(\d{1,2})．/gmu, '$1$2、');

const LEADER_LABELS = ['责任领导', '牵头县领导', '县级责任领导'];
const DEADLINE_LABELS = ['完成时限', '整改期限'];

/** 责任单位 for 牵头单位; the three leader labels and two deadline labels in rotation. */
export function withAlternativeLabels(text: string): string {
  let leader = 0;
  let deadline = 0;
  return text
    .replace(/^牵头单位：/gmu, '责任单位：')
    .replace(/^督办县领导：/gmu, () => `${LEADER_LABELS[leader++ % LEADER_LABELS.length]}：`)
    .replace(/^整改时限：/gmu, () => `${DEADLINE_LABELS[deadline++ % DEADLINE_LABELS.length]}：`);
}

/** `【整改目标】`, alternating with and without a colon after the bracket. */
export function withBracketLabels(text: string): string {
  let n = 0;
  return text.replace(LABEL_AT_START, (_, label: string) => `【${label}】${n++ % 2 ? '：' : ''}`);
}

export const FURNITURE = ['— 3 —', '－ 12 －', '第 3 页'];

/** Page-number lines between paragraphs, every `every` lines, cycling through the three shapes. */
export function withPageFurniture(text: string, every = 40): { text: string; inserted: number } {
  const out: string[] = [];
  let inserted = 0;
  text.split('\n').forEach((line, index) => {
    out.push(line);
    if (index % every === every - 1) out.push(FURNITURE[inserted++ % FURNITURE.length] ?? '');
  });
  return { text: out.join('\n'), inserted };
}

/** Items without their source lines, for comparing readings of differently laid-out documents. */
export const withoutLines = (items: readonly ListItem[]) =>
  items.map(({ lines: _lines, ...rest }) => rest);

/** Each item's unit and leader fields on one line, as Word flattens a table: `牵头单位：…\u3000\u3000督办县领导：…`. */
export function withFieldsOnOneLine(text: string): string {
  const out: string[] = [];
  let joining = false;
  for (const line of text.split('\n')) {
    const field = /^(牵头单位|配合单位|督办县领导)：/u.test(line);
    if (field && joining) out[out.length - 1] += `\u3000\u3000${line}`;
    else if (!(joining && line === '')) out.push(line);
    joining = field || (joining && line === '');
  }
  return out.join('\n');
}
