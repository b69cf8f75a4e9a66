import type { StyleMap } from './styles-merge';

/**
 * The shared strings of the scratch workbook, as the `<si>` contents (already XML): a string
 * cell moved into the user's file carries its text inline, so the user's sharedStrings.xml (most
 * of a big ledger) is never rewritten.
 */
export function sharedStringItems(sst: string | null): string[] {
  if (sst === null) return [];
  const items: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(sst); m !== null; m = re.exec(sst)) items.push(m[1] ?? '');
  return items;
}

// ExcelJS's own output (the scratch workbook) writes a cell as `<c r="A1" s="3" t="s">` in that
// attribute order, followed by the shared-string index when it is one, and escapes `>` in
// attribute values, so `[^>]*` is a whole tag in the other patterns.
const CELL = /<c r="([A-Z]+\d+)"(?: s="(\d+)")?( t="s")?([^>]*)>(?:<v>(\d+)<\/v>)?/g;
const OTHER = /<(row|col|cfRule)(\s[^>]*?)?(\/?)>/g;
const ATTR = { s: /(\ss=")(\d+)"/, style: /(\sstyle=")(\d+)"/, dxfId: /(\sdxfId=")(\d+)"/ };

function remap(attrs: string, re: RegExp, map: (n: number) => number): string {
  return attrs.replace(re, (_, head: string, n: string) => `${head}${map(Number(n))}"`);
}

/**
 * A scratch worksheet made ready for the user's package: style indexes (`s`, `style`, `dxfId`)
 * point at the merged styles.xml, and shared-string cells become inline-string cells.
 */
export function transplantSheetXml(xml: string, strings: readonly string[], styles: StyleMap) {
  let matched = 0;
  const cells = xml.replace(
    CELL,
    (
      _,
      ref: string,
      s: string | undefined,
      shared: string | undefined,
      rest: string,
      v?: string,
    ) => {
      matched++;
      const style = s === undefined ? '' : ` s="${styles.xf(Number(s))}"`;
      if (shared === undefined)
        return `<c r="${ref}"${style}${rest}>${v === undefined ? '' : `<v>${v}</v>`}`;
      const text = v === undefined ? undefined : strings[Number(v)];
      if (text === undefined) throw new Error(`scratch sheet: shared string ${v} is missing`);
      return `<c r="${ref}"${style} t="inlineStr"${rest}><is>${text}</is>`;
    },
  );
  // Every cell must have been seen, or one would keep a style index meant for another file.
  if (matched !== occurrences(xml, '<c '))
    throw new Error('scratch sheet: a cell of unknown shape');
  return cells.replace(OTHER, (_, name: string, attrs: string | undefined, slash: string) => {
    let a = attrs ?? '';
    if (name === 'col') a = remap(a, ATTR.style, styles.xf);
    else if (name === 'cfRule') a = remap(a, ATTR.dxfId, styles.dxf);
    else a = remap(a, ATTR.s, styles.xf);
    return `<${name}${a}${slash}>`;
  });
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
