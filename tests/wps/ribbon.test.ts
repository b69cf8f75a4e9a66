import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEtHost } from '../support/et-double';
import { lintRibbon } from '../support/ribbon-lint';
import { BUTTON_IMAGES, wpsRibbon } from '../../src/wps/ribbon';
import { TODAY, seedList } from '../office/fixtures';
import { SHEETS } from '../../src/core/ledger/model';

const root = join(import.meta.dirname, '..', '..');
const ribbonXml = readFileSync(join(root, 'src', 'wps', 'ribbon.xml'), 'utf8');

function ribbonOn(host = createEtHost()) {
  const shown: string[] = [];
  const panes: { url: string; title?: string; Visible: boolean; ID: number }[] = [];
  const storage = new Map<string, string>();
  const ribbon = wpsRibbon({
    wps: {
      CreateTaskPane: (url, title) => {
        const pane = { url, title, Visible: false, ID: panes.length + 1 };
        panes.push(pane);
        return pane;
      },
      GetTaskPane: (id) => panes[id - 1]!,
      PluginStorage: {
        getItem: (k) => storage.get(k) ?? null,
        setItem: (k, v) => storage.set(k, String(v)),
      },
    },
    operations: () => host.operations,
    paneUrl: 'https://addins.example.gov.cn/rectify/wps/taskpane.html',
    show: async (title, message) => {
      shown.push(`${title}｜${message}`);
    },
  });
  return { ribbon, shown, panes, host };
}

describe('the WPS ribbon', () => {
  it('passes the offline lint: well-formed, every callback a function of the page, every image there', () => {
    const { ribbon } = ribbonOn();
    const lint = lintRibbon(ribbonXml, {
      handlers: new Set(
        Object.keys(ribbon).filter((k) => typeof ribbon[k as keyof typeof ribbon] === 'function'),
      ),
      imageFor: (id) => BUTTON_IMAGES[id],
      assetExists: (path) => existsSync(join(root, path)),
    });
    expect(lint.problems).toEqual([]);
    expect(lint.tabs).toEqual(['整改台账']);
    expect(lint.buttons.map((b) => b.label)).toEqual(['打开助手', '校验台账', '生成领导汇总']);
  });

  it('catches a ribbon that names a missing function or image, or is not XML', () => {
    const context = {
      handlers: new Set(['OnAction']),
      imageFor: () => 'assets/nope.png',
      assetExists: () => false,
    };
    expect(lintRibbon('<customUI', context).problems[0]).toMatch(/not well-formed/);
    const problems = lintRibbon(ribbonXml, context).problems;
    expect(problems).toContain('customUI: onLoad="OnAddinLoad" is not a function of the page');
    expect(problems.some((p) => p.includes('GetImage'))).toBe(true);
    expect(problems.some((p) => p.includes('does not exist'))).toBe(true);
  });

  it('打开助手 opens one task pane and toggles it after that', async () => {
    const { ribbon, panes } = ribbonOn();
    await ribbon.OnAction({ Id: 'rectifyOpenPane' });
    expect(panes).toHaveLength(1);
    expect(panes[0]).toMatchObject({ title: '整改台账助手', Visible: true });
    expect(panes[0]!.url).toBe('https://addins.example.gov.cn/rectify/wps/taskpane.html');
    await ribbon.OnAction({ Id: 'rectifyOpenPane' });
    expect(panes).toHaveLength(1);
    expect(panes[0]!.Visible).toBe(false);
  });

  it('校验台账 and 生成领导汇总 run the shared commands on WPS, with a message when they cannot', async () => {
    const { ribbon, shown, host } = ribbonOn();
    await ribbon.OnAction({ Id: 'rectifySummaries' });
    expect(shown[0]).toMatch(/^生成领导汇总：未完成｜.*台账/);
    expect(host.book.sheetNames()).toEqual(['Sheet1']);
    await host.operations.importList(seedList(), { today: TODAY });
    await ribbon.OnAction({ Id: 'rectifyValidate' });
    expect(host.book.sheetNames()).toContain(SHEETS.validation);
    expect(host.book.active?.name).toBe(SHEETS.validation);
    await ribbon.OnAction({ Id: 'rectifySummaries' });
    expect(host.book.active?.name).toBe(SHEETS.leaderOverview);
    expect(shown).toHaveLength(1);
  });
});
