/**
 * The ledger as staff send it back: progress typed into the columns the product leaves to them
 * (整改进展, 佐证材料, 更新日期 as a date, 备注 with characters XML must escape) on every 台账
 * row. Every corpus file starts from this, so the write-side checks see a merge keep what users
 * typed, not only what the list gave. Edits the product's own sheet XML (test support only).
 */
import { unzipSync } from 'fflate';
import { SHEETS, type LedgerColumn } from '../../src/core/ledger/model';
import { columnLetter } from '../../src/core/grid';
import { edit, locate, type MutableParts } from './package-edit';
import { zipParts } from './zip-writer';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the user typed into body row `row` (1-based sheet row), by column header. */
function typed(row: number): Partial<Record<LedgerColumn, string | number>> {
  return {
    整改进展: row % 2 === 0 ? `第${row}行：已召开专题会议，督促责任单位逐项落实。` : '',
    佐证材料: row % 3 === 0 ? '' : `会议纪要（${row}）.pdf`,
    // 2024-05-01 plus a day a row, as Excel stores a typed date (a serial in a date-formatted cell).
    更新日期: row % 2 === 0 ? 45413 + row : '',
    备注: `见附件 <${row}> & “说明”`,
  };
}

export function withUserProgress(ledger: Uint8Array): Uint8Array {
  const parts: MutableParts = new Map(
    Object.entries(unzipSync(ledger)).filter(([n]) => !n.endsWith('/')),
  );
  const where = locate(parts);
  const part = where.sheetPart(SHEETS.ledger);
  // The header row is found, not assumed: the ledger may open with a title above it.
  const rows = where.reading.grid(SHEETS.ledger)?.rows ?? [];
  const headerIndex = rows.findIndex((r) => r.includes('问题序号'));
  const headers = new Map((rows[headerIndex] ?? []).map((h, i) => [columnLetter(i), h] as const));
  edit(parts, part, (xml) =>
    xml.replace(
      /<c r="([A-Z]+)(\d+)"( s="\d+")?\/>/g,
      (whole, letters: string, r: string, s = '') => {
        const row = Number(r);
        if (headerIndex < 0 || row <= headerIndex + 1) return whole;
        const header = headers.get(letters) as LedgerColumn | undefined;
        const value = header === undefined ? undefined : typed(row)[header];
        if (value === undefined || value === '') return whole;
        return typeof value === 'number'
          ? `<c r="${letters}${r}"${s}><v>${value}</v></c>`
          : `<c r="${letters}${r}"${s} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
      },
    ),
  );
  return zipParts(parts);
}
