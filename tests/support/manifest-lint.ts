import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Offline checks of an add-in manifest (office-addin-manifest's validator needs an online service).
 * Returns every problem found; an empty list means the manifest passes.
 */
export interface ManifestContext {
  /** Function names registered with Office.actions.associate in src/ribbon. */
  readonly associatedFunctions: ReadonlySet<string>;
  /** Whether a URL path (e.g. `assets/icon-16.png`) exists in the built output. */
  readonly assetExists: (path: string) => boolean;
}

type XmlNode = Record<string, unknown>;

function walk(node: unknown, visit: (key: string, value: unknown, parent: XmlNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as XmlNode)) {
      visit(key, value, node as XmlNode);
      walk(value, visit);
    }
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function lintManifest(xml: string, context: ManifestContext): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];

  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    xml,
  ) as XmlNode;
  const app = doc['OfficeApp'] as XmlNode | undefined;
  if (!app) return ['no OfficeApp root element'];

  const id = app['Id'];
  if (typeof id !== 'string' || !GUID.test(id)) problems.push(`Id is not a GUID: ${String(id)}`);

  const resourceIds = new Set<string>();
  const resids: string[] = [];
  const urls: string[] = [];
  const functionNames: string[] = [];
  const images: string[] = [];
  walk(app, (key, value, parent) => {
    if (key === '@id' && typeof value === 'string') resourceIds.add(value);
    if (key === '@resid' && typeof value === 'string') resids.push(value);
    if (
      (key === '@DefaultValue' || key === '@Value') &&
      typeof value === 'string' &&
      /^\w+:\/\//.test(value)
    )
      urls.push(value);
    if (key === 'AppDomain') for (const d of [value].flat()) urls.push(String(d));
    if (key === 'FunctionName') functionNames.push(String(value));
    if (key === 'bt:Image' && parent !== null) {
      for (const img of [value].flat() as XmlNode[]) {
        const url = img['@DefaultValue'];
        if (typeof url === 'string') images.push(url);
      }
    }
  });

  for (const resid of resids) {
    if (!resourceIds.has(resid)) problems.push(`resid "${resid}" has no resource`);
  }
  for (const url of urls) {
    if (!url.startsWith('https://')) problems.push(`URL is not https: ${url}`);
  }
  for (const name of functionNames) {
    if (!context.associatedFunctions.has(name)) {
      problems.push(`ExecuteFunction "${name}" is not registered with Office.actions.associate`);
    }
  }
  for (const url of images) {
    const path = url.replace(/^https:\/\/[^/]+\//, '');
    if (!context.assetExists(path)) problems.push(`icon ${url} does not exist (${path})`);
  }

  const sets = JSON.stringify(app['Requirements'] ?? {});
  if (!/"@Name":"ExcelApi","@MinVersion":"1\.8"/.test(sets)) {
    problems.push('Requirements do not declare ExcelApi 1.8');
  }
  if (app['Permissions'] !== 'ReadWriteDocument') {
    problems.push(`Permissions should be ReadWriteDocument, found ${String(app['Permissions'])}`);
  }
  return problems;
}

/** Names passed to Office.actions.associate('name', …) in the given sources. */
export function associatedFunctionNames(sources: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const m of source.matchAll(/Office\.actions\.associate\(\s*['"]([^'"]+)['"]/g)) {
      if (m[1]) names.add(m[1]);
    }
  }
  return names;
}
