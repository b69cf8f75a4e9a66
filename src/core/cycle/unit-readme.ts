import type { IsoDate } from '../dates';
import type { PlanCell, SheetPlan } from '../plan/types';
import { SHEETS } from '../ledger/model';
import { ROWS_FOR_ADDING } from './unit-sheets';

export interface UnitReadmeInput {
  readonly unit: string;
  readonly masterId: string;
  readonly splitDate: IsoDate;
  readonly rows: number;
  readonly items: number;
  /** Columns the unit fills in, as the 台账 header names them. */
  readonly openColumns: readonly string[];
  readonly lockedColumns: readonly string[];
}

const t = (text: string): PlanCell => ({ text });

/** 说明 of a unit's file: what to fill, which columns, by when, whom to return it to. */
export function unitReadmeSheet(input: UnitReadmeInput): SheetPlan {
  const rows: PlanCell[][] = [
    [t(`整改台账（${input.unit}）填报说明`)],
    [],
    [t('责任单位'), t(input.unit)],
    [t('分发日期'), { date: input.splitDate }],
    [t('本单位措施'), t(`${input.rows} 条（涉及 ${input.items} 个问题），见“${SHEETS.ledger}”表`)],
    [t('总台账标识'), t(input.masterId)],
    [],
    [t('请填写的列'), t(input.openColumns.join('、'))],
    [
      t('不可修改的列'),
      t(
        `${input.lockedColumns.join('、')}：由县整改办按清单维护，工作表已锁定（无密码，仅作提示）；在此修改不会被采纳。`,
      ),
    ],
    [
      t('新增措施'),
      t(
        `在“${SHEETS.ledger}”表最后一行下方的空行（留有 ${ROWS_FOR_ADDING} 行）填写，问题序号、措施序号必填，责任单位须含“${input.unit}”。`,
      ),
    ],
    [t('状态与日期'), t('状态请从下拉列表选择；完成日期、更新日期填写真实日期，例如 2026-06-30。')],
    [t('报送时限'), t('按县整改办本月调度通知的时限报送；每次更新进展请同时填写更新日期。')],
    [
      t('报送方式'),
      t(
        '填写后保存为 .xlsx，将本文件发回分发它的县整改办（总台账管理人）。请勿删除工作表或行，也不要复制到新工作簿：文件内的标识用于核对来源。',
      ),
    ],
  ];
  return {
    name: SHEETS.readme,
    rows,
    columns: [{ width: 16 }, { width: 90, style: { wrap: true, vertical: 'top' } }],
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 16 } },
      { range: `A3:A${rows.length}`, style: { bold: true, vertical: 'top' } },
      { range: 'B4', style: { numberFormat: 'yyyy-mm-dd', horizontal: 'left' } },
    ],
    merges: ['A1:B1'],
    validations: [],
    conditionalFormats: [],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
    protection: { unlocked: [] },
  };
}
