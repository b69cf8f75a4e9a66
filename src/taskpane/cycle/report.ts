import type { IsoDate } from '../../core/dates';
import { buildReportModel, reportBlocks } from '../../core/report';
import { readSettings } from '../../core/settings';
import type { CycleLedger } from '../../office/cycle-operations';

export interface ReportFile {
  readonly fileName: string;
  readonly title: string;
  readonly bytes: Uint8Array;
}

/**
 * The progress report of the open ledger as .docx bytes: the core's model and blocks, drawn by
 * the renderer `rectify report` uses. The renderer (and the docx library) load only when asked.
 */
export async function reportDocx(ledger: CycleLedger, today: IsoDate): Promise<ReportFile> {
  // A core refusal (not a ledger) is a CycleError, said in the pane's language.
  const model = buildReportModel({
    snapshot: ledger.snapshot,
    today,
    // The workbook's own 临期提醒天数 (说明), as the summaries and the CLI use it.
    dueSoonDays: readSettings(ledger.snapshot).settings.dueSoonDays,
  });
  const { renderReportDocx } = await import(
    /* webpackChunkName: "report-docx" */ '../../report/docx'
  );
  const bytes = await renderReportDocx(reportBlocks(model));
  return { fileName: `整改进展情况-${today}.docx`, title: model.title, bytes };
}
