import { message } from '../../core/i18n';
import type { Grid } from '../../core/grid';
import { cellAddress } from '../../core/grid';
import { identifyFile } from '../file-kind';
import { readRange } from './cell-ref';
import { ContentTypes } from './content-types';
import { producerOf, readAppProperties, readCustomProperty } from './doc-props';
import { fail, WorkbookReadError, type ForeignKind } from './messages';
import { readNotes } from './notes';
import { PackageParts } from './parts';
import { readRelationships, type Relationship } from './relationships';
import { readSharedStrings } from './shared-strings';
import { readSheetPart, type SheetRead } from './sheet-part';
import { NO_STYLES, readStyles, type CellStyles } from './styles';
import type {
  HyperlinkInfo,
  Producer,
  RichCell,
  RichSheet,
  SheetInfo,
  WorkbookReading,
} from './types';
import { readWorkbookPart } from './workbook-part';

export interface ReadOptions {
  /** The file's name as the user gave it: named in every message, and tells .et from .xls. */
  readonly fileName?: string;
}

/**
 * Opens an .xlsx/.xlsm package from its bytes: the directory, the relationships from
 * `_rels/.rels` to the workbook part, and the workbook part itself. Everything else (styles, shared
 * strings, each sheet, document properties) is read when first needed, once. No Node API: the task
 * pane can run it as it is. Fails with a `WorkbookReadError` that names the file and the part.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): WorkbookReading {
  const file = options.fileName ?? '';
  try {
    return open(bytes, file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error.forFile(file);
    // Anything else is a fault of ours on a file we did not understand, not a damaged file.
    throw new WorkbookReadError('unreadablePart', {
      file,
      part: currentPart ?? 'zip',
      detail: error instanceof Error ? error.message : String(error),
    });
  } finally {
    currentPart = null;
  }
}

// The part being read when an unexpected error escapes: for the message, nothing else.
let currentPart: string | null = null;

function open(bytes: Uint8Array, fileName: string): WorkbookReading {
  const kind = identifyFile(bytes, fileName);
  if (kind.kind === 'encrypted') fail('encrypted', {});
  if (kind.kind === 'foreign') fail('foreign', { kind: kind.foreign });
  if (kind.kind === 'unknown') fail('notZip', {});
  currentPart = 'zip';
  const parts = new PackageParts(bytes);
  currentPart = '_rels/.rels';
  const root = readRelationships(parts, '');
  const office = root.find((r) => r.kind === 'officeDocument' && !r.external);
  if (office === undefined) fail(...notAWorkbookPackage(parts));
  const types = new ContentTypes(parts);
  const mainType = types.of(office.target);
  const foreign = foreignMain(mainType, office.target);
  if (foreign !== null) fail('foreign', { kind: foreign });
  currentPart = office.target;
  const text = parts.required(office.target, message('xlsx.detail.workbookPartMissing'));
  const relationships = readRelationships(parts, office.target);
  const workbook = readWorkbookPart(text, office.target, relationships);
  const macro =
    /macroEnabled/i.test(mainType) || relationships.some((r) => r.kind === 'vbaProject');
  return new PackageReading(parts, root, office.target, relationships, workbook, macro);
}

function notAWorkbookPackage(parts: PackageParts): Parameters<typeof fail> {
  const mimetype = parts.text('mimetype');
  if (mimetype?.includes('opendocument.spreadsheet')) return ['foreign', { kind: 'ods' }];
  if (mimetype?.includes('opendocument')) return ['foreign', { kind: 'zip' }];
  if (!parts.has('_rels/.rels')) {
    if (!parts.has('[Content_Types].xml')) return ['foreign', { kind: 'zip' }];
    return [
      'unreadablePart',
      { part: '_rels/.rels', detail: message('xlsx.detail.noRelationships') },
    ];
  }
  return [
    'unreadablePart',
    { part: '_rels/.rels', detail: message('xlsx.detail.noWorkbookRelationship') },
  ];
}

function foreignMain(contentType: string, target: string): ForeignKind | null {
  if (contentType.includes('wordprocessingml')) return 'docx';
  if (contentType.includes('presentationml')) return 'pptx';
  if (contentType.includes('sheet.binary') || /\.bin$/i.test(target)) return 'xlsb';
  return null;
}

class PackageReading implements WorkbookReading {
  readonly format: 'xlsx' | 'xlsm';
  readonly date1904: boolean;
  readonly sheets: readonly SheetInfo[];
  readonly definedNames: WorkbookReading['definedNames'];
  readonly sheetNames: readonly string[];
  #styles: CellStyles | null = null;
  #strings: readonly string[] | null = null;
  readonly #grids = new Map<string, Grid>();

  constructor(
    private readonly parts: PackageParts,
    private readonly root: readonly Relationship[],
    readonly workbookPart: string,
    private readonly relationships: readonly Relationship[],
    workbook: ReturnType<typeof readWorkbookPart>,
    macro: boolean,
  ) {
    this.format = macro ? 'xlsm' : 'xlsx';
    this.date1904 = workbook.date1904;
    this.sheets = workbook.sheets;
    this.definedNames = workbook.definedNames;
    this.sheetNames = this.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
  }

  producer(): Producer | null {
    return this.#guard('docProps/app.xml', () => {
      const app = this.#rootPart('extended-properties', 'extendedProperties');
      const custom = this.#rootPart('custom-properties', 'customProperties');
      const appText = app === null ? null : this.parts.text(app);
      const customText = custom === null ? null : this.parts.text(custom);
      return producerOf(
        appText === null || app === null ? {} : readAppProperties(appText, app),
        customText === null || custom === null
          ? undefined
          : readCustomProperty(customText, custom, 'KSOProductBuildVer'),
      );
    });
  }

  grid(name: string): Grid | null {
    const sheet = this.worksheet(name);
    if (sheet === null) return null;
    let grid = this.#grids.get(sheet.name);
    if (grid === undefined) {
      grid = { sheet: sheet.name, rows: this.#readSheet(sheet, false).rows };
      this.#grids.set(sheet.name, grid);
    }
    return grid;
  }

  richSheet(name: string): RichSheet | null {
    const sheet = this.worksheet(name);
    if (sheet === null) return null;
    const read = this.#readSheet(sheet, true);
    const part = sheet.part as string;
    const sheetRels = this.#guard(part, () => readRelationships(this.parts, part));
    const links = linksByCell(read, sheetRels);
    // The sheet part gives every cell without its link; the few linked ones get theirs here.
    const cells: RichCell[] = read.cells;
    if (links.size > 0) {
      cells.forEach((c, i) => {
        const hyperlink = links.get(cellAddress(c.row, c.column));
        if (hyperlink !== undefined) cells[i] = { ...c, hyperlink };
      });
    }
    const comments = sheetRels.find((r) => r.kind === 'comments' && !r.external);
    const notes =
      comments === undefined
        ? []
        : this.#guard(comments.target, () => {
            const text = this.parts.text(comments.target);
            return text === null ? [] : readNotes(text, comments.target);
          });
    return { name: sheet.name, cells, merges: read.merges, notes };
  }

  worksheet(name: string): SheetInfo | null {
    const worksheets = this.sheets.filter((s) => s.kind === 'worksheet');
    const sheet =
      worksheets.find((s) => s.name === name) ??
      worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return sheet ?? null;
  }

  #readSheet(sheet: SheetInfo, rich: boolean): SheetRead {
    const part = sheet.part;
    if (part === null) {
      fail('unreadablePart', {
        part: this.workbookPart,
        detail: message('xlsx.detail.sheetNoTarget', {
          sheet: sheet.name,
          id: sheet.relationshipId,
        }),
      });
    }
    const styles = this.#cellStyles();
    return this.#guard(part, () => {
      const text = this.parts.required(
        part,
        message('xlsx.detail.sheetPartMissing', { sheet: sheet.name }),
      );
      return readSheetPart(
        text,
        { part, styles, date1904: this.date1904, sharedStrings: () => this.#sharedStrings() },
        rich,
      );
    });
  }

  #cellStyles(): CellStyles {
    if (this.#styles === null) {
      const part = this.#workbookRel('styles');
      this.#styles =
        part === null
          ? NO_STYLES
          : this.#guard(part, () => {
              const text = this.parts.text(part);
              return text === null ? NO_STYLES : readStyles(text, part);
            });
    }
    return this.#styles;
  }

  #sharedStrings(): readonly string[] {
    if (this.#strings === null) {
      const part = this.#workbookRel('sharedStrings');
      this.#strings =
        part === null
          ? []
          : this.#guard(part, () => {
              const text = this.parts.text(part);
              return text === null ? [] : readSharedStrings(text, part);
            });
    }
    return this.#strings;
  }

  #workbookRel(kind: string): string | null {
    return this.relationships.find((r) => r.kind === kind && !r.external)?.target ?? null;
  }

  #rootPart(...kinds: string[]): string | null {
    return this.root.find((r) => kinds.includes(r.kind) && !r.external)?.target ?? null;
  }

  /** Runs a read of one part, so an unexpected failure names that part. */
  #guard<T>(part: string, read: () => T): T {
    const before = currentPart;
    currentPart = part;
    try {
      return read();
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw new WorkbookReadError('unreadablePart', {
        file: '',
        part,
        detail: error instanceof Error ? error.message : String(error),
      });
    } finally {
      currentPart = before;
    }
  }
}

/** Each linked cell's link: a range's link on every cell of it the sheet has. */
function linksByCell(read: SheetRead, rels: readonly Relationship[]): Map<string, HyperlinkInfo> {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const out = new Map<string, HyperlinkInfo>();
  for (const link of read.hyperlinks) {
    const rel = link.relationshipId === null ? undefined : byId.get(link.relationshipId);
    const info: HyperlinkInfo = {
      target: rel?.target ?? null,
      location: link.location,
      tooltip: link.tooltip,
      display: link.display,
    };
    const range = readRange(link.ref);
    if (range === null) continue;
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) <= 100_000) {
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          if (!out.has(cellAddress(r, c))) out.set(cellAddress(r, c), info);
        }
      }
    } else {
      for (const c of read.cells) {
        if (
          c.row >= range.top &&
          c.row <= range.bottom &&
          c.column >= range.left &&
          c.column <= range.right
        ) {
          if (!out.has(cellAddress(c.row, c.column))) out.set(cellAddress(c.row, c.column), info);
        }
      }
    }
  }
  return out;
}
