// The task pane page: boots against real Office.js (or none, in a plain browser).
import { bootTaskpane, officeGlobal } from './boot';
import { officeOperations } from './excel-bridge';

const container = document.getElementById('root');
if (container)
  void bootTaskpane(container, {
    office: officeGlobal(),
    createOperations: officeOperations,
  });
