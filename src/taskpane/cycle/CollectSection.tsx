import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { COLLECT_LOG_SHEET, type CollectOutcome, type ReturnedWorkbook } from '../../core/cycle';
import type { IsoDate } from '../../core/dates';
import { collectPlanned, type CollectWritten } from '../../office/cycle-collect';
import type { CycleOperations } from '../../office/cycle-operations';
import { usePanelStyles } from '../components/styles';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import { CollectPreview } from './CollectPreview';
import { readReturnedFile } from './returned-file';
import type { CycleStep } from './step';

type Phase =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'preview';
      readonly returned: readonly ReturnedWorkbook[];
      readonly today: IsoDate;
      readonly outcome: CollectOutcome;
    }
  | { readonly kind: 'written'; readonly written: CollectWritten }
  | { readonly kind: 'cancelled' };

/**
 * 回收: pick the returned files, see what the core would take, refuse and flag, and only then
 * write: nothing reaches the workbook before the user confirms the preview.
 */
export function CollectSection({
  cycle,
  clock,
  step,
  onOpenSheet,
  refreshMarks,
}: {
  cycle: CycleOperations;
  clock: () => IsoDate;
  step: CycleStep;
  onOpenSheet: (sheet: string) => void;
  /** Re-applies the ledger's drop-downs and highlights (rows a unit added need them too). */
  refreshMarks: () => Promise<void>;
}) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function preview(files: readonly File[]) {
    setPhase({ kind: 'idle' });
    const today = clock();
    const shown = await step.run('cycleRead', async (ledger) => {
      const returned: ReturnedWorkbook[] = [];
      for (const file of files) returned.push(await readReturnedFile(file));
      return { returned, outcome: collectPlanned(ledger, returned, today).outcome };
    });
    if (shown !== null) setPhase({ kind: 'preview', today, ...shown });
  }

  async function confirm() {
    if (phase.kind !== 'preview') return;
    const { returned, today, outcome } = phase;
    const written = await step.run(
      'collect',
      () => cycle.collect(returned, { today, preview: outcome }),
      { needsLedger: false },
    );
    if (written === null) return;
    setPhase({ kind: 'written', written });
    // Rows a unit added get the ledger's drop-downs and highlights (a write of formats only).
    if (written.outcome.files.some((f) => f.added > 0))
      await step.run('marks', refreshMarks, { needsLedger: false });
  }

  const busy = runner.busy !== null;
  return (
    <div className={styles.action}>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        aria-label={t('pane.cycle.collect.pick')}
        data-testid="cycle-returned-files"
        style={{ display: 'none' }}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) void preview(files);
        }}
      />
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {t('pane.cycle.collect.pick')}
        </Button>
      </div>
      <Caption1 block className={styles.muted}>
        {t('pane.cycle.collect.explain', { sheet: COLLECT_LOG_SHEET })}
      </Caption1>
      {phase.kind === 'preview' ? (
        <CollectPreview
          outcome={phase.outcome}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPhase({ kind: 'cancelled' })}
        />
      ) : null}
      {phase.kind === 'cancelled' ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('pane.cycle.collect.cancelled')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === 'written' ? (
        <MessageBar intent="success" layout="multiline" data-testid="cycle-collect-done">
          <MessageBarBody>
            <MessageBarTitle>
              {t('pane.cycle.collect.done', {
                cells: phase.written.cells,
                sheet: COLLECT_LOG_SHEET,
                rows: phase.written.logRows,
              })}
            </MessageBarTitle>
            <div>
              <Link as="button" disabled={busy} onClick={() => onOpenSheet(COLLECT_LOG_SHEET)}>
                {t('pane.cycle.collect.openLog', { sheet: COLLECT_LOG_SHEET })}
              </Link>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
