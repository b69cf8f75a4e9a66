import { Spinner } from '@fluentui/react-components';

/** Shown while a long operation runs; announced politely to screen readers. */
export function Progress({ label }: { label: string | null }) {
  return (
    <div aria-live="polite" role="status">
      {label ? <Spinner size="tiny" labelPosition="after" label={label} /> : null}
    </div>
  );
}
