import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { IsoDate } from '../../core/dates';
import { render } from '../../core/i18n';
import { parseList } from '../../core/list/parse';
import type { RectificationList } from '../../core/list/schema';
import type { ImportOutcome, RectifyOperations } from '../../operations/contract';
import { useStrings } from '../i18n/context';
import { readListFile } from '../model/text-file';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { ListPreviewCard } from './ListPreviewCard';
import { Progress } from './Progress';
import type { TabName } from './App';
import { usePanelStyles } from './styles';

type Source = 'embedded' | 'paste' | 'file';

interface Props {
  readonly operations: RectifyOperations;
  readonly clock: () => IsoDate;
  readonly embeddedText: string;
  /** Offered after an import: go to that tab and start its action. */
  readonly onNextStep?: (tab: TabName) => void;
}

/** 导入清单: choose a source, see the parsed list, then write it (confirming over a ledger). */
export function ImportPanel({ operations, clock, embeddedText, onNextStep }: Props) {
  const { t, language } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const fileInput = useRef<HTMLInputElement>(null);
  const embedded = useMemo(() => parseList(embeddedText), [embeddedText]);
  const [source, setSource] = useState<Source>('embedded');
  const [pasted, setPasted] = useState('');
  const [pastedList, setPastedList] = useState<RectificationList | null>(null);
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileList, setFileList] = useState<RectificationList | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [confirmRows, setConfirmRows] = useState<number | null>(null);
  // What the host's re-import cannot keep (from the shell), said before the user confirms.
  const [reimportLimits, setReimportLimits] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ result: ImportOutcome; reimport: boolean } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const list = source === 'embedded' ? embedded : source === 'paste' ? pastedList : fileList;

  function readPasted() {
    if (pasted.trim() === '') {
      setPastedList(null);
      setPasteError(t('pane.source.pasteEmpty'));
      return;
    }
    setPasteError(null);
    setPastedList(parseList(pasted));
  }

  async function readFile(file: File) {
    setFileName(file.name);
    setFileList(null);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setFileError(t('pane.file.unreadable', { name: file.name }));
      return;
    }
    const reading = await readListFile(bytes);
    if (!reading.ok) {
      const say = {
        empty: 'pane.file.empty',
        binary: 'pane.file.binary',
        'too-large': 'pane.file.tooLarge',
      } as const;
      setFileError(
        'said' in reading
          ? render(language, reading.said)
          : t(say[reading.reason], { name: file.name }),
      );
      return;
    }
    setFileError(null);
    setFileList(reading.list);
  }

  async function write(chosen: RectificationList, reimport: boolean) {
    setConfirmRows(null);
    const result = await runner.run('import', () =>
      operations.importList(chosen, { today: clock() }),
    );
    if (result.status === 'failed') setFailure({ operation: 'import', error: result.error });
    if (result.status === 'done') setOutcome({ result: result.value, reimport });
  }

  async function startImport() {
    if (!list || list.items.length === 0) return;
    setFailure(null);
    setOutcome(null);
    const state = await runner.run('inspect', () => operations.inspectWorkbook());
    if (state.status === 'failed') setFailure({ operation: 'inspect', error: state.error });
    if (state.status !== 'done') return;
    setReimportLimits(state.value.reimportLimits ?? null);
    if (state.value.hasLedger) setConfirmRows(state.value.ledgerRows);
    else await write(list, false);
  }

  const busy = runner.busy !== null;
  return (
    <div className={styles.panel}>
      <RadioGroup
        aria-label={t('pane.source.groupLabel')}
        value={source}
        onChange={(_e, data) => setSource(data.value as Source)}
      >
        <Radio value="embedded" label={t('pane.source.embedded')} />
        <Radio value="paste" label={t('pane.source.paste')} />
        <Radio value="file" label={t('pane.source.fileOption')} />
      </RadioGroup>

      {source === 'embedded' ? (
        <Caption1 block className={styles.muted}>
          {t('pane.source.embeddedHint')}
        </Caption1>
      ) : null}

      {source === 'paste' ? (
        <>
          <Field label={t('pane.source.pasteLabel')} validationMessage={pasteError ?? undefined}>
            <Textarea
              value={pasted}
              onChange={(_e, data) => setPasted(data.value)}
              placeholder={t('pane.source.pastePlaceholder')}
              rows={6}
              resize="vertical"
            />
          </Field>
          <div className={styles.row}>
            <Button onClick={readPasted}>{t('pane.source.parsePasted')}</Button>
          </div>
        </>
      ) : null}

      {source === 'file' ? (
        <>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.docx,.doc,.pdf,.xlsx,text/plain"
            aria-label={t('pane.source.fileInputLabel')}
            style={{ display: 'none' }}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void readFile(file);
            }}
          />
          <div className={styles.row}>
            <Button onClick={() => fileInput.current?.click()}>{t('pane.source.file')}</Button>
            {fileName ? (
              <Caption1 block>{t('pane.source.fileChosen', { name: fileName })}</Caption1>
            ) : null}
          </div>
          {fileError ? (
            <MessageBar intent="error" role="alert" layout="multiline">
              <MessageBarBody>{fileError}</MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}

      {list ? <ListPreviewCard list={list} /> : null}

      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !list || list.items.length === 0}
          onClick={() => void startImport()}
        >
          {t('pane.import.button')}
        </Button>
      </div>
      <Progress
        label={
          runner.busy === 'import' || runner.busy === 'inspect' ? t('pane.import.running') : null
        }
      />
      {failure ? <FailureMessage failure={failure} /> : null}
      {outcome ? (
        <ImportDone
          outcome={outcome.result}
          reimport={outcome.reimport}
          busy={busy}
          onNextStep={onNextStep}
        />
      ) : null}

      <Dialog
        open={confirmRows !== null}
        onOpenChange={(_e, data) => {
          if (!data.open) setConfirmRows(null);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('pane.import.confirmTitle')}</DialogTitle>
            <DialogContent>
              <Body1 block as="p">
                {t('pane.import.confirmBody', { rows: confirmRows ?? 0 })}
              </Body1>
              <Body1 block as="p">
                {t('pane.import.confirmKeeps')}
              </Body1>
              {reimportLimits ? (
                <Body1 block as="p" data-testid="reimport-limits">
                  {reimportLimits}
                </Body1>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => list && void write(list, true)}>
                {t('pane.import.confirm')}
              </Button>
              <Button onClick={() => setConfirmRows(null)}>{t('pane.import.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

function ImportDone(props: {
  outcome: ImportOutcome;
  reimport: boolean;
  busy: boolean;
  onNextStep?: (tab: TabName) => void;
}) {
  const { outcome, reimport, onNextStep } = props;
  const { t } = useStrings();
  const styles = usePanelStyles();
  return (
    <MessageBar intent="success" layout="multiline" data-testid="import-done">
      <MessageBarBody>
        <MessageBarTitle>{t('pane.import.done')}</MessageBarTitle>
        <ul className={styles.list}>
          {outcome.sheets.map((sheet) => (
            <li key={sheet.name}>
              {t('pane.import.sheetLine', { name: sheet.name, rows: sheet.rows })}
            </li>
          ))}
        </ul>
        {outcome.changes.length ? (
          <>
            <div>{t('pane.import.changesHeading')}</div>
            <ul className={styles.list}>
              {outcome.changes.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </>
        ) : reimport ? (
          <div>{t('pane.import.noChanges')}</div>
        ) : null}
        {onNextStep ? (
          <div className={styles.nextSteps}>
            <div>{t('pane.import.nextSteps')}</div>
            <div className={styles.row}>
              <Button
                size="small"
                appearance="primary"
                disabled={props.busy}
                onClick={() => onNextStep('validate')}
              >
                {t('pane.validate.button')}
              </Button>
              <Button size="small" disabled={props.busy} onClick={() => onNextStep('summary')}>
                {t('pane.summary.button')}
              </Button>
            </div>
          </div>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
