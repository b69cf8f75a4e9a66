import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { RectifyOperations, Settings } from '../../office/operations';
import { useStrings } from '../i18n/context';
import { parseDays, SETTING_LIMITS } from '../model/settings';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { Progress } from './Progress';
import { usePanelStyles } from './styles';

interface Props {
  readonly operations: RectifyOperations;
  readonly settings: Settings;
  readonly onSaved: (settings: Settings) => void;
}

/** The due-soon and stale windows, kept in the document's settings. */
export function SettingsPanel({ operations, settings, onSaved }: Props) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [dueSoon, setDueSoon] = useState(String(settings.dueSoonDays));
  const [stale, setStale] = useState(String(settings.staleDays));
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const dueSoonDays = parseDays(dueSoon, SETTING_LIMITS.dueSoonDays);
  const staleDays = parseDays(stale, SETTING_LIMITS.staleDays);
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
          disabled={runner.busy !== null || dueSoonDays === null || staleDays === null}
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
