import { describe, expect, it } from 'vitest';
import { changeExcerpts } from '../../../src/core/merge/report';

describe('merge report excerpts', () => {
  it('shows short texts whole', () => {
    expect(changeExcerpts('2022-12-31', '2023-06-30')).toEqual(['2022-12-31', '2023-06-30']);
  });

  it('shows where a long measure was reworded, not two identical openings', () => {
    const opening =
      '开展管网排查摸底。全面排查排水管网存量，以及功能状况、混接错接及用户接入情况，';
    const [before, after] = changeExcerpts(
      `${opening}基本摸清排水管网底数。`,
      `${opening}全面摸清排水管网底数。`,
    );
    expect(before).not.toEqual(after);
    expect(before).toContain('基本摸清');
    expect(after).toContain('全面摸清');
    expect(before.startsWith('…')).toBe(true);
  });

  it('keeps the opening when the change is near the start', () => {
    const tail = '，'.repeat(60);
    expect(changeExcerpts(`甲${tail}`, `乙${tail}`)).toEqual([
      `甲${tail.slice(0, 39)}…`,
      `乙${tail.slice(0, 39)}…`,
    ]);
  });
});
