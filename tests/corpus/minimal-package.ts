/** The smallest package our reader (and Excel) opens, part by part, for tests to shape by hand. */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface MinimalSheet {
  readonly name: string;
  /** The content of <sheetData> (or the whole worksheet element when it starts with `<worksheet`). */
  readonly data: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Extra XML after </sheetData> (merges, hyperlinks …). */
  readonly after?: string;
}

export interface MinimalOptions {
  readonly sharedStrings?: readonly string[] | string;
  /** The content of <numFmts>, e.g. `<numFmt numFmtId="164" formatCode="yyyy/m/d"/>`. */
  readonly numFmts?: string;
  /** numFmtId of each cellXfs entry (entry 0 first). */
  readonly xfs?: readonly number[];
  readonly date1904?: boolean;
  readonly definedNames?: string;
}

const enc = new TextEncoder();

export function minimalPackage(
  sheets: readonly MinimalSheet[],
  o: MinimalOptions = {},
): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const put = (name: string, text: string) => parts.set(name, enc.encode(text));
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${o.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>${o.definedNames ? `<definedNames>${o.definedNames}</definedNames>` : ''}</workbook>`,
  );
  const n = sheets.length;
  put(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  sheets.forEach((s, i) => {
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      s.data.startsWith('<worksheet') || s.data.startsWith('<?xml')
        ? s.data
        : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`,
    );
  });
  const xfs = o.xfs ?? [0];
  put(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${o.numFmts ? `<numFmts>${o.numFmts}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`,
  );
  const sst = o.sharedStrings ?? [];
  put(
    'xl/sharedStrings.xml',
    typeof sst === 'string'
      ? sst
      : `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${sst.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('')}</sst>`,
  );
  return parts;
}

export const NAMESPACES = { MAIN, REL, PKG } as const;
