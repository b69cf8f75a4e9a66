/** A cycle step that cannot run on this input: the message says where, what and what to do. */
export class CycleError extends Error {
  constructor(
    readonly code:
      'missing-ledger' | 'missing-key-columns' | 'no-units' | 'no-identity' | 'nothing-collected',
    message: string,
  ) {
    super(message);
    this.name = 'CycleError';
  }
}
