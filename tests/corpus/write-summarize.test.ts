/**
 * The write side of the corpus (issue 14), `rectify summarize FILE --out OUT` on every corpus
 * ledger, run as users run it. What it wrote is opened by openpyxl, LibreOffice and our reader,
 * compared part by part with the input, and validated again.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { STALE_DAYS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate/validate';
import { corpus, CORPUS_TODAY } from './corpus';
import { writeSideChecks } from './write/checks';
import { honestRefusal, packageView, readFileWorkbook, rectify, writeEach } from './write/written';

const { original, files } = await corpus();
const scratch = join(tmpdir(), `rectify-write-summarize-${randomUUID()}`);
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Files the command refuses, and the words the refusal must use: none (Strict is written as Strict). */
const REFUSED = new Map<string, RegExp>();

// The ledger has errors (the corpus is made to have them), so summarize writes and exits 1.
const originalReading = await readFileWorkbook(original);
const expectedErrors = validateWorkbook(originalReading, {
  today: CORPUS_TODAY,
  staleDays: STALE_DAYS,
}).errors;
const ledgers = files.filter((f) => f.sheets.includes(SHEETS.ledger));
const written = await writeEach(ledgers, scratch, 'summarized', (file, out) => [
  'summarize',
  file.path,
  '--out',
  out,
  '--today',
  CORPUS_TODAY,
]);
const ownWrite = written.find((w) => w.file.name === 'rectify-ledger.xlsx');
if (ownWrite === undefined) throw new Error('the corpus lacks the product ledger');
/** The sheets summarize adds to the product's own ledger: every other file gets the same. */
const addedSheets = packageView(new Uint8Array(await readFile(ownWrite.out)))
  .reading.sheets.map((s) => s.name)
  .filter((name) => !originalReading.sheets.some((s) => s.name === name));

const checks = await writeSideChecks(written, REFUSED, scratch);

describe('summarize over the corpus (write side)', () => {
  it.each(['strict.xlsx', 'strict-note.xlsx'])(
    '%s: written as Strict: every part uses the Strict names',
    (name) => checks.strictThroughout(name),
  );

  it('writes every corpus ledger but the refused ones, adding the summaries', () => {
    expect(ledgers.length).toBeGreaterThanOrEqual(30);
    expect(addedSheets[0]).toBe('领导汇总');
    const refused = written.filter((w) => w.result.code === 2).map((w) => w.file.name);
    expect(refused.sort()).toEqual([...REFUSED.keys()].sort());
  });

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: exits 1 (written, the ledger has errors) and says so',
    (_, w) => {
      expect(w.result.stderr).toContain(`${expectedErrors} 个错误`);
      expect(w.result.code).toBe(1);
      expect(existsSync(w.out)).toBe(true);
    },
  );

  it.each(checks.wrote.map((w) => [w.file.name, w] as const))(
    '%s: our reader opens it: the input’s sheets as they were, then the summaries',
    async (_, w) => {
      const { input, output } = await checks.views(w);
      expect(output.reading.sheets.map((s) => [s.name, s.state])).toEqual([
        ...input.reading.sheets.map((s) => [s.name, s.state]),
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
    '%s: the user’s cells read as before and validate finds what it found',
    async (_, w) => {
      const { input, output } = await checks.views(w);
      checks.sameGrids(input.reading, output.reading, input.reading.sheetNames);
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
    '%s: LibreOffice opens it, and the 台账 and 领导汇总 are there',
    async (_, w) => {
      await checks.libreoffice(w, [SHEETS.ledger, '领导汇总']);
    },
  );

  it('keeps the format: an .xlsm written out as .xlsx is refused before anything is written', async () => {
    const macro = ledgers.find((f) => f.name === 'macro-enabled.xlsm');
    if (macro === undefined) throw new Error('the corpus lacks macro-enabled.xlsm');
    const out = join(scratch, 'macro-as.xlsx');
    const result = await rectify(['summarize', macro.path, '--out', out, '--today', CORPUS_TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('输出文件须与原工作簿一样以 .xlsm 结尾');
    expect(honestRefusal(result.stderr)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it.each([...REFUSED].map(([name, reason]) => [name, reason] as const))(
    '%s: refused honestly (exit 2, what and what to do, nothing written)',
    (name, reason) => {
      checks.refused(name, reason);
    },
  );
});
