import { builtinNumberFormat, isDateFormat } from '../../core/number-format';
import { appendTo, listOf } from './styles-merge';
import { applySplices, attributesOf, tagsOf, withAttribute } from './xml-text';

/** The date format a cell written by the tool shows when its own format shows no date. */
export const DATE_FORMAT = 'yyyy-mm-dd';
const FIRST_CUSTOM_NUMFMT = 164;

/**
 * The cell formats of a user's styles.xml, as far as writing a date into a cell needs them: does
 * format `s` show a date, and if not, which format is `s` with a date number format. Such a
 * format is appended (with its number format, if the file has none like it); nothing already
 * there is rewritten or renumbered. `changed` says whether styles.xml must be written.
 */
export class PatchStyles {
  private readonly codes = new Map<number, string>();
  private readonly xfs: readonly string[];
  private readonly added: string[] = [];
  private readonly variants = new Map<number, number>();
  private dateFmtId: number | null = null;
  private readonly newNumFmts: string[] = [];

  constructor(private readonly xml: string) {
    for (const tag of listOf(xml, 'numFmts', 'numFmt').children) {
      const a = attributesOf(tag);
      this.codes.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
    }
    this.xfs = listOf(xml, 'cellXfs', 'xf').children;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  /** Whether cell format `s` shows its number as a date. */
  isDate(s: number): boolean {
    const xf = this.xfs[s];
    if (xf === undefined) return false;
    const open = tagsOf(xf, 'xf')[0]?.text ?? xf;
    const id = Number(attributesOf(open).get('numFmtId') ?? 0);
    return isDateFormat(this.codes.get(id) ?? builtinNumberFormat(id) ?? 'General');
  }

  /** `s` when it shows dates; otherwise `s` (font, fill, border, alignment) with a date format. */
  dateStyle(s: number): number {
    if (this.isDate(s)) return s;
    const known = this.variants.get(s);
    if (known !== undefined) return known;
    const xf = this.xfs[s] ?? this.xfs[0];
    if (xf === undefined) throw new Error('styles.xml has no cell formats');
    const open = tagsOf(xf, 'xf')[0]?.text ?? xf;
    let tag = withAttribute(open, 'numFmtId', String(this.dateFormatId()));
    tag = withAttribute(tag, 'applyNumberFormat', '1');
    const index = this.xfs.length + this.added.length;
    this.added.push(tag + xf.slice(open.length));
    this.variants.set(s, index);
    return index;
  }

  private dateFormatId(): number {
    if (this.dateFmtId !== null) return this.dateFmtId;
    for (const [id, code] of this.codes) {
      if (code.toLowerCase() === DATE_FORMAT) return (this.dateFmtId = id);
    }
    const id = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...this.codes.keys()) + 1;
    this.newNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${DATE_FORMAT}"/>`);
    return (this.dateFmtId = id);
  }

  toString(): string {
    if (!this.changed) return this.xml;
    return applySplices(this.xml, [
      ...appendTo(this.xml, listOf(this.xml, 'numFmts', 'numFmt'), 'numFmts', this.newNumFmts, {
        before: ['fonts'],
      }),
      ...appendTo(this.xml, listOf(this.xml, 'cellXfs', 'xf'), 'cellXfs', this.added, {}),
    ]);
  }
}
