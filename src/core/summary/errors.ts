import { LocalizedError, type Message } from '../i18n';

/** The summaries cannot be built from this workbook; `said` tells the user why, in any language. */
export class SummaryError extends LocalizedError {
  constructor(
    readonly code: 'missing-ledger' | 'missing-leader-column',
    said: Message,
  ) {
    super(said);
    this.name = 'SummaryError';
  }
}
