import { message, type Message } from '../i18n';
import type { CollectEntry } from './collect-types';

/**
 * How a collect entry is said, the same on the terminal, in the task pane and on 回收记录 (in
 * Chinese there): where it is and what changed. The reason is the entry's own message.
 */

/** A cell's text in a message: as it is, or "empty" in the language it is said in. */
export function shownValue(text: string): Message | string {
  return text === '' ? message('collect.value.empty') : text;
}

/** The cell an entry is about (noted when it is the unit file's), or null. */
export function entryCell(entry: CollectEntry): Message | string | null {
  if (entry.cell === '') return null;
  return entry.inUnitFile
    ? message('collect.entry.unitFileCell', { cell: entry.cell })
    : entry.cell;
}

/**
 * Where the entry is and what changed: `台账!J12 整改进展：“a” → “b”`, each part only when the
 * entry has it; `cut` shortens long values (a measure's wording) for a narrow face.
 */
export function entryWhat(
  entry: CollectEntry,
  cut: (text: string) => string = (text) => text,
): Message | string {
  const cell = entryCell(entry);
  const column = entry.column === '' ? null : entry.column;
  const place =
    cell === null
      ? column
      : column === null
        ? cell
        : message('collect.entry.cellColumn', { cell, column });
  const change =
    entry.before === null && entry.after === null
      ? null
      : message('collect.entry.change', {
          before: shownValue(cut(entry.before ?? '')),
          after: shownValue(cut(entry.after ?? '')),
        });
  if (place === null) return change ?? '';
  return change === null ? place : message('collect.entry.placed', { place, change });
}
