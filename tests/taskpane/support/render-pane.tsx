import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import './no-web-animations';
import userEvent from '@testing-library/user-event';
import type { IsoDate } from '../../../src/core/dates';
import type { HostStatus } from '../../../src/operations/contract';
import { App } from '../../../src/taskpane/components/App';
import { EMBEDDED_LIST_TEXT } from '../../../src/taskpane/embedded-list';
import type { HostInfo } from '../../../src/taskpane/host-info';
import { en } from '../../../src/taskpane/i18n/en';
import { zh } from '../../../src/taskpane/i18n/zh';
import { FakeOperations } from './fake-operations';

export const TODAY: IsoDate = '2026-11-29';

export interface PaneOptions {
  readonly status?: HostStatus;
  readonly english?: boolean;
  readonly officeJsMissing?: boolean;
  readonly embeddedText?: string;
  readonly operations?: FakeOperations;
}

/** Renders the whole pane against a FakeOperations, as Excel (by default) would host it. */
export async function renderPane(options: PaneOptions = {}) {
  const status = options.status ?? { kind: 'excel' };
  const operations = options.operations ?? new FakeOperations();
  const host: HostInfo = {
    status,
    displayLanguage: options.english ? 'en-US' : 'zh-CN',
    officeJsMissing: options.officeJsMissing ?? false,
    bodyBackgroundColor: null,
  };
  const user = userEvent.setup();
  const view = render(
    <App
      host={host}
      operations={status.kind === 'excel' ? operations : null}
      strings={options.english ? en : zh}
      clock={() => TODAY}
      embeddedText={options.embeddedText ?? EMBEDDED_LIST_TEXT}
    />,
  );
  if (status.kind === 'excel') {
    // The pane reads the settings as it opens; until then every action waits.
    const name = options.english ? 'Import into workbook' : '导入到工作簿';
    await waitFor(() =>
      expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(false),
    );
  }
  return { ...view, user, operations };
}
