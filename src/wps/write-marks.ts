import type { IsoDate } from '../core/dates';
import type { ConditionalFormatPlan, ValidationPlan } from '../core/plan/types';
import { etColor } from './color';
import { type EtWorksheet, XL } from './et-api';

function dateFormula(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `=DATE(${y},${m},${d})`;
}

/** Data validations and conditional formats, as the plan gives them (also for 刷新逾期标记). */
export function writeMarks(
  sheet: EtWorksheet,
  marks: {
    readonly validations: readonly ValidationPlan[];
    readonly conditionalFormats: readonly ConditionalFormatPlan[];
  },
): void {
  for (const v of marks.validations) {
    const dv = sheet.Range(v.range).Validation;
    if (v.rule.kind === 'list')
      dv.Add(XL.validateList, XL.validAlertStop, XL.between, `=${v.rule.source}`);
    else
      dv.Add(
        XL.validateDate,
        XL.validAlertStop,
        XL.between,
        dateFormula(v.rule.min),
        dateFormula(v.rule.max),
      );
    dv.IgnoreBlank = v.allowBlank;
    if (v.rule.kind === 'list') dv.InCellDropdown = true;
    dv.ShowInput = true;
    dv.InputTitle = v.prompt.title;
    dv.InputMessage = v.prompt.message;
    dv.ShowError = true;
    dv.ErrorTitle = v.error.title;
    dv.ErrorMessage = v.error.message;
  }
  // In plan priority order, each placed last: whatever priority Add gives a new rule, the
  // first rule of the plan ends up first.
  const ordered = [...marks.conditionalFormats].sort((a, b) => a.priority - b.priority);
  for (const cf of ordered) {
    const rule = sheet
      .Range(cf.range)
      .FormatConditions.Add(XL.expression, undefined, `=${cf.formula}`);
    rule.SetLastPriority();
    if (cf.style.fill !== undefined) rule.Interior.Color = etColor(cf.style.fill);
    if (cf.style.fontColor !== undefined) rule.Font.Color = etColor(cf.style.fontColor);
    rule.StopIfTrue = cf.stopIfTrue;
  }
}

/** Removes every validation and conditional format of a sheet (before they are written again). */
export function clearMarks(sheet: EtWorksheet): void {
  sheet.Cells.FormatConditions.Delete();
  sheet.Cells.Validation.Delete();
}
