import type ExcelJS from 'exceljs';
import { isOwnershipName, ownershipNames, type DefinedName } from '../core/ownership';

// ExcelJS keeps range names only; its typings omit the `model` accessor it has at run time.
interface NamesModel {
  model: ExcelJS.DefinedNamesModel;
}

function namesOf(workbook: ExcelJS.Workbook): NamesModel {
  return workbook.definedNames as unknown as NamesModel;
}

/** The workbook-level names as the core reads them. */
export function definedNames(workbook: ExcelJS.Workbook): DefinedName[] {
  return namesOf(workbook).model.flatMap((n) =>
    n.ranges.map((reference) => ({ name: n.name, reference })),
  );
}

/** Replaces every ownership name with one per given sheet; other names are left as they are. */
export function writeOwnershipNames(workbook: ExcelJS.Workbook, sheets: readonly string[]): void {
  const names = namesOf(workbook);
  names.model = names.model.filter((n) => !isOwnershipName(n.name));
  for (const { name, reference } of ownershipNames(sheets)) {
    workbook.definedNames.add(reference.replace(/^=/, ''), name);
  }
}
