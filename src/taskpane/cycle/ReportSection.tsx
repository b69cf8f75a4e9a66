import { Button, Caption1, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { IsoDate } from '../../core/dates';
import { usePanelStyles } from '../components/styles';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import { DOCX_TYPE, download, offerFile, revokeFiles, type OfferedFile } from './files';
import { reportDocx } from './report';
import type { CycleStep } from './step';

/** 生成进展报告: the .docx of the open ledger, downloaded at once and kept as a link. */
export function ReportSection({ clock, step }: { clock: () => IsoDate; step: CycleStep }) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [report, setReport] = useState<{ title: string; file: OfferedFile } | null>(null);

  useEffect(() => () => revokeFiles(report ? [report.file] : []), [report]);

  async function make() {
    const made = await step.run('report', async (ledger) => {
      const docx = await reportDocx(ledger, clock());
      return { title: docx.title, file: offerFile(docx.fileName, docx.bytes, DOCX_TYPE) };
    });
    if (made === null) return;
    setReport(made);
    download(made.file);
  }

  return (
    <div className={styles.action}>
      <div className={styles.row}>
        <Button disabled={runner.busy !== null} onClick={() => void make()}>
          {t('pane.cycle.report.button')}
        </Button>
      </div>
      <Caption1 block className={styles.muted}>
        {t('pane.cycle.report.explain')}
      </Caption1>
      {report ? (
        <MessageBar intent="success" layout="multiline" data-testid="cycle-report-done">
          <MessageBarBody>
            <div className={styles.wrap}>
              {t('pane.cycle.report.done', { title: report.title })}
            </div>
            <Link href={report.file.url} download={report.file.fileName} className={styles.wrap}>
              {report.file.fileName}
            </Link>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
