import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid, GridCell, WorkbookSnapshot } from '../../../src/core/grid';
import { LEDGER_COLUMNS, SHEETS, STATUSES } from '../../../src/core/ledger/model';
import { countLedgerErrors, validateWorkbook } from '../../../src/core/validate/validate';

const header = fc.constantFrom<string>(...LEDGER_COLUMNS, ...ITEM_HEADERS(), ' 状 态 ', '', '其他');
function ITEM_HEADERS(): string[] {
  return ['序号', '截止日期', '节点日期', '督办县领导', '责任单位', '状态'];
}

const cell: fc.Arbitrary<GridCell> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Huge strings, built cheaply so generation and shrinking stay fast.
  fc
    .tuple(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1000, max: 12_000 }),
    )
    .map(([s, n]) => s.repeat(n)),
  fc.constantFrom(...STATUSES, '2022年2月30日', '2022/6/30', '明年', '张三、李四', '', '  '),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }).map((d) => ({ date: d.toISOString().slice(0, 10) })),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '' }),
);

const row = fc.array(fc.oneof(header, cell), { maxLength: 16 });
const grid = (sheet: string): fc.Arbitrary<Grid> =>
  fc.record({ sheet: fc.constant(sheet), rows: fc.array(row, { maxLength: 25 }) });

const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    ledger: fc.option(grid(SHEETS.ledger)),
    items: fc.option(grid(SHEETS.items)),
    milestones: fc.option(grid(SHEETS.milestones)),
    lists: fc.option(grid(SHEETS.lists)),
  })
  .map((g) => {
    const grids = [g.ledger, g.items, g.milestones, g.lists].filter((x): x is Grid => x !== null);
    return {
      sheetNames: grids.map((x) => x.sheet),
      grid: (name: string) => grids.find((x) => x.sheet === name) ?? null,
    };
  });

describe('validateWorkbook on random grids', () => {
  it('never throws, and every issue is well formed and ordered', () => {
    fc.assert(
      fc.property(
        snapshot,
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 10_000 }),
        (snap, day, staleDays) => {
          const today = day.toISOString().slice(0, 10);
          const report = validateWorkbook(snap, { today, staleDays });
          expect(report.errors + report.warnings).toBe(report.issues.length);
          for (const issue of report.issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.messageEn.length).toBeGreaterThan(0);
            expect(issue.message.length, issue.message.slice(0, 300)).toBeLessThan(2000);
            expect(issue.cell === '' || /^[A-Z]+\d+$/.test(issue.cell)).toBe(true);
          }
          const ledgerRows = report.issues
            .filter((i) => i.sheet === SHEETS.ledger)
            .map((i) => i.row);
          expect(ledgerRows).toEqual([...ledgerRows].sort((a, b) => a - b));
          expect(countLedgerErrors(snap, { today, staleDays })).toBe(report.errors);
        },
      ),
      { numRuns: 300 },
    );
  });
});
