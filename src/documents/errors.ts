/**
 * A document that cannot be read as a list, with what was found and what to do, Chinese first.
 * `code` lets faces choose their own wording; `message` is ready to show.
 */
export type DocumentErrorCode =
  | 'empty'
  | 'too-large'
  | 'undecodable'
  | 'binary'
  | 'scanned-pdf'
  | 'encrypted-pdf'
  | 'unsupported'
  | 'damaged';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    chinese: string,
    english: string,
  ) {
    super(`${chinese}（${english}）`);
    this.name = 'DocumentError';
  }
}
