import type { Message } from '../../core/i18n';
import { fail } from './messages';
import { xmlText } from './xml';
import { ZipArchive } from './zip';

/** The package's parts by name, read from the zip on request (each part inflated once at most). */
export class PackageParts {
  readonly zip: ZipArchive;

  constructor(bytes: Uint8Array) {
    this.zip = new ZipArchive(bytes);
  }

  has(part: string): boolean {
    return this.zip.find(part) !== undefined;
  }

  /** A part's text, or null when the package has no such part. */
  text(part: string): string | null {
    const entry = this.zip.find(part);
    return entry === undefined ? null : xmlText(this.zip.read(entry));
  }

  /** A part the reader cannot do without: missing → "could not read part X". */
  required(part: string, missing: Message): string {
    const text = this.text(part);
    if (text === null) fail('unreadablePart', { part, detail: missing });
    return text;
  }
}
