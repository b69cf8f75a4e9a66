import { useMemo, useState } from 'react';
import type { CycleLedger, CycleOperations } from '../../office/cycle-operations';
import type { Failure } from '../components/FailureMessage';
import { useSharedRunner, type OperationName } from '../runner';

/** One click of the cycle tab: read the open ledger, then do the step's work with it. */
export interface CycleStep {
  /**
   * Runs `work` as operation `name` (one at a time, as every pane operation), with the ledger read
   * first unless `needsLedger` is false. Null when it did not finish: the failure, or the missing
   * ledger, is then what the tab shows.
   */
  run<T>(
    name: OperationName,
    work: (ledger: CycleLedger) => Promise<T>,
    options?: { readonly needsLedger?: boolean },
  ): Promise<T | null>;
}

export function useCycleStep(cycle: CycleOperations): {
  step: CycleStep;
  failure: Failure | null;
  noLedger: boolean;
  /** Says whether the workbook has a ledger, as an operation that found none would. */
  setNoLedger: (missing: boolean) => void;
} {
  const runner = useSharedRunner();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [noLedger, setNoLedger] = useState(false);
  const step = useMemo<CycleStep>(
    () => ({
      async run(name, work, options) {
        setFailure(null);
        const needsLedger = options?.needsLedger ?? true;
        const result = await runner.run(name, async () => {
          if (!needsLedger) return { value: await work(EMPTY_LEDGER) };
          const ledger = await cycle.readLedger();
          if (!ledger.hasLedger) return null;
          return { value: await work(ledger) };
        });
        if (result.status === 'failed') setFailure({ operation: name, error: result.error });
        if (result.status !== 'done') return null;
        if (needsLedger) setNoLedger(result.value === null);
        return result.value === null ? null : result.value.value;
      },
    }),
    [runner, cycle],
  );
  return { step, failure, noLedger, setNoLedger };
}

const EMPTY_LEDGER: CycleLedger = {
  hasLedger: false,
  snapshot: { sheetNames: [], grid: () => null },
  names: [],
};
