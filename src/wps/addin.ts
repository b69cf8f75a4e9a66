// The WPS add-in's main page (dist/wps/index.html): WPS loads it, hidden, when WPS表格 starts, and
// calls the functions its ribbon.xml names. They must be globals of this page.
import { createWpsOperations } from './operations';
import { wpsGlobal } from './host';
import { wpsRibbon } from './ribbon';

const wps = wpsGlobal();
if (wps?.EtApplication) {
  const application = wps.EtApplication;
  const ribbon = wpsRibbon({
    wps,
    operations: () => createWpsOperations({ application }),
    paneUrl: new URL('taskpane.html', window.location.href).href,
    show: async (title, message) => window.alert(`${title}\n\n${message}`),
  });
  Object.assign(window, ribbon);
}
