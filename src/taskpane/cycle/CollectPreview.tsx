import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  COLLECT_LOG_SHEET,
  entryWhat,
  type CollectEntry,
  type CollectKind,
  type CollectOutcome,
} from '../../core/cycle';
import { render } from '../../core/i18n';
import { usePanelStyles } from '../components/styles';
import { useStrings } from '../i18n/context';

const BADGE: Readonly<Record<CollectKind, 'success' | 'informative' | 'warning' | 'danger'>> = {
  taken: 'success',
  added: 'informative',
  refused: 'warning',
  conflict: 'danger',
  'file-refused': 'danger',
};

const useStyles = makeStyles({
  file: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  entry: { overflowWrap: 'anywhere' },
});

/** What a collect would do, file by file, before anything is written; confirm or cancel. */
export function CollectPreview({
  outcome,
  busy,
  onConfirm,
  onCancel,
}: {
  outcome: CollectOutcome;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useStrings();
  const styles = usePanelStyles();
  const own = useStyles();
  const sum = (key: 'taken' | 'added' | 'refused' | 'conflicts') =>
    outcome.files.reduce((n, f) => n + f[key], 0);
  const writable = outcome.verdict !== 'nothing';
  return (
    <MessageBar
      intent={outcome.verdict === 'clean' ? 'success' : 'warning'}
      layout="multiline"
      data-testid="cycle-preview"
    >
      <MessageBarBody>
        <MessageBarTitle>{t('pane.cycle.collect.previewTitle')}</MessageBarTitle>
        <div>
          {t('pane.cycle.collect.previewBody', {
            files: outcome.files.length,
            taken: sum('taken'),
            added: sum('added'),
            refused: sum('refused') + outcome.files.filter((f) => !f.accepted).length,
            conflicts: sum('conflicts'),
          })}
        </div>
        {language === 'en' ? (
          <Caption1 block>
            {t('pane.cycle.collect.reasonNote', { sheet: COLLECT_LOG_SHEET })}
          </Caption1>
        ) : null}
        {outcome.files.map((file, index) => (
          <section
            key={`${index}:${file.file}`}
            className={own.file}
            aria-label={file.file}
            data-testid="cycle-preview-file"
          >
            <Body1Strong className={styles.wrap}>{file.file}</Body1Strong>
            <Caption1 block>
              {file.accepted
                ? t('pane.cycle.collect.fileCounts', {
                    unit: file.unit ?? '',
                    taken: file.taken,
                    added: file.added,
                    refused: file.refused,
                    conflicts: file.conflicts,
                  })
                : t('pane.cycle.collect.fileRefused')}
            </Caption1>
            <ul className={styles.plainList}>
              {outcome.entries
                .filter((e) => e.file === file.file)
                .map((entry, i) => (
                  <li key={i} className={own.entry} data-kind={entry.kind}>
                    <EntryLine entry={entry} />
                  </li>
                ))}
            </ul>
          </section>
        ))}
        {writable ? null : <div>{t('pane.cycle.collect.nothing')}</div>}
        <div className={styles.row}>
          {writable ? (
            <Button appearance="primary" disabled={busy} onClick={onConfirm}>
              {t('pane.cycle.collect.confirm')}
            </Button>
          ) : null}
          <Button disabled={busy} onClick={onCancel}>
            {t('pane.cycle.collect.cancel')}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A measure's whole wording is long: the preview shows its start, 回收记录 keeps it whole. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** One entry: its kind, where and what, and (unless taken) why, all in the pane's language. */
function EntryLine({ entry }: { entry: CollectEntry }) {
  const { t, language } = useStrings();
  const styles = usePanelStyles();
  const what = entryWhat(entry, short);
  return (
    <>
      <Badge appearance="tint" color={BADGE[entry.kind]} size="small">
        {t(`pane.cycle.collect.kind.${entry.kind}`)}
      </Badge>{' '}
      <span>{typeof what === 'string' ? what : render(language, what)}</span>
      {entry.kind === 'taken' ? null : (
        <Caption1 block className={styles.muted} data-testid="cycle-entry-reason">
          {render(language, entry.reason)}
        </Caption1>
      )}
    </>
  );
}
