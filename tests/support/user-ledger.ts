import { LEDGER_COLUMNS, MILESTONE_COLUMNS, SHEETS } from '../../src/core/ledger/model';

/**
 * A ledger full of what users type, as data any host double can apply (the Excel double here, the
 * ET double of the WPS shell): text, dates typed as text, date serials, formulas, hyperlinks, long
 * notes, columns the user added, a fill and a font, and a sheet of the user's own that refers to the
 * ledger. Operations must keep every one of them, whatever fails.
 */
export interface UserValue {
  readonly sheet: string;
  /** Zero-based row and column. */
  readonly row: number;
  readonly column: number;
  readonly kind: 'text' | 'number' | 'formula' | 'link' | 'date-serial';
  /** What the user typed (a formula with its `=`); for a link, the text shown. */
  readonly input: string | number;
  readonly link?: string;
  readonly fill?: string;
  readonly font?: { readonly bold?: boolean; readonly color?: string };
}

const ledgerColumn = (h: (typeof LEDGER_COLUMNS)[number]) => LEDGER_COLUMNS.indexOf(h);
const milestoneColumn = (h: (typeof MILESTONE_COLUMNS)[number]) => MILESTONE_COLUMNS.indexOf(h);
const letter = (c: number) => String.fromCharCode(65 + c);

/** The user's own sheet, with formulas that refer to the ledger. */
export const USER_SHEET = '我的统计';

/** Headers of the two columns the user added to the right of 台账. */
export const USER_ADDED_HEADERS = ['联系人', '自评分'] as const;

/**
 * User values for a ledger of `ledgerRows` body rows and `milestoneRows` milestone rows (every
 * row gets progress; the first rows get links, a fill and a font).
 */
export function userLedgerValues(ledgerRows: number, milestoneRows: number): UserValue[] {
  const out: UserValue[] = [];
  const extra = LEDGER_COLUMNS.length;
  out.push(
    { sheet: SHEETS.ledger, row: 0, column: extra, kind: 'text', input: USER_ADDED_HEADERS[0] },
    { sheet: SHEETS.ledger, row: 0, column: extra + 1, kind: 'text', input: USER_ADDED_HEADERS[1] },
  );
  for (let r = 1; r <= ledgerRows; r++) {
    const at = (h: (typeof LEDGER_COLUMNS)[number]) => ({
      sheet: SHEETS.ledger,
      row: r,
      column: ledgerColumn(h),
    });
    out.push(
      { ...at('状态'), kind: 'text', input: '推进中' },
      { ...at('完成日期'), kind: 'text', input: `2024年3月${(r % 28) + 1}日` },
      {
        ...at('整改进展'),
        kind: 'text',
        input: `第${r}行进展：${'已召开专题会议，督促责任单位逐项落实。'.repeat(r <= 3 ? 300 : 4)}`,
      },
      { ...at('更新日期'), kind: 'date-serial', input: 45413 + r },
      {
        ...at('备注'),
        kind: 'formula',
        input: `=IF(H${r + 1}="已完成","已完成","跟进中")`,
      },
      { sheet: SHEETS.ledger, row: r, column: extra, kind: 'text', input: `联系人${r}` },
      { sheet: SHEETS.ledger, row: r, column: extra + 1, kind: 'number', input: r * 1.5 },
    );
    if (r <= 5)
      out.push({
        ...at('佐证材料'),
        kind: 'link',
        input: `佐证${r}`,
        link: `https://example.gov.cn/evidence/${r}`,
        ...(r === 1 && { fill: '#FFFF00', font: { bold: true, color: '#C00000' } }),
      });
  }
  for (let r = 1; r <= milestoneRows; r++)
    out.push({
      sheet: SHEETS.milestones,
      row: r,
      column: milestoneColumn('状态'),
      kind: 'text',
      input: r % 2 === 0 ? '已完成' : '推进中',
    });
  out.push(
    { sheet: USER_SHEET, row: 0, column: 0, kind: 'text', input: '本单位整改进展统计' },
    {
      sheet: USER_SHEET,
      row: 1,
      column: 0,
      kind: 'formula',
      input: `=COUNTA(${SHEETS.ledger}!H:H)-1`,
    },
    { sheet: USER_SHEET, row: 2, column: 0, kind: 'formula', input: `=${SHEETS.ledger}!J2` },
  );
  return out;
}

export const addressOf = (v: UserValue) => `${letter(v.column)}${v.row + 1}`;
