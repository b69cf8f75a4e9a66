import { describe, expect, it } from 'vitest';
import { moveFormulaRow } from '../../../src/core/merge/formula';

describe('moveFormulaRow: a user formula keeps talking about its own row', () => {
  it('moves references to its own row', () => {
    expect(moveFormulaRow('IF(H5="已完成","✓","")', 5, 7)).toBe('IF(H7="已完成","✓","")');
    expect(moveFormulaRow('H5&J5', 5, 12)).toBe('H12&J12');
    expect(moveFormulaRow('COUNTA(H5:L5)', 5, 3)).toBe('COUNTA(H3:L3)');
    expect(moveFormulaRow('$H5+1', 5, 9)).toBe('$H9+1');
  });

  it('keeps absolute rows, other rows, other sheets, names, functions and strings', () => {
    expect(moveFormulaRow('H$5', 5, 7)).toBe('H$5');
    expect(moveFormulaRow('SUM(J2:J90)', 5, 7)).toBe('SUM(J2:J90)');
    expect(moveFormulaRow('H5:H90', 5, 7)).toBe('H5:H90');
    expect(moveFormulaRow("'名录'!A5&台账!A5&Sheet1!A5", 5, 7)).toBe("'名录'!A5&台账!A5&Sheet1!A5");
    expect(moveFormulaRow('LOG10(A5)', 5, 7)).toBe('LOG10(A7)');
    expect(moveFormulaRow('"H5 是文字"&H5', 5, 7)).toBe('"H5 是文字"&H7');
    expect(moveFormulaRow('Ledger[@状态]&Ledger[[#This Row],[H5]]', 5, 7)).toBe(
      'Ledger[@状态]&Ledger[[#This Row],[H5]]',
    );
    expect(moveFormulaRow('TODAY()-I5', 5, 5)).toBe('TODAY()-I5');
    expect(moveFormulaRow('ABC5X', 5, 7)).toBe('ABC5X');
  });

  it('is undone by the reverse move', () => {
    const f = 'IF(AND(H5<>"",I5=""),"缺完成日期",H5&$A$1&SUM(B2:B3))';
    expect(moveFormulaRow(moveFormulaRow(f, 5, 40), 40, 5)).toBe(f);
  });
});
