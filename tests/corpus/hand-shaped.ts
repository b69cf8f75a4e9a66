/**
 * Packages shaped by hand from the product's ledger, one per fault other readers trip on (issue
 * 14): each holds the ledger's values unchanged, so validation must find exactly what it finds on
 * the original.
 */
import { unzipSync } from 'fflate';
import { SHEETS } from '../../src/core/ledger/model';
import {
  addSheet,
  edit,
  locate,
  movePartsAndRetarget,
  REL,
  setText,
  text,
  type MutableParts,
} from './package-edit';
import { zipParts, type ZipShape } from './zip-writer';

export interface HandShaped {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Worksheets the shaping added, after the ledger's own. */
  readonly addedSheets?: readonly string[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MAIN_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/** The note strict-note.xlsx carries on the 台账 (整改进展 of the first measure). */
export const STRICT_NOTE = { ref: 'J4', author: '审核人', text: '请补充佐证' } as const;

/** Every part whose root is in SpreadsheetML's namespace by default (sheets, workbook, sst …). */
function spreadsheetParts(parts: MutableParts): string[] {
  return [...parts.keys()].filter(
    (n) => n.endsWith('.xml') && text(parts, n).includes(`xmlns="${MAIN}"`),
  );
}

/** Adds `prefix:` to every unprefixed element of a part whose default namespace is `ns`. */
function prefixElements(xml: string, ns: string, prefix: string): string {
  return xml
    .replace(/<(\/?)(?![?!])([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`)
    .replace(`xmlns="${ns}"`, `xmlns:${prefix}="${ns}"`);
}

function copy(parts: MutableParts): MutableParts {
  return new Map(parts);
}

export function handShaped(ledger: Uint8Array): HandShaped[] {
  const base: MutableParts = new Map(
    Object.entries(unzipSync(ledger)).filter(([n]) => !n.endsWith('/')),
  );
  const out: HandShaped[] = [];
  const add = (name: string, parts: MutableParts, shape: ZipShape = {}, addedSheets?: string[]) =>
    out.push({ name, bytes: zipParts(parts, shape), ...(addedSheets ? { addedSheets } : {}) });
  const where = locate(base);
  const ledgerPart = where.sheetPart(SHEETS.ledger);

  // Namespace prefixes: `x:` as the .NET Open XML SDK writes, `ns0:` as ElementTree writers do
  // (relationships and content types too), prefixed docProps, core.xml in a default namespace.
  for (const prefix of ['x', 'ns0']) {
    const parts = copy(base);
    for (const name of spreadsheetParts(parts))
      edit(parts, name, (x) => prefixElements(x, MAIN, prefix));
    if (prefix === 'ns0') {
      for (const name of [...parts.keys()].filter((n) => n.endsWith('.rels'))) {
        edit(parts, name, (x) =>
          prefixElements(x, 'http://schemas.openxmlformats.org/package/2006/relationships', 'ns0'),
        );
      }
      edit(parts, '[Content_Types].xml', (x) =>
        prefixElements(x, 'http://schemas.openxmlformats.org/package/2006/content-types', 'ns0'),
      );
    }
    if (parts.has('docProps/app.xml')) {
      edit(parts, 'docProps/app.xml', (x) =>
        prefixElements(
          x,
          'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
          'ep',
        ),
      );
    }
    if (parts.has('docProps/core.xml')) {
      edit(parts, 'docProps/core.xml', (x) =>
        x.replace(/<(\/?)cp:/g, '<$1').replace(/xmlns:cp="([^"]+)"/, 'xmlns="$1"'),
      );
    }
    add(`prefix-${prefix}.xlsx`, parts);
  }

  // ISO/IEC 29500 Strict: the purl.oclc.org namespaces and relationship types.
  {
    const parts = copy(base);
    for (const name of parts.keys()) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      edit(parts, name, (x) =>
        x
          .replaceAll(MAIN, MAIN_STRICT)
          // The few names Strict spells differently, not only under another address.
          .replaceAll(
            `${REL}/extended-properties`,
            'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties',
          )
          .replaceAll(
            'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
            'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
          )
          .replaceAll(
            'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
            'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes',
          )
          .replaceAll(`${REL}/`, 'http://purl.oclc.org/ooxml/officeDocument/relationships/')
          .replaceAll(`"${REL}"`, '"http://purl.oclc.org/ooxml/officeDocument/relationships"'),
      );
    }
    edit(parts, where.workbook, (x) => x.replace(/<workbook /, '<workbook conformance="strict" '));
    add('strict.xlsx', parts);

    // The same with a reviewer's note on a 台账 cell the user fills in (a merge carries it).
    const noted = copy(parts);
    const strictRel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const dir = ledgerPart.split('/').slice(0, -1).join('/');
    const root = dir.split('/').slice(0, -1).join('/');
    setText(
      noted,
      `${root}/comments-strict.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_STRICT}"><authors><author>审核人</author></authors><commentList><comment ref="${STRICT_NOTE.ref}" authorId="0"><text><t>${STRICT_NOTE.text}</t></text></comment></commentList></comments>`,
    );
    setText(
      noted,
      `${root}/drawings/vmlDrawing-strict.vml`,
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:Row>3</x:Row><x:Column>9</x:Column></x:ClientData></v:shape></xml>',
    );
    const relsName = `${dir}/_rels/${ledgerPart.split('/').pop()}.rels`;
    setText(
      noted,
      relsName,
      (noted.has(relsName)
        ? text(noted, relsName)
        : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
      ).replace(
        '</Relationships>',
        `<Relationship Id="rIdNote1" Type="${strictRel}/comments" Target="../comments-strict.xml"/><Relationship Id="rIdNote2" Type="${strictRel}/vmlDrawing" Target="../drawings/vmlDrawing-strict.vml"/></Relationships>`,
      ),
    );
    edit(noted, ledgerPart, (x) =>
      x.replace(
        /(<tableParts|<extLst|<\/worksheet>)/,
        `<legacyDrawing r:id="rIdNote2" xmlns:r="${strictRel}"/>$1`,
      ),
    );
    edit(noted, '[Content_Types].xml', (x) =>
      x.replace(
        '</Types>',
        `${x.includes('Extension="vml"') ? '' : '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'}<Override PartName="/${root}/comments-strict.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`,
      ),
    );
    add('strict-note.xlsx', noted);
  }

  // Parts under other names: the workbook elsewhere, a sheet at the zip root, Sheet1.xml names.
  {
    const moves = new Map<string, string>([[where.workbook, 'book/main.xml']]);
    where.reading.sheets.forEach((s, i) => {
      if (s.part === null) return;
      moves.set(s.part, s.name === SHEETS.ledger ? 'ledger.xml' : `book/sheets/Sheet${i + 1}.xml`);
    });
    const strings = where.rel('sharedStrings');
    if (strings) moves.set(strings, 'sharedStrings.xml');
    const styles = where.rel('styles');
    if (styles) moves.set(styles, 'book/Styles Part.xml');
    add('renamed-parts.xlsx', movePartsAndRetarget(base, moves));
    add('absolute-targets.xlsx', movePartsAndRetarget(base, new Map(), { absolute: true }));
  }

  // Rows and cells without the optional `r` where it is implied.
  {
    const parts = copy(base);
    for (const s of where.reading.sheets) {
      if (s.part === null) continue;
      edit(parts, s.part, stripImpliedRefs);
    }
    add('rows-without-r.xlsx', parts);
  }

  // Table filters by colour, date and icon.
  {
    const parts = copy(base);
    const filters = [
      '<filterColumn colId="0"><colorFilter dxfId="0"/></filterColumn>',
      '<filterColumn colId="1"><dynamicFilter type="thisMonth"/></filterColumn>',
      '<filterColumn colId="2"><iconFilter iconSet="3Arrows" iconId="1"/></filterColumn>',
    ].join('');
    let tables = 0;
    for (const name of [...parts.keys()].filter((n) => /tables\/[^/]+\.xml$/.test(n))) {
      edit(parts, name, (x) =>
        /<autoFilter [^>]*\/>/.test(x)
          ? x.replace(/<autoFilter ([^>]*)\/>/, `<autoFilter $1>${filters}</autoFilter>`)
          : x.replace(/<autoFilter ([^>]*)>/, `<autoFilter $1>${filters}`),
      );
      tables++;
    }
    if (tables > 0) add('table-filters.xlsx', parts);
  }

  // Shared strings as CDATA, and a <t> followed by runs; the ledger's strings inline with runs.
  {
    const parts = copy(base);
    const sst = where.rel('sharedStrings');
    if (sst) {
      let i = 0;
      edit(parts, sst, (x) =>
        x.replace(
          /<si><t( xml:space="preserve")?>([^<]*)<\/t><\/si>/g,
          (whole, _space, body: string) => {
            const plain = body
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, '&');
            if (plain.includes(']]>') || plain.length < 2) return whole;
            const chars = [...plain];
            return i++ % 2 === 0
              ? `<si><t><![CDATA[${plain}]]></t></si>`
              : `<si><t xml:space="preserve">${escapeXml(chars[0] as string)}</t><r><rPr><b/></rPr><t xml:space="preserve">${escapeXml(chars.slice(1).join(''))}</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>`;
          },
        ),
      );
      add('cdata-rich-strings.xlsx', parts);
      const inline = copy(base);
      const strings = where.reading.grid(SHEETS.ledger) ? sharedStringsOf(text(base, sst)) : [];
      edit(inline, ledgerPart, (x) =>
        x.replace(
          /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_w, a: string, b: string, v: string) => {
            const s = strings[Number(v)] ?? '';
            const chars = [...s];
            const runs =
              chars.length < 2
                ? `<t xml:space="preserve">${escapeXml(s)}</t>`
                : `<r><t xml:space="preserve">${escapeXml(chars[0] as string)}</t></r><r><rPr><i/></rPr><t xml:space="preserve">${escapeXml(chars.slice(1).join(''))}</t></r>`;
            return `<c ${a}t="inlineStr"${b}><is>${runs}</is></c>`;
          },
        ),
      );
      add('inline-rich-strings.xlsx', inline);
    }
  }

  // A note with Excel's VML (an unclosed <br>), on the readme sheet.
  {
    const parts = copy(base);
    const sheet = where.sheetPart(SHEETS.readme);
    const dir = sheet.split('/').slice(0, -1).join('/');
    const root = dir.split('/').slice(0, -1).join('/');
    setText(
      parts,
      `${root}/comments-added.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>审核人</author></authors><commentList><comment ref="A1" authorId="0"><text><r><rPr><b/></rPr><t>审核人:</t></r><r><t xml:space="preserve">\n请核实</t></r></text></comment></commentList></comments>`,
    );
    setText(
      parts,
      `${root}/drawings/vmlDrawing-added.vml`,
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox><div style="text-align:left"><font face="Tahoma" size="180">审核人:</font><br><font face="Tahoma" size="180">请核实</font></div></v:textbox><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>',
    );
    const relsName = `${dir}/_rels/${sheet.split('/').pop()}.rels`;
    const rels = parts.has(relsName)
      ? text(parts, relsName)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    setText(
      parts,
      relsName,
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdNote1" Type="${REL}/comments" Target="../comments-added.xml"/><Relationship Id="rIdNote2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing-added.vml"/></Relationships>`,
      ),
    );
    edit(parts, sheet, (x) =>
      x.replace(
        /(<tableParts|<extLst|<\/worksheet>)/,
        `<legacyDrawing r:id="rIdNote2" xmlns:r="${REL}"/>$1`,
      ),
    );
    edit(parts, '[Content_Types].xml', (x) =>
      x.replace(
        '</Types>',
        `${x.includes('Extension="vml"') ? '' : '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'}<Override PartName="/${root}/comments-added.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`,
      ),
    );
    add('vml-note.xlsx', parts);
  }

  // A whole-sheet data validation on the ledger; 50,000 merged ranges on a sheet of its own.
  {
    const parts = copy(base);
    const rule =
      '<dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation>';
    edit(parts, ledgerPart, (x) =>
      x.includes('<dataValidations')
        ? x.replace(
            /<dataValidations count="(\d+)">/,
            (_w, n: string) => `<dataValidations count="${Number(n) + 1}">${rule}`,
          )
        : x.replace(
            /(<hyperlinks|<printOptions|<pageMargins|<pageSetup|<\/worksheet>)/,
            `<dataValidations count="1">${rule}</dataValidations>$1`,
          ),
    );
    add('whole-sheet-validation.xlsx', parts);
    const merged = copy(base);
    const merges = Array.from(
      { length: 50_000 },
      (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`,
    ).join('');
    addSheet(
      merged,
      '合并单元格',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>合并</t></is></c></row></sheetData><mergeCells count="50000">${merges}</mergeCells></worksheet>`,
    );
    add('merges-50000.xlsx', merged, {}, ['合并单元格']);
  }

  // Zip shapes: zip64 records, sizes in data descriptors, stored (uncompressed) entries.
  add('zip64.xlsx', base, { zip64: true });
  add('data-descriptors.xlsx', base, { dataDescriptors: true });
  add('stored.xlsx', base, { stored: true });

  // Macro-enabled: a vbaProject part and the macro workbook content type.
  {
    const parts = copy(base);
    const dir = where.workbook.split('/').slice(0, -1).join('/');
    parts.set(
      `${dir}/vbaProject.bin`,
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]),
    );
    edit(parts, `${dir}/_rels/${where.workbook.split('/').pop()}.rels`, (x) =>
      x.replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    edit(parts, '[Content_Types].xml', (x) =>
      x
        .replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        )
        .replace(
          '</Types>',
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
    add('macro-enabled.xlsm', parts);
  }

  // Protected and hidden sheets, a protected workbook.
  {
    const parts = copy(base);
    edit(parts, ledgerPart, (x) =>
      x.replace(
        '</sheetData>',
        '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1" password="CC1A"/>',
      ),
    );
    edit(parts, where.workbook, (x) =>
      x
        .replace(/(<sheets>)/, '<workbookProtection lockStructure="1" workbookPassword="CC1A"/>$1')
        .replace(new RegExp(`<sheet [^>]*name="${SHEETS.lists}"[^>]*>`), (tag) =>
          withState(tag, 'hidden'),
        )
        .replace(new RegExp(`<sheet [^>]*name="${SHEETS.readme}"[^>]*>`), (tag) =>
          withState(tag, 'veryHidden'),
        ),
    );
    add('protected-hidden.xlsx', parts);
  }

  // Dates carrying hyperlinks; whole numbers as formulas with their cached results.
  {
    const parts = copy(base);
    const sheetDir = ledgerPart.split('/').slice(0, -1).join('/');
    const relsName = `${sheetDir}/_rels/${ledgerPart.split('/').pop()}.rels`;
    const rels = parts.has(relsName)
      ? text(parts, relsName)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    setText(
      parts,
      relsName,
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdLink1" Type="' +
          REL +
          '/hyperlink" Target="https://example.org/%E5%8F%B0%E8%B4%A6" TargetMode="External"/></Relationships>',
      ),
    );
    const links = Array.from(
      { length: 20 },
      (_, i) =>
        `<hyperlink ref="G${i + 2}" r:id="rIdLink1" xmlns:r="${REL}"/><hyperlink ref="A${i + 2}" location="'${SHEETS.items}'!A1"/>`,
    ).join('');
    edit(parts, ledgerPart, (x) =>
      x.includes('<hyperlinks>')
        ? x.replace('<hyperlinks>', `<hyperlinks>${links}`)
        : x.replace(
            /(<printOptions|<pageMargins|<pageSetup|<\/worksheet>)/,
            `<hyperlinks>${links}</hyperlinks>$1`,
          ),
    );
    edit(parts, ledgerPart, (x) =>
      x.replace(
        /<c r="(A\d+)"([^>]*?)(?: t="n")?><v>(\d+)<\/v><\/c>/g,
        (_w, ref: string, attrs: string, v: string) =>
          `<c r="${ref}"${attrs}><f>${v}*1</f><v>${v}</v></c>`,
      ),
    );
    add('links-and-formulas.xlsx', parts);
  }
  return out;
}

function withState(sheetTag: string, state: string): string {
  const bare = sheetTag.replace(/ state="[^"]*"/, '');
  return bare.replace(/^<sheet /, `<sheet state="${state}" `);
}

function stripImpliedRefs(xml: string): string {
  let lastRow = 0;
  return xml.replace(
    /<row ([^>]*?)r="(\d+)"([^>]*)>([\s\S]*?)<\/row>|<row ([^>]*?)r="(\d+)"([^>]*)\/>/g,
    (whole, a?: string, r?: string, b?: string, cells?: string) => {
      if (r === undefined || cells === undefined) return whole;
      const row = Number(r);
      const implied = row === lastRow + 1;
      lastRow = row;
      let lastColumn = -1;
      const body = cells.replace(/<c r="([A-Z]+)(\d+)"/g, (cell, letters: string) => {
        const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const keep = column !== lastColumn + 1;
        lastColumn = column;
        return keep ? cell : '<c';
      });
      return `<row ${implied ? `${a}${b}`.trim() : `${a}r="${r}"${b}`}>${body}</row>`.replace(
        '<row >',
        '<row>',
      );
    },
  );
}

function sharedStringsOf(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] as string).matchAll(/<t[^>]*>([^<]*)<\/t>/g)]
      .map((t) =>
        (t[1] as string)
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      )
      .join(''),
  );
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
