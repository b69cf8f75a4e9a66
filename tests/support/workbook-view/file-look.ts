import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { excelSerialFromIso } from '../../../src/core/dates';
import { cellAddress, columnLetter } from '../../../src/core/grid';
import { parseRange, rangeOf } from '../../../src/core/plan';
import { builtinNumberFormat } from '../../../src/core/number-format';
import { readWorkbook } from '../../../src/xlsx/reader';
import {
  type Area,
  type CellLook,
  type ConditionalLook,
  type SheetLook,
  type PrintLook,
  type ValidationLook,
  type WorkbookLook,
  PLAIN_FONT,
  colour,
  headerFooterParts,
  widthInPoints,
} from './view';

/**
 * An .xlsx as a person would see it in Excel: values, number formats, merges, links, sheet order
 * and states from our reader; what the reader does not give (fonts, fills, alignment, borders,
 * widths, heights, panes, marks, tables) from the package XML, read here with fast-xml-parser.
 */

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) =>
    [
      'xf',
      'font',
      'fill',
      'border',
      'dxf',
      'numFmt',
      'col',
      'row',
      'c',
      'conditionalFormatting',
      'cfRule',
      'dataValidation',
      'tablePart',
      'Relationship',
      'mergeCell',
      'ignoredError',
    ].includes(name),
});

const list = (node: unknown, key: string): Node[] =>
  ((node as Node | undefined)?.[key] as Node[] | undefined) ?? [];
const child = (node: unknown, key: string): Node | undefined =>
  (node as Node | undefined)?.[key] as Node | undefined;
const attr = (node: unknown, key: string): string | undefined => {
  const v = (node as Node | undefined)?.[`@${key}`];
  return v === undefined ? undefined : String(v);
};
const flag = (node: unknown, key: string, otherwise = false): boolean => {
  const v = attr(node, key);
  return v === undefined ? otherwise : v === '1' || v === 'true';
};
const text = (node: unknown): string =>
  typeof node === 'object' && node !== null
    ? String((node as Node)['#text'] ?? '')
    : String(node ?? '');

interface Styles {
  numberFormat(index: number): string;
  cell(index: number): Omit<CellLook, 'value' | 'numberFormat'>;
  dxf(index: number): { fill: string | null; fontColor: string | null };
}

function readStyles(xml: string): Styles {
  const sheet = child(parser.parse(xml), 'styleSheet');
  const fonts = list(child(sheet, 'fonts'), 'font');
  const fills = list(child(sheet, 'fills'), 'fill');
  const borders = list(child(sheet, 'borders'), 'border');
  const xfs = list(child(sheet, 'cellXfs'), 'xf');
  const dxfs = list(child(sheet, 'dxfs'), 'dxf');
  const codes = new Map(
    list(child(sheet, 'numFmts'), 'numFmt').map((f) => [
      Number(attr(f, 'numFmtId')),
      attr(f, 'formatCode') as string,
    ]),
  );
  const base = fonts[0];
  const fontOf = (font: Node | undefined) => {
    const color = attr(child(font, 'color'), 'rgb');
    return {
      name: attr(child(font, 'name'), 'val') ?? attr(child(base, 'name'), 'val') ?? PLAIN_FONT.name,
      size: Number(
        attr(child(font, 'sz'), 'val') ?? attr(child(base, 'sz'), 'val') ?? PLAIN_FONT.size,
      ),
      bold: child(font, 'b') !== undefined && attr(child(font, 'b'), 'val') !== '0',
      italic: child(font, 'i') !== undefined && attr(child(font, 'i'), 'val') !== '0',
      color: color === undefined ? PLAIN_FONT.color : colour(color),
    };
  };
  const fillOf = (fill: Node | undefined, which: 'fgColor' | 'bgColor') => {
    const pattern = child(fill, 'patternFill');
    const rgb = attr(child(pattern, which), 'rgb') ?? attr(child(pattern, 'fgColor'), 'rgb');
    if (pattern === undefined || rgb === undefined) return null;
    if (which === 'fgColor' && attr(pattern, 'patternType') !== 'solid') return null;
    const c = colour(rgb);
    return c === '#FFFFFF' ? null : c;
  };
  const edge = (border: Node | undefined, side: string) => {
    const e = child(border, side);
    if (e === undefined || attr(e, 'style') === undefined) return null;
    const rgb = attr(child(e, 'color'), 'rgb');
    return rgb === undefined ? '#000000' : colour(rgb);
  };
  const HORIZONTAL: Record<string, CellLook['horizontal']> = {
    left: 'left',
    center: 'center',
    right: 'right',
  };
  const VERTICAL: Record<string, CellLook['vertical']> = {
    top: 'top',
    center: 'middle',
    bottom: 'bottom',
  };
  return {
    numberFormat(index) {
      const id = Number(attr(xfs[index] ?? xfs[0], 'numFmtId') ?? 0);
      return codes.get(id) ?? builtinNumberFormat(id) ?? 'General';
    },
    cell(index) {
      const xf = xfs[index] ?? xfs[0];
      const alignment = child(xf, 'alignment');
      const border = borders[Number(attr(xf, 'borderId') ?? 0)];
      return {
        fill: fillOf(fills[Number(attr(xf, 'fillId') ?? 0)], 'fgColor'),
        font: fontOf(fonts[Number(attr(xf, 'fontId') ?? 0)]),
        horizontal: HORIZONTAL[attr(alignment, 'horizontal') ?? ''] ?? null,
        vertical: VERTICAL[attr(alignment, 'vertical') ?? ''] ?? 'bottom',
        wrap: flag(alignment, 'wrapText'),
        border: {
          top: edge(border, 'top'),
          bottom: edge(border, 'bottom'),
          left: edge(border, 'left'),
          right: edge(border, 'right'),
        },
      };
    },
    dxf(index) {
      const dxf = dxfs[index];
      const color = attr(child(list(dxf, 'font')[0], 'color'), 'rgb');
      return {
        fill: dxf === undefined ? null : fillOf(list(dxf, 'fill')[0], 'bgColor'),
        fontColor: color === undefined ? null : colour(color),
      };
    },
  };
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = part.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

const normalRange = (range: string) =>
  range
    .split(' ')
    .map((r) => rangeOf(parseRange(r)))
    .join(' ');

/** The sheet's print titles (`$5:$5`) from its local `_xlnm.Print_Titles` name, or null. */
function titlesOf(
  names: readonly { name: string; reference: string; localSheet: number | null }[],
  index: number,
): string | null {
  const titles = names.find((n) => n.name === '_xlnm.Print_Titles' && n.localSheet === index);
  return titles === undefined ? null : (titles.reference.split('!').pop() as string);
}

/** pageSetup, pageSetUpPr, pageMargins and headerFooter as the dialog shows them; null without. */
function printLook(ws: Node | undefined, titleRows: string | null): PrintLook | null {
  const setup = child(ws, 'pageSetup');
  const headerFooter = child(ws, 'headerFooter');
  if (setup === undefined && headerFooter === undefined && titleRows === null) return null;
  const fitted = flag(child(child(ws, 'sheetPr'), 'pageSetUpPr'), 'fitToPage');
  const margins = child(ws, 'pageMargins');
  const inches = (key: string) => Math.round(Number(attr(margins, key)) * 72 * 100) / 100;
  return {
    orientation: attr(setup, 'orientation') === 'landscape' ? 'landscape' : 'portrait',
    paperSize: Number(attr(setup, 'paperSize') ?? 1),
    fitTo: fitted
      ? {
          wide: Number(attr(setup, 'fitToWidth') ?? 1),
          tall: Number(attr(setup, 'fitToHeight') ?? 1),
        }
      : null,
    titleRows,
    header: headerFooterParts(text(child(headerFooter, 'oddHeader'))),
    footer: headerFooterParts(text(child(headerFooter, 'oddFooter'))),
    margins: {
      left: inches('left'),
      right: inches('right'),
      top: inches('top'),
      bottom: inches('bottom'),
      header: inches('header'),
      footer: inches('footer'),
    },
  };
}

/** The look of the workbook in `bytes`, over the given areas (sheets without one: no cells). */
export function fileLook(bytes: Uint8Array, areas: ReadonlyMap<string, Area>): WorkbookLook {
  const reading = readWorkbook(bytes, { fileName: 'compared.xlsx' });
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const data = files[name];
    if (data === undefined) throw new Error(`no part ${name}`);
    return strFromU8(data);
  };
  const styles = readStyles(part('xl/styles.xml'));
  const sheets: SheetLook[] = reading.sheets.map((info, index) => {
    const partName = info.part as string;
    const ws = child(parser.parse(part(partName)), 'worksheet');
    const rels = files[relsOf(partName)]
      ? list(child(parser.parse(part(relsOf(partName))), 'Relationships'), 'Relationship')
      : [];
    const rich = reading.richSheet(info.name);
    if (rich === null) throw new Error(`no sheet ${info.name}`);

    // Styles: the cell's own, else its row's (customFormat), else its column's.
    const columnStyle = new Map<number, number>();
    const widths: Record<string, number> = {};
    for (const col of list(child(ws, 'cols'), 'col'))
      for (let c = Number(attr(col, 'min')); c <= Number(attr(col, 'max')); c++) {
        if (attr(col, 'style') !== undefined) columnStyle.set(c - 1, Number(attr(col, 'style')));
        if (flag(col, 'customWidth', true) && attr(col, 'width') !== undefined)
          widths[columnLetter(c - 1)] = widthInPoints(Number(attr(col, 'width')));
      }
    const heights: Record<string, number> = {};
    const cellStyle = new Map<string, number>();
    for (const row of list(child(ws, 'sheetData'), 'row')) {
      if (attr(row, 'ht') !== undefined && flag(row, 'customHeight'))
        heights[attr(row, 'r') as string] = Number(attr(row, 'ht'));
      for (const c of list(row, 'c'))
        cellStyle.set(attr(c, 'r') as string, Number(attr(c, 's') ?? 0));
    }
    const byRef = new Map(rich.cells.map((c) => [cellAddress(c.row, c.column), c]));
    const area = areas.get(info.name) ?? { rows: 0, columns: 0 };
    const cells: Record<string, CellLook> = {};
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.columns; c++) {
        const ref = cellAddress(r, c);
        const got = byRef.get(ref);
        const style = cellStyle.get(ref) ?? columnStyle.get(c) ?? 0;
        let value: CellLook['value'] = null;
        if (got?.formula) value = `=${got.formula}`;
        else if (got !== undefined && got.value !== null) {
          const v = got.value;
          if (typeof v === 'object') value = 'date' in v ? excelSerialFromIso(v.date) : v.error;
          else value = v;
        }
        cells[ref] = {
          value: value === '' ? null : value,
          numberFormat: got?.numberFormat ?? styles.numberFormat(style),
          ...styles.cell(style),
        };
      }

    const links: Record<string, { location: string; text: string }> = {};
    for (const cell of rich.cells) {
      const link = cell.hyperlink;
      if (link === null) continue;
      links[cellAddress(cell.row, cell.column)] = {
        location: link.location ?? `external:${link.target ?? ''}`,
        text: link.display ?? (typeof cell.value === 'string' ? cell.value : ''),
      };
    }

    const validations: ValidationLook[] = list(child(ws, 'dataValidations'), 'dataValidation').map(
      (v) => {
        const formula = (key: string) => {
          const raw = text(child(v, key));
          return /^\d+$/.test(raw) ? Number(raw) : raw;
        };
        const kind = attr(v, 'type') === 'list' ? 'list' : 'date';
        return {
          range: normalRange(attr(v, 'sqref') as string),
          kind,
          formulas:
            kind === 'list' ? [formula('formula1')] : [formula('formula1'), formula('formula2')],
          allowBlank: flag(v, 'allowBlank'),
          prompt: { title: attr(v, 'promptTitle') ?? '', message: attr(v, 'prompt') ?? '' },
          error: { title: attr(v, 'errorTitle') ?? '', message: attr(v, 'error') ?? '' },
        };
      },
    );

    const rules = list(ws, 'conditionalFormatting').flatMap((cf) =>
      list(cf, 'cfRule').map((rule) => ({ sqref: attr(cf, 'sqref') as string, rule })),
    );
    const conditionalFormats: ConditionalLook[] = rules
      .map((r, i) => ({ ...r, i, priority: Number(attr(r.rule, 'priority')) }))
      .sort((a, b) => a.priority - b.priority || a.i - b.i)
      .map(({ sqref, rule }) => ({
        range: normalRange(sqref),
        formula: text(child(rule, 'formula')),
        ...(attr(rule, 'dxfId') === undefined
          ? { fill: null, fontColor: null }
          : styles.dxf(Number(attr(rule, 'dxfId')))),
        stopIfTrue: flag(rule, 'stopIfTrue'),
      }));

    const pane = child(child(child(ws, 'sheetViews'), 'sheetView'), 'pane');
    const frozen = pane !== undefined && attr(pane, 'state') === 'frozen';
    const freeze = {
      rows: frozen ? Number(attr(pane, 'ySplit') ?? 0) : 0,
      columns: frozen ? Number(attr(pane, 'xSplit') ?? 0) : 0,
    };

    const tableIds = list(child(ws, 'tableParts'), 'tablePart').map((t) => attr(t, 'r:id'));
    const tables = tableIds.map((id) => {
      const target = attr(
        rels.find((r) => attr(r, 'Id') === id),
        'Target',
      ) as string;
      const table = child(parser.parse(part(resolveTarget(partName, target))), 'table');
      return {
        name: attr(table, 'name') as string,
        range: normalRange(attr(table, 'ref') as string),
        style: attr(child(table, 'tableStyleInfo'), 'name') ?? '',
      };
    });
    const tab = attr(child(child(ws, 'sheetPr'), 'tabColor'), 'rgb');

    return {
      name: info.name,
      state: info.state,
      tabColor: tab === undefined ? null : colour(tab),
      cells,
      merges: rich.merges.map(normalRange).sort(),
      links,
      validations,
      conditionalFormats,
      freeze,
      widths,
      heights,
      table: tables[0] ?? null,
      print: printLook(ws, titlesOf(reading.definedNames, index)),
      numberAsTextIgnored: list(child(ws, 'ignoredErrors'), 'ignoredError')
        .filter((e) => flag(e, 'numberStoredAsText'))
        .flatMap((e) => (attr(e, 'sqref') as string).split(' ').map(normalRange))
        .sort(),
    };
  });
  const names = reading.definedNames
    .filter((n) => n.localSheet === null)
    .map((n) => ({ name: n.name, reference: n.reference.replace(/'/g, '') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { sheets, names };
}
