import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import type { ReportBlock, ReportCell, ReportTable } from '../core/report';

/**
 * The progress report as .docx bytes: draws the core's blocks, decides nothing. Layout after
 * GB/T 9704 (党政机关公文格式): A4, margins 37/35/28/26 mm, title 方正小标宋简体 二号 (22 pt),
 * headings 黑体 三号, body 仿宋_GB2312 三号 (16 pt), tables 仿宋 五号 (10.5 pt).
 * Runs in the browser as in Node (Packer.toArrayBuffer).
 */
export async function renderReportDocx(blocks: readonly ReportBlock[]): Promise<Uint8Array> {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const document = new Document({
    creator: '整改台账助手',
    title,
    styles: {
      default: { document: { run: { font: FONTS.body, size: BODY_SIZE } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children: blocks.map(drawBlock),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Latin text in Times New Roman, Chinese in the document font (Word keeps them apart). */
function font(eastAsia: string): IFontAttributesProperties {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' };
}

/** First choices; a machine without them substitutes (see docs/dependencies.md, docx). */
const FONTS = {
  title: font('方正小标宋简体'),
  heading: font('黑体'),
  body: font('仿宋_GB2312'),
} as const;

// Sizes in half-points.
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 21;
/** 28 pt fixed line spacing (公文: 22 lines a page), in twentieths of a point. */
const LINE = 560;

const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

function drawBlock(block: ReportBlock): Paragraph | Table {
  switch (block.kind) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 200, line: 700, lineRule: 'exact' },
        children: [new TextRun({ text: block.text, font: FONTS.title, size: TITLE_SIZE })],
      });
    case 'subtitle':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 300, line: LINE, lineRule: 'exact' },
        children: [new TextRun({ text: block.text })],
      });
    case 'heading':
      return new Paragraph({
        keepNext: true,
        spacing: { before: 200, line: LINE, lineRule: 'exact' },
        indent: { firstLine: 640 },
        children: [new TextRun({ text: block.text, font: FONTS.heading })],
      });
    case 'paragraph':
      return new Paragraph({
        keepNext: true,
        spacing: { line: LINE, lineRule: 'exact' },
        indent: { firstLine: 640 },
        children: [new TextRun({ text: block.text })],
      });
    case 'note':
      return new Paragraph({
        spacing: { line: 400, lineRule: 'exact' },
        indent: { firstLine: 560 },
        children: [new TextRun({ text: block.text, size: 28 })],
      });
    case 'table':
      return drawTable(block);
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
/** Text width of the page: 210 − 28 − 26 mm. */
const TEXT_WIDTH = mm(210 - 28 - 26);

function drawTable(table: ReportTable): Table {
  const widths = table.widths.map((w) => Math.round((w / 100) * TEXT_WIDTH));
  const row = (cells: readonly ReportCell[], header: boolean, total: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 60, right: 60, top: 30, bottom: 30 },
            ...(header
              ? { shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } }
              : {}),
            children: [
              new Paragraph({
                alignment:
                  typeof cell === 'number' || header ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [
                  new TextRun({
                    text: String(cell),
                    size: TABLE_SIZE,
                    bold: header || total,
                    ...(header ? { font: FONTS.heading } : {}),
                  }),
                ],
              }),
            ],
          }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      row(table.headers, true, false),
      ...table.rows.map((cells, i) => row(cells, false, i === table.totalRow)),
    ],
  });
}
