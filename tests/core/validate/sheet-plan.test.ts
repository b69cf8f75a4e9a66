import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../../src/core/ledger/model';
import { linkTarget, validationSheetPlan } from '../../../src/core/validate/sheet-plan';
import { MARK_COLOURS } from '../../../src/core/workbook/palette';
import type { ValidationReport } from '../../../src/core/validate/types';
import { validateWorkbook } from '../../../src/core/validate/validate';
import { readWorkbook } from '../../../src/xlsx/reader';
import { writePlanIntoWorkbook } from '../../../src/xlsx/write-plan';
import { TODAY, fixtureWorkbook, goodRow, utc } from './fixture';

async function brokenReport(): Promise<{ bytes: Uint8Array; report: ValidationReport }> {
  const wb = await fixtureWorkbook({
    rows: [
      goodRow('1', { 状态: '=完成' }),
      null,
      goodRow('2', { 问题序号: 1, 截止日期: utc('2026-06-30'), 整改进展: null, 更新日期: null }),
    ],
    omit: [SHEETS.lists],
  });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, report: validateWorkbook(readWorkbook(bytes), { today: TODAY, staleDays: 90 }) };
}

describe('validationSheetPlan', () => {
  it('lays out a summary and one row per issue with a link to its cell', async () => {
    const { report } = await brokenReport();
    const plan = validationSheetPlan(report);
    expect(plan.sheets).toHaveLength(1);
    const sheet = plan.sheets[0]!;
    expect(sheet.name).toBe('校验结果');
    expect(sheet.rows[1]).toEqual([
      { text: '截至 2026-11-29：错误 2 个，警告 2 个。不可报送：2 个错误' },
    ]);
    expect(sheet.rows[3]).toEqual(
      ['级别', '位置', '列', '规则', '发现的值', '说明'].map((t) => ({ text: t })),
    );
    const body = sheet.rows.slice(4);
    expect(body.map((r) => [r[0], r[1], r[3]])).toEqual([
      [
        { text: '错误' },
        { link: { text: '台账!H2', target: "'台账'!H2" } },
        { text: 'bad-status' },
      ],
      [
        { text: '错误' },
        { link: { text: '台账!J4', target: "'台账'!J4" } },
        { text: 'overdue-no-progress' },
      ],
      [{ text: '警告' }, { link: { text: '台账!L4', target: "'台账'!L4" } }, { text: 'stale' }],
      [{ text: '警告' }, { text: '名录' }, { text: 'missing-reference' }],
    ]);
    // A value that looks like a formula stays text.
    expect(body[0]![4]).toEqual({ text: '=完成' });
    expect(sheet.freeze).toEqual({ rows: 4, columns: 0 });
  });

  it('colours 错误 red and 警告 yellow by two rules over 级别, not by one style per issue', async () => {
    const { report } = await brokenReport();
    const sheet = validationSheetPlan(report).sheets[0]!;
    const last = 4 + report.issues.length;
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({
        range: `A5:A${last}`,
        formula: '$A5="错误"',
        style: MARK_COLOURS.overdue,
      }),
      expect.objectContaining({
        range: `A5:A${last}`,
        formula: '$A5="警告"',
        style: MARK_COLOURS.dueSoon,
      }),
    ]);
    // The same few styles whatever the number of issues.
    const many = { ...report, issues: Array.from({ length: 50 }, () => report.issues).flat() };
    expect(validationSheetPlan(many).sheets[0]!.styles).toHaveLength(sheet.styles.length);
    expect(sheet.styles).toContainEqual({ range: `A5:A${last}`, style: { bold: true } });
  });

  it('says so when there is nothing to fix', () => {
    const plan = validationSheetPlan({ today: TODAY, errors: 0, warnings: 0, issues: [] });
    const sheet = plan.sheets[0]!;
    expect(sheet.rows[1]).toEqual([{ text: '截至 2026-11-29：错误 0 个，警告 0 个。可以报送' }]);
    expect(sheet.rows[4]?.[5]).toEqual({ text: '没有发现问题，可以报送。' });
  });

  it('quotes sheet names in link targets as Excel requires', () => {
    expect(linkTarget("O'Brien 表", 'A1')).toBe("'O''Brien 表'!A1");
  });

  it('is written by the file shell as an owned sheet whose links jump to the cells', async () => {
    const { bytes, report } = await brokenReport();
    const dir = await mkdtemp(join(tmpdir(), 'rectify-check-sheet-'));
    try {
      const out = join(dir, 'checked.xlsx');
      await writePlanIntoWorkbook(bytes, validationSheetPlan(report), [], out);
      const back = readWorkbook(new Uint8Array(await readFile(out)));
      const cells = back.richSheet('校验结果')?.cells ?? [];
      const b5 = cells.find((c) => c.row === 4 && c.column === 1);
      expect(b5?.value).toBe('台账!H2');
      expect(b5?.hyperlink?.location).toBe("'台账'!H2");
      expect(cells.find((c) => c.row === 4 && c.column === 5)?.value).toContain(
        '台账!H2（第2行“状态”）',
      );
      // The ledger itself is untouched: validating again gives the same report.
      expect(validateWorkbook(back, { today: TODAY, staleDays: 90 })).toEqual(report);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
