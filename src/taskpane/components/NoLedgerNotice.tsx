import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/context';

/** The workbook has no 台账 yet: say so and offer the way to the import tab. */
export function NoLedgerNotice({ onGoImport }: { onGoImport: () => void }) {
  const { t } = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('pane.noLedger.title')}</MessageBarTitle>
        <div>{t('pane.noLedger.body')}</div>
        <Button size="small" appearance="secondary" onClick={onGoImport}>
          {t('pane.noLedger.goImport')}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
