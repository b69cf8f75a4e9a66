import { NS } from './namespaces';
import type { Producer } from './types';
import { EOF, OPEN, XmlScanner } from './xml';

/** Application and AppVersion from docProps/app.xml (any prefix, any default namespace). */
export function readAppProperties(
  text: string,
  part: string,
): { application?: string; version?: string } {
  const x = new XmlScanner(text, part);
  const out: { application?: string; version?: string } = {};
  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (e !== OPEN || x.ns !== NS.extendedProps) continue;
    if (x.local === 'Application') out.application = x.readText().trim();
    else if (x.local === 'AppVersion') out.version = x.readText().trim();
  }
  return out;
}

/** A custom property's text value (WPS writes `KSOProductBuildVer`), or undefined. */
export function readCustomProperty(text: string, part: string, name: string): string | undefined {
  const x = new XmlScanner(text, part);
  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (e !== OPEN || !x.is(NS.customProps, 'property') || x.attr('name') !== name) continue;
    const depth = x.depth;
    for (let f = x.next(); f !== EOF && x.depth >= depth; f = x.next()) {
      if (f === OPEN && x.ns === NS.docPropsVTypes) return x.readText().trim();
    }
  }
  return undefined;
}

export function producerOf(
  app: { application?: string; version?: string },
  wpsBuild: string | undefined,
): Producer | null {
  const application = app.application || (wpsBuild !== undefined ? 'WPS Office' : undefined);
  if (application === undefined) return null;
  return { application, version: wpsBuild ?? app.version ?? null };
}
