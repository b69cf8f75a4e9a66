import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';

/** Every operation the pane can start; each has its own "what to do next" text on failure. */
export type OperationName =
  | 'inspect'
  | 'import'
  | 'validate'
  | 'select'
  | 'overdue'
  | 'marks'
  | 'summary'
  | 'loadSettings'
  | 'saveSettings'
  // The monthly cycle (CyclePanel): read the ledger, make unit files, collect, report.
  | 'cycleRead'
  | 'split'
  | 'collect'
  | 'report';

export type RunResult<T> =
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown }
  /** Another operation was still running; this one was not started. */
  | { readonly status: 'busy' };

export interface Runner {
  /** The operation in progress, or null. */
  readonly busy: OperationName | null;
  run<T>(name: OperationName, work: () => Promise<T>): Promise<RunResult<T>>;
}

/**
 * One operation at a time for the whole pane: they all touch the same workbook, and a second click
 * while the first is running must not start it again. The ref guards synchronously, before React
 * has re-rendered the disabled buttons.
 */
export function useRunner(): Runner {
  const [busy, setBusy] = useState<OperationName | null>(null);
  const running = useRef(false);
  const run = useCallback(
    async <T>(name: OperationName, work: () => Promise<T>): Promise<RunResult<T>> => {
      if (running.current) return { status: 'busy' };
      running.current = true;
      setBusy(name);
      try {
        return { status: 'done', value: await work() };
      } catch (error) {
        return { status: 'failed', error };
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [],
  );
  return useMemo(() => ({ busy, run }), [busy, run]);
}

export const RunnerContext = createContext<Runner>({
  busy: null,
  run: async () => ({ status: 'busy' }),
});

export function useSharedRunner(): Runner {
  return useContext(RunnerContext);
}
