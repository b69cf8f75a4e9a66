import type { RectifyOperations } from '../../operations/contract';
import type { Runner } from '../runner';
import type { Failure } from './FailureMessage';

/**
 * Asks the workbook whether it has a ledger before an operation that needs one. `stopped` means
 * the check failed (already reported through `onFailure`) or another operation was running.
 */
export async function confirmLedger(
  runner: Runner,
  operations: RectifyOperations,
  onFailure: (failure: Failure) => void,
  onNoLedger: (missing: boolean) => void,
): Promise<'yes' | 'no' | 'stopped'> {
  const state = await runner.run('inspect', () => operations.inspectWorkbook());
  if (state.status === 'failed') onFailure({ operation: 'inspect', error: state.error });
  if (state.status !== 'done') return 'stopped';
  onNoLedger(!state.value.hasLedger);
  return state.value.hasLedger ? 'yes' : 'no';
}
