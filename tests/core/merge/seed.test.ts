import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../../src/core/ledger/model';
import { parseList } from '../../../src/core/list/parse';
import { mergeWorkbookPlan, hasChanges, richFromPlan } from '../../../src/core/merge';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';

const seed = readFileSync(
  join(import.meta.dirname, '../../../seeds/baojing-rectification-list.txt'),
  'utf8',
);
const options = { today: '2026-11-29', sourceName: 'seed.txt', generatedAt: '2026-11-29 05:00' };

describe('the seed merged with itself', () => {
  it('changes nothing but the record', () => {
    const plan = buildLedgerWorkbookPlan(parseList(seed), options);
    const again = buildLedgerWorkbookPlan(parseList(seed), {
      ...options,
      generatedAt: '2026-12-01 09:00',
    });
    const existing = (name: string) => {
      const s = plan.sheets.find((x) => x.name === name);
      return s ? { name, rows: s.rows.map((r) => r.map(richFromPlan)) } : null;
    };
    const merged = mergeWorkbookPlan(again, existing, {
      generatedAt: '2026-12-01 09:00',
      sourceName: 'seed.txt',
    });
    expect(hasChanges(merged.report)).toBe(false);
    expect(merged.report.rowsKept).toBe(89);
    for (const s of plan.sheets) {
      if (s.name === SHEETS.readme) continue;
      expect(merged.plan.sheets.find((x) => x.name === s.name)).toEqual(s);
    }
    expect(merged.plan.sheets.map((s) => s.name)).toEqual([
      ...plan.sheets.map((s) => s.name),
      SHEETS.importLog,
    ]);
  });
});
