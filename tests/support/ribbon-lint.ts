import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** What a WPS ribbon.xml may refer to: the page's global functions and the add-in's files. */
export interface RibbonContext {
  /** Names of functions the add-in's page defines as globals. */
  readonly handlers: ReadonlySet<string>;
  /** The image the page's getImage callback gives a button (by id), if any. */
  readonly imageFor: (id: string) => string | undefined;
  readonly assetExists: (path: string) => boolean;
}

export interface RibbonButton {
  readonly id: string;
  readonly label: string;
}

export interface RibbonLint {
  readonly problems: string[];
  readonly tabs: string[];
  readonly buttons: RibbonButton[];
}

type Node = Record<string, unknown>;
const CALLBACKS = ['onLoad', 'onAction', 'getImage', 'getEnabled', 'getVisible', 'getLabel'];

function visit(node: unknown, f: (tag: string, n: Node) => void, tag = ''): void {
  if (Array.isArray(node)) for (const child of node) visit(child, f, tag);
  else if (node !== null && typeof node === 'object') {
    f(tag, node as Node);
    for (const [key, value] of Object.entries(node as Node))
      if (!key.startsWith('@')) visit(value, f, key);
  }
}

/** Offline checks of a CustomUI ribbon.xml for WPS: well-formed, every callback and image there. */
export function lintRibbon(xml: string, context: RibbonContext): RibbonLint {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`],
      tabs: [],
      buttons: [],
    };
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    xml,
  ) as Node;
  const problems: string[] = [];
  const root = doc['customUI'] as Node | undefined;
  if (!root) return { problems: ['no customUI root element'], tabs: [], buttons: [] };
  if (root['@xmlns'] !== 'http://schemas.microsoft.com/office/2006/01/customui')
    problems.push(`customUI namespace is ${String(root['@xmlns'])}`);
  const tabs: string[] = [];
  const buttons: RibbonButton[] = [];
  const ids = new Set<string>();
  visit(doc, (tag, n) => {
    const id = n['@id'];
    if (typeof id === 'string') {
      if (ids.has(id)) problems.push(`id ${id} used twice`);
      ids.add(id);
    }
    for (const attribute of CALLBACKS) {
      const name = n[`@${attribute}`];
      if (typeof name === 'string' && !context.handlers.has(name))
        problems.push(
          `${tag}${id ? ` ${String(id)}` : ''}: ${attribute}="${name}" is not a function of the page`,
        );
    }
    if (tag === 'tab') tabs.push(String(n['@label'] ?? ''));
    if (tag === 'button') {
      buttons.push({ id: String(id), label: String(n['@label'] ?? '') });
      const image =
        n['@getImage'] !== undefined
          ? context.imageFor(String(id))
          : (n['@image'] as string | undefined);
      if (image === undefined) problems.push(`button ${String(id)} has no image`);
      else if (!context.assetExists(image))
        problems.push(`button ${String(id)}: image ${image} does not exist`);
    }
  });
  return { problems, tabs, buttons };
}
