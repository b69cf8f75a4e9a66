import { describe, expect, it } from 'vitest';
import type { Detail } from '../../../src/core/validate/issue';
import { cellFinding, sheetFinding, sortFindings } from '../../../src/core/validate/issue';

const detail: Detail = (language) => (language === 'zh' ? '不是有效状态。' : 'is not a status.');
const at = (rowIndex: number, columnIndex: number, column = '状态', sheet = '台账') => ({
  sheet,
  rowIndex,
  columnIndex,
  column,
});

describe('a finding', () => {
  it('renders its messages with the cell prefix only when they are read', () => {
    let rendered = 0;
    const counted: Detail = (language) => {
      rendered++;
      return detail(language);
    };
    const finding = cellFinding('error', 'bad-status', at(11, 7), '完成了', counted);
    expect(rendered).toBe(0);
    expect(finding.cell).toBe('H12');
    expect(finding.row).toBe(12);
    expect(finding.message).toBe('台账!H12（第12行“状态”）：不是有效状态。');
    expect(finding.messageEn).toBe('台账!H12 (row 12, 状态): is not a status.');
    expect(rendered).toBe(2);
  });

  it('has no prefix and no cell when it concerns a whole sheet', () => {
    const finding = sheetFinding('error', 'missing-column', '台账', '备注', detail);
    expect(finding).toMatchObject({ cell: '', row: 0, column: '备注', value: '' });
    expect(finding.message).toBe('不是有效状态。');
    expect(finding.messageEn).toBe('is not a status.');
  });

  it('turns into the plain ValidationIssue, fields in contract order, for JSON', () => {
    const finding = cellFinding('warning', 'bad-status', at(1, 0, '问题序号'), 'x', detail);
    const plain = JSON.parse(JSON.stringify(finding)) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual([
      'severity',
      'code',
      'sheet',
      'cell',
      'row',
      'column',
      'value',
      'message',
      'messageEn',
    ]);
    expect(plain).toEqual({
      severity: 'warning',
      code: 'bad-status',
      sheet: '台账',
      cell: 'A2',
      row: 2,
      column: '问题序号',
      value: 'x',
      message: '台账!A2（第2行“问题序号”）：不是有效状态。',
      messageEn: '台账!A2 (row 2, 问题序号): is not a status.',
    });
  });

  it('compares equal to a finding that says the same, whatever closure renders it', () => {
    const again: Detail = (language) => detail(language);
    expect(cellFinding('error', 'c', at(1, 1), 'v', detail)).toEqual(
      cellFinding('error', 'c', at(1, 1), 'v', again),
    );
    expect(cellFinding('error', 'c', at(1, 1), 'v', detail)).not.toEqual(
      cellFinding('error', 'c', at(1, 2), 'v', detail),
    );
  });
});

describe('sortFindings', () => {
  it('orders by workbook sheet order (absent sheets last, as found), row, column, errors first', () => {
    const f = (severity: 'error' | 'warning', code: string, ...where: Parameters<typeof at>) =>
      cellFinding(severity, code, at(...where), '', detail);
    const sorted = sortFindings(
      [
        f('warning', 'w-late', 4, 2),
        f('warning', 'gone', 0, 0, '', '不存在'),
        f('warning', 'w-first', 1, 3),
        f('error', 'e-same-cell', 1, 3),
        f('warning', 'list', 2, 0, '', '清单'),
        f('warning', 'w-second', 1, 3),
        sheetFinding('error', 'sheet', '台账', '备注', detail),
        f('error', 'left', 1, 0),
      ],
      ['清单', '台账'],
    );
    expect(sorted.map((s) => s.code)).toEqual([
      'list',
      'sheet',
      'left',
      'e-same-cell',
      'w-first',
      'w-second',
      'w-late',
      'gone',
    ]);
  });
});
