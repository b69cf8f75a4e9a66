import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ownedSheets, type DefinedName } from '../../src/core/ownership';
import type { WorkbookPlan } from '../../src/core/plan';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';

/**
 * A plan written by the product's package writer, then opened with ExcelJS: for tests that edit
 * a generated workbook the way another program would (ExcelJS stands in for the user's program)
 * or read it back with a reader independent of ours.
 */
export async function planWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await planBytes(plan));
}

/** The .xlsx bytes of a plan as the package writer writes a new workbook. */
export async function planBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), `rectify-plan-${randomUUID().slice(0, 8)}-`));
  try {
    const path = join(dir, 'plan.xlsx');
    await writeNewWorkbook(plan, path);
    return new Uint8Array(await readFile(path));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** Saves a workbook edited in ExcelJS (the user's program, in these tests). */
export async function saveWorkbook(book: ExcelJS.Workbook, path: string): Promise<void> {
  await book.xlsx.writeFile(path);
}

// ExcelJS keeps range names only; its typings omit the `model` accessor it has at run time.
interface NamesModel {
  model: ExcelJS.DefinedNamesModel;
}

/** The workbook-level names as ExcelJS reads them. */
export function definedNames(book: ExcelJS.Workbook): DefinedName[] {
  return (book.definedNames as unknown as NamesModel).model.flatMap((n) =>
    n.ranges.map((reference) => ({ name: n.name, reference })),
  );
}

/** The sheets ExcelJS reads as owned. */
export function ownedSheetsOf(book: ExcelJS.Workbook): string[] {
  return ownedSheets(definedNames(book));
}
