import { t, type Lang } from '../core/i18n';
import { SHEETS } from '../core/ledger/model';
import { describeError } from '../office/errors';
import type { RectifyOperations } from '../operations/contract';
import { localToday } from '../clock';

/**
 * Excel stops a function command after five minutes; a message left open longer must not keep
 * the command from completing, so completion waits for the message at most this long.
 */
export const MESSAGE_WAIT_MS = 4 * 60_000;

function shown(message: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, MESSAGE_WAIT_MS)));
  return Promise.race([message, limit]).finally(() => clearTimeout(timer));
}

/** What a ribbon command needs: the shared operations and a way to show a message. */
export interface RibbonHost {
  readonly operations: RectifyOperations;
  readonly show: (title: string, message: string) => Promise<void>;
  readonly today?: () => string;
  /** Office's display language as the catalogue knows it; Chinese when not given. */
  readonly lang?: Lang;
}

/**
 * Runs a function command: whatever happens, the user sees an outcome (a sheet or a message) and
 * `event.completed()` is called exactly once, so Excel never waits for the command to time out.
 */
async function command(
  event: Office.AddinCommands.Event,
  host: RibbonHost,
  title: string,
  work: () => Promise<string | null>,
): Promise<void> {
  try {
    const note = await work();
    if (note !== null) await shown(host.show(title, note));
  } catch (error) {
    try {
      await shown(
        host.show(
          t(host.lang ?? 'zh', 'ribbon.failedTitle', { title }),
          describeError(error, host.lang ?? 'zh'),
        ),
      );
    } catch (shown) {
      console.error(describeError(error), shown);
    }
  } finally {
    event.completed();
  }
}

export function ribbonCommands(host: RibbonHost) {
  const today = () => host.today?.() ?? localToday();
  const lang = host.lang ?? 'zh';
  return {
    /** 校验台账: writes the owned 校验结果 sheet with clickable references and shows it. */
    validateLedger: (event: Office.AddinCommands.Event) =>
      command(event, host, t(lang, 'ribbon.validate.title'), async () => {
        const settings = await host.operations.loadSettings();
        const report = await host.operations.validateLedger({
          today: today(),
          staleDays: settings.staleDays,
          writeSheet: true,
        });
        await host.operations.selectCell(SHEETS.validation, 'A1');
        return report.errors === 0 && report.warnings === 0
          ? t(lang, 'ribbon.validate.passed')
          : null;
      }),
    /** 生成领导汇总: builds 领导汇总 and the per-leader sheets and shows 领导汇总. */
    buildSummaries: (event: Office.AddinCommands.Event) =>
      command(event, host, t(lang, 'ribbon.summary.title'), async () => {
        await host.operations.buildSummaries({ today: today() });
        await host.operations.selectCell(SHEETS.leaderOverview, 'A1');
        return null;
      }),
  };
}
