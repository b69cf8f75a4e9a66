import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_EXCEL_API } from '../../src/office/office-global';
import { auditApiSets } from '../support/api-set-audit';

/**
 * Every Office.js member the add-in uses (directly, or through the shell's interfaces in
 * src/office/excel-api.ts, src/office/office-global.ts and src/ribbon/message.ts) needs no more than the
 * manifest's ExcelApi 1.8 — or sits behind `isSetSupported` for what it needs. The annotations of
 * @types/office-js are the source of truth, not comments in the shell.
 */

const ROOT = join(import.meta.dirname, '../..');

describe('API-set audit', () => {
  const real = auditApiSets();

  it('finds the members the shell uses and their sets', () => {
    const needs = new Map(real.uses.map((u) => [u.member, u.needs]));
    expect(needs.get('Excel.Range.values')).toEqual({ set: 'ExcelApi', version: '1.1' });
    expect(needs.get('Excel.Range.dataValidation')).toEqual({ set: 'ExcelApi', version: '1.8' });
    expect(needs.get('Excel.Worksheet.copy')).toEqual({ set: 'ExcelApi', version: '1.7' });
    expect(needs.get('Excel.Worksheet.visibility')).toEqual({ set: 'ExcelApi', version: '1.2' });
    expect(needs.get('Excel.Range.hyperlink')).toEqual({ set: 'ExcelApi', version: '1.7' });
    expect(needs.get('Excel.RunOptions.mergeUndoGroup')).toEqual({
      set: 'ExcelApi',
      version: '1.20',
    });
    expect(needs.get('Office.UI.displayDialogAsync')).toEqual({ set: 'DialogApi', version: '1.1' });
    expect(real.uses.length).toBeGreaterThan(100);
  });

  it('passes: nothing newer than ExcelApi 1.8 is used without isSetSupported', () => {
    expect(real.violations).toEqual([]);
    const undo = real.uses.filter((u) => u.member === 'Excel.RunOptions.mergeUndoGroup');
    expect(undo.length).toBeGreaterThan(0);
    for (const u of undo) expect(u.guarded).toEqual({ set: 'ExcelApi', version: '1.20' });
  });

  it('knows which members carry no annotation at all (reviewed: base Office.js, ExcelApi 1.1)', () => {
    expect(real.unannotated).toEqual([
      'Excel.RequestContext.application',
      'Excel.RequestContext.workbook',
      'Excel.RunOptions.delayForCellEdit',
      'Excel.run',
      'Office.Actions.associate',
      'Office.AddinCommands.Event.completed',
      'Office.Context.displayLanguage',
      'Office.Context.officeTheme',
      'Office.Context.requirements',
      'Office.Context.ui',
      'Office.Excel',
      'Office.HostType',
      'Office.OfficeTheme.bodyBackgroundColor',
      'Office.RequirementSetSupport.isSetSupported',
      'Office.actions',
      'Office.context',
      'Office.onReady',
      'OfficeExtension.ClientObject.isNullObject',
      'OfficeExtension.ClientRequestContext.sync',
    ]);
  });

  it('fails for a newer member used unguarded, directly or through a shell interface, and for the Dialog API', () => {
    const fixture = auditApiSets({ files: ['tests/office/fixtures/api-newer.ts'] });
    const reported = fixture.violations.map((v) => `${v.member} @${v.at.split(':')[1]}`);
    const line = (text: string) =>
      readFileSync(join(ROOT, 'tests/office/fixtures/api-newer.ts'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(text)) + 1;
    expect(reported.sort()).toEqual(
      [
        `Excel.Worksheet.pageLayout @${line('return sheet.pageLayout; // ExcelApi 1.9')}`,
        `Excel.Worksheet.autoFilter @${line('return sheet.autoFilter; // ExcelApi 1.9')}`,
        `Excel.Worksheet.autoFilter @${line("'1.8')) return sheet.autoFilter")}`,
        `Office.UI.displayDialogAsync @${line("displayDialogAsync('https://localhost/dialog.html'); // DialogApi")}`,
      ].sort(),
    );
  });

  it('the manifest asks for the version the shell checks', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const asked = [...manifest.matchAll(/Name="ExcelApi" MinVersion="([\d.]+)"/g)].map((m) => m[1]);
    expect(asked.length).toBeGreaterThan(0);
    for (const v of asked) expect(v).toBe(REQUIRED_EXCEL_API);
  });
});
