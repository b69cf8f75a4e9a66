/**
 * The checks every write-side corpus test makes on what a command wrote (issue 14), with the
 * slow readers run once for all files: one openpyxl process over inputs and outputs, one
 * LibreOffice conversion over the outputs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { GridCell } from '../../../src/core/grid';
import type { WorkbookReading } from '../../../src/xlsx/reader';
import {
  expectStrictThroughout,
  foreignChanges,
  honestRefusal,
  libreofficeCopies,
  openpyxlReadings,
  packageView,
  readFileWorkbook,
  sheetProtection,
  trimmed,
  workbookProtection,
  type OpenpyxlReading,
  type PackageView,
  type Written,
} from './written';

export interface WriteSideChecks {
  /** The runs that were meant to write. */
  readonly wrote: readonly Written[];
  views(w: Written): Promise<{ input: PackageView; output: PackageView }>;
  foreign(w: Written): Promise<{ changed: string[]; added: string[] }>;
  kept(w: Written): Promise<void>;
  sameGrids(
    before: WorkbookReading,
    after: WorkbookReading,
    sheets: readonly string[],
    skipRow?: (sheet: string, row: readonly GridCell[]) => boolean,
  ): void;
  openpyxl(w: Written): Promise<void>;
  libreoffice(w: Written, sheets: readonly string[]): Promise<void>;
  refused(name: string, reason: RegExp): void;
  /** The corpus file `name` was written, and every part of the output uses the Strict names. */
  strictThroughout(name: string): Promise<void>;
}

export async function writeSideChecks(
  written: readonly Written[],
  refused: ReadonlyMap<string, RegExp>,
  scratch: string,
  /** Per input file, the unmarked sheets the command adopted (counted as ours in the input). */
  adopted: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<WriteSideChecks> {
  const wrote = written.filter((w) => !refused.has(w.file.name));
  const outputs = wrote.filter((w) => existsSync(w.out)).map((w) => w.out);
  const [python, copies] = await Promise.all([
    openpyxlReadings([...wrote.map((w) => w.file.path), ...outputs]),
    libreofficeCopies(outputs, join(scratch, 'libreoffice')),
  ]);
  const cache = new Map<string, Promise<{ input: PackageView; output: PackageView }>>();
  const views = (w: Written) => {
    let v = cache.get(w.out);
    if (v === undefined) {
      v = (async () => ({
        input: packageView(
          new Uint8Array(await readFile(w.file.path)),
          adopted.get(w.file.name) ?? [],
        ),
        output: packageView(new Uint8Array(await readFile(w.out))),
      }))();
      cache.set(w.out, v);
    }
    return v;
  };
  const pythonOf = (path: string): OpenpyxlReading => {
    const r = python.get(path);
    if (r === undefined) throw new Error(`openpyxl gave nothing for ${path}`);
    return r;
  };

  return {
    wrote,
    views,

    async foreign(w) {
      const { input, output } = await views(w);
      return foreignChanges(input, output);
    },

    async kept(w) {
      const { input, output } = await views(w);
      expect(workbookProtection(output.workbookXml), 'workbook protection').toBe(
        workbookProtection(input.workbookXml),
      );
      for (const sheet of input.reading.sheets) {
        const after = output.reading.sheets.find((s) => s.name === sheet.name);
        expect(after?.state, `${sheet.name}: state`).toBe(sheet.state);
        expect(sheetProtection(output, sheet.name), `${sheet.name}: protection`).toBe(
          sheetProtection(input, sheet.name),
        );
      }
      expect(output.reading.format).toBe(input.reading.format);
      expect(output.workbookContentType, 'the workbook’s content type').toBe(
        input.workbookContentType,
      );
      for (const [part, bytes] of input.parts) {
        if (!/vbaProject\.bin$/i.test(part)) continue;
        expect(Buffer.from(output.parts.get(part) ?? []).equals(Buffer.from(bytes)), part).toBe(
          true,
        );
        const rels = output.parts.get(
          output.reading.workbookPart.replace(/([^/]*)$/, '_rels/$1.rels'),
        );
        expect(new TextDecoder().decode(rels), 'the macro project’s relationship').toMatch(
          /relationships\/vbaProject"/,
        );
      }
    },

    sameGrids(before, after, sheets, skipRow = () => false) {
      for (const sheet of sheets) {
        const rows = (grid: readonly (readonly GridCell[])[] | undefined) =>
          trimmed(grid).filter((row) => !skipRow(sheet, row));
        expect(rows(after.grid(sheet)?.rows), sheet).toEqual(
          rows(withCachedResults(sheet, before, after)),
        );
      }
    },

    async openpyxl(w) {
      const { output } = await views(w);
      const before = pythonOf(w.file.path);
      const after = pythonOf(w.out);
      if ('error' in after) {
        // Only where openpyxl fails the same way on the input: it reads styles from a fixed
        // xl/styles.xml (renamed-parts.xlsx) and reads no Strict files.
        expect('error' in before ? before.error : 'openpyxl opens the input', w.out).toBe(
          after.error,
        );
        return;
      }
      expect(after.sheets).toEqual(
        output.reading.sheets.filter((s) => s.kind === 'worksheet').map((s) => [s.name, s.state]),
      );
      if ('error' in before) return;
      for (const [sheet, flag] of Object.entries(before.protected)) {
        expect(after.protected[sheet], `${sheet}: sheet protection`).toBe(flag);
      }
      expect(after.lockStructure, 'workbook structure lock').toBe(before.lockStructure);
      expect(after.vba, 'macro project').toBe(before.vba);
    },

    async libreoffice(w, sheets) {
      const copy = copies.get(w.out);
      expect(copy, 'LibreOffice’s copy').not.toBeNull();
      const converted = await readFileWorkbook(copy as string);
      const { output } = await views(w);
      for (const sheet of sheets) expect(converted.sheetNames).toContain(sheet);
      const ledger = sheets[0] as string;
      expect(trimmed(converted.grid(ledger)?.rows)).toEqual(
        trimmed(output.reading.grid(ledger)?.rows),
      );
    },

    async strictThroughout(name) {
      const w = wrote.find((x) => x.file.name === name);
      if (w === undefined) throw new Error(`the corpus lacks ${name}`);
      const { input, output } = await views(w);
      expectStrictThroughout(input, output);
    },
    refused(name, reason) {
      const w = written.find((x) => x.file.name === name);
      if (w === undefined) throw new Error(`${name} is not in the corpus`);
      expect(w.result.code, w.result.stderr).toBe(2);
      expect(honestRefusal(w.result.stderr)).toEqual([]);
      expect(w.result.stderr).toMatch(reason);
      expect(existsSync(w.out), 'nothing written').toBe(false);
    },
  };
}

/**
 * openpyxl's load and save keeps our own formulas (说明's live legend) but drops their cached
 * text; a merge writes 说明 again with it. Only where the input has the same formula and no
 * result is the output's result taken as the input's; every other cell compares as it is.
 */
function withCachedResults(
  sheet: string,
  before: WorkbookReading,
  after: WorkbookReading,
): GridCell[][] | undefined {
  const grid = before.grid(sheet)?.rows;
  if (grid === undefined) return undefined;
  const rows = grid.map((row) => [...row]);
  const formulas = new Map(
    (after.richSheet(sheet)?.cells ?? [])
      .filter((c) => c.formula !== null)
      .map((c) => [`${c.row},${c.column}`, c] as const),
  );
  for (const cell of before.richSheet(sheet)?.cells ?? []) {
    const written = formulas.get(`${cell.row},${cell.column}`);
    const line = rows[cell.row];
    if (written === undefined || line === undefined || cell.formula !== written.formula) continue;
    if ((line[cell.column] ?? null) === null) line[cell.column] = written.value;
  }
  return rows;
}
