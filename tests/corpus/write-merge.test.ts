/**
 * The write side of the corpus (issue 14), `rectify workbook --seed LIST --merge FILE --out OUT`
 * on every corpus ledger, run as users run it: the list the ledger was made from merged back in.
 * What it wrote is opened by openpyxl, LibreOffice and our reader, compared part by part with
 * the input, and validated again.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { ownedSheets } from '../../src/core/ownership';
import { STALE_DAYS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate/validate';
import { corpus, CORPUS_TODAY } from './corpus';
import { STRICT_NOTE } from './hand-shaped';
import { writeSideChecks } from './write/checks';
import { packageView, readFileWorkbook, writeEach } from './write/written';

const { original, files } = await corpus();
const scratch = join(tmpdir(), `rectify-write-merge-${randomUUID()}`);
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Files the merge refuses, and the words the refusal must use: none (Strict is written as Strict). */
const REFUSED = new Map<string, RegExp>();

/**
 * Ledgers rebuilt from the values by another program: their sheets lost the marks that make them
 * ours, so the merge adopts them (src/core/workbook/adoption.ts), every sheet it writes.
 */
const ADOPTED_SHEETS = [
  SHEETS.readme,
  SHEETS.items,
  SHEETS.ledger,
  SHEETS.milestones,
  SHEETS.lists,
];
const ADOPTED = new Map<string, readonly string[]>(
  [
    'openpyxl-tables.xlsx',
    'openpyxl-writeonly.xlsx',
    'openpyxl-isodates.xlsx',
    'xlsxwriter.xlsx',
    'xlsxwriter-constant-memory.xlsx',
  ].map((name) => [name, ADOPTED_SHEETS]),
);
/** The one line a merge that adopted says (merge.adopt.adopted). */
const ADOPT_LINE = /没有整改台账助手留下的标记.*但表头表明是本工具的台账/;

const originalReading = await readFileWorkbook(original);
const expectedErrors = validateWorkbook(originalReading, {
  today: CORPUS_TODAY,
  staleDays: STALE_DAYS,
}).errors;
const ledgers = files.filter((f) => f.sheets.includes(SHEETS.ledger));
// No --seed: the ledger was made from the default list, so the same items come back.
const written = await writeEach(ledgers, scratch, 'merged', (file, out) => [
  'workbook',
  '--merge',
  file.path,
  '--out',
  out,
  '--today',
  CORPUS_TODAY,
]);
const ownWrite = written.find((w) => w.file.name === 'rectify-ledger.xlsx');
if (ownWrite === undefined) throw new Error('the corpus lacks the product ledger');
/** The sheets the merge adds to the product's own ledger (导入记录): every file gets the same. */
const addedSheets = packageView(new Uint8Array(await readFile(ownWrite.out)))
  .reading.sheets.map((s) => s.name)
  .filter((name) => !originalReading.sheets.some((s) => s.name === name));

const checks = await writeSideChecks(written, REFUSED, scratch, ADOPTED);

/** 说明 says when the workbook was made: the one cell a merge of the same list must change. */
const generatedAt = (sheet: string, row: readonly unknown[]) =>
  sheet === SHEETS.readme && row[0] === '生成时间';

describe('workbook --merge over the corpus (write side)', () => {
  it('strict-note.xlsx: the note on a 台账 cell the user fills in is carried', async () => {
    const w = checks.wrote.find((x) => x.file.name === 'strict-note.xlsx');
    if (w === undefined) throw new Error('the corpus lacks strict-note.xlsx');
    const { input, output } = await checks.views(w);
    const notes = (v: typeof input) =>
      (v.reading.richSheet(SHEETS.ledger)?.notes ?? []).map((n) => [n.ref, n.author, n.text]);
    expect(notes(input)).toEqual([[STRICT_NOTE.ref, STRICT_NOTE.author, STRICT_NOTE.text]]);
    expect(notes(output)).toEqual(notes(input));
  });

  it.each(['strict.xlsx', 'strict-note.xlsx'])(
    '%s: written as Strict: every part uses the Strict names',
    (name) => checks.strictThroughout(name),
  );

  it('writes every corpus ledger but the refused ones, adding the import record', () => {
    expect(ledgers.length).toBeGreaterThanOrEqual(30);
    expect(addedSheets).toEqual(['导入记录']);
    const refused = written.filter((w) => w.result.code === 2).map((w) => w.file.name);
    expect(refused.sort()).toEqual([...REFUSED.keys()].sort());
  });

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: exits 0 and reports the merge',
    (_, w) => {
      expect(w.result.stderr).toBe('');
      expect(w.result.code).toBe(0);
      expect(w.result.stdout).toContain(w.out);
      expect(existsSync(w.out)).toBe(true);
      // Only a ledger without marks is adopted; a marked one merges as it always did.
      expect(ADOPT_LINE.test(w.result.stdout)).toBe(ADOPTED.has(w.file.name));
    },
  );

  it.each([...ADOPTED].map(([name, sheets]) => [name, sheets] as const))(
    '%s: unmarked, adopted: one line names what it took as ours, and the output marks them',
    async (name, sheets) => {
      const w = written.find((x) => x.file.name === name);
      if (w === undefined) throw new Error(`${name} is not in the corpus`);
      const { input, output } = await checks.views(w);
      expect(ownedSheets(input.reading.definedNames)).toEqual([]);
      const said = w.result.stdout.split('\n').filter((line) => ADOPT_LINE.test(line));
      expect(said).toHaveLength(1);
      expect(said[0]).toContain(`${w.file.path} 中的${sheets.map((s) => `“${s}”`).join('、')}没有`);
      expect(ownedSheets(output.reading.definedNames).sort()).toEqual(
        [...sheets, SHEETS.importLog].sort(),
      );
    },
  );

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: our reader opens it: the input’s sheets as they were, then the import record',
    async (_, w) => {
      const { input, output } = await checks.views(w);
      const inputSheets = input.reading.sheets.map((s) => [s.name, s.state]);
      expect(output.reading.sheets.map((s) => [s.name, s.state])).toEqual([
        ...inputSheets,
        ...addedSheets.map((name) => [name, 'visible']),
      ]);
    },
  );

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: every part that is not ours is byte for byte the input’s',
    async (_, w) => {
      expect(await checks.foreign(w)).toEqual({ changed: [], added: [] });
    },
  );

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: protection, hidden states and macros are kept',
    async (_, w) => {
      await checks.kept(w);
    },
  );

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: every cell reads as before (but 说明’s 生成时间) and validate finds what it found',
    async (_, w) => {
      const { input, output } = await checks.views(w);
      checks.sameGrids(input.reading, output.reading, input.reading.sheetNames, generatedAt);
      const report = validateWorkbook(output.reading, {
        today: CORPUS_TODAY,
        staleDays: STALE_DAYS,
      });
      expect(report.errors).toBe(expectedErrors);
    },
  );

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: openpyxl opens it with the sheets, states and protection we wrote',
    async (_, w) => {
      await checks.openpyxl(w);
    },
  );

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: LibreOffice opens it, and the 台账 and 导入记录 are there',
    async (_, w) => {
      await checks.libreoffice(w, [SHEETS.ledger, '导入记录']);
    },
  );

  it.each([...REFUSED].map(([name, reason]) => [name, reason] as const))(
    '%s: refused honestly (exit 2, what and what to do, nothing written)',
    (name, reason) => {
      checks.refused(name, reason);
    },
  );
});
