import { child, elements, parseXml, type XmlElement } from './xml';

/**
 * Word's automatic numbering (word/numbering.xml): the numbers a reader sees before a paragraph
 * (`一、`, `（1）`, `①`) are not in its text but computed from the level's format and counters.
 * This computes them in document order as Word does: each list instance (w:num) counts per level,
 * and a level's counter restarts whenever a shallower level of the same list advances.
 */
interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

interface ListDefinition {
  readonly levels: ReadonlyMap<number, Level>;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseCounting(n: number): string {
  if (n <= 0 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? '' : (CHINESE_DIGITS[ones] ?? ''));
}

function letters(n: number, base: string): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    s = String.fromCharCode(base.charCodeAt(0) + ((k - 1) % 26)) + s;
  }
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let s = '';
  let k = n;
  for (const [value, digits] of table) {
    while (k >= value) {
      s += digits;
      k -= value;
    }
  }
  return s;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'a');
    case 'upperLetter':
      return letters(n, 'A');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const val = (node: XmlElement | undefined): string | undefined => node?.attrs['w:val'];

export class Numbering {
  private readonly definitions = new Map<string, ListDefinition>();
  private readonly starts = new Map<string, Map<number, number>>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | null) {
    if (xml === null) return;
    const root = parseXml(xml).find((e) => e.name === 'w:numbering');
    if (!root) return;
    const abstracts = new Map<string, ListDefinition>();
    for (const abstract of elements(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of elements(abstract, 'w:lvl')) {
        levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), {
          start: Number(val(child(lvl, 'w:start')) ?? 1),
          format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
          text: val(child(lvl, 'w:lvlText')) ?? '',
        });
      }
      abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', { levels });
    }
    for (const num of elements(root, 'w:num')) {
      const id = num.attrs['w:numId'] ?? '';
      const abstract = abstracts.get(val(child(num, 'w:abstractNumId')) ?? '');
      if (!abstract) continue;
      this.definitions.set(id, abstract);
      const overrides = new Map<number, number>();
      for (const override of elements(num, 'w:lvlOverride')) {
        const start = val(child(override, 'w:startOverride'));
        if (start !== undefined)
          overrides.set(Number(override.attrs['w:ilvl'] ?? 0), Number(start));
      }
      this.starts.set(id, overrides);
    }
  }

  /** The label of the next paragraph in list `numId` at `level` (advancing the counters). */
  next(numId: string, level: number): string {
    const definition = this.definitions.get(numId);
    const lvl = definition?.levels.get(level);
    if (!definition || !lvl || numId === '0') return '';
    const startOf = (k: number) =>
      this.starts.get(numId)?.get(k) ?? definition.levels.get(k)?.start ?? 1;
    const counters = this.counters.get(numId) ?? [];
    for (let k = 0; k < level; k++) counters[k] ??= startOf(k);
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level] + 1;
    counters.length = level + 1;
    this.counters.set(numId, counters);
    if (lvl.format === 'bullet') return '';
    return lvl.text.replace(/%([1-9])/gu, (_, d: string) => {
      const k = Number(d) - 1;
      const format = definition.levels.get(k)?.format ?? 'decimal';
      return formatNumber(counters[k] ?? startOf(k), format);
    });
  }
}
