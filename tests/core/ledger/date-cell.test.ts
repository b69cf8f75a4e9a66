import { describe, expect, it } from 'vitest';
import { excelSerialFromIso } from '../../../src/core/dates';
import { parseDateText, readDateCell } from '../../../src/core/ledger/date-cell';

describe('readDateCell', () => {
  it.each([
    ['2022/6/30', '2022-06-30'],
    ['2022-06-30', '2022-06-30'],
    ['2022年6月30日', '2022-06-30'],
    ['2022.6.30', '2022-06-30'],
    [' 2022 年 6 月 30 日 ', '2022-06-30'],
    ['２０２２／６／３０', '2022-06-30'],
    ['2022-06-30 00:00:00', '2022-06-30'],
    ['20220630', '2022-06-30'],
    ['2024/2/29', '2024-02-29'],
  ])('reads the text %s as %s', (text, iso) => {
    expect(readDateCell(text)).toEqual({ kind: 'date', date: iso });
  });

  it.each(['2022年2月30日', '明年', '2022-13-01', '2023/2/29', '6/30/2022', '2022-06', '0'])(
    'refuses %s as not a real date',
    (text) => {
      expect(readDateCell(text)).toEqual({ kind: 'invalid', text });
    },
  );

  it('reads an Excel serial number and a date cell', () => {
    expect(readDateCell(excelSerialFromIso('2022-06-30'))).toEqual({
      kind: 'date',
      date: '2022-06-30',
    });
    expect(readDateCell(44742.5)).toEqual({ kind: 'date', date: '2022-06-30' });
    expect(readDateCell({ date: '2023-01-01' })).toEqual({ kind: 'date', date: '2023-01-01' });
  });

  it('tells empty, error and nonsense apart', () => {
    expect(readDateCell(null)).toEqual({ kind: 'empty' });
    expect(readDateCell('   ')).toEqual({ kind: 'empty' });
    expect(readDateCell({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
    expect(readDateCell(true)).toEqual({ kind: 'invalid', text: 'TRUE' });
    expect(readDateCell(5)).toEqual({ kind: 'invalid', text: '5' });
    expect(readDateCell(Number.NaN)).toEqual({ kind: 'invalid', text: 'NaN' });
  });

  it('does not spend time on huge strings', () => {
    expect(parseDateText('2'.repeat(100_000))).toBeNull();
  });
});
