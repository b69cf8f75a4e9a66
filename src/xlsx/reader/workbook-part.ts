import { NS } from './namespaces';
import type { Relationship } from './relationships';
import type { DefinedNameInfo, SheetInfo, SheetKind, SheetState } from './types';
import { EOF, OPEN, XmlScanner } from './xml';

export interface WorkbookPart {
  readonly date1904: boolean;
  readonly sheets: SheetInfo[];
  readonly definedNames: DefinedNameInfo[];
}

const KINDS: Readonly<Record<string, SheetKind>> = {
  worksheet: 'worksheet',
  chartsheet: 'chartsheet',
  dialogsheet: 'dialogsheet',
  xlMacrosheet: 'macrosheet',
  xlIntlMacrosheet: 'macrosheet',
};

/** workbook.xml: the sheets in order (kind and part from its relationships), date system, names. */
export function readWorkbookPart(
  text: string,
  part: string,
  relationships: readonly Relationship[],
): WorkbookPart {
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const x = new XmlScanner(text, part);
  let date1904 = false;
  const sheets: SheetInfo[] = [];
  const definedNames: DefinedNameInfo[] = [];
  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (e !== OPEN || x.ns !== NS.main) continue;
    if (x.local === 'workbookPr') {
      date1904 = isTrue(x.attr('date1904'));
    } else if (x.local === 'sheet') {
      const relationshipId = x.attrNs(NS.docRels, 'id') ?? '';
      const rel = byId.get(relationshipId);
      const id = Number(x.attr('sheetId'));
      sheets.push({
        name: x.attr('name') ?? '',
        kind: (rel && KINDS[rel.kind]) ?? 'worksheet',
        state: stateOf(x.attr('state')),
        sheetId: Number.isInteger(id) ? id : null,
        relationshipId,
        part: rel !== undefined && !rel.external ? rel.target : null,
      });
    } else if (x.local === 'definedName') {
      const name = x.attr('name') ?? '';
      const local = x.attr('localSheetId');
      const hidden = isTrue(x.attr('hidden'));
      definedNames.push({
        name,
        localSheet: local === undefined ? null : Number(local),
        hidden,
        reference: x.readText(),
      });
    }
  }
  return { date1904, sheets, definedNames };
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

function stateOf(value: string | undefined): SheetState {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}
