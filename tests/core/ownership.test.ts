import { describe, expect, it } from 'vitest';
import {
  ownedSheets,
  ownershipNames,
  planReplacement,
  sheetAnchor,
  sheetOfReference,
} from '../../src/core/ownership';

describe('ownership', () => {
  it('round-trips sheet names through defined names, quotes included', () => {
    const sheets = ['领导汇总', "汇总-O'Brien", 'Sheet 1'];
    expect(ownedSheets(ownershipNames(sheets))).toEqual(sheets);
    expect(sheetAnchor("a'b")).toBe("'a''b'!$A$1");
  });

  it('reads references as either shell reports them, and ignores deleted sheets', () => {
    expect(sheetOfReference("='汇总-张三'!$A$1")).toBe('汇总-张三');
    expect(sheetOfReference('Sheet1!$A$1')).toBe('Sheet1');
    expect(sheetOfReference('=#REF!$A$1')).toBeNull();
    expect(
      ownedSheets([
        { name: 'Other', reference: "='我的表'!$A$1" },
        { name: 'RECTIFY_OWNED_1', reference: '=#REF!' },
        { name: 'rectify_owned_2', reference: "='台账'!$A$1" },
      ]),
    ).toEqual(['台账']);
  });

  it('replaces owned sheets, creates missing ones and never touches a user sheet', () => {
    const plan = planReplacement(
      ['我的表', '领导汇总', '汇总-张三'],
      ['领导汇总'],
      ['领导汇总', '汇总-张三', '汇总-李四'],
    );
    expect(plan).toEqual({
      replace: ['领导汇总'],
      create: ['汇总-李四'],
      conflicts: ['汇总-张三'],
    });
  });

  it('matches sheet names ignoring case, as Excel does', () => {
    expect(planReplacement(['summary'], ['SUMMARY'], ['Summary']).replace).toEqual(['summary']);
  });
});
