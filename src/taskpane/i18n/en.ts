import type { Strings } from './zh';

/** The task pane's words in English, used when Office's display language is English. */
export const en: Strings = {
  lang: 'en',
  appTitle: 'Rectify for Excel',
  appTagline: 'Import a rectification list, validate the ledger, watch deadlines, build summaries.',
  tabsLabel: 'Features',
  tabs: {
    import: 'Import',
    validate: 'Validate',
    overdue: 'Overdue',
    summary: 'Summary',
    settings: 'Settings',
  },
  headings: {
    import: 'Import the list',
    validate: 'Validate the ledger',
    overdue: 'Overdue overview',
    summary: 'Leader summaries',
    settings: 'Settings',
  },
  host: {
    noHostTitle: 'Not running in Excel',
    noHostBody:
      'Open this page as an add-in in Excel to write to a workbook. Meanwhile you can browse the parsed embedded list (read only).',
    noOfficeJs:
      'Office.js could not be loaded (Microsoft’s site may be unreachable). Check the network, then reopen the add-in in Excel.',
    tooOldTitle: 'This Excel is too old',
    tooOldBody:
      'This Excel does not support ExcelApi 1.8. Update Excel or use Excel on the web. For now you can only browse the list (read only).',
    starting: 'Connecting to Excel…',
  },
  source: {
    groupLabel: 'List source',
    embedded: 'Embedded list',
    embeddedHint: 'Baojing County, second-round central inspection rectification list',
    paste: 'Paste text',
    file: 'Choose a .txt file',
    fileOption: 'Text file',
    pasteLabel: 'Paste the full rectification list',
    pastePlaceholder: '一、Problem…\n整改目标：…\n牵头单位：…',
    parsePasted: 'Read the pasted text',
    pasteEmpty: 'The text box is empty. Paste the full list, then read it.',
    fileChosen: (name: string) => `Chosen file: ${name}`,
    fileInputLabel: 'Rectification list text file',
  },
  file: {
    empty: (name: string) => `“${name}” is empty. Choose a .txt file holding the full list.`,
    binary: (name: string) =>
      `“${name}” is not a text file. Save it as plain text (.txt) from Word or WPS, then choose it again.`,
    unreadable: (name: string) =>
      `“${name}” could not be read. Make sure no other program holds it, then choose it again.`,
    tooLarge: (name: string) =>
      `“${name}” is over 5 MB, too large for a rectification list. Check you chose the right file.`,
  },
  preview: {
    heading: 'Preview (nothing written yet)',
    readOnlyHeading: 'Preview (read only)',
    titleLine: (title: string) => `Title: ${title}`,
    untitled: '(untitled)',
    counts: (items: number, measures: number) => `${items} problems, ${measures} measures`,
    leaders: (count: number) => `${count} supervising leaders`,
    noLeaders: 'No supervising leaders found',
    names: (names: readonly string[]) => names.join(', '),
    clauses: (parts: readonly string[]) => parts.join('; '),
    deadlines: 'Deadlines',
    dateRange: (from: string, to: string) => `dated ones from ${from} to ${to}`,
    deadlineKinds: (dated: number, ongoing: number, unknown: number, done: number) =>
      `${dated} dated, ${ongoing} ongoing, ${unknown} unrecognised, ${done} already closed`,
    warnings: (count: number) => `${count} parser notes`,
    noWarnings: 'No parser notes.',
    moreWarnings: (count: number) => `${count} more notes not shown.`,
    itemsToggle: 'Item by item',
    itemLine: (numeral: string, deadline: string, leaders: readonly string[]) =>
      `${numeral}. Deadline: ${deadline}${leaders.length ? ` · ${leaders.join(', ')}` : ''}`,
    noItems:
      'No problems were found. Check that each problem starts with a numeral such as “一、”.',
  },
  importAction: {
    button: 'Import into workbook',
    running: 'Writing the workbook…',
    confirmTitle: 'The workbook already has a ledger',
    confirmBody: (rows: number) =>
      `The ledger has ${rows} rows. Importing again updates the document columns (measure, units, leaders, deadline) from the list and adds measures that are new.`,
    confirmKeeps:
      'What you entered (status, completion date, progress, evidence, updated, notes) stays as it is; your own sheets are not touched.',
    confirm: 'Import',
    cancel: 'Cancel',
    done: 'Import finished',
    sheetLine: (name: string, rows: number) => `“${name}”: ${rows} rows`,
    changesHeading: 'Changes',
    noChanges: 'Nothing changed since the last import.',
  },
  validate: {
    button: 'Run validation',
    running: 'Validating the ledger…',
    verdictOk: 'Ready to submit',
    verdictBad: 'Not ready to submit',
    counts: (errors: number, warnings: number) => `${errors} errors, ${warnings} warnings`,
    okBody: 'No errors found.',
    badBody: 'Correct the errors below, then validate again.',
    errorsHeading: (n: number) => `Errors (${n})`,
    warningsHeading: (n: number) => `Warnings (${n})`,
    issueLabel: (where: string, message: string) => `${where}: ${message}`,
    wholeSheet: (sheet: string) => `“${sheet}”`,
    showAll: (n: number) => `Show ${n} more`,
    checkedOn: (today: string) => `Checked as of ${today}`,
  },
  overdue: {
    button: 'Refresh overview',
    running: 'Counting overdue measures…',
    overdue: 'Overdue',
    dueSoon: (days: number) => `Due within ${days} days`,
    measuresUnit: 'measures',
    mostOverdue: 'Most overdue',
    none: 'Nothing is overdue.',
    entry: (item: string, measure: string, days: number) =>
      `Problem ${item}, measure ${measure}: ${days} days overdue`,
    deadline: (date: string) => `due ${date}`,
    asOf: (today: string) => `As of ${today}`,
    refreshMarks: 'Re-apply overdue marks',
    refreshMarksRunning: 'Re-applying overdue marks…',
    marksDone: 'Overdue marks re-applied.',
  },
  summary: {
    button: 'Build leader summaries',
    running: 'Building summary sheets…',
    done: (n: number) => `${n} sheets built; select one to go there:`,
    sheetLink: (name: string, rows: number) => `${name} (${rows} rows)`,
    explain: 'Builds one sheet per supervising leader and the overview sheet 领导汇总.',
  },
  settings: {
    dueSoon: 'Due-soon window (days)',
    dueSoonHint: 'Measures due within this many days count as due soon.',
    stale: 'Stale after (days)',
    staleHint: 'Validation warns about measures not updated for this many days.',
    save: 'Save in workbook',
    saving: 'Saving settings…',
    saved: 'Settings saved in this workbook.',
    invalid: (label: string, min: number, max: number) =>
      `“${label}” must be a whole number from ${min} to ${max}.`,
    loading: 'Reading settings…',
  },
  noLedger: {
    title: 'The workbook has no ledger yet',
    body: 'Import the rectification list first (Import tab).',
    goImport: 'Go to Import',
  },
  failure: {
    title: 'The operation did not finish',
    detail: (message: string) => `Reason: ${message}`,
    unknown: 'unknown error',
    inspect:
      'The workbook could not be read. Make sure no cell is being edited (press Esc), then try again.',
    import:
      'The workbook could not be written. Press Esc to leave cell editing, make sure the workbook is not protected, then try again; nothing already written is lost.',
    validate:
      'Validation did not finish. Make sure the 台账 sheet exists with its headers unchanged, then validate again.',
    select:
      'That cell could not be selected. The sheet may have been renamed or deleted; validate again and retry.',
    overdue:
      'The overview could not be counted. Make sure the 台账 sheet exists with its headers unchanged, then refresh.',
    marks: 'The marks could not be re-applied. Make sure the 台账 sheet exists, then try again.',
    summary: 'The summaries could not be built. Run validation, fix the errors, then try again.',
    loadSettings:
      'Saved settings could not be read; using the defaults (30 and 90 days). You can save them again under Settings.',
    saveSettings:
      'Settings could not be saved. Make sure the workbook is not protected or read only, then try again.',
  },
};
