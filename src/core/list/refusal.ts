import { message, type Message } from '../i18n';
import type { RectificationList } from './schema';

/**
 * Whether a reading may become a ledger. A duplicated item or measure key would give the ledger two
 * rows for one key and lose the other; a reading with no item or no measure would give an empty
 * ledger that looks like success. Each face refuses these before anything is written, with this
 * message (`list.refusal.*`, said in the face's language).
 */
const REFUSING = new Set(['duplicate-item', 'duplicate-measure']);

export function refusalOf(list: RectificationList, found: Message): Message | null {
  const duplicates = list.diagnostics.filter((d) => d.severity === 'error' && REFUSING.has(d.code));
  if (duplicates.length > 0) {
    return message('list.refusal.duplicates', { details: duplicates.map((d) => d.said) });
  }
  if (list.items.length === 0) {
    return message('list.refusal.noItems', { found, shape: message('list.shape') });
  }
  const measures = list.items.reduce((n, item) => n + item.measures.length, 0);
  if (measures === 0) {
    const first = list.items[0];
    return message('list.refusal.noMeasures', {
      items: list.items.length,
      first: cut(first?.problem ?? '', 30),
      shape: message('list.shape'),
    });
  }
  return null;
}

/** What a document held, for the no-item message: `120 段文字、2 个表格，开头是“…”`. */
export function describeFound(paragraphs: number, tables: number, opening: string): Message {
  const counts =
    tables > 0
      ? message('list.found.paragraphsAndTables', { paragraphs, tables })
      : message('list.found.paragraphs', { paragraphs });
  if (opening === '') return counts;
  return message('list.found.opening', { counts, opening: cut(opening, 40) });
}

/** The start of a text, at most `max` characters, marked when cut. */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
