// The WPS add-in's main page (dist/wps/index.html): WPS loads it, hidden, when WPS表格 starts, and
// calls the functions its ribbon.xml names. They must be globals of this page.
import { localTimestamp } from '../clock';
import { languageOfTag } from '../core/i18n';
import { createWpsOperations } from './wps-operations';
import { wpsGlobal } from './wps-global';
import { wpsRibbon } from './ribbon';

const wps = wpsGlobal();
if (wps?.EtApplication) {
  const application = wps.EtApplication;
  // WPS表格 gives no display language of its own: the page's (the system's) decides, as in the pane.
  const lang = languageOfTag(typeof navigator === 'undefined' ? null : navigator.language);
  const ribbon = wpsRibbon({
    wps,
    lang,
    operations: () => createWpsOperations({ application, lang, now: () => localTimestamp() }),
    paneUrl: new URL('taskpane.html', window.location.href).href,
    show: async (title, message) => window.alert(`${title}\n\n${message}`),
  });
  Object.assign(window, ribbon);
}
