import { NS, relationshipKind } from './namespaces';
import type { PackageParts } from './parts';
import { EOF, OPEN, XmlScanner } from './xml';

export interface Relationship {
  readonly id: string;
  /** Short type name, Strict or transitional alike (`worksheet`, `officeDocument` …). */
  readonly kind: string;
  /** External: the target as written (a URL); internal: the part name it resolves to. */
  readonly target: string;
  readonly external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself ('') → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A target as a part name: absolute targets (`/xl/tables/table2.xml`, openpyxl) from the package
 * root, relative ones from the source part's folder, `..` and `.` resolved, %-escapes decoded.
 */
export function resolveTarget(source: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    // A lone `%` is a literal character in a part name.
  }
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of t.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relationships of a part (`''` for the package); [] when it has no relationships part. */
export function readRelationships(parts: PackageParts, source: string): Relationship[] {
  const relsPart = relationshipsPartOf(source);
  const text = parts.text(relsPart);
  if (text === null) return [];
  const x = new XmlScanner(text, relsPart);
  const out: Relationship[] = [];
  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (e !== OPEN || !x.is(NS.packageRels, 'Relationship')) continue;
    const id = x.attr('Id') ?? '';
    const type = x.attr('Type') ?? '';
    const target = x.attr('Target') ?? '';
    const external = x.attr('TargetMode') === 'External';
    out.push({
      id,
      kind: relationshipKind(type),
      target: external ? target : resolveTarget(source, target),
      external,
    });
  }
  return out;
}
