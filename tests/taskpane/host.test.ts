// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectHost, type OfficeLike } from '../../src/taskpane/host-info';

function office(host: string | null, excelApi = '1.8', language = 'zh-CN'): OfficeLike {
  return {
    HostType: { Excel: 'Excel' },
    onReady: async () => ({ host, platform: host ? 'OfficeOnline' : null }),
    context: {
      displayLanguage: language,
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      requirements: {
        isSetSupported: (name, version) =>
          name === 'ExcelApi' && Number(version) <= Number(excelApi),
      },
    },
  };
}

describe('detectHost', () => {
  it('finds Excel with ExcelApi 1.8 and its display language', async () => {
    const info = await detectHost(office('Excel', '1.9', 'en-US'));
    expect(info.status).toEqual({ kind: 'excel' });
    expect(info.displayLanguage).toBe('en-US');
    expect(info.bodyBackgroundColor).toBe('#ffffff');
  });

  it('reports an Excel older than ExcelApi 1.8', async () => {
    const info = await detectHost(office('Excel', '1.7'));
    expect(info.status.kind).toBe('excel-too-old');
  });

  it('reports no host when Office.onReady says so (a plain browser)', async () => {
    const info = await detectHost(office(null));
    expect(info).toMatchObject({ status: { kind: 'no-host' }, officeJsMissing: false });
  });

  it('reports no host, Office.js missing, when the global is absent', async () => {
    const info = await detectHost(undefined);
    expect(info).toMatchObject({ status: { kind: 'no-host' }, officeJsMissing: true });
  });

  it('gives up on an onReady that never answers, or throws', async () => {
    const hung: OfficeLike = { onReady: () => new Promise(() => {}) };
    expect((await detectHost(hung, 20)).status.kind).toBe('no-host');
    const broken: OfficeLike = { onReady: () => Promise.reject(new Error('x')) };
    expect((await detectHost(broken, 20)).status.kind).toBe('no-host');
  });

  it('does not take another Office host for Excel', async () => {
    expect((await detectHost(office('Word'))).status.kind).toBe('no-host');
  });
});
