import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PYTHON } from './xlsx-parts';

const run = promisify(execFile);

/** One cell as openpyxl reads it: its value, number format, look and link. */
export interface DumpedCell {
  readonly v: string | number | boolean | null;
  /** Python type name of the value (str, int, float, bool, datetime). */
  readonly t: string;
  readonly fmt: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number | null;
  readonly font: string | null;
  readonly color: string | null;
  readonly fill: string | null;
  readonly wrap: boolean;
  readonly h: string | null;
  readonly va: string | null;
  readonly border: boolean;
  readonly link: string | null;
}

export interface DumpedSheet {
  readonly name: string;
  readonly state: string;
  readonly cells: Record<string, DumpedCell>;
  readonly merges: string[];
  readonly freeze: string | null;
  readonly widths: Record<string, number>;
  readonly heights: Record<string, number>;
  readonly tables: Record<string, string>;
  readonly validations: { type: string; sqref: string; formula1: string | null }[];
  readonly conditional: { sqref: string; formula: string[]; priority: number }[];
  readonly print: {
    orientation: string | null;
    paper: string | null;
    fitToWidth: number | null;
    titles: string | null;
    header: string | null;
    footer: string | null;
  };
  readonly tab: string | null;
}

const SCRIPT = `
import json, sys, datetime, openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
out = {'sheets': [], 'names': sorted(d.name for d in wb.defined_names.definedName)}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style:
                continue
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.isoformat()[:10]
            f = c.font; fl = c.fill; al = c.alignment; b = c.border
            cells[c.coordinate] = {
                'v': v, 't': type(c.value).__name__, 'fmt': c.number_format,
                'bold': bool(f.b), 'italic': bool(f.i), 'size': f.sz, 'font': f.name,
                'color': f.color.rgb if f.color is not None and f.color.type == 'rgb' else None,
                'fill': fl.fgColor.rgb if fl.fill_type == 'solid' else None,
                'wrap': bool(al.wrap_text), 'h': al.horizontal, 'va': al.vertical,
                'border': b.left.style is not None,
                'link': (c.hyperlink.location or c.hyperlink.target) if c.hyperlink else None,
            }
    ps = ws.page_setup
    out['sheets'].append({
        'name': ws.title, 'state': ws.sheet_state, 'cells': cells,
        'merges': sorted(str(m) for m in ws.merged_cells.ranges),
        'freeze': ws.freeze_panes,
        'widths': {get_column_letter(i): d.width for d in ws.column_dimensions.values() if d.customWidth for i in range(d.min or 1, (d.max or d.min or 1) + 1)},
        'heights': {str(k): d.height for k, d in ws.row_dimensions.items() if d.height is not None},
        'tables': {n: (r if isinstance(r, str) else r.ref) for n, r in ws.tables.items()},
        'validations': [{'type': d.type, 'sqref': str(d.sqref), 'formula1': d.formula1} for d in ws.data_validations.dataValidation],
        'conditional': [{'sqref': str(cf.sqref), 'formula': r.formula, 'priority': r.priority} for cf in ws.conditional_formatting for r in cf.rules],
        'print': {'orientation': ps.orientation, 'paper': ps.paperSize, 'fitToWidth': ps.fitToWidth,
                  'titles': ws.print_title_rows,
                  'header': ws.oddHeader.center.text or ws.oddHeader.left.text or None,
                  'footer': ws.oddFooter.center.text or ws.oddFooter.left.text or None},
        'tab': ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor is not None else None,
    })
print(json.dumps(out, ensure_ascii=False, default=str))
`;

/** The workbook as openpyxl (a reader independent of the product's) reads it. */
export async function openpyxlDump(
  xlsx: string,
): Promise<{ sheets: DumpedSheet[]; names: string[] }> {
  const { stdout } = await run(PYTHON, ['-c', SCRIPT, xlsx], { maxBuffer: 512 * 1024 * 1024 });
  return JSON.parse(stdout) as { sheets: DumpedSheet[]; names: string[] };
}
