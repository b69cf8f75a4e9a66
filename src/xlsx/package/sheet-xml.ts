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

// ExcelJS's own output (the scratch workbook) escapes `>` in attribute values, so `[^>]*` is a
// whole tag here. `<c …>` may be followed by the shared-string index it refers to.
const TAGS = /<(c|row|col|cfRule)(\s[^>]*?)?(\/?)>(?:<v>(\d+)<\/v>)?/g;

function remap(attrs: string, name: string, map: (n: number) => number): string {
  return attrs.replace(
    new RegExp(`(\\s${name}=")(\\d+)(")`),
    (_, head: string, n: string, tail: string) => `${head}${map(Number(n))}${tail}`,
  );
}

/**
 * A scratch worksheet made ready for the user's package: style indexes (`s`, `style`, `dxfId`)
 * point at the merged styles.xml, and shared-string cells become inline-string cells.
 */
export function transplantSheetXml(xml: string, strings: readonly string[], styles: StyleMap) {
  return xml.replace(
    TAGS,
    (whole, name: string, attrs: string | undefined, slash: string, v: string | undefined) => {
      let a = attrs ?? '';
      if (name === 'col') a = remap(a, 'style', styles.xf);
      else if (name === 'cfRule') a = remap(a, 'dxfId', styles.dxf);
      else a = remap(a, 's', styles.xf);
      const value = v === undefined ? '' : `<v>${v}</v>`;
      if (name !== 'c' || !/\st="s"/.test(a)) return `<${name}${a}${slash}>${value}`;
      const text = v === undefined ? undefined : strings[Number(v)];
      if (text === undefined) throw new Error(`scratch sheet: shared string ${v} is missing`);
      return `<c${a.replace(/\st="s"/, ' t="inlineStr"')}><is>${text}</is>`;
    },
  );
}
