/** Why summaries cannot be built from a workbook; the message is one plain line (Chinese + English). */
export class SummaryError extends Error {
  constructor(
    readonly code: 'missing-ledger' | 'missing-leader-column',
    message: string,
  ) {
    super(message);
    this.name = 'SummaryError';
  }
}
