import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useImperativeHandle, useState, type Ref } from 'react';
import type { IsoDate } from '../../core/dates';
import type { RectifyOperations, SheetWritten } from '../../operations/contract';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { confirmLedger } from './confirm-ledger';
import { NoLedgerNotice } from './NoLedgerNotice';
import { Progress } from './Progress';
import type { PanelAction } from './panel-action';
import { usePanelStyles } from './styles';

/**
 * A summary sheet as the operations report it. `leaders` (领导汇总) and `measures` (a leader's sheet)
 * are the counts people read; until the operations give them, the sheet's data rows are shown as
 * rows, never as measures.
 */
type SummarySheet = SheetWritten & { readonly leaders?: number; readonly measures?: number };

interface Props {
  readonly operations: RectifyOperations;
  readonly clock: () => IsoDate;
  readonly onGoImport: () => void;
  /** Lets another tab start this one's action (the next steps offered after an import). */
  readonly actionRef?: Ref<PanelAction>;
}

/** 生成领导汇总: one button; then a link to each generated sheet. */
export function SummaryPanel({ operations, clock, onGoImport, actionRef }: Props) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [sheets, setSheets] = useState<readonly SummarySheet[] | null>(null);
  const [noLedger, setNoLedger] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function build() {
    setFailure(null);
    const ledger = await confirmLedger(runner, operations, setFailure, setNoLedger);
    if (ledger === 'no') setSheets(null);
    if (ledger !== 'yes') return;
    const result = await runner.run('summary', () => operations.buildSummaries({ today: clock() }));
    if (result.status === 'failed') setFailure({ operation: 'summary', error: result.error });
    if (result.status === 'done') setSheets(result.value);
  }

  useImperativeHandle(actionRef, () => ({ run: () => void build() }));

  async function open(sheet: string) {
    setFailure(null);
    const result = await runner.run('select', () => operations.selectCell(sheet, 'A1'));
    if (result.status === 'failed') setFailure({ operation: 'select', error: result.error });
  }

  const linkText = (sheet: SummarySheet) => {
    if (sheet.leaders !== undefined) {
      return t('pane.summary.overviewLink', { name: sheet.name, count: sheet.leaders });
    }
    if (sheet.measures !== undefined) {
      return t('pane.summary.sheetLink', { name: sheet.name, count: sheet.measures });
    }
    return t('pane.import.sheetLine', { name: sheet.name, rows: sheet.rows });
  };

  const busy = runner.busy !== null;
  return (
    <div className={styles.panel}>
      <div className={styles.action}>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void build()}>
            {t('pane.summary.button')}
          </Button>
        </div>
        <Caption1 block className={styles.muted}>
          {t('pane.summary.explain')}
        </Caption1>
      </div>
      <Progress label={runner.busy === 'summary' ? t('pane.summary.running') : null} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {noLedger ? <NoLedgerNotice onGoImport={onGoImport} /> : null}
      {!sheets && !noLedger && !failure && runner.busy !== 'summary' ? (
        <Body1 block className={styles.empty} data-testid="summary-empty">
          {t('pane.summary.empty')}
        </Body1>
      ) : null}
      {sheets ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <div>{t('pane.summary.done', { count: sheets.length })}</div>
            <ul className={styles.list} aria-label={t('pane.summary.button')}>
              {sheets.map((sheet) => (
                <li key={sheet.name}>
                  <Link as="button" disabled={busy} onClick={() => void open(sheet.name)}>
                    {linkText(sheet)}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
