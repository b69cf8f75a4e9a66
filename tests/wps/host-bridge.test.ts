// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bootTaskpane } from '../../src/taskpane/boot';
import { detectWps } from '../../src/taskpane/host-info';
import { createEtHost } from '../support/et-double';

describe('one pane, two hosts', () => {
  it('finds WPS表格 by its wps global with EtApplication, and nothing else', () => {
    expect(detectWps({ wps: { EtApplication: () => ({}) } }, 'zh-CN')).toMatchObject({
      host: 'wps',
      status: { kind: 'excel' },
      displayLanguage: 'zh-CN',
    });
    expect(detectWps({ wps: {} })).toBeNull();
    expect(detectWps({})).toBeNull();
    expect(detectWps(null)).toBeNull();
  });

  it('boots on the WPS bridge when wps is there, even with an Office global, and says so', async () => {
    const { operations } = createEtHost();
    let officeAsked = false;
    const container = document.createElement('div');
    document.body.append(container);
    const root = await bootTaskpane(container, {
      office: {
        onReady: async () => {
          officeAsked = true;
          return { host: 'Excel' };
        },
      },
      createOperations: () => {
        throw new Error('not Office');
      },
      wps: { scope: { wps: { EtApplication: () => ({}) } }, createOperations: () => operations },
    });
    expect(document.documentElement.dataset['host']).toBe('wps');
    expect(officeAsked).toBe(false);
    root.unmount();
  });

  it('falls back to Office.js, and outside both to the preview', async () => {
    const container = document.createElement('div');
    const root = await bootTaskpane(container, {
      office: undefined,
      createOperations: () => {
        throw new Error('no host');
      },
      wps: { scope: {}, createOperations: () => createEtHost().operations },
      hostTimeoutMs: 10,
    });
    expect(document.documentElement.dataset['host']).toBe('none');
    root.unmount();
  });
});
