import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/context';
import { failureReason } from '../model/failure';
import type { OperationName } from '../runner';

export interface Failure {
  readonly operation: OperationName;
  readonly error: unknown;
}

/** A failed operation: what went wrong, in words, and what to do next. Never a stack trace. */
export function FailureMessage({ failure }: { failure: Failure }) {
  const t = useStrings();
  const reason = failureReason(failure.error) ?? t.failure.unknown;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.failure.title}</MessageBarTitle>
        <div>{t.failure[failure.operation]}</div>
        <div>{t.failure.detail(reason)}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
