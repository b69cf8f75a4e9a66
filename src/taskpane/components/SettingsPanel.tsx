import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { SETTINGS_SHEET, parseSetting } from '../../core/settings';
import type { LoadedSettings, RectifyOperations, Settings } from '../../operations/contract';
import { useStrings } from '../i18n/context';
import { SETTING_LIMITS } from '../model/settings';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { Progress } from './Progress';
import { usePanelStyles } from './styles';

interface Props {
  readonly operations: RectifyOperations;
  /** As loaded: `found: false` when the workbook has no 说明 holding them yet. */
  readonly settings: LoadedSettings;
  readonly onSaved: (settings: Settings) => void;
  /** Whether its tab is the one shown (panels stay mounted while hidden). */
  readonly active?: boolean;
}

/** The due-soon and stale windows, kept in cells of the workbook's 说明 sheet. */
export function SettingsPanel({ operations, settings, onSaved, active = true }: Props) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [dueSoon, setDueSoon] = useState(String(settings.dueSoonDays));
  const [stale, setStale] = useState(String(settings.staleDays));
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const dueSoonDays = parseSetting('dueSoonDays', dueSoon);
  const staleDays = parseSetting('staleDays', stale);
  // Without 说明 there is nowhere to keep them: said before the user types (saving is refused by
  // the shell with the same message). Every panel is mounted when the pane opens, so each time
  // this one is shown without 说明 the workbook is asked again: an import may have made it.
  const [found, setFound] = useState(settings.found);
  useEffect(() => {
    if (!active || found !== false) return;
    let current = true;
    operations.loadSettings().then(
      (loaded) => {
        if (!current) return;
        setFound(loaded.found);
        if (loaded.found) {
          setDueSoon(String(loaded.dueSoonDays));
          setStale(String(loaded.staleDays));
        }
      },
      (error: unknown) => current && setFailure({ operation: 'loadSettings', error }),
    );
    return () => {
      current = false;
    };
  }, [operations, active, found]);
  const noSheet = found === false && !saved;
  const { dueSoonDays: dl, staleDays: sl } = SETTING_LIMITS;

  async function save() {
    if (dueSoonDays === null || staleDays === null) return;
    setFailure(null);
    setSaved(false);
    const next: Settings = { dueSoonDays, staleDays };
    const result = await runner.run('saveSettings', () => operations.saveSettings(next));
    if (result.status === 'failed') setFailure({ operation: 'saveSettings', error: result.error });
    if (result.status === 'done') {
      setSaved(true);
      onSaved(next);
    }
  }

  return (
    <form
      className={styles.panel}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Caption1 block className={styles.muted}>
        {t('pane.settings.explain')}
      </Caption1>
      {noSheet ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('settings.noSheet', { sheet: SETTINGS_SHEET })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <DaysField
        label={t('pane.settings.dueSoon')}
        hint={t('pane.settings.dueSoonHint')}
        limits={dl}
        value={dueSoon}
        invalid={
          dueSoonDays === null
            ? t('pane.settings.invalid', { label: t('pane.settings.dueSoon'), ...dl })
            : null
        }
        onChange={(value) => {
          setSaved(false);
          setDueSoon(value);
        }}
      />
      <DaysField
        label={t('pane.settings.stale')}
        hint={t('pane.settings.staleHint')}
        limits={sl}
        value={stale}
        invalid={
          staleDays === null
            ? t('pane.settings.invalid', { label: t('pane.settings.stale'), ...sl })
            : null
        }
        onChange={(value) => {
          setSaved(false);
          setStale(value);
        }}
      />
      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          disabled={noSheet || runner.busy !== null || dueSoonDays === null || staleDays === null}
        >
          {t('pane.settings.save')}
        </Button>
      </div>
      <Progress label={runner.busy === 'saveSettings' ? t('pane.settings.saving') : null} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('pane.settings.saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}

interface DaysFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly limits: { readonly min: number; readonly max: number };
  readonly value: string;
  /** The message shown when the value is out of range, or null. */
  readonly invalid: string | null;
  readonly onChange: (value: string) => void;
}

/** One number-of-days setting with its range check. */
function DaysField({ label, hint, limits, value, invalid, onChange }: DaysFieldProps) {
  return (
    <Field label={label} hint={hint} validationMessage={invalid ?? undefined}>
      <Input
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        value={value}
        onChange={(_e, data) => onChange(data.value)}
      />
    </Field>
  );
}
