/**
 * The status vocabulary: every status the product knows, and the category each one is counted in.
 * This is the one place in src/ that spells a status (a test fails on a status literal elsewhere).
 *
 * A category is what the summaries count and the highlights colour: 已销号 is counted as 已完成.
 * A user may add a status to 名录 with its category in the column beside it (状态类别); a status
 * in no list, or one without a category, is counted as 状态有误 and reported by validation.
 */

export type StatusCategory = 'notStarted' | 'inProgress' | 'ongoing' | 'done';

/** The categories in the order the summaries show their columns, with their Chinese labels. */
export const STATUS_CATEGORIES: readonly {
  readonly category: StatusCategory;
  readonly label: string;
}[] = [
  { category: 'done', label: '已完成' },
  { category: 'inProgress', label: '推进中' },
  { category: 'ongoing', label: '持续推进' },
  { category: 'notStarted', label: '未启动' },
];

/** The column that counts statuses in no list (or with no category), so every row adds up. */
export const INVALID_STATUS_LABEL = '状态有误';

/** Header of 名录's column beside 状态 that gives a user-added status its category. */
export const STATUS_CATEGORY_HEADER = '状态类别';

export interface StatusEntry {
  readonly status: string;
  readonly category: StatusCategory;
  /** What the status means, as 说明 explains it. */
  readonly meaning: string;
}

/** The built-in statuses, in the order of the drop-down. */
export const BUILT_IN_STATUSES: readonly StatusEntry[] = [
  { status: '未启动', category: 'notStarted', meaning: '尚未开始整改' },
  {
    status: '推进中',
    category: 'inProgress',
    meaning: '正在整改，未到或已过截止日期（逾期时整行变红）',
  },
  { status: '持续推进', category: 'ongoing', meaning: '清单要求长期坚持的事项，无截止日期' },
  { status: '已完成', category: 'done', meaning: '已完成整改，须填写完成日期' },
  { status: '已销号', category: 'done', meaning: '已完成并经验收销号，须填写完成日期' },
];

export const STATUSES: readonly string[] = BUILT_IN_STATUSES.map((s) => s.status);

/** The status a fresh ledger gives each kind of item (the list decides which). */
export const INITIAL_STATUS = {
  dated: '推进中',
  ongoing: '持续推进',
  reportedDone: '已完成',
} as const;

/** The label of a category (`done` → 已完成), as summaries and 名录 write it. */
export function categoryLabel(category: StatusCategory): string {
  return (STATUS_CATEGORIES.find((c) => c.category === category) as { label: string }).label;
}

/** A category from its label as typed in 名录 (whitespace ignored), or null. */
export function categoryFromLabel(label: string): StatusCategory | null {
  const text = label.replace(/\s+/g, '');
  return STATUS_CATEGORIES.find((c) => c.label === text)?.category ?? null;
}

/** A status of 名录 as read: its category cell may be empty (then the built-in one, if any). */
export interface ListedStatus {
  readonly status: string;
  readonly category: StatusCategory | null;
}

export interface StatusVocabulary {
  /** Every valid status, in list order. */
  readonly statuses: readonly string[];
  /** The category of a status as written in a cell (trimmed), or null when it is not valid. */
  categoryOf(status: string): StatusCategory | null;
}

const BUILT_IN_CATEGORY = new Map(BUILT_IN_STATUSES.map((s) => [s.status, s.category]));

/**
 * The vocabulary of a workbook: the statuses of 名录 with their categories (a built-in status may
 * leave its category cell empty), or the built-in list when 名录 gives none. A listed status with
 * no category is not valid: it could be counted in no column.
 */
export function statusVocabulary(listed: readonly ListedStatus[] | null): StatusVocabulary {
  const categories = new Map<string, StatusCategory>();
  if (listed === null || listed.length === 0) {
    for (const s of BUILT_IN_STATUSES) categories.set(s.status, s.category);
  } else {
    for (const { status, category } of listed) {
      const name = status.trim();
      const resolved = category ?? BUILT_IN_CATEGORY.get(name) ?? null;
      if (name.length > 0 && resolved !== null && !categories.has(name)) {
        categories.set(name, resolved);
      }
    }
  }
  return {
    statuses: [...categories.keys()],
    categoryOf: (status) => categories.get(status.trim()) ?? null,
  };
}

/** The built-in vocabulary (a workbook without 名录, a fresh ledger). */
export const BUILT_IN_VOCABULARY: StatusVocabulary = statusVocabulary(null);

/** Whether a status counts as finished (已完成, 已销号 or a status of that category). */
export function isDoneStatus(
  status: string,
  vocabulary: StatusVocabulary = BUILT_IN_VOCABULARY,
): boolean {
  return vocabulary.categoryOf(status) === 'done';
}

/** Statuses of the built-in list in a category, for formulas that cannot read 名录. */
export function builtInStatusesOf(category: StatusCategory): string[] {
  return BUILT_IN_STATUSES.filter((s) => s.category === category).map((s) => s.status);
}
