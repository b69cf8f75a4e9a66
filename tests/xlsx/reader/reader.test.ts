import { describe, expect, it } from 'vitest';
import { readWorkbook, WorkbookReadError, type ReadFailureKey } from '../../../src/xlsx/reader';
import {
  minimalPackage,
  NAMESPACES,
  type MinimalOptions,
  type MinimalSheet,
} from '../../corpus/minimal-package';
import { zipParts, type ZipShape } from '../../corpus/zip-writer';
import { oleContainer } from '../../support/ole';

const enc = new TextEncoder();

function open(sheets: MinimalSheet[], options: MinimalOptions = {}, shape: ZipShape = {}) {
  return readWorkbook(zipParts(minimalPackage(sheets, options), shape), { fileName: 'book.xlsx' });
}

function rowsOf(data: string, options: MinimalOptions = {}, after?: string) {
  return open([{ name: 'S', data, ...(after ? { after } : {}) }], options).grid('S')?.rows;
}

function failure(bytes: Uint8Array, fileName = 'book.xlsx'): WorkbookReadError {
  try {
    const wb = readWorkbook(bytes, { fileName });
    for (const name of wb.sheetNames) wb.grid(name);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookReadError');
}

const expectFailure = (bytes: Uint8Array, key: ReadFailureKey, fileName?: string) => {
  const error = failure(bytes, fileName);
  expect(error.key, error.message).toBe(key);
  return error;
};

describe('our reader: values', () => {
  it('reads numbers, shared and inline strings, booleans, errors and cached formula results', () => {
    const rows = rowsOf(
      '<row r="1"><c r="A1"><v>12.5</v></c><c r="B1" t="s"><v>1</v></c>' +
        '<c r="C1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c></row>' +
        '<row r="2"><c r="A2"><f>1-1</f><v>0</v></c><c r="B2" t="b"><f>1=2</f><v>0</v></c>' +
        '<c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D2"><f>NOW()</f></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
      { sharedStrings: ['零', '一 &amp; 二'] },
    );
    expect(rows).toEqual([
      [12.5, '一 & 二', '富文本', true, { error: '#N/A' }],
      [0, false, 'ab', null, { error: '#DIV/0!' }],
    ]);
  });

  it('joins rich shared strings, a <t> followed by runs, CDATA and skips phonetic guides', () => {
    const sst =
      `<sst xmlns="${NAMESPACES.MAIN}"><si><t>前</t><r><t>后</t></r></si>` +
      '<si><t><![CDATA[<不是标签> & 原样]]></t></si>' +
      '<si><r><t>整改</t></r><rPh sb="0" eb="1"><t>ZHENG</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>a_x000D_b</t></si></sst>';
    const rows = rowsOf(
      '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>',
      { sharedStrings: sst },
    );
    expect(rows).toEqual([['前后', '<不是标签> & 原样', '整改', 'a\rb']]);
  });

  it('places rows and cells without r after the previous ones', () => {
    const rows = rowsOf(
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
    );
    expect(rows).toEqual([[1, 2], [], [], [null, 3, 4], [5]]);
  });

  it('keeps a merged area value in its top-left cell only, at the cost of the cells present', () => {
    const merges = Array.from(
      { length: 50_000 },
      (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`,
    );
    const rows = rowsOf(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row>',
      {},
      `<mergeCells count="${merges.length + 2}"><mergeCell ref="A1:B2"/><mergeCell ref="A1:XFD1048576"/>${merges.join('')}</mergeCells>` +
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>',
    );
    expect(rows).toEqual([[1], []]);
  });
});

describe('our reader: dates', () => {
  const xfs = [0, 14, 31, 57, 164, 20, 165];
  const numFmts =
    '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00"/>';

  it('reads dates from built-in (zh-CN too) and custom formats, not from times or numbers', () => {
    const rows = rowsOf(
      '<row><c s="1"><v>44742</v></c><c s="2"><v>44742</v></c><c s="3"><v>44742.75</v></c>' +
        '<c s="4"><v>44742.99999999</v></c><c s="5"><v>0.5</v></c><c s="6"><v>44742</v></c><c s="0"><v>44742</v></c></row>',
      { xfs, numFmts },
    );
    expect(rows).toEqual([
      [
        { date: '2022-06-30' },
        { date: '2022-06-30' },
        { date: '2022-06-30' },
        { date: '2022-07-01' },
        0.5,
        44742,
        44742,
      ],
    ]);
  });

  it('reads t="d" ISO cells and the 1904 date system', () => {
    expect(
      rowsOf(
        '<row><c t="d"><v>2022-06-30T00:00:00Z</v></c><c t="d" s="1"><v>2022-06-30</v></c></row>',
        { xfs },
      ),
    ).toEqual([[{ date: '2022-06-30' }, { date: '2022-06-30' }]]);
    expect(rowsOf('<row><c s="1"><v>43280</v></c></row>', { xfs, date1904: true })).toEqual([
      [{ date: '2022-06-30' }],
    ]);
  });

  it('keeps a hyperlinked date its value and gives the link in the rich reading', () => {
    const wb = readWorkbook(
      zipParts(
        (() => {
          const parts = minimalPackage(
            [
              {
                name: 'S',
                data: '<row r="1"><c r="A1" s="1"><v>44742</v></c><c r="B1"><f>A1+1</f><v>44743</v></c></row>',
                after:
                  '<hyperlinks><hyperlink ref="A1" r:id="rId9" tooltip="看"/><hyperlink ref="B1" location="\'S\'!A1"/></hyperlinks>',
              },
            ],
            { xfs: [0, 14] },
          );
          parts.set(
            'xl/worksheets/_rels/sheet1.xml.rels',
            enc.encode(
              `<Relationships xmlns="${NAMESPACES.PKG}"><Relationship Id="rId9" Type="${NAMESPACES.REL}/hyperlink" Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"/></Relationships>`,
            ),
          );
          return parts;
        })(),
      ),
    );
    expect(wb.grid('S')?.rows).toEqual([[{ date: '2022-06-30' }, 44743]]);
    const rich = wb.richSheet('S');
    expect(rich?.cells[0]).toMatchObject({
      value: { date: '2022-06-30' },
      style: 1,
      numberFormat: 'mm-dd-yy',
      hyperlink: { target: 'https://example.org/a?b=1&c=2', tooltip: '看', location: null },
    });
    expect(rich?.cells[1]).toMatchObject({
      formula: 'A1+1',
      hyperlink: { location: "'S'!A1", target: null },
    });
  });
});

describe('our reader: the package', () => {
  it('lists sheets in workbook order with their state and kind, names and date system', () => {
    const wb = open(
      [
        { name: '甲', data: '' },
        { name: '乙', data: '', state: 'hidden' },
        { name: '丙', data: '', state: 'veryHidden' },
      ],
      {
        definedNames: `<definedName name="RECTIFY_OWNED_1">'甲'!$A$1</definedName><definedName name="x" localSheetId="1" hidden="1">乙!$B$2</definedName>`,
      },
    );
    expect(wb.sheets.map((s) => [s.name, s.kind, s.state])).toEqual([
      ['甲', 'worksheet', 'visible'],
      ['乙', 'worksheet', 'hidden'],
      ['丙', 'worksheet', 'veryHidden'],
    ]);
    expect(wb.definedNames).toEqual([
      { name: 'RECTIFY_OWNED_1', reference: "'甲'!$A$1", localSheet: null, hidden: false },
      { name: 'x', reference: '乙!$B$2', localSheet: 1, hidden: true },
    ]);
    expect(wb.format).toBe('xlsx');
    expect(wb.grid('甲')?.rows).toEqual([]);
    expect(wb.grid('丁')).toBeNull();
  });

  it('matches elements by namespace whatever the prefix, and reads Strict files', () => {
    const prefixed = (prefix: string) => {
      const parts = minimalPackage(
        [
          {
            name: 'S',
            data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c></row>',
          },
        ],
        {
          sharedStrings: ['文本'],
        },
      );
      for (const [name, bytes] of parts) {
        if (!name.startsWith('xl/') || name.endsWith('.rels')) continue;
        const text = new TextDecoder()
          .decode(bytes)
          .replace(/<(\/?)(?![?!])([A-Za-z][\w]*)(?=[\s/>])/g, `<$1${prefix}:$2`)
          .replace(`xmlns="${NAMESPACES.MAIN}"`, `xmlns:${prefix}="${NAMESPACES.MAIN}"`);
        parts.set(name, enc.encode(text));
      }
      return readWorkbook(zipParts(parts)).grid('S')?.rows;
    };
    expect(prefixed('x')).toEqual([['文本', 7]]);
    expect(prefixed('ns0')).toEqual([['文本', 7]]);

    const strict = minimalPackage(
      [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      { sharedStrings: ['严格'] },
    );
    for (const [name, bytes] of strict) {
      const text = new TextDecoder()
        .decode(bytes)
        .replaceAll(NAMESPACES.MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
        .replaceAll(NAMESPACES.REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships');
      strict.set(name, enc.encode(text));
    }
    expect(readWorkbook(zipParts(strict)).grid('S')?.rows).toEqual([['严格']]);
  });

  it('follows relationships to parts at any path, absolute or relative', () => {
    const base = minimalPackage(
      [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      { sharedStrings: ['找到'] },
    );
    const parts = new Map<string, Uint8Array>();
    const moved: Record<string, string> = {
      'xl/workbook.xml': 'book/main.xml',
      'xl/_rels/workbook.xml.rels': 'book/_rels/main.xml.rels',
      'xl/worksheets/sheet1.xml': 'ledger.xml',
      'xl/sharedStrings.xml': 'strings/Shared Strings.xml',
      'xl/styles.xml': 'book/styles.xml',
    };
    for (const [name, bytes] of base) parts.set(moved[name] ?? name, bytes);
    parts.set(
      '_rels/.rels',
      enc.encode(
        `<Relationships xmlns="${NAMESPACES.PKG}"><Relationship Id="rId1" Type="${NAMESPACES.REL}/officeDocument" Target="/book/main.xml"/></Relationships>`,
      ),
    );
    parts.set(
      'book/_rels/main.xml.rels',
      enc.encode(
        `<Relationships xmlns="${NAMESPACES.PKG}"><Relationship Id="rId1" Type="${NAMESPACES.REL}/worksheet" Target="../ledger.xml"/>` +
          `<Relationship Id="rId2" Type="${NAMESPACES.REL}/styles" Target="./styles.xml"/>` +
          `<Relationship Id="rId3" Type="${NAMESPACES.REL}/sharedStrings" Target="/strings/Shared%20Strings.xml"/></Relationships>`,
      ),
    );
    const wb = readWorkbook(zipParts(parts));
    expect(wb.workbookPart).toBe('book/main.xml');
    expect(wb.sheets[0]?.part).toBe('ledger.xml');
    expect(wb.grid('S')?.rows).toEqual([['找到']]);
  });

  it('reads stored entries, data descriptors and zip64 records alike', () => {
    for (const shape of [
      { stored: true },
      { dataDescriptors: true },
      { zip64: true },
      { zip64: true, dataDescriptors: true },
    ]) {
      expect(
        open([{ name: 'S', data: '<row><c><v>1</v></c></row>' }], {}, shape).grid('S')?.rows,
        JSON.stringify(shape),
      ).toEqual([[1]]);
    }
  });

  it('tells a macro-enabled workbook and its producer, WPS included', () => {
    const parts = minimalPackage([{ name: 'S', data: '' }]);
    const types = new TextDecoder().decode(parts.get('[Content_Types].xml'));
    parts.set(
      '[Content_Types].xml',
      enc.encode(
        types
          .replace('sheet.main+xml', 'sheet.macroEnabled.main+xml')
          .replace('spreadsheetml.sheet.macroEnabled', 'ms-excel.sheet.macroEnabled'),
      ),
    );
    parts.set(
      '_rels/.rels',
      enc.encode(
        `<Relationships xmlns="${NAMESPACES.PKG}"><Relationship Id="rId1" Type="${NAMESPACES.REL}/officeDocument" Target="xl/workbook.xml"/>` +
          `<Relationship Id="rId2" Type="${NAMESPACES.REL}/extended-properties" Target="docProps/app.xml"/>` +
          `<Relationship Id="rId3" Type="${NAMESPACES.REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
      ),
    );
    parts.set(
      'docProps/app.xml',
      enc.encode(
        '<ep:Properties xmlns:ep="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><ep:Application>WPS 表格</ep:Application></ep:Properties>',
      ),
    );
    parts.set(
      'docProps/custom.xml',
      enc.encode(
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16417</vt:lpwstr></property></Properties>',
      ),
    );
    const wb = readWorkbook(zipParts(parts));
    expect(wb.format).toBe('xlsm');
    expect(wb.producer()).toEqual({ application: 'WPS 表格', version: '2052-12.1.0.16417' });
  });

  it('gives shared formulas per cell, styles and notes in the rich reading', () => {
    const parts = minimalPackage(
      [
        {
          name: 'S',
          data:
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1+SUM(A$1:A1)</f><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2" s="1"><f t="shared" si="0"/><v>4</v></c></row>' +
            '<row r="3"><c r="B3" s="1"><f t="shared" si="0"/><v>6</v></c></row>',
          after: '<legacyDrawing r:id="rId2"/>',
        },
      ],
      { xfs: [0, 2] },
    );
    parts.set(
      'xl/worksheets/_rels/sheet1.xml.rels',
      enc.encode(
        `<Relationships xmlns="${NAMESPACES.PKG}"><Relationship Id="rId1" Type="${NAMESPACES.REL}/comments" Target="/xl/comments1.xml"/><Relationship Id="rId2" Type="${NAMESPACES.REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
      ),
    );
    parts.set(
      'xl/comments1.xml',
      enc.encode(
        `<comments xmlns="${NAMESPACES.MAIN}"><authors><author>张三</author></authors><commentList><comment ref="A2" authorId="0"><text><r><rPr><b/></rPr><t>张三:</t></r><r><t xml:space="preserve">\n请核实</t></r></text></comment></commentList></comments>`,
      ),
    );
    // Excel's VML is not XML (an unclosed <br>): the reader never parses it.
    parts.set(
      'xl/drawings/vmlDrawing1.vml',
      enc.encode('<xml><v:shape><div>张三:<br>请核实</div></v:shape></xml>'),
    );
    const rich = readWorkbook(zipParts(parts)).richSheet('S');
    expect(rich?.cells.filter((c) => c.column === 1).map((c) => c.formula)).toEqual([
      'A1*2+$A$1+SUM(A$1:A1)',
      'A2*2+$A$1+SUM(A$1:A2)',
      'A3*2+$A$1+SUM(A$1:A3)',
    ]);
    expect(rich?.cells[1]).toMatchObject({ style: 1, numberFormat: '0.00', value: 2 });
    expect(rich?.notes).toEqual([{ ref: 'A2', author: '张三', text: '张三:\n请核实' }]);
  });
});

describe('our reader: honest refusals', () => {
  const good = () => minimalPackage([{ name: 'S', data: '<row><c><v>1</v></c></row>' }]);

  it('names what a file is, by content', () => {
    expectFailure(enc.encode('问题序号,措施序号\n1,1\n'), 'foreign');
    expect(failure(enc.encode('a,b\n1,2\n')).details.kind).toBe('csv');
    expect(failure(enc.encode('%PDF-1.7\n...')).details.kind).toBe('pdf');
    expect(failure(oleContainer(['Workbook', 'SummaryInformation'])).details.kind).toBe('xls');
    expect(failure(oleContainer(['Workbook']), 'x.et').details.kind).toBe('et');
    expect(failure(oleContainer(['WordDocument'])).details.kind).toBe('doc');
    expectFailure(oleContainer(['EncryptionInfo', 'EncryptedPackage']), 'encrypted');
    expectFailure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'notZip');
    const ods = new Map([
      ['mimetype', enc.encode('application/vnd.oasis.opendocument.spreadsheet')],
    ]);
    expect(failure(zipParts(ods, { stored: true })).details.kind).toBe('ods');
    const docx = minimalPackage([]);
    docx.set(
      '[Content_Types].xml',
      enc.encode(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    );
    docx.set(
      '_rels/.rels',
      enc.encode(
        `<Relationships xmlns="${NAMESPACES.PKG}"><Relationship Id="rId1" Type="${NAMESPACES.REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    );
    const error = failure(zipParts(docx));
    expect(error.details.kind).toBe('docx');
    expect(error.text('zh')).toContain('请在 Excel 或 WPS 中另存为 .xlsx 后重试');
    expect(error.text('en')).toContain('Word document (.docx)');
  });

  it('calls a file damaged only for a bad CRC, bad deflate data or malformed XML, naming the part', () => {
    const bytes = zipParts(good(), { stored: true });
    // A changed digit leaves well-formed XML: only the CRC tells.
    const at = new TextDecoder('latin1').decode(bytes).indexOf('<v>1</v>');
    const flipped = bytes.slice();
    flipped[at + 3] = '2'.charCodeAt(0);
    const crc = expectFailure(flipped, 'damaged');
    expect(crc.details.part).toBe('xl/worksheets/sheet1.xml');
    expect(crc.text('zh')).toContain('已损坏');

    const malformed = good();
    malformed.set(
      'xl/worksheets/sheet1.xml',
      enc.encode(`<worksheet xmlns="${NAMESPACES.MAIN}"><sheetData><row></sheetData></worksheet>`),
    );
    const xml = expectFailure(zipParts(malformed), 'damaged');
    expect(xml.details.part).toBe('xl/worksheets/sheet1.xml');
    expect(xml.text('en')).toContain('is damaged');

    expectFailure(bytes.subarray(0, 200), 'damaged');
  });

  it('says which part it could not read, never "damaged", when a part is missing or refused', () => {
    const missing = good();
    missing.delete('xl/worksheets/sheet1.xml');
    const error = expectFailure(zipParts(missing), 'unreadablePart');
    expect(error.details.part).toBe('xl/worksheets/sheet1.xml');
    expect(error.text('zh')).not.toContain('损坏');

    const entities = good();
    entities.set(
      'xl/sharedStrings.xml',
      enc.encode(
        `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="${NAMESPACES.MAIN}"><si><t>&b;</t></si></sst>`,
      ),
    );
    entities.set(
      'xl/worksheets/sheet1.xml',
      enc.encode(
        `<worksheet xmlns="${NAMESPACES.MAIN}"><sheetData><row><c t="s"><v>0</v></c></row></sheetData></worksheet>`,
      ),
    );
    expect(expectFailure(zipParts(entities), 'unreadablePart').details.part).toBe(
      'xl/sharedStrings.xml',
    );
  });

  it('refuses a zip bomb and an absurd sheet in bounded memory', () => {
    // A part that claims 2 GB: refused before anything is inflated.
    const bytes = zipParts(good(), { stored: false });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = new TextDecoder('latin1').decode(bytes);
    let central = text.lastIndexOf('PK\x01\x02xl/worksheets/sheet1.xml'.slice(0, 4));
    while (
      central >= 0 &&
      text.slice(central + 46, central + 46 + 24) !== 'xl/worksheets/sheet1.xml'
    ) {
      central = text.lastIndexOf('PK\x01\x02', central - 1);
    }
    view.setUint32(central + 24, 2_000_000_000, true);
    expect(expectFailure(bytes, 'tooLarge').details.part).toBe('xl/worksheets/sheet1.xml');

    // A 20 MB run of zeros deflates to about 20 KB: over the ratio, refused by its header.
    const bomb = good();
    bomb.set('xl/worksheets/sheet1.xml', new Uint8Array(20 * 1024 * 1024));
    expectFailure(zipParts(bomb), 'tooLarge');

    const absurd = rowsFailure('<row r="2000000"><c r="A2000000"><v>1</v></c></row>');
    expect(absurd.key).toBe('tooLarge');
    const wide = Array.from(
      { length: 4000 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
    ).join('');
    expect(rowsFailure(wide).key).toBe('tooLarge');
  });
});

function rowsFailure(data: string): WorkbookReadError {
  return failure(zipParts(minimalPackage([{ name: 'S', data }])));
}
