import { LocalizedError, type Message } from '../i18n';

/**
 * A cycle step that cannot run on this input: the message says where, what and what to do, in
 * the language of the face that shows it (`text(lang)`).
 */
export class CycleError extends LocalizedError {
  constructor(
    readonly code:
      'missing-ledger' | 'missing-key-columns' | 'no-units' | 'no-identity' | 'nothing-collected',
    said: Message,
  ) {
    super(said);
    this.name = 'CycleError';
  }
}
