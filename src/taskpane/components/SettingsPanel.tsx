import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
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
  const t = useStrings();
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
      <Field
        label={t.settings.dueSoon}
        hint={t.settings.dueSoonHint}
        validationMessage={
          dueSoonDays === null ? t.settings.invalid(t.settings.dueSoon, dl.min, dl.max) : undefined
        }
      >
        <Input
          type="number"
          inputMode="numeric"
          min={dl.min}
          max={dl.max}
          value={dueSoon}
          onChange={(_e, data) => {
            setSaved(false);
            setDueSoon(data.value);
          }}
        />
      </Field>
      <Field
        label={t.settings.stale}
        hint={t.settings.staleHint}
        validationMessage={
          staleDays === null ? t.settings.invalid(t.settings.stale, sl.min, sl.max) : undefined
        }
      >
        <Input
          type="number"
          inputMode="numeric"
          min={sl.min}
          max={sl.max}
          value={stale}
          onChange={(_e, data) => {
            setSaved(false);
            setStale(data.value);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          disabled={runner.busy !== null || dueSoonDays === null || staleDays === null}
        >
          {t.settings.save}
        </Button>
      </div>
      <Progress label={runner.busy === 'saveSettings' ? t.settings.saving : null} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.settings.saved}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
