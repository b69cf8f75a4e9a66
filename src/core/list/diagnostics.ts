import type { ParseDiagnostic } from './schema';

/**
 * Diagnostics speak to the person holding the document: Chinese first, with the line number, then
 * English in parentheses. Line 0 means the document as a whole.
 */
export function diagnostic(
  line: number,
  severity: ParseDiagnostic['severity'],
  code: string,
  chinese: string,
  english: string,
  dropped?: string,
): ParseDiagnostic {
  const where = line > 0 ? `第 ${line} 行：` : '全文：';
  const d: ParseDiagnostic = { line, severity, code, message: `${where}${chinese}（${english}）` };
  if (dropped !== undefined) d.dropped = dropped;
  return d;
}

/** Quotes document text in a message, shortened so one message stays one readable line. */
export function quote(text: string, max = 30): string {
  const chars = [...text];
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : text}”`;
}
