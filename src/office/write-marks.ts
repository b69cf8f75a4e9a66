import type { ConditionalFormatPlan, ValidationPlan } from '../core/plan/types';
import type { XlWorksheet } from './excel-api';
import { type BatchWriter, jsonBytes } from './payload';

/**
 * Data validations and conditional formats: written with the sheet, and again by 刷新逾期标记
 * when a user removed them.
 */
export async function queueMarks(
  sheet: XlWorksheet,
  marks: {
    readonly validations: readonly ValidationPlan[];
    readonly conditionalFormats: readonly ConditionalFormatPlan[];
  },
  writer: BatchWriter,
): Promise<void> {
  for (const v of marks.validations) {
    await writer.add(jsonBytes(v) + 200, () => {
      const dv = sheet.getRange(v.range).dataValidation;
      dv.rule =
        v.rule.kind === 'list'
          ? { list: { inCellDropDown: true, source: `=${v.rule.source}` } }
          : { date: { operator: 'Between', formula1: v.rule.min, formula2: v.rule.max } };
      dv.ignoreBlanks = v.allowBlank;
      dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
      dv.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: v.error.title,
        message: v.error.message,
      };
    });
  }
  // Lower plan priority first; each rule is placed at its index in that order.
  const ordered = [...marks.conditionalFormats].sort((a, b) => a.priority - b.priority);
  for (const [i, cf] of ordered.entries()) {
    await writer.add(jsonBytes(cf) + 200, () => {
      const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
      format.custom.rule.formula = `=${cf.formula}`;
      if (cf.style.fill !== undefined) format.custom.format.fill.color = cf.style.fill;
      if (cf.style.fontColor !== undefined) format.custom.format.font.color = cf.style.fontColor;
      format.priority = i;
      format.stopIfTrue = cf.stopIfTrue;
    });
  }
}
