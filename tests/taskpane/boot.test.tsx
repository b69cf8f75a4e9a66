// @vitest-environment happy-dom
import './support/act-environment';
import './support/no-web-animations';
import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { bootTaskpane } from '../../src/taskpane/boot';
import type { OfficeLike } from '../../src/taskpane/host-info';
import { FakeOperations } from './support/fake-operations';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function officeIn(host: string | null, language: string): OfficeLike {
  return {
    HostType: { Excel: 'Excel' },
    onReady: async () => ({ host }),
    context: {
      displayLanguage: language,
      requirements: { isSetSupported: () => true },
    },
  };
}

async function boot(office: OfficeLike | undefined, operations = new FakeOperations()) {
  const container = document.createElement('div');
  document.body.append(container);
  let created = 0;
  await act(async () => {
    root = await bootTaskpane(container, {
      office,
      createOperations: () => {
        created += 1;
        return operations;
      },
      clock: () => '2026-11-29',
      hostTimeoutMs: 50,
    });
  });
  return { created: () => created, operations };
}

describe('bootTaskpane', () => {
  it('boots the full pane in Excel and reads the settings once', async () => {
    const { created, operations } = await boot(officeIn('Excel', 'zh-CN'));
    expect(created()).toBe(1);
    expect(screen.getByRole('tablist', { name: '功能' })).toBeTruthy();
    await waitFor(() => expect(operations.callsOf('loadSettings')).toHaveLength(1));
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('speaks English when Office’s display language is English', async () => {
    await boot(officeIn('Excel', 'en-US'));
    expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
    expect(document.title).toBe('Rectify for Excel');
  });

  it('boots read only, without operations, when Office.js is absent', async () => {
    const { created } = await boot(undefined);
    expect(created()).toBe(0);
    expect(screen.getByTestId('host-notice').textContent).toContain('未能加载 Office.js');
    expect(screen.getByTestId('preview-counts').textContent).toBe('问题 25 项，整改措施 89 项');
  });

  it('boots read only when Office reports no host', async () => {
    const { created } = await boot(officeIn(null, 'en-US'));
    expect(created()).toBe(0);
    expect(screen.getByTestId('host-notice').textContent).toContain('未在 Excel 中打开');
  });
});
