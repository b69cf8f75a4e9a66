import { message, render, type Lang, type Message } from '../i18n';
import type { ParseDiagnostic } from './schema';

/**
 * Diagnostics speak to the person holding the document: where (a line, or the document as a
 * whole for line 0), what was found and what to do, as a catalogue message (`list.diag.*`) the face
 * says in its language. `message` is its Chinese text, for logs and `rectify parse --json`.
 */
export function diagnostic(
  line: number,
  severity: ParseDiagnostic['severity'],
  code: string,
  what: Message,
  dropped?: string,
): ParseDiagnostic {
  const said = message('list.diagnostic', { where: lineAt(line), what });
  const d: ParseDiagnostic = { line, severity, code, message: render('zh', said), said };
  if (dropped !== undefined) d.dropped = dropped;
  return d;
}

/** A line of the read text (0: the whole document), as a place the document reader may refine. */
export function lineAt(line: number): Message {
  return line > 0 ? message('list.place.line', { line }) : message('list.place.whole');
}

/** A diagnostic in `lang`. */
export function diagnosticText(d: ParseDiagnostic, lang: Lang): string {
  return render(lang, d.said);
}

/** Quotes document text in a message, shortened so one message stays one readable line. */
export function quote(text: string, max = 30): Message {
  const chars = [...text];
  return message('common.quoted', {
    text: chars.length > max ? `${chars.slice(0, max).join('')}…` : text,
  });
}
