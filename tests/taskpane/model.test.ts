import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/taskpane/clock';
import { en } from '../../src/taskpane/i18n/en';
import { stringsFor } from '../../src/taskpane/i18n';
import { zh } from '../../src/taskpane/i18n/zh';
import { decodeListFile } from '../../src/taskpane/model/text-file';
import { parseSetting } from '../../src/core/settings';
import { isDarkBackground } from '../../src/taskpane/theme';

const taskpane = join(import.meta.dirname, '..', '..', 'src', 'taskpane');

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix}:${typeof value}`];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}.${k}`));
}

describe('strings', () => {
  it('has the same keys, of the same kinds, in Chinese and English', () => {
    expect(keysOf(en)).toEqual(keysOf(zh));
  });

  it('picks English only for an English display language', () => {
    expect(stringsFor('en-US').language).toBe(en.language);
    expect(stringsFor('EN-gb').t('pane.tab.import')).toBe('Import');
    expect(stringsFor('zh-CN').language).toBe(zh.language);
    expect(stringsFor('fr-FR').t('pane.tab.import')).toBe('导入');
    expect(stringsFor(null).lang).toBe('zh-CN');
  });

  it('keeps Chinese out of the components: every word comes from the string tables', () => {
    const dir = join(taskpane, 'components');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    }
  });
});

describe('decodeListFile', () => {
  it('reads UTF-8 (with or without a BOM) and GB18030', () => {
    const utf8 = new TextEncoder().encode('\uFEFF一、问题');
    expect(decodeListFile(utf8)).toEqual({ ok: true, text: '一、问题' });
    // 一、问题 in GB18030.
    const gb = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xce, 0xca, 0xcc, 0xe2]);
    expect(decodeListFile(gb)).toEqual({ ok: true, text: '一、问题' });
  });

  it('refuses empty, blank, binary and oversized files', () => {
    expect(decodeListFile(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeListFile(new TextEncoder().encode(' \n '))).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(decodeListFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({
      ok: false,
      reason: 'binary',
    });
    expect(decodeListFile(new Uint8Array(6 * 1024 * 1024).fill(0x41))).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });
});

describe('the pane clock and settings', () => {
  it('gives the local calendar date as an IsoDate', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('accepts whole days within the core limits only', () => {
    expect(parseSetting('dueSoonDays', '30')).toBe(30);
    expect(parseSetting('dueSoonDays', ' 7 ')).toBe(7);
    for (const bad of ['0', '366', '1.5', '', 'abc', '-3'])
      expect(parseSetting('dueSoonDays', bad)).toBeNull();
  });

  it('follows a dark Office theme', () => {
    expect(isDarkBackground('#1f1f1f')).toBe(true);
    expect(isDarkBackground('#ffffff')).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
  });
});
