import { Button, Caption1, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { IsoDate } from '../../core/dates';
import type { RectifyOperations, SheetWritten } from '../../office/operations';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { confirmLedger } from './confirm-ledger';
import { NoLedgerNotice } from './NoLedgerNotice';
import { Progress } from './Progress';
import { usePanelStyles } from './styles';

interface Props {
  readonly operations: RectifyOperations;
  readonly clock: () => IsoDate;
  readonly onGoImport: () => void;
}

/** 生成领导汇总: one button; then a link to each generated sheet. */
export function SummaryPanel({ operations, clock, onGoImport }: Props) {
  const t = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [sheets, setSheets] = useState<readonly SheetWritten[] | null>(null);
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

  async function open(sheet: string) {
    setFailure(null);
    const result = await runner.run('select', () => operations.selectCell(sheet, 'A1'));
    if (result.status === 'failed') setFailure({ operation: 'select', error: result.error });
  }

  const busy = runner.busy !== null;
  return (
    <div className={styles.panel}>
      <Caption1 block className={styles.muted}>
        {t.summary.explain}
      </Caption1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void build()}>
          {t.summary.button}
        </Button>
      </div>
      <Progress label={runner.busy === 'summary' ? t.summary.running : null} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {noLedger ? <NoLedgerNotice onGoImport={onGoImport} /> : null}
      {sheets ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <div>{t.summary.done(sheets.length)}</div>
            <ul className={styles.list} aria-label={t.summary.button}>
              {sheets.map((sheet) => (
                <li key={sheet.name}>
                  <Link as="button" disabled={busy} onClick={() => void open(sheet.name)}>
                    {t.summary.sheetLink(sheet.name, sheet.rows)}
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
