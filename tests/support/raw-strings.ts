/**
 * Test support (was src/xlsx/package/raw-strings.ts, the merge's second pass over each sheet; the
 * reader now gives `RichCell.stored` in its own pass): an independent regex reading of the same
 * thing, for the differential test. The string cells of a worksheet part as the file stores them: a shared-string index, or inline
 * rich text (`<is>` with runs). A merge carries such a cell's text exactly this way, so rich-text
 * runs keep their fonts (the shared-strings part itself is never rewritten). One pass over the
 * part; plain inline strings are left out (the plan's text is the same).
 */
import type { StoredText as RawString } from '../../src/xlsx/reader';

const CELL = /<(?:[\w.-]+:)?c\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const REF = ATTR('r');
const TYPE = ATTR('t');

export function rawStrings(sheetXml: string): Map<string, RawString> {
  const out = new Map<string, RawString>();
  // Most sheets the tool wrote have neither: one cheap look saves the pass.
  if (!sheetXml.includes('t="s"') && !sheetXml.includes("t='s'") && !sheetXml.includes('<r>')) {
    return out;
  }
  for (let m = CELL.exec(sheetXml); m !== null; m = CELL.exec(sheetXml)) {
    if (m[2] === '/') continue;
    const attrs = m[1] ?? '';
    const t = TYPE.exec(attrs);
    const type = t?.[1] ?? t?.[2];
    if (type !== 's' && type !== 'inlineStr') continue;
    const r = REF.exec(attrs);
    const ref = (r?.[1] ?? r?.[2])?.toUpperCase();
    if (ref === undefined) continue;
    const close = indexOfClose(sheetXml, CELL.lastIndex);
    if (close < 0) break;
    const body = sheetXml.slice(CELL.lastIndex, close);
    if (type === 's') {
      const v = /<(?:[\w.-]+:)?v>\s*(\d+)\s*<\//.exec(body);
      if (v?.[1] !== undefined) out.set(ref, { shared: Number(v[1]) });
    } else {
      const is = /<((?:[\w.-]+:)?)is>([\s\S]*)<\/\1is>/.exec(body);
      if (is?.[2] !== undefined && /<(?:[\w.-]+:)?r>/.test(is[2]) && (is[1] ?? '') === '') {
        out.set(ref, { inline: is[2] });
      }
    }
    CELL.lastIndex = close;
  }
  CELL.lastIndex = 0;
  return out;
}

const CLOSE = /<\/(?:[\w.-]+:)?c>/g;

function indexOfClose(xml: string, from: number): number {
  CLOSE.lastIndex = from;
  const m = CLOSE.exec(xml);
  return m === null ? -1 : m.index;
}
