import { BORDER_LINE, styleKey, type CellStyle, type ConditionalFormatPlan } from '../../core/plan';
import { NS } from './parts';
import { xmlText } from './plan-text';

/**
 * The cell formats (and conditional-format looks) of the sheets a plan writes, as a small
 * styles.xml: default font, fills, border and cell format 0 first, then one entry per distinct
 * final style. mergeStyles appends it to a user's styles.xml (or to the empty package's).
 */

const FIRST_CUSTOM_NUMFMT = 164;

/** Number formats every spreadsheet program knows by id (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_NUMFMTS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy h:mm': 22,
  '@': 49,
};

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const DEFAULT_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const DEFAULT_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
/** The plan's border (the core's BORDER_LINE) on every side. */
const THIN = `<left style="${BORDER_LINE.weight}"><color rgb="${argb(BORDER_LINE.color)}"/></left>`;
const BORDER =
  `<border>${THIN}${THIN.replace(/left/g, 'right')}${THIN.replace(/left/g, 'top')}` +
  `${THIN.replace(/left/g, 'bottom')}<diagonal/></border>`;

/** `#RRGGBB` → opaque ARGB as spreadsheet XML writes it. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

const attr = (name: string, value: string) => ` ${name}="${xmlText(value)}"`;

function fontXml(style: CellStyle): string | null {
  const { bold, italic, fontColor, fontSize, fontName } = style;
  if (
    bold === undefined &&
    italic === undefined &&
    fontColor === undefined &&
    fontSize === undefined &&
    fontName === undefined
  ) {
    return null;
  }
  // Only what the plan says: the rest is the workbook's default font.
  return (
    '<font>' +
    (bold ? '<b/>' : '') +
    (italic ? '<i/>' : '') +
    (fontColor !== undefined ? `<color rgb="${argb(fontColor)}"/>` : '') +
    (fontSize !== undefined ? `<sz val="${fontSize}"/>` : '') +
    (fontName !== undefined ? `<name${attr('val', fontName)}/>` : '') +
    '</font>'
  );
}

function alignmentXml(style: CellStyle): string | null {
  const { horizontal, vertical, wrap } = style;
  if (horizontal === undefined && vertical === undefined && !wrap) return null;
  return (
    '<alignment' +
    (horizontal !== undefined ? attr('horizontal', horizontal) : '') +
    (vertical !== undefined ? attr('vertical', vertical === 'middle' ? 'center' : vertical) : '') +
    (wrap ? ' wrapText="1"' : '') +
    '/>'
  );
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

/** Local format indexes for final cell styles and conditional-format looks. */
export class CellFormats {
  private readonly fonts = new Entries([DEFAULT_FONT]);
  private readonly fills = new Entries(DEFAULT_FILLS);
  private readonly borders = new Entries([DEFAULT_BORDER]);
  private readonly xfs = new Entries([DEFAULT_XF]);
  private readonly dxfs = new Entries([]);
  private readonly numFmts = new Map<string, number>();
  private readonly seen = new Map<string, number>();

  /**
   * The local cell format of a final style (0 = the default, written as no `s`); `unlocked` for a
   * cell the user may edit on a protected sheet.
   */
  xf(style: CellStyle, unlocked = false): number {
    const key = unlocked ? `${styleKey(style)}|unlocked` : styleKey(style);
    let n = this.seen.get(key);
    if (n === undefined) {
      n = this.xfs.add(this.xfXml(style, unlocked));
      this.seen.set(key, n);
    }
    return n;
  }

  /** The local differential format of a conditional format's look. */
  dxf(look: ConditionalFormatPlan['style']): number {
    const font =
      look.fontColor === undefined ? '' : `<font><color rgb="${argb(look.fontColor)}"/></font>`;
    const fill =
      look.fill === undefined
        ? ''
        : `<fill><patternFill patternType="solid"><bgColor rgb="${argb(look.fill)}"/></patternFill></fill>`;
    return this.dxfs.add(`<dxf>${font}${fill}</dxf>`);
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_NUMFMTS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMFMT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private xfXml(style: CellStyle, unlocked: boolean): string {
    const numFmt = style.numberFormat === undefined ? 0 : this.numFmtId(style.numberFormat);
    const fontXmlText = fontXml(style);
    const font = fontXmlText === null ? 0 : this.fonts.add(fontXmlText);
    const fill =
      style.fill === undefined
        ? 0
        : this.fills.add(
            `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
    const border = style.border === true ? this.borders.add(BORDER) : 0;
    let tag = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`;
    if (numFmt) tag += ' applyNumberFormat="1"';
    if (font) tag += ' applyFont="1"';
    if (fill) tag += ' applyFill="1"';
    if (border) tag += ' applyBorder="1"';
    const alignment = alignmentXml(style);
    if (alignment !== null) tag += ' applyAlignment="1"';
    if (unlocked) tag += ' applyProtection="1"';
    const children = (alignment ?? '') + (unlocked ? '<protection locked="0"/>' : '');
    return children === '' ? `${tag}/>` : `${tag}>${children}</xf>`;
  }

  /** The formats as a styles.xml for mergeStyles (cell format n of it is local format n). */
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
      list('dxfs', this.dxfs.list) +
      '</styleSheet>'
    );
  }
}

/** The styles.xml of a new workbook before the plan's formats are merged in. */
export const EMPTY_STYLES = new CellFormats().toXml();
