// Function-commands page: the ribbon's 校验台账 and 生成领导汇总 buttons run here, without a task pane.
import { languageOfTag } from '../core/i18n';
import type { XlRun } from '../office/excel-api';
import { type OfficeLike } from '../office/office-global';
import { createOfficeOperations } from '../office/office-operations';
import { localTimestamp } from '../clock';
import { type DialogHost, renderMessagePage, showMessage } from './message';
import { ribbonCommands } from './ribbon';

function register(): void {
  const operations = createOfficeOperations({
    run: Excel.run as unknown as XlRun,
    office: Office as unknown as OfficeLike,
    now: () => localTimestamp(),
  });
  const commands = ribbonCommands({
    operations,
    lang: languageOfTag(Office.context.displayLanguage),
    show: (title, message) =>
      showMessage(Office as unknown as DialogHost, window.location.href, title, message),
  });
  Office.actions.associate('validateLedger', commands.validateLedger);
  Office.actions.associate('buildSummaries', commands.buildSummaries);
}

void Office.onReady(() => {
  // The same page doubles as the message dialog: it then only shows the text it was given.
  const isDialog = renderMessagePage(
    document,
    window.location.search,
    () => {
      // Only a dialog page has a parent to tell (DialogApi opened it).
      if (Office.context.requirements.isSetSupported('DialogApi', '1.1'))
        Office.context.ui.messageParent('close');
    },
    languageOfTag(Office.context.displayLanguage),
  );
  if (!isDialog) register();
});
