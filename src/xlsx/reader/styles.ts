import { builtinNumberFormat, isDateFormat } from '../../core/number-format';
import { NS } from './namespaces';
import { CLOSE, EOF, XmlScanner } from './xml';

/** What the reader needs of styles.xml: per cell style (cellXfs index), its format and whether it shows a date. */
export interface CellStyles {
  readonly formats: readonly string[];
  readonly dates: Uint8Array;
}

export const NO_STYLES: CellStyles = { formats: ['General'], dates: new Uint8Array(1) };

export function readStyles(text: string, part: string): CellStyles {
  const x = new XmlScanner(text, part);
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (x.ns !== NS.main) continue;
    if (e === CLOSE) {
      if (x.local === 'cellXfs') inCellXfs = false;
      continue;
    }
    if (x.local === 'numFmt') {
      const id = Number(x.attr('numFmtId'));
      if (Number.isInteger(id)) custom.set(id, x.attr('formatCode') ?? '');
    } else if (x.local === 'cellXfs') {
      inCellXfs = true;
    } else if (inCellXfs && x.local === 'xf') {
      xfFormats.push(Number(x.attr('numFmtId') ?? 0));
      x.skip();
    } else if (x.local === 'dxfs' || x.local === 'cellStyleXfs' || x.local === 'extLst') {
      x.skip();
    }
  }
  const formats = xfFormats.map((id) => custom.get(id) ?? builtinNumberFormat(id) ?? 'General');
  if (formats.length === 0) formats.push('General');
  const dates = new Uint8Array(formats.length);
  formats.forEach((f, i) => (dates[i] = isDateFormat(f) ? 1 : 0));
  return { formats, dates };
}
