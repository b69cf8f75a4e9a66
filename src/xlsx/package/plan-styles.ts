import type ExcelJS from 'exceljs';
import NumFmtXform from 'exceljs/lib/xlsx/xform/style/numfmt-xform.js';
import { NS } from './parts';
import { xmlText } from './plan-text';

/**
 * The cell formats of sheets written straight from a plan, as a small styles.xml in the shape
 * ExcelJS writes (default font, fills and border first, cell format 0 the default), so that
 * mergeStyles appends it to the user's styles.xml exactly as it appends a scratch workbook's.
 *
 * Each entry is built from the ExcelJS style object the shell would give the cell (see
 * src/xlsx/style.ts), and rendered the way ExcelJS renders it, so a cell reads back the same
 * whichever way it was written.
 */

/** What a cell holds, as far as its format goes: ExcelJS gives a date without a format `mm-dd-yy`. */
export type CellKind = 'date' | 'other';

const FIRST_CUSTOM_NUMFMT = 164;
const DATE_DEFAULT_NUMFMT = 'mm-dd-yy';

const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
const DEFAULT_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const DEFAULT_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

const HORIZONTAL = new Set([
  'left',
  'center',
  'right',
  'fill',
  'centerContinuous',
  'distributed',
  'justify',
]);
const VERTICAL = new Set(['top', 'middle', 'bottom', 'distributed', 'justify']);

const attr = (name: string, value: string) => ` ${name}="${xmlText(value)}"`;

function colorXml(tag: string, color: Partial<ExcelJS.Color> | undefined): string {
  if (color === undefined) return '';
  if (color.argb !== undefined) return `<${tag}${attr('rgb', color.argb)}/>`;
  if (color.theme !== undefined) return `<${tag}${attr('theme', String(color.theme))}/>`;
  return '';
}

function fontXml(font: Partial<ExcelJS.Font>): string {
  return (
    '<font>' +
    (font.bold ? '<b/>' : '') +
    (font.italic ? '<i/>' : '') +
    colorXml('color', font.color) +
    (font.size !== undefined ? `<sz${attr('val', String(font.size))}/>` : '') +
    (font.name !== undefined ? `<name${attr('val', font.name)}/>` : '') +
    '</font>'
  );
}

function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== 'pattern') throw new Error(`plan styles: a ${fill.type} fill`);
  return (
    `<fill><patternFill${attr('patternType', fill.pattern)}>` +
    colorXml('fgColor', fill.fgColor) +
    colorXml('bgColor', fill.bgColor) +
    '</patternFill></fill>'
  );
}

function borderXml(border: Partial<ExcelJS.Borders>): string {
  const side = (name: 'left' | 'right' | 'top' | 'bottom') => {
    const s = border[name];
    if (s?.style === undefined) return `<${name}/>`;
    return `<${name}${attr('style', s.style)}>${colorXml('color', s.color)}</${name}>`;
  };
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

function alignmentXml(a: Partial<ExcelJS.Alignment>): string {
  let attrs = '';
  if (a.horizontal !== undefined && HORIZONTAL.has(a.horizontal)) {
    attrs += attr('horizontal', a.horizontal);
  }
  if (a.vertical !== undefined && VERTICAL.has(a.vertical)) {
    attrs += attr('vertical', a.vertical === 'middle' ? 'center' : a.vertical);
  }
  if (a.wrapText) attrs += ' wrapText="1"';
  return attrs === '' ? '' : `<alignment${attrs}/>`;
}

/** Distinct entries of one list, each kept once, in order of first use. */
class Entries {
  readonly list: string[];
  private readonly index = new Map<string, number>();
  constructor(defaults: readonly string[]) {
    this.list = [...defaults];
    defaults.forEach((xml, i) => this.index.set(xml, i));
  }
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

/** The formats used by plan sheets: a local cell format index per distinct ExcelJS style. */
export class PlanStyles {
  private readonly fonts = new Entries([DEFAULT_FONT]);
  private readonly fills = new Entries(DEFAULT_FILLS);
  private readonly borders = new Entries([DEFAULT_BORDER]);
  private readonly xfs = new Entries([DEFAULT_XF]);
  private readonly numFmts = new Map<string, number>();
  private readonly seen = new Map<string, number>();

  /**
   * The local cell format (0 = the default, written as no `s`) for a style as the ExcelJS shell
   * would give it: ExcelJS formats a date whose style has no number format as `mm-dd-yy`.
   */
  xf(style: Partial<ExcelJS.Style>, kind: CellKind): number {
    const key = `${kind}|${JSON.stringify(style)}`;
    let n = this.seen.get(key);
    if (n === undefined) {
      n = this.xfs.add(this.xfXml(style, kind));
      this.seen.set(key, n);
    }
    return n;
  }

  private numFmtId(code: string): number {
    // ExcelJS's own table of built-in formats, so both writers give a code the same id.
    const builtIn = NumFmtXform.getDefaultFmtId(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMFMT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private xfXml(style: Partial<ExcelJS.Style>, kind: CellKind): string {
    const code = style.numFmt ?? (kind === 'date' ? DATE_DEFAULT_NUMFMT : undefined);
    const numFmt = code === undefined ? 0 : this.numFmtId(code);
    const font = style.font === undefined ? 0 : this.fonts.add(fontXml(style.font));
    const fill = style.fill === undefined ? 0 : this.fills.add(fillXml(style.fill));
    const border = style.border === undefined ? 0 : this.borders.add(borderXml(style.border));
    let tag = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`;
    if (numFmt) tag += ' applyNumberFormat="1"';
    if (font) tag += ' applyFont="1"';
    if (fill) tag += ' applyFill="1"';
    if (border) tag += ' applyBorder="1"';
    if (style.alignment === undefined) return `${tag}/>`;
    tag += ' applyAlignment="1"';
    const alignment = alignmentXml(style.alignment);
    return alignment === '' ? `${tag}/>` : `${tag}>${alignment}</xf>`;
  }

  /** The formats as a styles.xml for mergeStyles (cell format n of it is `xf(…)` = n). */
  toXml(): string {
    const list = (name: string, items: readonly string[]) =>
      `<${name} count="${items.length}">${items.join('')}</${name}>`;
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}"${attr('formatCode', code)}/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<styleSheet xmlns="${NS.main}">` +
      (numFmts.length > 0 ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.list) +
      list('fills', this.fills.list) +
      list('borders', this.borders.list) +
      list('cellStyleXfs', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      list('cellXfs', this.xfs.list) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/>' +
      '</styleSheet>'
    );
  }
}
