import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/context';
import { failureReason } from '../model/failure';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { OperationName } from '../runner';

export interface Failure {
  readonly operation: OperationName;
  readonly error: unknown;
}

/** A failed operation: what went wrong, in words, and what to do next. Never a stack trace. */
export function FailureMessage({ failure }: { failure: Failure }) {
  const { t, language } = useStrings();
  const reason = failureReason(failure.error, language) ?? t('pane.failure.unknown');
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('pane.failure.title')}</MessageBarTitle>
        <div>{t(`pane.failure.${failure.operation}`, DEFAULT_SETTINGS)}</div>
        <div>{t('pane.failure.detail', { message: reason })}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
