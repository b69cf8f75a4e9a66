import { LocalizedError, type Message } from '../core/i18n';

/**
 * A document that cannot be read as a list: what was found and what to do, as a catalogue message
 * (`documents.*`) the face says in its language (`text(lang)`). `code` lets faces choose their own
 * wording; `message` is the Chinese text.
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

export class DocumentError extends LocalizedError {
  constructor(
    readonly code: DocumentErrorCode,
    said: Message,
  ) {
    super(said);
    this.name = 'DocumentError';
  }
}
