import { NS } from './namespaces';
import type { PackageParts } from './parts';
import { EOF, OPEN, XmlScanner } from './xml';

const PART = '[Content_Types].xml';

/** The content type of each part: overrides by name, defaults by extension. */
export class ContentTypes {
  readonly #overrides = new Map<string, string>();
  readonly #defaults = new Map<string, string>();

  constructor(parts: PackageParts) {
    const text = parts.text(PART);
    if (text === null) return;
    const x = new XmlScanner(text, PART);
    for (let e = x.next(); e !== EOF; e = x.next()) {
      if (e !== OPEN || x.ns !== NS.contentTypes) continue;
      const type = x.attr('ContentType') ?? '';
      if (x.local === 'Override') {
        const name = (x.attr('PartName') ?? '').replace(/^\/+/, '').toLowerCase();
        this.#overrides.set(name, type);
      } else if (x.local === 'Default') {
        this.#defaults.set((x.attr('Extension') ?? '').toLowerCase(), type);
      }
    }
  }

  of(part: string): string {
    const name = part.toLowerCase();
    const override = this.#overrides.get(name);
    if (override !== undefined) return override;
    const dot = name.lastIndexOf('.');
    return this.#defaults.get(dot < 0 ? '' : name.slice(dot + 1)) ?? '';
  }
}
