import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { IsoDate } from '../../core/dates';
import type { CycleOperations } from '../../office/cycle-operations';
import { usePanelStyles } from '../components/styles';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import {
  base64Of,
  downloadEach,
  offerFile,
  revokeFiles,
  XLSX_TYPE,
  type OfferedFile,
} from './files';
import { unitWorkbooks } from './split';
import type { CycleStep } from './step';

interface Offered extends OfferedFile {
  readonly unit: string;
  readonly rows: number;
}

/** 分发: the unit workbooks, made in the browser, offered as downloads (and in Excel, where it can). */
export function SplitSection({
  cycle,
  clock,
  step,
}: {
  cycle: CycleOperations;
  clock: () => IsoDate;
  step: CycleStep;
}) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [made, setMade] = useState<{ date: IsoDate; files: Offered[] } | null>(null);

  // The object URLs live as long as the links that show them.
  useEffect(() => () => revokeFiles(made?.files ?? []), [made]);

  async function split() {
    const today = clock();
    const files = await step.run('split', async (ledger) => {
      const workbooks = await unitWorkbooks(ledger, today, new Date());
      return workbooks.map((w): Offered => ({
        ...offerFile(w.fileName, w.bytes, XLSX_TYPE),
        unit: w.unit,
        rows: w.rows,
      }));
    });
    if (files !== null) setMade({ date: today, files });
  }

  async function openInExcel(file: Offered) {
    const open = cycle.openWorkbook;
    if (open === null) return;
    await step.run('split', async () => open(base64Of(file.bytes)), { needsLedger: false });
  }

  const busy = runner.busy !== null;
  return (
    <div className={styles.action}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void split()}>
          {t('pane.cycle.split.button')}
        </Button>
      </div>
      <Caption1 block className={styles.muted}>
        {t('pane.cycle.split.explain')}
      </Caption1>
      {made ? (
        <MessageBar intent="success" layout="multiline" data-testid="cycle-split-done">
          <MessageBarBody>
            <div>{t('pane.cycle.split.done', { count: made.files.length, date: made.date })}</div>
            <ul className={styles.list} aria-label={t('pane.cycle.split.button')}>
              {made.files.map((file) => (
                <li key={file.fileName} className={styles.wrap}>
                  <Link href={file.url} download={file.fileName} className={styles.wrap}>
                    {file.fileName}
                  </Link>{' '}
                  <Caption1>{t('pane.cycle.split.rows', { rows: file.rows })}</Caption1>
                  {cycle.openWorkbook ? (
                    <div>
                      <Link
                        as="button"
                        disabled={busy}
                        aria-label={t('pane.cycle.split.openLabel', { name: file.fileName })}
                        onClick={() => void openInExcel(file)}
                      >
                        {t('pane.cycle.split.open')}
                      </Link>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            <div className={styles.row}>
              <Button size="small" onClick={() => void downloadEach(made.files)}>
                {t('pane.cycle.split.downloadAll')}
              </Button>
            </div>
            {cycle.openWorkbook ? (
              <Body1 block className={styles.muted}>
                {t('pane.cycle.split.openExplain')}
              </Body1>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
