import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
import { isOwnershipName } from '../../src/core/ownership';
import { LEDGER_HEADER_ROW as H } from '../../src/core/workbook/ledger-layout';
import { createEtHost } from '../support/et-double';
import { TODAY, seedList } from '../office/fixtures';

/**
 * 导入清单 in WPS on a ledger another program rebuilt without our RECTIFY_OWNED_n marks: merged
 * into (what was typed kept, the sheets marked again), as in Excel and on a file; a 台账 that is
 * the user's own stays refused by name.
 */

const PROGRESS = LEDGER_COLUMNS.indexOf('整改进展');

describe('导入清单 in WPS on a ledger that lost its marks', () => {
  it('merges into it, keeps what was typed, says so, and marks its sheets again', async () => {
    const { book, operations } = createEtHost();
    await operations.importList(seedList(), { today: TODAY });
    const marks = () =>
      book.names
        .filter((n) => isOwnershipName(n.name))
        .map((n) => n.refersTo)
        .sort();
    const marksBefore = marks();
    const sheetsBefore = book.sheets.map((s) => s.name);
    book.find(SHEETS.ledger)!.cell(H + 1, PROGRESS)!.value = '已完成初步排查';
    book.names = book.names.filter((n) => !isOwnershipName(n.name));

    const outcome = await operations.importList(seedList(), { today: TODAY });

    expect(outcome.changes[0]).toContain('没有整改台账助手留下的标记');
    expect(book.find(SHEETS.ledger)!.cell(H + 1, PROGRESS)?.value).toBe('已完成初步排查');
    // Every sheet kept, the merge's 导入记录 added, all of them ours again.
    expect(book.sheets.map((s) => s.name)).toEqual([...sheetsBefore, SHEETS.importLog]);
    expect(marks()).toHaveLength(marksBefore.length + 1);
    expect(marks().filter((m) => m.includes(SHEETS.importLog))).toHaveLength(1);
  });

  it('still refuses, by name, a 台账 that is the user’s own', async () => {
    const { book, operations } = createEtHost({ sheets: ['台账'] });
    await expect(operations.importList(seedList(), { today: TODAY })).rejects.toThrow(/台账/);
    expect(book.sheets.map((s) => s.name)).toEqual(['台账']);
    expect(book.names.filter((n) => isOwnershipName(n.name))).toEqual([]);
  });
});
