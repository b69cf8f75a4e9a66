import { extname } from 'node:path';
import { t, type Lang } from '../../core/i18n';
import type { OpenedWorkbook } from '../../xlsx/read';
import { CliError } from '../errors';

/**
 * A workbook written back into its own package keeps its format: an .xlsm (macros kept) saved
 * under .xlsx, or the reverse, is a file Excel refuses to open. Exit 2 before anything is written.
 */
export function requireSameFormat(opened: OpenedWorkbook, out: string, lang: Lang): void {
  const format = opened.reading.format;
  if (extname(out).toLowerCase() !== `.${format}`) {
    throw new CliError(t(lang, 'cli.out.keepFormat', { path: out, format }));
  }
}
