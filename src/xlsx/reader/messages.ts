import { LocalizedError, type Lang, type Message, type MessageKey } from '../../core/i18n';

/**
 * Why a workbook could not be read, as data: one key per failure, its texts in the catalogue
 * (`xlsx.read.*`). The reader throws a `WorkbookReadError` carrying the key and its details; a face
 * picks the language (the CLI from the locale, the task pane from Office's display language).
 */
export type ReadLocale = Lang;

/** What a file is, when it is not an .xlsx/.xlsm workbook. */
export type ForeignKind =
  | 'xls'
  | 'et'
  | 'ods'
  | 'csv'
  | 'text'
  | 'docx'
  | 'doc'
  | 'pptx'
  | 'xlsb'
  | 'pdf'
  | 'html'
  | 'xml-spreadsheet'
  | 'zip';

export interface ReadFailureDetails {
  /** The file as the user named it (the CLI's argument); '' when unknown. */
  readonly file: string;
  /** The package part concerned, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part?: string;
  /** What was found: a technical detail for support, quoted as it is in either language. */
  readonly detail?: string | Message;
  readonly kind?: ForeignKind;
}

/** Each failure's message, with and without a technical detail. */
const READ_FAILURE_KEYS = {
  notZip: ['xlsx.read.notZip', 'xlsx.read.notZip'],
  encrypted: ['xlsx.read.encrypted', 'xlsx.read.encrypted'],
  foreign: ['xlsx.read.foreign', 'xlsx.read.foreign'],
  damaged: ['xlsx.read.damaged', 'xlsx.read.damagedDetail'],
  unreadablePart: ['xlsx.read.unreadablePart', 'xlsx.read.unreadablePartDetail'],
  tooLarge: ['xlsx.read.tooLarge', 'xlsx.read.tooLargeDetail'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** The catalogue's name for each kind of file that is not a workbook. */
const KIND_NAMES: Record<ForeignKind, MessageKey> = {
  xls: 'xlsx.kind.xls',
  et: 'xlsx.kind.et',
  ods: 'xlsx.kind.ods',
  csv: 'xlsx.kind.csv',
  text: 'xlsx.kind.text',
  docx: 'xlsx.kind.docx',
  doc: 'xlsx.kind.doc',
  pptx: 'xlsx.kind.pptx',
  xlsb: 'xlsx.kind.xlsb',
  pdf: 'xlsx.kind.pdf',
  html: 'xlsx.kind.html',
  'xml-spreadsheet': 'xlsx.kind.xmlSpreadsheet',
  zip: 'xlsx.kind.zip',
};

export type ReadFailureKey = keyof typeof READ_FAILURE_KEYS;

/** The message for a failure and its details. */
export function readFailureMessage(key: ReadFailureKey, d: ReadFailureDetails): Message {
  const detail = d.detail !== undefined && d.detail !== '' ? d.detail : null;
  const [plain, detailed] = READ_FAILURE_KEYS[key];
  const params = {
    file: d.file,
    part: d.part ?? '',
    kind: { key: KIND_NAMES[d.kind ?? 'zip'] },
    ...(detail === null ? {} : { detail }),
  };
  return { key: detail === null ? plain : detailed, params };
}

/** A workbook that cannot be read: which failure, its details, and its message. */
export class WorkbookReadError extends LocalizedError {
  constructor(
    readonly key: ReadFailureKey,
    readonly details: ReadFailureDetails,
  ) {
    super(readFailureMessage(key, details));
    this.name = 'WorkbookReadError';
  }

  /** The same failure, naming the file (the reader itself sees bytes only). */
  forFile(file: string): WorkbookReadError {
    return new WorkbookReadError(this.key, { ...this.details, file });
  }
}

/** Thrown inside the reader where the file's name is not known yet; `readWorkbook` names it. */
export function fail(key: ReadFailureKey, details: Omit<ReadFailureDetails, 'file'>): never {
  throw new WorkbookReadError(key, { file: '', ...details });
}
