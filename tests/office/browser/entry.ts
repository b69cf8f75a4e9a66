// Bundled for a real browser by tests/office/browser.test.ts: the double and the operations must
// run there, as the task pane's browser tests use them.
import seed from '../../../seeds/baojing-rectification-list.txt?raw';
import { parseList } from '../../../src/core/list/parse';
import { createDoubleHost } from '../../support/excel-double';

const host = createDoubleHost();
const today = '2025-01-01';
host.operations
  .importList(parseList(seed), { today })
  .then(() => host.operations.validateLedger({ today, staleDays: 90, writeSheet: true }))
  .then((report) => {
    document.title = JSON.stringify({
      sheets: host.excel.workbook.sheetNames(),
      errors: report.errors,
      syncs: host.excel.syncCount,
    });
  })
  .catch((error: unknown) => {
    document.title = JSON.stringify({ error: String(error) });
  });
