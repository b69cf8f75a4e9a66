/**
 * Why a workbook could not be read, as data: one key per failure, a Chinese and an English text
 * each. The reader throws a `WorkbookReadError` carrying the key and its details; a face picks the
 * language (the CLI from LANG/LC_ALL, the task pane from Office's display language).
 */
export type ReadLocale = 'zh' | 'en';

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
  /** What was found, in plain words (English technical detail is fine: it is for support). */
  readonly detail?: string;
  readonly kind?: ForeignKind;
}

type Text = (d: ReadFailureDetails) => string;

const SAVE_AS_ZH = '请在 Excel 或 WPS 中另存为 .xlsx 后重试';
const SAVE_AS_EN = 'open it in Excel or WPS, save it as .xlsx and try again';

const KIND_NAMES: Record<ForeignKind, { readonly zh: string; readonly en: string }> = {
  xls: { zh: 'Excel 97-2003 工作簿（.xls）', en: 'an Excel 97-2003 workbook (.xls)' },
  et: { zh: 'WPS 表格文件（.et）', en: 'a WPS Spreadsheets file (.et)' },
  ods: { zh: 'OpenDocument 电子表格（.ods）', en: 'an OpenDocument spreadsheet (.ods)' },
  csv: { zh: 'CSV 文本文件（.csv）', en: 'a CSV text file (.csv)' },
  text: { zh: '纯文本文件', en: 'a plain text file' },
  docx: { zh: 'Word 文档（.docx）', en: 'a Word document (.docx)' },
  doc: { zh: 'Word 97-2003 文档（.doc）', en: 'a Word 97-2003 document (.doc)' },
  pptx: { zh: 'PowerPoint 演示文稿（.pptx）', en: 'a PowerPoint presentation (.pptx)' },
  xlsb: { zh: 'Excel 二进制工作簿（.xlsb）', en: 'an Excel binary workbook (.xlsb)' },
  pdf: { zh: 'PDF 文件（.pdf）', en: 'a PDF file (.pdf)' },
  html: { zh: '网页（HTML）文件', en: 'a web page (HTML)' },
  'xml-spreadsheet': {
    zh: 'XML 电子表格 2003 文件',
    en: 'an XML Spreadsheet 2003 file',
  },
  zip: { zh: '普通 zip 压缩包', en: 'a plain zip archive' },
};

const part = (d: ReadFailureDetails) => d.part ?? '';
const detail = (d: ReadFailureDetails, sep: string) =>
  d.detail !== undefined && d.detail !== '' ? `${sep}${d.detail}` : '';

export const READ_FAILURES = {
  notZip: {
    zh: (d) => `${d.file} 不是 .xlsx 工作簿（不是 zip 格式的 Office 文件）；${SAVE_AS_ZH}`,
    en: (d) => `${d.file} is not an .xlsx workbook (not a zip-based Office file); ${SAVE_AS_EN}`,
  },
  encrypted: {
    zh: (d) =>
      `${d.file} 设有密码（已加密），无法读取；请在 Excel 或 WPS 中打开它，取消密码后保存为 .xlsx，再重试`,
    en: (d) =>
      `${d.file} is protected by a password (encrypted); open it in Excel or WPS, remove the password, save it as .xlsx and try again`,
  },
  foreign: {
    zh: (d) => `${d.file} 是${KIND_NAMES[d.kind ?? 'zip'].zh}，不是 .xlsx 工作簿；${SAVE_AS_ZH}`,
    en: (d) =>
      `${d.file} is ${KIND_NAMES[d.kind ?? 'zip'].en}, not an .xlsx workbook; ${SAVE_AS_EN}`,
  },
  damaged: {
    zh: (d) =>
      `${d.file} 已损坏：其中的 ${part(d)} 无法解开${detail(d, '（')}${d.detail ? '）' : ''}；请向发送方重新索取该文件或使用备份`,
    en: (d) =>
      `${d.file} is damaged: its part ${part(d)} cannot be read${detail(d, ': ')}; ask the sender for the file again or use a backup`,
  },
  unreadablePart: {
    zh: (d) =>
      `无法读取 ${d.file} 中的 ${part(d)}${detail(d, '：')}；文件可能由本工具尚不认识的程序写成，${SAVE_AS_ZH}`,
    en: (d) =>
      `could not read the part ${part(d)} of ${d.file}${detail(d, ': ')}; it may come from a program this tool does not know yet: ${SAVE_AS_EN}`,
  },
  tooLarge: {
    zh: (d) =>
      `${d.file} 中的 ${part(d)} 过大，为免耗尽内存未读取${detail(d, '（')}${d.detail ? '）' : ''}；请检查该文件是否异常，或在 Excel 或 WPS 中删除多余内容后另存再试`,
    en: (d) =>
      `the part ${part(d)} of ${d.file} is too large to read safely${detail(d, ' (')}${d.detail ? ')' : ''}; check the file, or remove what is not needed in Excel or WPS, save it and try again`,
  },
} satisfies Record<string, { readonly zh: Text; readonly en: Text }>;

export type ReadFailureKey = keyof typeof READ_FAILURES;

/** A workbook that cannot be read: which failure, its details, and its text in either language. */
export class WorkbookReadError extends Error {
  constructor(
    readonly key: ReadFailureKey,
    readonly details: ReadFailureDetails,
  ) {
    super(READ_FAILURES[key].zh(details));
    this.name = 'WorkbookReadError';
  }

  text(locale: ReadLocale): string {
    return READ_FAILURES[this.key][locale](this.details);
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
