/**
 * Number formats as every shell meets them: the built-in formats a file refers to by id only, and
 * the one test that tells a date format from the others. Shells (file reader, Office.js) use this;
 * no other copy of the test may exist.
 */

/**
 * Built-in formats by id (ECMA-376 Part 1, 18.8.30), with the zh-CN locale's ids 27–36 and 50–58
 * as Excel and WPS in Chinese write them (those ids have no fixed code in the standard: files from
 * a Chinese Excel carry the id only).
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The code of a built-in format id, or undefined for an id the standard leaves to the locale. */
export function builtinNumberFormat(id: number): string | undefined {
  return BUILTIN_NUMBER_FORMATS[id];
}

/** A number format that shows a calendar date (a year or day code outside quotes and brackets). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const bare = format
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[yd]/i.test(bare) || bare.includes('年') || bare.includes('日');
}
