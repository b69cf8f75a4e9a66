import { Body1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { IsoDate } from '../../core/dates';
import type { CycleOperations } from '../../office/cycle-operations';
import type { RectifyOperations } from '../../operations/contract';
import { CollectSection } from '../cycle/CollectSection';
import { ReportSection } from '../cycle/ReportSection';
import { SplitSection } from '../cycle/SplitSection';
import { useCycleStep } from '../cycle/step';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import { confirmLedger } from './confirm-ledger';
import { FailureMessage, type Failure } from './FailureMessage';
import { NoLedgerNotice } from './NoLedgerNotice';
import { Progress } from './Progress';
import { usePanelStyles } from './styles';

interface Props {
  /** The cycle's bridge to the host; null where it is not available (WPS表格 for now). */
  readonly cycle: CycleOperations | null;
  readonly operations: RectifyOperations;
  readonly clock: () => IsoDate;
  readonly onGoImport: () => void;
  /** The tab is shown: the workbook is looked at, to say at once when it has no ledger. */
  readonly active: boolean;
}

/** 分发与回收: hand the ledger out per unit, collect the returned files, make the report. */
export function CyclePanel(props: Props) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  if (props.cycle === null) {
    return (
      <div className={styles.panel}>
        <MessageBar intent="info" layout="multiline" data-testid="cycle-unavailable">
          <MessageBarBody>{t('pane.cycle.notInWps')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return <CycleSteps {...props} cycle={props.cycle} />;
}

function CycleSteps({
  cycle,
  operations,
  clock,
  onGoImport,
  active,
}: Props & { cycle: CycleOperations }) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const { step, failure, noLedger, setNoLedger } = useCycleStep(cycle);
  const [openFailure, setOpenFailure] = useState<Failure | null>(null);

  useEffect(() => {
    if (!active) return;
    void confirmLedger(runner, operations, setOpenFailure, setNoLedger);
    // Looked at each time the tab is opened; the runner's identity changes while it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, operations]);

  async function openSheet(sheet: string) {
    setOpenFailure(null);
    const result = await runner.run('select', () => operations.selectCell(sheet, 'A1'));
    if (result.status === 'failed') setOpenFailure({ operation: 'select', error: result.error });
  }

  const running: Record<string, string> = {
    split: t('pane.cycle.split.running'),
    collect: t('pane.cycle.collect.writing'),
    report: t('pane.cycle.report.running'),
    cycleRead: t('pane.cycle.collect.reading'),
  };
  return (
    <div className={styles.panel}>
      <Body1 block className={styles.empty}>
        {t('pane.cycle.empty')}
      </Body1>
      <Progress label={runner.busy === null ? null : (running[runner.busy] ?? null)} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {openFailure ? <FailureMessage failure={openFailure} /> : null}
      {noLedger ? <NoLedgerNotice onGoImport={onGoImport} /> : null}
      <Subtitle2 as="h3" block className={styles.flush}>
        {t('pane.cycle.section.split')}
      </Subtitle2>
      <SplitSection cycle={cycle} clock={clock} step={step} />
      <Subtitle2 as="h3" block className={styles.flush}>
        {t('pane.cycle.section.collect')}
      </Subtitle2>
      <CollectSection
        cycle={cycle}
        clock={clock}
        step={step}
        onOpenSheet={(sheet) => void openSheet(sheet)}
        refreshMarks={() => operations.refreshMarks()}
      />
      <Subtitle2 as="h3" block className={styles.flush}>
        {t('pane.cycle.section.report')}
      </Subtitle2>
      <ReportSection clock={clock} step={step} />
    </div>
  );
}
