import { NS } from './namespaces';
import { CLOSE, EOF, OPEN, XmlScanner } from './xml';

/**
 * The shared strings as plain text: a string item's `<t>`, or its runs' `<t>` joined (a `<t>`
 * followed by runs is joined too); phonetic guides (`rPh`) are not part of the text.
 */
export function readSharedStrings(text: string, part: string): string[] {
  const x = new XmlScanner(text, part);
  const out: string[] = [];
  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (e === OPEN && x.is(NS.main, 'si')) out.push(readStringItem(x));
  }
  return out;
}

/** The text of the element just opened (`si`, `is`, a comment's `text`), consuming its CLOSE. */
export function readStringItem(x: XmlScanner): string {
  const depth = x.depth;
  let text = '';
  for (;;) {
    const e = x.next();
    if (e === EOF || (e === CLOSE && x.depth < depth)) return unescapeOoxml(text);
    if (e !== OPEN || x.ns !== NS.main) continue;
    if (x.local === 't') text += x.readText();
    else if (x.local === 'rPh' || x.local === 'rPr' || x.local === 'phoneticPr') x.skip();
  }
}

/** `_x000D_` and the like: characters XML cannot hold, escaped by Excel (ECMA-376 22.9.2.19). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
