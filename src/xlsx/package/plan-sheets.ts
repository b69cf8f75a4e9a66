import type { WorkbookPlan } from '../../core/plan/types';
import type { MovedName, MovedSheets } from './moved-sheets';
import { layOutSheet, unsupportedBy, type SheetLayout } from './plan-sheet-layout';
import { planSheetXml, printTitles } from './plan-sheet-xml';
import { PlanStyles } from './plan-styles';

/**
 * The plan's sheets written straight from the plan (no ExcelJS workbook in between), or why they
 * cannot be: then the caller lays them out on a scratch ExcelJS workbook instead. Every sheet is
 * laid out here, before anything is written, so the styles they use are all known.
 */
export function planSheets(plan: WorkbookPlan): MovedSheets | { readonly unsupported: string } {
  for (const sheet of plan.sheets) {
    const why = unsupportedBy(sheet);
    if (why !== null) return { unsupported: `"${sheet.name}" has ${why}` };
  }
  const styles = new PlanStyles();
  const layouts = new Map<string, SheetLayout>();
  const names: MovedName[] = [];
  for (const sheet of plan.sheets) {
    layouts.set(sheet.name, layOutSheet(sheet, styles));
    const titles = printTitles(sheet);
    if (titles !== null) {
      names.push({ name: '_xlnm.Print_Titles', sheet: sheet.name, formula: titles });
    }
  }
  return {
    styles: styles.toXml(),
    names,
    sheet(name, map) {
      const layout = layouts.get(name);
      if (layout === undefined) return Promise.reject(new Error(`the plan has no sheet "${name}"`));
      // Each layout is needed once: let it go as soon as its XML exists.
      layouts.delete(name);
      return Promise.resolve(planSheetXml(layout, map.xf));
    },
  };
}
