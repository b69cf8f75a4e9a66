/**
 * Pins the whole summary plan, byte for byte, on a few ledgers: the seed ledger, the bench's
 * synthetic ledger with users' edits and mistakes (bad dates, unknown statuses, empty cells), and
 * the summary bench's own rows. The hashes were taken before the summaries were made faster, so
 * any change to the plan (a cell, a style, a range, a merge) fails here: speed-ups must be exact.
 *
 * On a failure, the per-sheet hashes say which sheet and which part changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_PATH } from '../../../src/cli/input';
import type { IsoDate } from '../../../src/core/dates';
import { LEDGER_COLUMNS, SHEETS } from '../../../src/core/ledger/model';
import { readLedger } from '../../../src/core/ledger/read';
import { type LedgerRow, ledgerCell } from '../../../src/core/ledger/row';
import { parseList } from '../../../src/core/list/parse';
import type { SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';
import { listLeaderOrder } from '../../../src/core/summary/list-order';
import { summaryPlanFromRows } from '../../../src/core/summary/summary-plan';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { syntheticRows } from '../../../bench/summary';
import { PLAN_OPTIONS, snapshotOfPlan, syntheticLedger } from '../../../bench/synthetic';

/**
 * A canonical text of a value: object keys sorted (deep equality ignores key order), undefined
 * and array holes spelled out (JSON.stringify would drop or hide them), so equal text = deep-equal.
 */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length; i++) parts.push(i in value ? canonical(value[i]) : 'hole');
    return `[${parts.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}

const hash = (value: unknown) =>
  createHash('sha256').update(canonical(value)).digest('hex').slice(0, 16);

/** Per sheet: its name, a hash of its cells, of its styles, and of everything else. */
function fingerprint(plan: WorkbookPlan): string[] {
  return plan.sheets.map((sheet: SheetPlan) => {
    const { rows, styles, ...rest } = sheet;
    return `${sheet.name} rows=${hash(rows)} styles=${hash(styles)} rest=${hash(rest)}`;
  });
}

const seed = parseList(readFileSync(DEFAULT_SEED_PATH, 'utf8'));

function ledgerRowsOf(plan: WorkbookPlan): { rows: LedgerRow[]; listOrder: string[] } {
  const snapshot = snapshotOfPlan(plan);
  const grid = snapshot.grid(SHEETS.ledger);
  if (grid === null) throw new Error('no 台账 sheet');
  return { rows: readLedger(grid).rows, listOrder: listLeaderOrder(snapshot.grid(SHEETS.items)) };
}

/**
 * A row as readLedger gave it when the hashes were taken: typed fields plus every ledger cell by
 * header (rows now keep the sheet row and column positions instead; the reading must not change).
 */
function byHeader(row: LedgerRow): unknown {
  return {
    ...typedFields(row),
    cells: Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, ledgerCell(row, c)])),
  };
}

function typedFields(row: LedgerRow): Partial<LedgerRow> {
  const typed: { -readonly [K in keyof LedgerRow]?: LedgerRow[K] } = { ...row };
  delete typed.sheetRow;
  delete typed.at;
  return typed;
}

interface Case {
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  readonly ledgerErrors: number;
}

function planOf(input: { rows: LedgerRow[]; listOrder: string[] }, c: Case): WorkbookPlan {
  return summaryPlanFromRows({ ...input, ...c });
}

describe('the summary plan stays exactly the same', () => {
  it('on the seed ledger, at several as-of dates', () => {
    const input = ledgerRowsOf(buildLedgerWorkbookPlan(seed, PLAN_OPTIONS));
    expect(hash(input.rows.map(byHeader))).toMatchInlineSnapshot(`"302487c19b224de3"`);
    expect({
      early: fingerprint(planOf(input, { today: '2025-06-01', dueSoonDays: 30, ledgerErrors: 0 })),
      bench: fingerprint(planOf(input, { today: '2026-11-29', dueSoonDays: 30, ledgerErrors: 3 })),
      late: fingerprint(planOf(input, { today: '2028-01-01', dueSoonDays: 90, ledgerErrors: 0 })),
    }).toMatchInlineSnapshot(`
      {
        "bench": [
          "领导汇总 rows=41a53c1b617bdfaf styles=64d9cae49dfe4826 rest=427698bebf7e93d3",
          "汇总-杨志慧 rows=98d0eea37a995082 styles=5c53cb65792fe7ae rest=5906c80ebc66be62",
          "汇总-周建武 rows=cbc20d0660f7d5aa styles=5c53cb65792fe7ae rest=abad6cf4b1f038e5",
          "汇总-黄宇 rows=e9a28756aef94771 styles=5c53cb65792fe7ae rest=5fd43296813f29a7",
          "汇总-龙文斌 rows=86dd47a438d14558 styles=5c53cb65792fe7ae rest=35380773b765b25e",
          "汇总-田明 rows=4a3d9286de034b21 styles=c48661be910bbb0d rest=a58bb2721c73287d",
          "汇总-胡泽钊 rows=7d521dd08609aca6 styles=67eb5f718580d651 rest=84a1dd8066d876c7",
          "汇总-彭健 rows=948c19d433b81077 styles=2d3301b30d5ec29a rest=67e6b79bc174840d",
          "汇总-麻春兰 rows=35220b3fd50bfe08 styles=9ea3c026fb33409f rest=8cf0b45027d9c5b6",
          "汇总-滕建志 rows=dac23f77a3c7133b styles=899bd36c50064770 rest=029f708baa55eba9",
          "汇总-吉秀锋 rows=a47cef24d826d6e4 styles=b69f90f846fc3865 rest=2557eba81ed393f2",
          "单位汇总 rows=9be8f267673ccd97 styles=d97c9f3d75c1458c rest=7d1e1eec3bc92907",
        ],
        "early": [
          "领导汇总 rows=25d71305fe784568 styles=1f19eb9fdf238827 rest=427698bebf7e93d3",
          "汇总-杨志慧 rows=f7bfc3469c59b7de styles=7a2e4f6d8f63e499 rest=5906c80ebc66be62",
          "汇总-周建武 rows=00423ca5163f6501 styles=7a2e4f6d8f63e499 rest=abad6cf4b1f038e5",
          "汇总-黄宇 rows=43fa0c026495b3b3 styles=7a2e4f6d8f63e499 rest=5fd43296813f29a7",
          "汇总-龙文斌 rows=622ac69a5d36dd3a styles=7a2e4f6d8f63e499 rest=35380773b765b25e",
          "汇总-田明 rows=8a07967783ad44ee styles=79cd5ddfde55fbb3 rest=a58bb2721c73287d",
          "汇总-胡泽钊 rows=99a708a61492643a styles=ca8f9fa770474529 rest=84a1dd8066d876c7",
          "汇总-彭健 rows=f58d10450b91f910 styles=1a117ab86eabd74c rest=67e6b79bc174840d",
          "汇总-麻春兰 rows=fec29e3d386aed4d styles=23bc9a58d6d3d1f7 rest=8cf0b45027d9c5b6",
          "汇总-滕建志 rows=79a412fa66b9de69 styles=e6839ffa69a2a433 rest=029f708baa55eba9",
          "汇总-吉秀锋 rows=dabef4d7ca0653d9 styles=39338f5fb76bcf9d rest=2557eba81ed393f2",
          "单位汇总 rows=c006e0199624f5d4 styles=d8f6ac53319acef9 rest=7d1e1eec3bc92907",
        ],
        "late": [
          "领导汇总 rows=91c9dfbf49173f82 styles=1f19eb9fdf238827 rest=427698bebf7e93d3",
          "汇总-杨志慧 rows=fa6aff320d758232 styles=7a2e4f6d8f63e499 rest=5906c80ebc66be62",
          "汇总-周建武 rows=16b7d20f14212cb6 styles=7a2e4f6d8f63e499 rest=abad6cf4b1f038e5",
          "汇总-黄宇 rows=c67bbb92b9c523df styles=7a2e4f6d8f63e499 rest=5fd43296813f29a7",
          "汇总-龙文斌 rows=abe2e882ddc522b8 styles=7a2e4f6d8f63e499 rest=35380773b765b25e",
          "汇总-田明 rows=9b59527be760b526 styles=57570db0c8613718 rest=a58bb2721c73287d",
          "汇总-胡泽钊 rows=6f4e93855ab4cae9 styles=ca8f9fa770474529 rest=84a1dd8066d876c7",
          "汇总-彭健 rows=c01ebf4da0a6268b styles=cd2b04733f2da1ea rest=67e6b79bc174840d",
          "汇总-麻春兰 rows=47eb71a27cfc0fc2 styles=23bc9a58d6d3d1f7 rest=8cf0b45027d9c5b6",
          "汇总-滕建志 rows=4002db52fff79470 styles=e6839ffa69a2a433 rest=029f708baa55eba9",
          "汇总-吉秀锋 rows=70f7f75e39dc3895 styles=39338f5fb76bcf9d rest=2557eba81ed393f2",
          "单位汇总 rows=386ce9537aebf92a styles=d8f6ac53319acef9 rest=7d1e1eec3bc92907",
        ],
      }
    `);
  });

  it('on the synthetic ledger with users’ edits and mistakes (3,000 rows)', () => {
    const input = ledgerRowsOf(syntheticLedger(seed, 3_000).plan);
    expect(hash(input.rows.map(byHeader))).toMatchInlineSnapshot(`"d9be0d9aefd08cbc"`);
    expect(fingerprint(planOf(input, { today: '2026-11-29', dueSoonDays: 30, ledgerErrors: 12 })))
      .toMatchInlineSnapshot(`
        [
          "领导汇总 rows=0b7e1a8eb7dfa9b6 styles=a478a8ac6b8a17b0 rest=427698bebf7e93d3",
          "汇总-杨志慧 rows=d72500cbb7538ff5 styles=90c92ba7bf8767b8 rest=5906c80ebc66be62",
          "汇总-周建武 rows=42e64d1c2bf04dec styles=90c92ba7bf8767b8 rest=abad6cf4b1f038e5",
          "汇总-黄宇 rows=cab5c619bc387d92 styles=90c92ba7bf8767b8 rest=5fd43296813f29a7",
          "汇总-龙文斌 rows=26b1346a9e7798d0 styles=90c92ba7bf8767b8 rest=35380773b765b25e",
          "汇总-田明 rows=6eb936ebecf4216b styles=693aca41e3ca59e7 rest=a58bb2721c73287d",
          "汇总-胡泽钊 rows=5c581aff42da6fb8 styles=90b450b122add222 rest=84a1dd8066d876c7",
          "汇总-彭健 rows=9c5f266cfdeea467 styles=19ec663234e6a700 rest=67e6b79bc174840d",
          "汇总-麻春兰 rows=64e49f540eb591d9 styles=de8b7bb383c5e12c rest=8cf0b45027d9c5b6",
          "汇总-滕建志 rows=17e0008afe1574a0 styles=f69852986c046fac rest=029f708baa55eba9",
          "汇总-吉秀锋 rows=e8a651f2ab832888 styles=384d3cc063d9036a rest=2557eba81ed393f2",
          "汇总-张三 rows=2490e8348706d7ee styles=c8794a83ef3c9590 rest=7982e6671c98d9b4",
          "单位汇总 rows=db411edc4aa571de styles=bcb91168bb97306a rest=7d1e1eec3bc92907",
        ]
      `);
  });

  it('on the summary bench’s rows (5,000), with and without the list’s leader order', () => {
    const rows = syntheticRows(5_000);
    // These rows were made with no cells at all (`cells: {}` then).
    expect(hash(rows.map((r) => ({ ...typedFields(r), cells: {} })))).toMatchInlineSnapshot(
      `"6ff7706b04acb649"`,
    );
    const c = { today: '2026-11-29', dueSoonDays: 30, ledgerErrors: 0 } as const;
    expect({
      ledgerOrder: fingerprint(planOf({ rows, listOrder: [] }, c)),
      listOrder: fingerprint(planOf({ rows, listOrder: ['石敏', '无此人', '黄宇'] }, c)),
    }).toMatchInlineSnapshot(`
      {
        "ledgerOrder": [
          "领导汇总 rows=705305e5f06eed8c styles=cf25dedc5fd1e5de rest=427698bebf7e93d3",
          "汇总-彭健 rows=69228631aded4cc2 styles=e5e2e41ba23a1819 rest=67e6b79bc174840d",
          "汇总-向军 rows=c0dfa558ded99a90 styles=d3ac3ed2bd2f05f1 rest=c56f4491df070146",
          "汇总-黄宇 rows=1a8883b2f6c4fc63 styles=defcfaff566b0ee6 rest=5fd43296813f29a7",
          "汇总-田明 rows=7aa9594afb25a5fc styles=cbdd910ca6fb92ba rest=a58bb2721c73287d",
          "汇总-胡泽钊 rows=995baa8d369e4fae styles=e44c1de3f91fb4d6 rest=84a1dd8066d876c7",
          "汇总-周建武 rows=5820de030bad8046 styles=7f0278214d7bea22 rest=abad6cf4b1f038e5",
          "汇总-杨志慧 rows=30e51705513fb6f4 styles=b61ead1945fda5a2 rest=5906c80ebc66be62",
          "汇总-石敏 rows=fcab5450831a1040 styles=86441bfe91843341 rest=329be4550f6bbcfa",
          "汇总-龙文斌 rows=077aa6efe88a9b3b styles=649905df6efedd20 rest=35380773b765b25e",
          "汇总-麻春兰 rows=718c90e6fbfadced styles=75c50ac69c3f67f2 rest=8cf0b45027d9c5b6",
          "单位汇总 rows=06d11c362e66cf04 styles=fe5d60dcfd14feb7 rest=7d1e1eec3bc92907",
        ],
        "listOrder": [
          "领导汇总 rows=0d4505d1d9c84b1d styles=cf25dedc5fd1e5de rest=427698bebf7e93d3",
          "汇总-石敏 rows=fcab5450831a1040 styles=86441bfe91843341 rest=329be4550f6bbcfa",
          "汇总-黄宇 rows=1a8883b2f6c4fc63 styles=defcfaff566b0ee6 rest=5fd43296813f29a7",
          "汇总-彭健 rows=69228631aded4cc2 styles=e5e2e41ba23a1819 rest=67e6b79bc174840d",
          "汇总-向军 rows=c0dfa558ded99a90 styles=d3ac3ed2bd2f05f1 rest=c56f4491df070146",
          "汇总-田明 rows=7aa9594afb25a5fc styles=cbdd910ca6fb92ba rest=a58bb2721c73287d",
          "汇总-胡泽钊 rows=995baa8d369e4fae styles=e44c1de3f91fb4d6 rest=84a1dd8066d876c7",
          "汇总-周建武 rows=5820de030bad8046 styles=7f0278214d7bea22 rest=abad6cf4b1f038e5",
          "汇总-杨志慧 rows=30e51705513fb6f4 styles=b61ead1945fda5a2 rest=5906c80ebc66be62",
          "汇总-龙文斌 rows=077aa6efe88a9b3b styles=649905df6efedd20 rest=35380773b765b25e",
          "汇总-麻春兰 rows=718c90e6fbfadced styles=75c50ac69c3f67f2 rest=8cf0b45027d9c5b6",
          "单位汇总 rows=06d11c362e66cf04 styles=fe5d60dcfd14feb7 rest=7d1e1eec3bc92907",
        ],
      }
    `);
  });
});
