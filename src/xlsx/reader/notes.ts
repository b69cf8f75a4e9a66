import { NS } from './namespaces';
import { readStringItem } from './shared-strings';
import type { NoteInfo } from './types';
import { EOF, OPEN, XmlScanner } from './xml';

/** A legacy comments part (批注): each note's cell, author and plain text. */
export function readNotes(text: string, part: string): NoteInfo[] {
  const x = new XmlScanner(text, part);
  const authors: string[] = [];
  const notes: NoteInfo[] = [];
  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (e !== OPEN || x.ns !== NS.main) continue;
    if (x.local === 'author') {
      authors.push(x.readText());
    } else if (x.local === 'comment') {
      const ref = x.attr('ref') ?? '';
      const author = authors[Number(x.attr('authorId'))] ?? '';
      const depth = x.depth;
      let noteText = '';
      for (let f = x.next(); f !== EOF && x.depth >= depth; f = x.next()) {
        if (f === OPEN && x.is(NS.main, 'text')) noteText = readStringItem(x);
      }
      notes.push({ ref, author, text: noteText });
    }
  }
  return notes;
}
