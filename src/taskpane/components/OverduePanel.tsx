import {
  Body1,
  Button,
  Caption1,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { IsoDate } from '../../core/dates';
import { joinClauses, joinNames } from '../../core/i18n';
import { SHEETS } from '../../core/ledger/model';
import type { OverdueOverview } from '../../core/summary/types';
import type { RectifyOperations } from '../../operations/contract';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { confirmLedger } from './confirm-ledger';
import { NoLedgerNotice } from './NoLedgerNotice';
import { Progress } from './Progress';
import { usePanelStyles } from './styles';

/** How many of the most overdue measures the overview lists. */
const MOST_OVERDUE_SHOWN = 5;

const useStyles = makeStyles({
  counts: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  dueSoon: { color: tokens.colorPaletteMarigoldForeground1 },
  /** Measures run to paragraphs; three lines are enough to recognise one at pane width. */
  clamp: {
    display: '-webkit-box',
    WebkitLineClamp: '3',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
});

interface Props {
  readonly operations: RectifyOperations;
  readonly clock: () => IsoDate;
  readonly dueSoonDays: number;
  readonly onGoImport: () => void;
}

/** 逾期概览: overdue and due-soon counts and the most overdue few, refreshed on demand. */
export function OverduePanel({ operations, clock, dueSoonDays, onGoImport }: Props) {
  const { t, language } = useStrings();
  const styles = usePanelStyles();
  const own = useStyles();
  const runner = useSharedRunner();
  const [overview, setOverview] = useState<OverdueOverview | null>(null);
  const [noLedger, setNoLedger] = useState(false);
  const [marksDone, setMarksDone] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function refresh() {
    setFailure(null);
    setMarksDone(false);
    const ledger = await confirmLedger(runner, operations, setFailure, setNoLedger);
    if (ledger === 'no') setOverview(null);
    if (ledger !== 'yes') return;
    const result = await runner.run('overdue', () =>
      operations.overdueOverview({ today: clock(), dueSoonDays }),
    );
    if (result.status === 'failed') setFailure({ operation: 'overdue', error: result.error });
    if (result.status === 'done') setOverview(result.value);
  }

  async function refreshMarks() {
    setFailure(null);
    setMarksDone(false);
    const result = await runner.run('marks', () => operations.refreshMarks());
    if (result.status === 'failed') setFailure({ operation: 'marks', error: result.error });
    if (result.status === 'done') setMarksDone(true);
  }

  async function goToRow(row: number) {
    setFailure(null);
    const result = await runner.run('select', () =>
      operations.selectCell(SHEETS.ledger, `A${row}`),
    );
    if (result.status === 'failed') setFailure({ operation: 'select', error: result.error });
  }

  const busy = runner.busy !== null;
  const progress =
    runner.busy === 'overdue'
      ? t('pane.overdue.running')
      : runner.busy === 'marks'
        ? t('pane.overdue.refreshMarksRunning')
        : null;
  return (
    <div className={styles.panel}>
      <div className={styles.action}>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void refresh()}>
            {t('pane.overdue.button')}
          </Button>
        </div>
        <Caption1 block className={styles.muted}>
          {t('pane.overdue.buttonExplain')}
        </Caption1>
      </div>
      <div className={styles.action}>
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void refreshMarks()}>
            {t('pane.overdue.refreshMarks')}
          </Button>
        </div>
        <Caption1 block className={styles.muted}>
          {t('pane.overdue.refreshMarksExplain')}
        </Caption1>
      </div>
      <Progress label={progress} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {marksDone ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('pane.overdue.marksDone')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {noLedger ? <NoLedgerNotice onGoImport={onGoImport} /> : null}
      {!overview && !noLedger && !failure && runner.busy !== 'overdue' ? (
        <Body1 block className={styles.empty} data-testid="overdue-empty">
          {t('pane.overdue.empty')}
        </Body1>
      ) : null}
      {overview ? (
        <>
          <Caption1 block className={styles.muted}>
            {t('pane.overdue.asOf', { today: overview.today })}
          </Caption1>
          <div className={own.counts}>
            <Card data-testid="overdue-count">
              <Caption1 block>{t('pane.overdue.overdue')}</Caption1>
              <Title2 block className={own.overdue}>
                {overview.overdue}
              </Title2>
              <Caption1 block>{t('pane.overdue.measuresUnit')}</Caption1>
            </Card>
            <Card data-testid="due-soon-count">
              <Caption1 block>{t('pane.overdue.dueSoon', { days: dueSoonDays })}</Caption1>
              <Title2 block className={own.dueSoon}>
                {overview.dueSoon}
              </Title2>
              <Caption1 block>{t('pane.overdue.measuresUnit')}</Caption1>
            </Card>
          </div>
          <section aria-label={t('pane.overdue.mostOverdue')}>
            <Subtitle2 block as="h3" className={styles.flush}>
              {t('pane.overdue.mostOverdue')}
            </Subtitle2>
            {overview.mostOverdue.length === 0 ? (
              <Caption1 block as="p">
                {t('pane.overdue.none')}
              </Caption1>
            ) : (
              <ol className={styles.list}>
                {overview.mostOverdue.slice(0, MOST_OVERDUE_SHOWN).map((entry) => (
                  <li key={entry.row} className={styles.wrap}>
                    <Link
                      as="button"
                      className={styles.itemLink}
                      disabled={busy}
                      onClick={() => void goToRow(entry.row)}
                    >
                      {t('pane.overdue.entry', {
                        item: entry.item === null ? t('common.dash') : String(entry.item),
                        measure: entry.measure,
                        days: entry.daysOverdue,
                      })}
                    </Link>
                    <Caption1
                      block
                      as="p"
                      className={mergeClasses(styles.flush, styles.muted, own.clamp)}
                      title={entry.measureText}
                    >
                      {joinClauses(
                        language,
                        [
                          t('pane.overdue.deadline', { date: entry.deadline }),
                          joinNames(language, entry.leaders),
                          entry.measureText,
                        ].filter(Boolean),
                      )}
                    </Caption1>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
