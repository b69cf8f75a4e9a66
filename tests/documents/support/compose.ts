/**
 * Documents the tests write, in the two sources LibreOffice converts to Word, Word 97 and PDF:
 * HTML (paragraphs, tables with merged cells) and flat ODF (the same, plus a running header and
 * a page-number footer, as printed lists have them).
 */
export interface CellSpec {
  readonly paragraphs: readonly string[];
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

export type Piece =
  | { readonly p: string; readonly center?: boolean }
  /** A paragraph numbered by the word processor (level 1 `一、`, level 2 `（1）`), not by its text. */
  | { readonly auto: string; readonly level: 1 | 2 }
  | { readonly table: readonly (readonly (CellSpec | null)[])[] };

export const para = (p: string): Piece => ({ p });
export const auto = (text: string, level: 1 | 2 = 1): Piece => ({ auto: text, level });
export const centered = (p: string): Piece => ({ p, center: true });
export const cell = (...paragraphs: string[]): CellSpec => ({ paragraphs });

const escape = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function toHtml(pieces: readonly Piece[]): string {
  const body = pieces.map((piece) => {
    if ('auto' in piece) throw new Error('automatic numbering is written as flat ODF');
    if ('p' in piece) {
      return `<p${piece.center ? ' align="center"' : ''}>${escape(piece.p)}</p>`;
    }
    const rows = piece.table.map((row) => {
      const cells = row.map((c) => {
        if (c === null) return '';
        const span = `${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan ? ` colspan="${c.colSpan}"` : ''}`;
        return `<td${span}>${c.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<table border="1" cellpadding="4">${rows.join('\n')}</table>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
].join(' ');

export interface PageFurniture {
  /** A running header printed on every page. */
  readonly header?: string;
  /** A footer `— n —` with the page number. */
  readonly pageNumbers?: boolean;
}

/** Flat ODF: justified body paragraphs indented two characters, as official documents print. */
export function toFodt(pieces: readonly Piece[], furniture: PageFurniture = {}): string {
  let tables = 0;
  const body = pieces.map((piece) => {
    if ('auto' in piece) {
      const p = `<text:p text:style-name="Body">${escape(piece.auto)}</text:p>`;
      const inner =
        piece.level === 1 ? p : `<text:list><text:list-item>${p}</text:list-item></text:list>`;
      return `<text:list text:style-name="Items" text:continue-numbering="true"><text:list-item>${inner}</text:list-item></text:list>`;
    }
    if ('p' in piece) {
      return `<text:p text:style-name="${piece.center ? 'Center' : 'Body'}">${escape(piece.p)}</text:p>`;
    }
    const columns = Math.max(...piece.table.map((row) => row.length));
    const rows = piece.table.map((row) => {
      const cells = row.map((c) => {
        if (c === null) return '<table:covered-table-cell/>';
        const span = `${c.rowSpan ? ` table:number-rows-spanned="${c.rowSpan}"` : ''}${c.colSpan ? ` table:number-columns-spanned="${c.colSpan}"` : ''}`;
        return `<table:table-cell office:value-type="string"${span}>${c.paragraphs.map((p) => `<text:p text:style-name="Cell">${escape(p)}</text:p>`).join('')}</table:table-cell>`;
      });
      return `<table:table-row>${cells.join('')}</table:table-row>`;
    });
    tables++;
    return `<table:table table:name="T${tables}"><table:table-column table:number-columns-repeated="${columns}"/>${rows.join('')}</table:table>`;
  });
  const header = furniture.header
    ? `<style:header><text:p text:style-name="Center">${escape(furniture.header)}</text:p></style:header>`
    : '';
  const footer = furniture.pageNumbers
    ? '<style:footer><text:p text:style-name="Center">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<text:list-style style:name="Items"><text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/><text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="1"/></text:list-style>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="0.85cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header}${footer}</style:master-page></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}
