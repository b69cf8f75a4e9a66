/**
 * Words a Chinese message may use as they are: product, program and format names (longest first,
 * so `Office.js` goes before `Office` and `xlsb` before `xls`). Shared by the catalogue parity test
 * and the command-line refusal tests.
 */
export const WORDS_KEPT_IN_CHINESE = [
  'Office.js',
  'ExcelApi',
  'Excel',
  'OpenDocument',
  'PowerPoint',
  'Office',
  'WPS',
  'Word',
  'Esc',
  'rectify',
  'parse',
  'summarize',
  'validate',
  'workbook',
  'split',
  'collect',
  'report',
  'xlsx',
  'docx',
  'doc',
  'pdf',
  'PDF',
  'txt',
  'JSON',
  'UTF-8',
  'UTF-16',
  'GB18030',
  'GBK',
  'RTF',
  'CSV',
  'HTML',
  'XML',
  // File extensions (.xlsb before .xls) and the zip container
  'xlsb',
  'xls',
  'ods',
  'csv',
  'pptx',
  '.et',
  'zip',
  'YYYY-MM-DD',
  'KB',
  'MB',
];

/** English words (two letters or more) left in a Chinese text once the kept words are removed. */
export function englishWordsIn(text: string): string[] | null {
  let rest = text.replace(/--[a-z-]+/g, '').replace(/\{\w+\}/g, '');
  for (const word of WORDS_KEPT_IN_CHINESE) rest = rest.split(word).join('');
  return rest.match(/[A-Za-z]{2,}/g);
}
