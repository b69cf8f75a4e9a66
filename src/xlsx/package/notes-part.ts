import { columnLetter } from '../../core/grid';
import { NS } from './parts';
import { xmlText } from './plan-text';

/**
 * Notes (批注) of a rewritten sheet as the two parts every spreadsheet program reads them from:
 * the comments part (text and author) and the legacy VML drawing that shows each as a hidden box.
 */
export interface SheetNote {
  readonly row: number;
  readonly column: number;
  readonly author: string;
  readonly text: string;
}

export function commentsXml(notes: readonly SheetNote[]): string {
  const authors = [...new Set(notes.map((n) => n.author))];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<comments xmlns="${NS.main}"><authors>` +
    authors.map((a) => `<author>${xmlText(a)}</author>`).join('') +
    '</authors><commentList>' +
    notes
      .map(
        (n) =>
          `<comment ref="${columnLetter(n.column)}${n.row + 1}" authorId="${authors.indexOf(n.author)}">` +
          `<text><r><t xml:space="preserve">${xmlText(n.text)}</t></r></text></comment>`,
      )
      .join('') +
    '</commentList></comments>'
  );
}

/** `block` keeps shape ids apart between sheets (Excel numbers them 1024 per drawing). */
export function notesVml(notes: readonly SheetNote[], block: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"' +
    ' xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    notes
      .map(
        (n, i) =>
          `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202"` +
          ' style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden"' +
          ' fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>' +
          '<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
          '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
          '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
          `<x:Anchor>${n.column + 1}, 15, ${n.row}, 2, ${n.column + 3}, 15, ${n.row + 4}, 16</x:Anchor>` +
          `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.column}</x:Column>` +
          '</x:ClientData></v:shape>',
      )
      .join('') +
    '</xml>'
  );
}
