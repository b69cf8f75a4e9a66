import { describe, expect, it } from 'vitest';
import type { GridCell, WorkbookSnapshot } from '../../src/core/grid';
import {
  DEFAULT_SETTINGS,
  parseSetting,
  readSettings,
  SETTING_POSITIONS,
  settingReference,
} from '../../src/core/settings';

const readme = (rows: GridCell[][]): WorkbookSnapshot => ({
  sheetNames: ['说明'],
  grid: (name) => (name === '说明' ? { sheet: name, rows } : null),
});

describe('the reminder settings', () => {
  it('are read beside their labels on 说明, wherever the rows are', () => {
    const reading = readSettings(
      readme([['标题'], [], ['未更新提醒天数', '120'], ['临期提醒天数', 60]]),
    );
    expect(reading).toEqual({
      settings: { dueSoonDays: 60, staleDays: 120 },
      invalid: [],
      found: true,
    });
  });

  it('fall back to the defaults for a missing sheet or an invalid number, and say which', () => {
    expect(readSettings({ sheetNames: [], grid: () => null })).toEqual({
      settings: DEFAULT_SETTINGS,
      invalid: [],
      found: false,
    });
    const bad = readSettings(
      readme([
        ['临期提醒天数', 0],
        ['未更新提醒天数', '很久'],
      ]),
    );
    expect(bad.settings).toEqual(DEFAULT_SETTINGS);
    expect(bad.invalid).toEqual([
      { key: 'dueSoonDays', found: '0' },
      { key: 'staleDays', found: '很久' },
    ]);
  });

  it('take one range for every face', () => {
    expect(parseSetting('dueSoonDays', ' ６０ ')).toBe(60);
    expect(parseSetting('dueSoonDays', '365')).toBe(365);
    expect(parseSetting('dueSoonDays', '366')).toBeNull();
    expect(parseSetting('staleDays', '3650')).toBe(3650);
    expect(parseSetting('staleDays', '0')).toBeNull();
    expect(parseSetting('staleDays', '1.5')).toBeNull();
  });

  it('sit where the conditional formats refer to them', () => {
    expect(SETTING_POSITIONS.dueSoonDays).toEqual({ row: 4, column: 1 });
    expect(settingReference('dueSoonDays')).toBe("'说明'!$B$5");
  });
});

describe('an invalid setting cell', () => {
  it('is a warning at its cell, and validation goes on with the default', async () => {
    const { validateWorkbook } = await import('../../src/core/validate/validate');
    const snapshot: WorkbookSnapshot = {
      sheetNames: ['说明', '台账'],
      grid: (name) =>
        name === '说明'
          ? {
              sheet: name,
              rows: [[], [], [], [], ['临期提醒天数', '下个月'], ['未更新提醒天数', 90]],
            }
          : name === '台账'
            ? { sheet: name, rows: [['问题序号', '措施序号', '整改措施']] }
            : null,
    };
    const report = validateWorkbook(snapshot, { today: '2026-11-29', staleDays: 90 });
    const found = report.issues.filter((i) => i.code === 'bad-setting');
    expect(found.map((i) => [i.severity, i.sheet, i.cell, i.value])).toEqual([
      ['warning', '说明', 'B5', '下个月'],
    ]);
    expect(found[0]?.message).toContain('临期提醒天数应为 1 至 365 之间的整数天数，收到“下个月”');
  });
});
