import { trimSpace, WHITESPACE } from './normalise';

/**
 * The labelled fields of an item, and the words the genre uses for each. A label is only a label at
 * the start of a paragraph and followed by a colon, or written in 【】 brackets, so that ordinary
 * sentences beginning with the same words are not mistaken for fields.
 */
export type FieldKey =
  'goal' | 'leadUnits' | 'coopUnits' | 'responsible' | 'leaders' | 'measures' | 'deadline';

/**
 * `responsible` (责任单位) is the lead when the item names no 牵头单位, and the cooperating units when
 * it does: see ItemDraft.finish.
 */
const LABELS: Readonly<Record<FieldKey, readonly string[]>> = {
  goal: ['整改目标', '目标要求'],
  leadUnits: ['牵头单位', '牵头部门', '主责单位', '主责部门'],
  coopUnits: ['配合单位', '配合部门', '协办单位'],
  responsible: ['责任单位', '责任部门'],
  leaders: [
    '督办县领导',
    '县级责任领导',
    '牵头县领导',
    '责任县领导',
    '责任领导',
    '督办领导',
    '包案领导',
    '分管领导',
  ],
  measures: ['整改措施', '具体措施', '工作措施'],
  deadline: ['整改时限', '完成时限', '整改期限', '完成期限', '时限要求'],
};

/** The name each field is shown under in messages (the seed's own label). */
export const FIELD_NAMES: Readonly<Record<FieldKey, string>> = {
  goal: '整改目标',
  leadUnits: '牵头单位',
  coopUnits: '配合单位',
  responsible: '责任单位',
  leaders: '督办县领导',
  measures: '整改措施',
  deadline: '整改时限',
};

const FIELD_OF_LABEL = new Map<string, FieldKey>(
  (Object.entries(LABELS) as [FieldKey, readonly string[]][]).flatMap(([key, words]) =>
    words.map((word) => [word, key] as const),
  ),
);

// Longest first, so that 县级责任领导 wins over 责任领导.
const ALTERNATIVES = [...FIELD_OF_LABEL.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * `【整改目标】`, `【整改目标】：`, `整改目标：`, `整改目标 ：` at the start of a (trimmed) line, and
 * the label with no colon when whitespace follows it or it stands alone (`牵头单位\u3000县发改局`).
 */
export const LABEL_PATTERN = new RegExp(
  `^(?:【\\s*(${ALTERNATIVES})\\s*】\\s*：?|(${ALTERNATIVES})\\s*：|(${ALTERNATIVES})(?:[\\s\u3000]+|$))`,
  'u',
);

const LABEL_BODY = `(?:【\\s*(?:${ALTERNATIVES})\\s*】|(?:${ALTERNATIVES})\\s*：)`;
const INLINE_LABEL = new RegExp(LABEL_BODY, 'gu');

/**
 * A table flattened by Word or a PDF puts several fields on one line:
 * `牵头单位：县发改局  督办县领导：田明`. A line that starts with a label is split before every
 * further label that follows whitespace (the whitespace goes, nothing else).
 */
export function splitAtLabels(line: string): string[] {
  if (!LABEL_PATTERN.test(line)) return [line];
  const segments: string[] = [];
  let start = 0;
  for (const m of line.matchAll(INLINE_LABEL)) {
    if (m.index === 0 || !WHITESPACE.test(line[m.index - 1] ?? '')) continue;
    segments.push(trimSpace(line.slice(start, m.index)));
    start = m.index;
  }
  segments.push(line.slice(start));
  return segments;
}

export interface LabelMatch {
  readonly field: FieldKey;
  /** The label as written, with brackets and colon. */
  readonly label: string;
}

export function matchLabel(line: string): LabelMatch | null {
  const m = LABEL_PATTERN.exec(line);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? m[3] ?? '';
  const field = FIELD_OF_LABEL.get(word);
  return field ? { field, label: m[0] } : null;
}
