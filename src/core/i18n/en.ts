import type { Catalogue } from './translate';

/** Every message in English, for an English Office display language or an English locale. */
export const en: Catalogue = {
  'common.appName': 'Rectify for Excel',
  'common.nameSeparator': ', ',
  'common.clauseSeparator': '; ',
  'common.none': '(none)',
  'common.dash': '—',
  'common.quoted': '"{text}"',
  'common.listCut': '{listed}, … ({count} in all)',
  'severity.error': 'Error',
  'severity.warning': 'Warning',

  'rule.required': 'Required cell empty',
  'rule.unknown-item': 'Problem number not in the list',
  'rule.duplicate-key': 'Measure listed twice',
  'rule.bad-date': 'Unreadable date',
  'rule.future-date': 'Date after today',
  'rule.done-without-date': 'Done without a completion date',
  'rule.date-without-done': 'Completion date but not done',
  'rule.bad-status': 'Invalid status',
  'rule.overdue-no-progress': 'Overdue without progress',
  'rule.overdue': 'Overdue',
  'rule.no-progress': 'No progress recorded',
  'rule.stale': 'Not updated for long',
  'rule.unknown-leader': 'Leader not in the directory',
  'rule.unknown-unit': 'Unit not in the directory',
  'rule.deadline-mismatch': 'Deadline differs from the list',
  'rule.cell-error': 'Cell holds an error value',
  'rule.missing-sheet': 'Sheet missing',
  'rule.missing-column': 'Column missing',
  'rule.missing-reference': 'Reference sheet missing',
  'rule.list-closure-without-date': 'Closed in the list, completion date missing',
  'rule.bad-setting': 'Invalid setting',
  'rule.duplicate-measure': 'Measure number listed twice',
  'rule.other': 'Other findings',

  'validate.reference.noSheet': 'there is no sheet "{sheet}"',
  'validate.reference.noColumns': 'sheet "{sheet}" lacks the column(s) {columns}',
  'validate.reference.noNameColumns': 'sheet "{sheet}" has no leader or unit column',
  'validate.reference.skipped': '{what}; these checks were skipped: {checks}.',
  'validate.reference.skippedStatusDefaults':
    '{what}; these checks were skipped: {checks}; statuses were checked against the default list.',

  // Validation: what each rule says about a cell (sheet and column names are the workbook's own)
  'validate.where.cell': '{sheet}!{cell} (row {row}, {column}): {detail}',
  'validate.where.cellNoColumn': '{sheet}!{cell} (row {row}): {detail}',
  'validate.missingLedger': 'there is no sheet named "{sheet}".',
  'validate.missingColumn':
    'sheet "{sheet}" has no column "{column}" in header row {row}; the header should hold: {columns}.',
  'validate.badSetting':
    '{label} must be a whole number of days from {min} to {max}; found "{found}". The default {days} is used until it is corrected.',
  'validate.cellError':
    'the cell holds the Excel error {error}; fix the formula or enter the value.',
  'validate.badDate': '"{text}" is not a real date; expected a date such as 2022-06-30.',
  'validate.futureDate': '{date} is after today ({today}); {column} cannot be in the future.',
  'validate.doneWithoutDate':
    'the status is "{status}" but the completion date is empty; fill it in.',
  'validate.listClosureWithoutDate':
    'the list states this item is done (status "{status}") but gives no completion date; find and fill in the real date.',
  'validate.dateWithoutDone':
    'a completion date {date} is filled in but the status is "{status}"; if the work is done, set the status to {done}, otherwise clear the date.',
  'validate.overdueNoProgress':
    'deadline {deadline} passed {days} days ago, not done, and no progress is given; explain it before submission.',
  'validate.overdue':
    'deadline {deadline} passed {days} days ago and the status is "{status}" (progress given).',
  'validate.noProgress':
    'the status is "{status}" but no progress is given; describe the progress so far.',
  'validate.neverUpdated': 'not done and never updated; update at least every {days} days.',
  'validate.stale':
    'not done and last updated {updated}, {days} days ago (at most {staleDays} expected).',
  'validate.duplicateKey':
    'item {item} measure "{measure}" appears more than once (also row {rows}); one row per measure.',
  'validate.unknownItem':
    '"{value}" is not an item number of sheet {sheet}; expected a number of its column {column} (1–{max}).',
  'validate.unknownItemNoItems':
    '"{value}" is not an item number of sheet {sheet}; sheet {sheet} has no items yet.',
  'validate.unknownNames':
    '{names}: not in the {column} list of sheet {sheet}; use a name listed in {sheet}, or add the new name to {sheet} first.',
  'validate.deadlineMismatch':
    '{deadline} matches neither the deadline of item {item} in sheet {items} nor any milestone of this measure in sheet {milestones}; the dates there: {expected}.',
  'validate.required':
    'is empty; {column} must be filled in (unmerge merged cells and fill every row).',
  'validate.badStatus':
    '"{status}" is not a status; expected one of: {statuses} (add a new status to sheet {sheet}, with its category in column "{categoryColumn}").',

  'cli.description':
    'Rectify for Excel: reads a rectification list into a structured ledger, validates the ledger, builds leader summaries.',
  'cli.option.version': 'show the version',
  'cli.option.help': 'show help',
  'cli.command.help': 'show help for a command',
  'cli.help.usage': 'Usage:',
  'cli.help.options': 'Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.arguments': 'Arguments:',
  'cli.help.globalOptions': 'Global options:',
  'cli.help.optionsPlaceholder': '[options]',
  'cli.help.commandPlaceholder': '[command]',
  'cli.help.default': ' (default: {value})',
  'cli.help.afterError': '(add --help for usage)',
  'cli.help.exitCodes': 'Exit codes:',
  'cli.exitCodes':
    "  0  done\n  1  done, but the ledger has errors (validate, summarize)\n  2  not done: a file cannot be read, no ledger, cannot write, or the command line is wrong\n  70 internal error (please report it)\nEach command's --help gives its own exit codes.",
  'cli.error.line': 'rectify: {message}',
  'cli.error.internal': 'internal error, please report it: {detail}',
  'cli.error.unknownCommand': 'there is no command "{name}"',
  'cli.error.unknownOption': 'there is no option "{flag}"',
  'cli.error.didYouMean': '(did you mean {candidates}?)',
  'cli.error.missingArgument': 'the required argument "{name}" is missing',
  'cli.error.optionMissingArgument': 'the option "{flag}" needs a value',
  'cli.error.missingMandatoryOption': 'the option "{flag}" is required',
  'cli.error.excessArguments': 'too many arguments: expected {expected}, got {received}',
  'cli.error.conflictingOption': '{first} cannot be used with {second}',
  'cli.error.invalidArgument': 'invalid value: {detail}',
  'cli.error.other': 'the command line is not right: {detail}',
  'cli.today.invalid': '--today must be a real date as YYYY-MM-DD; got "{value}"',
  'cli.out.notXlsx': 'the output must be an .xlsx file: {path}',
  'cli.out.keepFormat':
    'the output must end in .{format} like the workbook it comes from: {path} (Excel does not open a file whose extension does not match); use a .{format} file name',
  'cli.list.noItems':
    'no item found in the list file {path}; items start with a numeral such as "一、" or "二、"',
  'cli.fs.noSuchFile': 'no such file',
  'cli.fs.permission': 'permission denied',
  'cli.fs.isFolder': 'it is a folder',
  'cli.planNoteLine': '  Warning {message}',

  'cli.parse.description': 'read a rectification list and show its items',
  'cli.parse.argFile':
    'the list document (text, .docx, .doc, .pdf, .xlsx); default: the built-in Baojing County list',
  'cli.parse.optJson': 'print the schema-checked reading as JSON',
  'cli.parse.exitCodes':
    '  0  the list was read\n  2  the list file cannot be read, is empty, is in no format we read, or has no item',
  'cli.parse.untitled': '(untitled)',
  'cli.parse.counts': '{items} items, {measures} measures',
  'cli.parse.noDiagnostics': 'no diagnostics',
  'cli.parse.diagnostics': '{total} diagnostics: {errors} errors, {warnings} warnings',
  'cli.parse.diagnosticLine': '  {severity} {message}',
  'cli.parse.itemLine':
    '{numeral}. Leaders: {leaders} | Deadline: {deadline} | {measures} measures',
  'cli.parse.reportedDone': ' (reported done)',
  'cli.parse.ongoing': 'ongoing',
  'cli.parse.deadlineMissing': '(missing)',
  'cli.parse.deadlineRelative': '{text} (relative)',
  'cli.parse.deadlineUnknown': 'unrecognised "{text}"',

  'cli.validate.description': 'check a ledger before submission, cell by cell',
  'cli.validate.argFile': 'the ledger workbook (.xlsx)',
  'cli.validate.optJson': 'print JSON',
  'cli.validate.optToday': 'take this date as today, as YYYY-MM-DD',
  'cli.validate.exitCodes':
    '  0  no errors: ready to submit (there may be warnings)\n  1  errors: not ready to submit\n  2  the file cannot be read as a workbook, or the command line is wrong\nThe file is only read, never written.',
  'cli.validate.header': 'Validating {file} (today is {today})',
  'cli.validate.errors': 'Errors: {count}',
  'cli.validate.warnings': 'Warnings: {count}',
  'cli.validate.rule': '  {rule} ({count})',
  'cli.validate.noIssues': 'No findings.',
  'cli.validate.ready': 'Ready to submit',
  'cli.validate.notReady': 'Not ready to submit: {errors} errors',

  'cli.workbook.description': 'build the ledger workbook from a rectification list',
  'cli.workbook.optSeed': 'the list as a text file; default: the built-in Baojing County list',
  'cli.workbook.optOut': 'the workbook to write',
  'cli.workbook.optToday': 'take this date as today, as YYYY-MM-DD',
  'cli.workbook.optMerge':
    'merge the list into a filled-in ledger, keeping everything users typed; written back in place unless --out is given',
  'cli.workbook.optForce':
    'replace a filled-in ledger at the destination with a new blank one (the old file is still backed up)',
  'cli.workbook.helpAfter':
    'Backup: a file already at the destination is first copied beside it as\n"<name>.备份-<time>.xlsx", then the new file is written; --merge writing back in place does the same.\nWhen the destination is a filled-in ledger (status, completion date, progress … hold values),\nno blank ledger is written: the command points at --merge; add --force to replace it anyway.\n\nExit codes:\n  0  written\n  2  nothing written: the list cannot be read or has no item, the destination is a\n     filled-in ledger (without --force), a workbook cannot be read or written, or the command line is wrong',
  'cli.workbook.wrote': 'Wrote {path} ({kb} KB, as of {today})',
  'cli.workbook.sheetLine': '  {name}\t{rows} rows',
  'cli.workbook.backup': 'The previous file was kept as {path}',
  'cli.workbook.noDiagnostics': 'The list was read without diagnostics',
  'cli.workbook.diagnostics': '{count} diagnostics:',
  'cli.workbook.merged': 'Merged {seed} into {merge} and wrote {out} ({kb} KB)',
  'cli.workbook.mergeReport': 'Merge report:',
  'cli.workbook.noLedgerToMerge':
    '{path} has no "{sheet}" sheet to merge into; give a ledger made by rectify workbook',
  'cli.workbook.unmarkedLedger':
    '{path}: its "{sheet}" and other sheets carry none of the marks the tool leaves on its own sheets (another program probably rebuilt the file); nothing was written, so as not to overwrite sheets that may not be the tool\'s. Make a new ledger with rectify workbook, copy the progress typed in this file into it, then merge',
  'cli.workbook.backupFailed': 'cannot back up the existing file {path}: {reason}',
  'cli.workbook.holdsUserValues':
    'nothing written: {path} is a filled-in ledger ({rows} rows hold values users typed), so it is not replaced by a blank one. To update it from the list and keep what was typed, run rectify workbook --merge {path}; to start a blank ledger anyway (the old file is still backed up), add --force',

  'cli.summarize.description': 'add or refresh the leader summary sheets (领导汇总, 汇总-<name>)',
  'cli.summarize.argFile': 'the ledger workbook (.xlsx)',
  'cli.summarize.optOut': 'write here; default: update FILE in place',
  'cli.summarize.optToday': 'the as-of date as YYYY-MM-DD; default: today',
  'cli.summarize.helpAfter':
    'Sheets written:\n  领导汇总        one row per supervising leader, a total row, the as-of date, the ledger errors\n  汇总-<name>     one per leader: their measures by urgency, overdue in red, due soon in amber\n\nOnly sheets this tool generated are replaced (in place); other sheets, cells and names stay.\nIf a wanted sheet name is held by your own sheet, the command stops, names that sheet and\nwrites nothing: rename it and run again. Summary sheets of leaders no longer in the ledger are removed.\n\nExit codes:\n  0  written; the ledger has no errors\n  1  written; the ledger has errors, stated on the sheets\n  2  nothing written: unreadable file, no ledger, a sheet name is taken, cannot write, or the command line is wrong',
  'cli.summarize.wrote': 'Wrote {path} (as of {today})',
  'cli.summarize.createdLeaders': '  created {name} ({count} leaders)',
  'cli.summarize.updatedLeaders': '  updated {name} ({count} leaders)',
  'cli.summarize.createdUnits': '  created {name} ({count} units)',
  'cli.summarize.updatedUnits': '  updated {name} ({count} units)',
  'cli.summarize.createdMeasures': '  created {name} ({count} measures)',
  'cli.summarize.updatedMeasures': '  updated {name} ({count} measures)',
  'cli.summarize.removed': '  removed {name} (the leader is no longer in the ledger)',
  'cli.summarize.noLedgerErrors': 'The ledger has no errors',
  'cli.summarize.ledgerErrors': 'The ledger has {count} errors, stated on the sheets',
  'cli.summarize.writtenWithErrors':
    'summaries written, but the ledger has {count} errors: run rectify validate and correct them before submitting',
  'cli.summarize.nothingWritten': 'nothing written: {reason}',

  'cli.inspect.description': 'show what the tool sees in a workbook',
  'cli.inspect.argFile': 'the workbook (.xlsx / .xlsm)',
  'cli.inspect.optJson': 'print JSON',
  'cli.inspect.head': '{file}: {format}, {producer}, {dates} date system',
  'cli.inspect.producerUnknown': 'producer unknown',
  'cli.inspect.savedBy': 'saved by {application}',
  'cli.inspect.sheets': 'Sheets (workbook order):',
  'cli.inspect.kind.worksheet': 'worksheet',
  'cli.inspect.kind.chartsheet': 'chart sheet',
  'cli.inspect.kind.dialogsheet': 'dialog sheet',
  'cli.inspect.kind.macrosheet': 'macro sheet',
  'cli.inspect.state.visible': 'visible',
  'cli.inspect.state.hidden': 'hidden',
  'cli.inspect.state.veryHidden': 'very hidden',
  'cli.inspect.size': '{rows} rows × {columns} columns',
  'cli.inspect.owned': 'generated by this tool',
  'cli.inspect.noLedger': 'no "{sheet}" sheet',
  'cli.inspect.ledger': 'Ledger: sheet "{sheet}", header in row {row}, {rows} data rows',
  'cli.inspect.columns': 'Columns: {columns}',
  'cli.split.description': 'split the ledger into one workbook per responsible unit',
  'cli.collect.description': 'merge the files the units returned into the master ledger',
  'cli.report.description': 'write the progress report as a Word document (.docx)',
  'cli.setting.dueSoonDays': 'days counted as due soon ({min}–{max}; {purpose}; default {days})',
  'cli.setting.staleDays':
    'days without an update before a row is stale ({min}–{max}; {purpose}; default {days})',
  'cli.setting.invalid':
    '{flag}: {label} must be a whole number of days from {min} to {max}; found "{found}"',
  'cli.setting.forWorkbook': "written into the workbook's reminder settings",
  'cli.setting.forValidate': "for this run; otherwise the workbook's own setting",
  'cli.setting.forSummarize': "for this run; otherwise the workbook's own setting",
  'ribbon.validate.title': 'Validate ledger',
  'ribbon.validate.passed': 'The ledger passed validation: no findings.',
  'ribbon.summary.title': 'Build leader summaries',
  'ribbon.failedTitle': '{title}: not finished',
  'dialog.close': 'Close',

  'pane.appTagline':
    'Import a rectification list, validate the ledger, watch deadlines, build summaries.',
  'pane.tabsLabel': 'Features',
  'pane.tab.import': 'Import',
  'pane.tab.validate': 'Check',
  'pane.tab.overdue': 'Overdue',
  'pane.tab.summary': 'Summary',
  'pane.tab.settings': 'Settings',
  'pane.tab.cycle': 'Cycle',
  'pane.heading.import': 'Import the list',
  'pane.heading.validate': 'Validate the ledger',
  'pane.heading.overdue': 'Overdue overview',
  'pane.heading.summary': 'Leader summaries',
  'pane.heading.settings': 'Settings',
  'pane.heading.cycle': 'Hand out and collect',
  'pane.host.noHostTitle': 'Not running in Excel',
  'pane.host.noHostBody':
    'Open this page as an add-in in Excel to write to a workbook. Meanwhile you can browse the parsed embedded list (read only).',
  'pane.host.noOfficeJs':
    'Office.js could not be loaded (Microsoft’s site may be unreachable). Check the network, then reopen the add-in in Excel.',
  'pane.host.tooOldTitle': 'This Excel is too old',
  'pane.host.tooOldBody':
    'This Excel does not support ExcelApi 1.8. Update Excel or use Excel on the web. For now you can only browse the list (read only).',
  'pane.host.starting': 'Connecting to Excel…',
  'pane.source.groupLabel': 'List source',
  'pane.source.embedded': 'Embedded list',
  'pane.source.embeddedHint':
    'Baojing County, second-round central environmental inspection rectification list',
  'pane.source.paste': 'Paste text',
  'pane.source.file': 'Choose the list file',
  'pane.source.fileOption': 'Text file',
  'pane.source.pasteLabel': 'Paste the full rectification list',
  'pane.source.pastePlaceholder': 'Paste the list as published, starting with its first item.',
  'pane.source.parsePasted': 'Read the pasted text',
  'pane.source.pasteEmpty': 'The text box is empty. Paste the full list, then read it.',
  'pane.source.fileChosen': 'Chosen file: {name}',
  'pane.source.fileInputLabel': 'Rectification list text file',
  'pane.file.empty':
    '“{name}” is empty. Choose a file holding the full list (.docx, .doc, .pdf, .xlsx or .txt).',
  'pane.file.binary':
    '“{name}” is not a text file, nor a Word, PDF or Excel file we recognise. Save it as .docx or UTF-8 text, then choose it again.',
  'pane.file.unreadable':
    '“{name}” could not be read. Make sure no other program holds it, then choose it again.',
  'pane.file.tooLarge':
    '“{name}” is over 5 MB, too large for a rectification list. Check you chose the right file.',
  'pane.preview.heading': 'Preview (nothing written yet)',
  'pane.preview.readOnlyHeading': 'Preview (read only)',
  'pane.preview.titleLine': 'Title: {title}',
  'pane.preview.untitled': '(untitled)',
  'pane.preview.counts': '{items} problems, {measures} measures',
  'pane.preview.leaders': '{count} supervising leaders',
  'pane.preview.noLeaders': 'No supervising leaders found',
  'pane.preview.deadlines': 'Deadlines',
  'pane.preview.dateRange': 'dated ones from {from} to {to}',
  'pane.preview.deadlineKinds':
    '{dated} dated, {ongoing} ongoing, {unknown} unrecognised, {done} already closed',
  'pane.preview.warnings': '{count} parser notes',
  'pane.preview.noWarnings': 'No parser notes.',
  'pane.preview.moreWarnings': '{count} more notes not shown.',
  'pane.preview.itemsToggle': 'Item by item',
  'pane.preview.itemLine': '{numeral}. Deadline: {deadline}',
  'pane.preview.itemLineLeaders': '{numeral}. Deadline: {deadline} · {leaders}',
  'pane.preview.noItems':
    'No problems were found. Check that each problem starts with a numeral such as “一、”.',
  'pane.import.button': 'Import into workbook',
  'pane.import.running': 'Writing the workbook…',
  'pane.import.confirmTitle': 'The workbook already has a ledger',
  'pane.import.confirmBody':
    'The ledger has {rows} rows. Importing again updates the document columns (measure, units, leaders, deadline) from the list and adds measures that are new.',
  'pane.import.confirmKeeps':
    'What you entered (status, completion date, progress, evidence, updated, notes) stays as it is; your own sheets are not touched.',
  'pane.import.confirm': 'Import',
  'pane.import.cancel': 'Cancel',
  'pane.import.done': 'Import finished',
  'pane.import.sheetLine': '“{name}”: {rows} rows',
  'pane.import.changesHeading': 'Changes',
  'pane.import.noChanges': 'Nothing changed since the last import.',
  'pane.import.nextSteps': 'Next:',
  'pane.validate.button': 'Validate ledger',
  'pane.validate.explain':
    'Checks every row of the ledger for errors to correct before submitting, and warnings worth a look.',
  'pane.validate.empty': 'Not validated yet. Select “Validate ledger” to check this workbook.',
  'pane.validate.running': 'Validating the ledger…',
  'pane.validate.verdictOk': 'Ready to submit',
  'pane.validate.verdictBad': 'Not ready to submit',
  'pane.validate.counts': '{errors} errors, {warnings} warnings',
  'pane.validate.okBody': 'No errors found.',
  'pane.validate.badBody': 'Correct the errors below, then validate again.',
  'pane.validate.filterLabel': 'Show',
  'pane.validate.filterAll': 'All',
  'pane.validate.filterErrors': 'Errors',
  'pane.validate.filterWarnings': 'Warnings',
  'pane.validate.groupHeading': '{severity} · {rule} ({count})',
  'pane.validate.jumpFirst': 'Go to the first finding',
  'pane.validate.noneShown': 'No findings of this kind.',
  'pane.validate.issueLabel': '{where}: {message}',
  'pane.validate.wholeSheet': '“{sheet}”',
  'pane.validate.showAll': 'Show {count} more',
  'pane.validate.checkedOn': 'Checked as of {today}',
  'pane.overdue.button': 'Refresh overview',
  'pane.overdue.buttonExplain':
    'Counts overdue and due-soon measures again and lists the most overdue; the workbook is not changed.',
  'pane.overdue.empty':
    'Not counted yet. Select “Refresh overview” to see overdue and due-soon measures.',
  'pane.overdue.running': 'Counting overdue measures…',
  'pane.overdue.overdue': 'Overdue',
  'pane.overdue.dueSoon': 'Due within {days} days',
  'pane.overdue.measuresUnit': 'measures',
  'pane.overdue.mostOverdue': 'Most overdue',
  'pane.overdue.none': 'Nothing is overdue.',
  'pane.overdue.entry': 'Problem {item}, measure {measure}: {days} days overdue',
  'pane.overdue.deadline': 'due {date}',
  'pane.overdue.asOf': 'As of {today}',
  'pane.overdue.refreshMarks': 'Re-apply overdue marks',
  'pane.overdue.refreshMarksExplain':
    'Writes the red (overdue) and amber (due soon) conditional formats onto the ledger again, e.g. after they were deleted or scrambled by pasting.',
  'pane.overdue.refreshMarksRunning': 'Re-applying overdue marks…',
  'pane.overdue.marksDone': 'Overdue marks re-applied.',
  'pane.summary.button': 'Build leader summaries',
  'pane.summary.running': 'Building summary sheets…',
  'pane.summary.empty':
    'No summaries built yet. Select “Build leader summaries”; the sheets will be listed here.',
  'pane.summary.done': '{count} sheets built; select one to go there:',
  'pane.summary.overviewLink': '{name} ({count} leaders)',
  'pane.summary.sheetLink': '{name} ({count} measures)',
  'pane.summary.explain': 'Builds one sheet per supervising leader and the overview sheet.',
  'pane.settings.explain':
    'Both numbers are kept in the workbook; validation, the overdue overview and the summaries use them.',
  'pane.settings.dueSoon': 'Due-soon window (days)',
  'pane.settings.dueSoonHint': 'Measures due within this many days count as due soon.',
  'pane.settings.stale': 'Stale after (days)',
  'pane.settings.staleHint': 'Validation warns about measures not updated for this many days.',
  'pane.settings.save': 'Save in workbook',
  'pane.settings.saving': 'Saving settings…',
  'pane.settings.saved': 'Settings saved in this workbook.',
  'pane.settings.invalid': '“{label}” must be a whole number from {min} to {max}.',
  'pane.settings.loading': 'Reading settings…',
  'pane.noLedger.title': 'The workbook has no ledger yet',
  'pane.noLedger.body': 'Import the rectification list first (Import tab).',
  'pane.noLedger.goImport': 'Go to Import',
  'pane.failure.title': 'The operation did not finish',
  'pane.failure.detail': 'Reason: {message}',
  'pane.failure.unknown': 'unknown error',
  'pane.failure.inspect':
    'The workbook could not be read. Make sure no cell is being edited (press Esc), then try again.',
  'pane.failure.import':
    'The workbook could not be written. Press Esc to leave cell editing, make sure the workbook is not protected, then try again; nothing already written is lost.',
  'pane.failure.validate':
    'Validation did not finish. Make sure the ledger sheet exists with its headers unchanged, then validate again.',
  'pane.failure.select':
    'That cell could not be selected. The sheet may have been renamed or deleted; validate again and retry.',
  'pane.failure.overdue':
    'The overview could not be counted. Make sure the ledger sheet exists with its headers unchanged, then refresh.',
  'pane.failure.marks':
    'The marks could not be re-applied. Make sure the ledger sheet exists, then try again.',
  'pane.failure.summary':
    'The summaries could not be built. Run validation, fix the errors, then try again.',
  'pane.failure.loadSettings':
    'Saved settings could not be read; using the defaults ({dueSoonDays} and {staleDays} days). You can save them again under Settings.',
  'pane.failure.saveSettings':
    'Settings could not be saved. Make sure the workbook is not protected or read only, then try again.',

  // The monthly cycle (分发与回收 tab): split into unit files, collect them back, report
  'pane.cycle.notInWps':
    'Handing out and collecting are not available in WPS Spreadsheets yet: open the add-in in Excel, or use the split, collect and report commands of the rectify command line.',
  'pane.cycle.empty':
    'Each month: make the unit files and send them to the responsible units; when they come back, choose them under Collect; then make the progress report.',
  'pane.cycle.section.split': 'Hand out',
  'pane.cycle.section.collect': 'Collect',
  'pane.cycle.section.report': 'Report',
  'pane.cycle.split.button': 'Make unit files',
  'pane.cycle.split.explain':
    'Makes one workbook per responsible unit holding only its rows (document columns locked), to download and send out. The open workbook is not changed.',
  'pane.cycle.split.running': 'Making the unit files…',
  'pane.cycle.split.done': '{count} unit files made (split date {date}); click to download:',
  'pane.cycle.split.rows': 'rows: {rows}',
  'pane.cycle.split.downloadAll': 'Download all',
  'pane.cycle.split.open': 'Open in Excel',
  'pane.cycle.split.openLabel': 'Open "{name}" in Excel',
  'pane.cycle.split.openExplain':
    '"Open in Excel" opens the file in a new window, to save and send.',
  'pane.cycle.collect.pick': 'Choose returned files',
  'pane.cycle.collect.explain':
    'Choose the files the units sent back (several at once). Before anything is written you see the changes to take, what is refused and the conflicts; only when you confirm are they written into the ledger and logged on the {sheet} sheet.',
  'pane.cycle.collect.reading': 'Reading the returned files…',
  'pane.cycle.collect.previewTitle': 'Collect preview (nothing written yet)',
  'pane.cycle.collect.previewBody':
    'Files: {files}. Changes taken: {taken}; rows added: {added}; refused: {refused}; conflicts: {conflicts}.',
  'pane.cycle.collect.fileCounts':
    '{unit}: taken {taken}, rows added {added}, refused {refused}, conflicts {conflicts}',
  'pane.cycle.collect.fileRefused': 'whole file not collected',
  'pane.cycle.collect.kind.taken': 'Taken',
  'pane.cycle.collect.kind.added': 'Row added',
  'pane.cycle.collect.kind.refused': 'Refused',
  'pane.cycle.collect.kind.conflict': 'Conflict',
  'pane.cycle.collect.kind.file-refused': 'File refused',
  'pane.cycle.collect.reasonNote':
    'The {sheet} sheet records the same in Chinese, the language of the workbook.',
  'pane.cycle.collect.confirm': 'Write into the ledger',
  'pane.cycle.collect.cancel': 'Cancel',
  'pane.cycle.collect.nothing': 'No file can be collected; the ledger will not change.',
  'pane.cycle.collect.writing': 'Writing into the ledger…',
  'pane.cycle.collect.done':
    'Written into the ledger. Cells written: {cells}; entries now on the {sheet} sheet: {rows}.',
  'pane.cycle.collect.openLog': 'Open {sheet}',
  'pane.cycle.collect.cancelled': 'Cancelled; the ledger was not changed.',
  'pane.cycle.report.button': 'Make progress report',
  'pane.cycle.report.explain':
    'Writes the overall counts, the tables per leader and per unit and the overdue measures as a Word report (.docx) and downloads it. The open workbook is not changed.',
  'pane.cycle.report.running': 'Making the progress report…',
  'pane.cycle.report.done': '"{title}" is ready. If it did not download, click:',
  'pane.failure.cycleRead':
    'The ledger could not be read. Make sure the ledger sheet exists and its header row is unchanged, then try again.',
  'pane.failure.split':
    'The unit files could not be made. Make sure the responsible units are filled in on the ledger, then try again.',
  'pane.failure.collect':
    'The files could not be collected. Deal with the reason below, then choose the files again.',
  'pane.failure.report':
    'The progress report could not be made. Make sure the ledger sheet exists and its header row is unchanged, then try again.',

  // The Office shell: failures while writing, cell-edit mode, what a re-import keeps
  'office.cellEdit':
    'Excel is editing a cell, so the workbook cannot be changed. Press Enter (to keep what you typed) or Esc (to discard it) to leave the cell, then try again. Nothing was changed and nothing was lost.',
  'office.cycle.noIdentity':
    'the ledger has no identifier and no {sheet} sheet, so the returned files cannot be traced to it',
  'office.cycle.nothingCollected': 'no file could be collected; the ledger was not changed',
  'office.cycle.noLedger': 'the workbook has no {sheet} sheet',
  'office.cycle.notInExcel': 'open Rectify for Excel inside Excel',
  'office.cycle.changedSincePreview':
    'the ledger changed after the preview; nothing was written. Pick the files again and confirm the new preview',
  'office.reason.cellEdit': 'a cell is being edited',
  'office.retry': 'Please try again.',
  'office.retry.cellEdit': 'Press Enter or Esc to leave the cell, then try again.',
  'office.write.unchanged':
    'Excel could not complete the operation ({reason}). The workbook was not changed and nothing was lost. {retry}',
  'office.write.restored':
    'Excel failed while writing ({reason}). {sheets} were put back as they were before; nothing was lost. {retry}',
  'office.write.restoreFailed':
    'Excel failed while writing ({reason}) and putting the sheets back failed too. Everything as it was before is kept in {backups}; do not delete them: delete the half-written sheet of the same name and rename the backup to its old name.',
  'office.write.restoreFailedHidden':
    'Excel failed while writing ({reason}) and putting the sheets back failed too. Everything as it was before is kept in the hidden sheets {backups} (right-click a sheet tab and choose Unhide); do not delete them: delete the half-written sheet of the same name and rename the backup to its old name.',
  'office.write.backupOf': '"{backup}" (was "{sheet}")',
  'settings.noSheet':
    'The workbook has no "{sheet}" sheet made by this add-in, and the settings are kept there: import the rectification list first, then change the settings. Nothing was changed.',
  'settings.invalid':
    '{label} must be a whole number of days from {min} to {max}; found "{found}". Nothing was changed.',
  'settings.moved':
    'Cell {cell} of sheet "{sheet}" is no longer beside "{label}" (rows may have been moved), so nothing was changed rather than overwrite what you typed. Put "{label}" back and try again, or type the number into its cell.',
  'office.reimportLimits':
    "A re-import keeps what you entered on each row: text, dates, formulas, hyperlinks, number formats, fill colours and fonts. In the Excel add-in it cannot keep notes, formatting of part of a cell's text, or borders you drew (the add-in cannot read them); to keep them, copy notes into the remarks column first, or use the command line: rectify workbook --merge.",
  'documents.empty': 'the file is empty',
  'documents.tooLarge': 'the file has {mb} MB, too large to be a rectification list',
  'documents.badZip':
    'the file is a zip that cannot be read (perhaps incomplete); download or save it again',
  'documents.unsupported': '{what}; save it as .docx (or UTF-8 text) in Word or WPS and try again',
  'documents.what.noPdf': 'PDF cannot be read here',
  'documents.what.noDoc': 'a Word 97–2003 file (.doc) cannot be read here',
  'documents.what.noXlsx': 'an Excel file cannot be read here',
  'documents.what.rtf': 'this is an RTF file',
  'documents.what.zip': 'this zip is neither a Word document nor an Excel workbook',
  'documents.what.unknownOffice': 'this Office file is of a kind we do not recognise',
  'documents.xls':
    'this is an Excel 97–2003 workbook (.xls); open it in Excel or WPS, save it as .xlsx and try again',
  'documents.binary':
    'the file is not text, nor a Word, PDF or Excel file we recognise; save it as .docx or UTF-8 text',
  'documents.undecodable':
    'from byte {byte} on the file is neither UTF-8 nor GB18030 (GBK) text; save it as UTF-8 in Notepad or WPS',
  'documents.badUtf16':
    'the file starts with a UTF-16 mark but holds broken characters; save it as UTF-8',
  'documents.docx.badZip':
    'this Word file cannot be opened (its zip cannot be read); open it in Word or WPS and save a copy, then try again',
  'documents.docx.noBody':
    'the zip holds no Word body; open it in Word or WPS, save it as .docx and try again',
  'documents.doc.unreadable':
    'this Word 97–2003 file (.doc) cannot be read; open it in Word or WPS, save it as .docx and try again',
  'documents.pdf.encrypted':
    'the PDF is password-protected, so its text cannot be read; use an unprotected copy or the Word original',
  'documents.pdf.damaged':
    'this PDF cannot be opened; use the Word original or export the PDF again',
  'documents.pdf.scanned':
    'the PDF has {pages} pages but no text layer (probably a scan); ask the issuing office for the Word original (.docx or .doc)',
  'documents.readerFailed':
    'reading the file failed: {detail}. Save it as .docx or UTF-8 text and try again',
  'list.refusal.duplicates': 'the list repeats a number, so nothing was written: {details}',
  'list.refusal.noItems': 'no item found: {found}. {shape}',
  'list.refusal.noMeasures':
    '{items} items read (the first: "{first}") but not one measure, so no ledger can be made. {shape}',
  'list.shape':
    'A rectification list starts each item with a numeral such as "一、" followed by the problem, then labelled lines (target, lead unit, supervising leader, measures numbered 1., 2., deadline); or it is a table with columns such as number, problem, measures, responsible unit and deadline',
  'list.found.paragraphs': '{paragraphs} paragraphs read',
  'list.found.paragraphsAndTables': '{paragraphs} paragraphs and {tables} tables read',
  'list.found.opening': '{counts}, starting with "{opening}"',
  'xlsx.fs.noSuchFile': 'no such file or folder',
  'xlsx.fs.permission': 'permission denied',
  'xlsx.fs.isFolder': 'it is a folder',
  'xlsx.fs.notFolder': 'a part of the path is not a folder',
  'xlsx.fs.noSpace': 'no space left on the disk',
  'xlsx.fs.other': 'the system reported an error ({detail})',
  'xlsx.file.cannotRead': 'cannot read {path}: {reason}',
  'xlsx.file.cannotWrite': 'cannot write {path}: {reason}',
  'xlsx.file.folderUnchanged':
    'cannot write {path}: {reason}; the unit files written so far were removed and {dir} is as it was',
  'xlsx.file.noFolder':
    'cannot write {path}: the folder {folder} does not exist; create it first or choose another path',
  'xlsx.file.unsupportedPart':
    'cannot write {path}: the tool could not handle this part of the workbook (technical detail: {detail}); nothing was changed. Open it in Excel or WPS, save it as an "Excel Workbook" (with macros: "Excel Macro-Enabled Workbook") and try again',
  'xlsx.read.notZip':
    '{file} is not an .xlsx workbook (not a zip-based Office file); open it in Excel or WPS, save it as .xlsx and try again',
  'xlsx.read.encrypted':
    '{file} is protected by a password (encrypted); open it in Excel or WPS, remove the password, save it as .xlsx and try again',
  'xlsx.read.foreign':
    '{file} is {kind}, not an .xlsx workbook; open it in Excel or WPS, save it as .xlsx and try again',
  'xlsx.read.damaged':
    '{file} is damaged: its part {part} cannot be read; ask the sender for the file again or use a backup',
  'xlsx.read.damagedDetail':
    '{file} is damaged: its part {part} cannot be read (technical detail: {detail}); ask the sender for the file again or use a backup',
  'xlsx.read.unreadablePart':
    'could not read the part {part} of {file}; it may come from a program this tool does not know yet: open it in Excel or WPS, save it as .xlsx and try again',
  'xlsx.read.unreadablePartDetail':
    'could not read the part {part} of {file} (technical detail: {detail}); it may come from a program this tool does not know yet: open it in Excel or WPS, save it as .xlsx and try again',
  'xlsx.read.tooLarge':
    'the part {part} of {file} is too large to read safely; check the file, or remove what is not needed in Excel or WPS, save it and try again',
  'xlsx.read.tooLargeDetail':
    'the part {part} of {file} is too large to read safely (technical detail: {detail}); check the file, or remove what is not needed in Excel or WPS, save it and try again',
  'xlsx.detail.workbookPartMissing': 'the workbook part is missing',
  'xlsx.detail.sheetPartMissing': 'the part of sheet "{sheet}" is missing',
  'xlsx.detail.noRelationships': 'the package has no relationships part',
  'xlsx.detail.noWorkbookRelationship': 'no relationship to a workbook part',
  'xlsx.detail.sheetNoTarget': 'sheet "{sheet}" ({id}) has no target in its relationships',
  'xlsx.detail.cellOutside': 'a cell at row {row}, column {column} lies outside any Excel sheet',
  'xlsx.detail.tooManyCells': 'more than {limit} cells',
  'xlsx.detail.tooDeep': 'elements nested deeper than {limit}',
  'xlsx.detail.doctype':
    'it declares a DOCTYPE (entities are refused: an entity can expand without bound)',
  'xlsx.detail.malformedXml': 'malformed XML at character {at}',
  'xlsx.detail.partSize': '{size} over the limit of {limit}',
  'xlsx.detail.ratio': '{from} inflating to {to}',
  'xlsx.detail.packageSize': 'over {limit} in all',
  'xlsx.detail.method': 'compression method {method} is not known',
  'xlsx.detail.length': '{actual} bytes inflated, {declared} declared',
  'xlsx.detail.crc': 'CRC mismatch',
  'xlsx.detail.localHeader': 'local header missing',
  'xlsx.detail.truncated': 'truncated',
  'xlsx.detail.noDirectory': 'no end of central directory',
  'xlsx.detail.entries': '{count} entries',
  'xlsx.detail.directoryTruncated': 'central directory truncated',
  'xlsx.detail.directoryEntry': 'central directory entry {entry} is wrong',
  'xlsx.kind.xls': 'an Excel 97-2003 workbook (.xls)',
  'xlsx.kind.et': 'a WPS Spreadsheets file (.et)',
  'xlsx.kind.ods': 'an OpenDocument spreadsheet (.ods)',
  'xlsx.kind.csv': 'a CSV text file (.csv)',
  'xlsx.kind.text': 'a plain text file',
  'xlsx.kind.docx': 'a Word document (.docx)',
  'xlsx.kind.doc': 'a Word 97-2003 document (.doc)',
  'xlsx.kind.pptx': 'a PowerPoint presentation (.pptx)',
  'xlsx.kind.xlsb': 'an Excel binary workbook (.xlsb)',
  'xlsx.kind.pdf': 'a PDF file (.pdf)',
  'xlsx.kind.html': 'a web page (HTML)',
  'xlsx.kind.xmlSpreadsheet': 'an XML Spreadsheet 2003 file',
  'xlsx.kind.zip': 'a plain zip archive',
  'cli.list.unreadable': 'cannot read the list file {path}: {reason}',
  'cli.list.refused': 'list file {path}: {reason}',
  'plan.refusal.sheet':
    'sheet {sheets} was not made by this tool and is never overwritten; rename or delete it first',
  'plan.refusal.table':
    'the table name "{table}" is used by a table on sheet "{sheet}" and is never overwritten; rename that table first',
  'shell.noLedger': 'The workbook has no "{sheet}" sheet; import the list first.',
  'shell.notOwned': 'Sheet "{sheet}" was not made by this add-in and is left alone.',
  'shell.noSheet': 'No sheet named "{sheet}".',
  'shell.protected': 'Sheet {sheets} is protected, so nothing was changed; unprotect it first.',
  'shell.rebuild.refused':
    'The ledger holds {count} entries typed by users, e.g. {examples}; rebuilding would overwrite them, so nothing was changed.',
  'shell.protectionUnsupported':
    'The add-in cannot write protected sheets yet ({sheets}); make them with the rectify command line. Nothing was changed.',
  'shell.rebuild.done': 'Rebuilt {sheets} from the list; no user entries were overwritten.',
  'wps.reimportLimits':
    "A re-import keeps what you entered on each row: text, dates, formulas, hyperlinks and number formats. In the WPS add-in it cannot keep fill colours and fonts you set, notes, formatting of part of a cell's text, or borders you drew; to keep them, copy notes into the remarks column first, or use the command line: rectify workbook --merge.",
  // The monthly cycle (split, collect, report) and the re-import report: msgcycle, issue 16
  'cycle.missingLedger': 'the workbook has no "{sheet}" sheet, so it is not a ledger',
  'cycle.missingKeyColumns':
    'the header of sheet "{sheet}" has no {columns} column, so the ledger cannot be split or collected by unit',
  'cycle.noUnits':
    'the "{column}" column of sheet "{sheet}" is empty, so there is no unit to hand out to; fill in "{column}" first',
  'cycle.noIdentity.split':
    'the ledger has no identifier and no readable "{sheet}" sheet, so it cannot be split',
  'cycle.noIdentity.collect':
    'the ledger has no identifier and no readable "{sheet}" sheet, so nothing can be collected into it',
  'cycle.cli.argMaster': 'the master ledger .xlsx',
  'cycle.cli.badDate': '{flag} must be a real date YYYY-MM-DD, got "{found}"',
  'cycle.cli.inFile': '{path}: {reason}',
  'cycle.cli.backup': 'the previous file was kept as {path}',
  'split.cli.optOutDir': 'the folder for the unit files (it must exist)',
  'split.cli.optToday': 'the split date, YYYY-MM-DD; default: today',
  'split.cli.helpAfter':
    "One file per responsible unit, {ledger}-<unit>.xlsx: a readme for the unit, the unit's ledger rows,\nthe list items they belong to, and the directory of names. The document columns (measure, units,\nleader, time limit, deadline) are locked (no password); the columns the unit fills in are open.\nA marker in each file records the master ledger, the unit and the split date: rectify collect reads it.\n\nExit codes:\n  0  every unit file written\n  2  nothing written: not a ledger, unreadable, no responsible unit, the output folder is missing, or\n     a write failed half-way (the files written so far are removed)",
  'split.cli.identityFromList':
    'the ledger has no identifier (made by an older version); the contents of its "{sheet}" sheet identify it: {id}',
  'split.cli.wrote': 'split {path} into {count} unit files in {dir} (split date {date}):',
  'split.cli.fileLine': '  {path}\t{unit}\t{rows} rows',
  'split.cli.noFolder': 'the output folder does not exist: {dir}; create it first',
  'collect.cli.argReturned': 'the files the units returned',
  'collect.cli.optOut': 'save as this file; without it, update in place and keep a backup',
  'collect.cli.optToday': 'the collect date, YYYY-MM-DD; default: today',
  'collect.cli.helpAfter':
    "Each file's marker says where it came from: a file without one, or split from another master ledger,\nis refused (the other files are collected). Rows are matched by item and measure number; only the\nuser columns of the unit's own rows are taken. Changes to document columns or to another unit's rows\nare refused and listed. A cell the master and a unit changed differently since the split is a\nconflict: the master keeps its value, both are listed. Rows a unit added (naming it as responsible)\nare appended and noted; no row is ever deleted. Everything taken, refused and in conflict is recorded\non sheet \"{log}\" (appended collect after collect).\n\nExit codes:\n  0  everything taken\n  1  written, with refusals, conflicts or refused files\n  2  nothing written: the master ledger cannot be read, or no file can be collected",
  'collect.cli.noIdentity': '{path} has no ledger identifier and no readable "{sheet}" sheet',
  'collect.cli.nothing': 'no file could be collected; the master ledger was not changed',
  'collect.cli.written': 'written to {path}; the record is on sheet "{sheet}"',
  'collect.cli.partial':
    'collected, with refusals or conflicts: see the list above or sheet "{sheet}"',
  'collect.cli.fileCounts':
    '{file} ({unit}): {taken} taken, {added} rows added, {refused} refused, {conflicts} conflicts',
  'collect.cli.fileRefused': '{file}: refused',
  'collect.cli.entry': '  {kind} {what} — {reason} ({file})',
  'collect.cli.entryNoPlace': '  {kind} — {reason} ({file})',
  'collect.cli.taken': '  {kind} {what} ({unit})',
  'collect.kind.taken': 'taken',
  'collect.kind.added': 'row added',
  'collect.kind.refused': 'refused',
  'collect.kind.conflict': 'conflict',
  'collect.kind.file-refused': 'file refused',
  'collect.entry.unitFileCell': '{cell} (unit file)',
  'collect.entry.cellColumn': '{cell} {column}',
  'collect.entry.change': '"{before}" → "{after}"',
  'collect.entry.placed': '{place}: {change}',
  'collect.value.empty': '(empty)',
  'collect.reason.taken': 'taken',
  'collect.reason.noKey':
    'row {row} of sheet "{sheet}" in the unit file has no item or measure number, so it cannot be matched to the master ledger; not taken',
  'collect.reason.repeated':
    'the unit file has item {item}, measure {measure} more than once; only the first row is used',
  'collect.reason.addedNotTheirs':
    'the responsible units of the added row do not include "{unit}", so it was not added; the responsible unit should report it, or add it in the master ledger',
  'collect.reason.addedTwice':
    'another file already added a row for item {item}, measure {measure}; this one was not added again, please check',
  'collect.reason.added':
    'a measure "{unit}" added: appended to the master ledger as row {row}, noted in "{column}"',
  'collect.reason.notTheirRow':
    'this row was not "{unit}"\'s when the ledger was split, so the change was not taken; the row\'s responsible unit should report it',
  'collect.reason.rowGone':
    'the master ledger has no row for item {item}, measure {measure} any more (renumbered or deleted since the split); this row was not taken, please check by hand',
  'collect.reason.locked':
    '"{column}" is kept by the county rectification office from the list; the unit\'s change was not taken; report a change separately',
  'collect.reason.rowDeleted':
    'the unit file deleted this row; the master ledger never deletes a row, so it stays as it is',
  'collect.reason.disagree':
    'units reported different values for this cell ({values}); the master ledger keeps its value',
  'collect.reason.unitValue': '{unit}: "{value}"',
  'collect.reason.masterMoved':
    'since the split the master ledger changed from "{before}" to "{now}" and the unit reported "{value}"; the master ledger keeps its value, please check',
  'collect.refusal.noMarker':
    'the file has no cycle marker: it is not a unit file made by rectify split, so it was not collected; ask the unit to fill in the file it was sent and return that',
  'collect.refusal.otherMaster':
    'the file was split from another master ledger (id {theirs}; this ledger is {ours}), so it was not collected',
  'collect.refusal.missingSheet':
    'the unit file has no "{sheet}" sheet (deleted or renamed), so its changes cannot be checked and it was not collected; fill in the file as it was sent',
  'report.cli.argLedger': 'the ledger .xlsx',
  'report.cli.optOut': 'the report .docx to write (its folder must exist)',
  'report.cli.optSince': 'the previous ledger .xlsx, to list what changed since',
  'report.cli.optSinceDate':
    'the date the previous ledger described, YYYY-MM-DD; default: its latest update date',
  'report.cli.optToday': 'the as-of date, YYYY-MM-DD; default: today',
  'report.cli.optSheet':
    'also write the report into the ledger as sheet "{sheet}" (the previous file is kept first)',
  'report.cli.helpAfter':
    'The progress report as a Word .docx (A4, official fonts): the overall figures, tables by supervising\nleader and by responsible unit, the overdue measures (days overdue, unit, latest progress); with --since\nand the previous ledger, also the measures newly done, newly overdue, with progress updated and not\nupdated (matched by item and measure number).\n--sheet: the report is also written into the ledger as sheet "{sheet}" (A4 portrait, title rows repeated,\npage numbers in the footer), to print from Excel.\n\nExit codes:\n  0  report written\n  2  nothing written: unreadable, not a ledger, or the output folder is missing',
  'report.cli.wrote':
    'written to {path}: "{title}" (as of {date}), {measures} measures, {overdue} overdue, {dueSoon} due soon',
  'report.cli.changes':
    'since the previous ledger ({since}): {done} newly done, {overdue} newly overdue, {updated} with progress updated, {stale} not updated',
  'report.cli.sheetWritten': 'sheet "{sheet}" written into {path}',
  'report.cli.sheetNotWritten':
    'the report {path} was written, but sheet "{sheet}" was not written into the ledger: {reason}',
  'report.cli.nothingWritten': 'nothing written (--sheet): {reason}',
  'report.cli.noFolder':
    'the folder of the report does not exist: {dir}; create it first. Nothing was written',
  'merge.report.counts':
    'items: {itemsAdded} added, {itemsRemoved} removed, {itemsChanged} changed; measures: {measuresAdded} added, {measuresRemoved} removed, {measuresChanged} changed',
  'merge.report.itemAdded': 'item {item} added: {text}',
  'merge.report.itemRemoved': 'item {item} removed: {text}',
  'merge.report.itemChanged': 'item {item}, "{field}": {old} → {new}',
  'merge.report.measureAdded': 'measure {item}-{measure} added: {text}',
  'merge.report.measureRemoved':
    'measure {item}-{measure} removed (its ledger row is kept and marked): {text}',
  'merge.report.measureChanged': 'measure {item}-{measure}, "{field}": {old} → {new}',
  'merge.report.milestones':
    'milestones: {added} added, {removed} no longer in the new list (kept and marked)',
  'merge.report.kept': 'ledger rows with user entries kept: {rows}; rows the user made: {userRows}',
  'merge.report.keptColumns': '{kept}; columns the user added: {columns}',
  'merge.report.keptNames':
    '{kept}; {count} names in the directory that the new list does not give were kept',

  // msgshell (issue 16): the Office and WPS shells, list diagnostics, document readers
  'shell.planNote': '{where}: {message}',
  'office.error.excel': 'Excel reported {code}: {detail}',
  'office.error.unexpected': 'Unexpected error: {detail}',
  'office.hostTooOld':
    'This version of Excel is too old: Rectify for Excel needs ExcelApi {version} or later (Excel for Microsoft 365, Excel 2019 or later, or Excel on the web). Please update Excel and try again.',
  'wps.noWorkbook': 'No workbook is open in WPS Spreadsheets; create or open one first.',
  'wps.notInWps': 'Rectify for Excel is not running inside WPS Spreadsheets; open it there.',
  'wps.noTaskPane': 'This version of WPS has no task panes; update WPS and try again.',
  'wps.openPane.title': 'Open the assistant',
  'wps.usedRangeNotRange':
    'WPS returned a used range of sheet "{sheet}" that is not a range of cells',
  'wps.valueShape': 'WPS returned data of the wrong shape (expected {rows} rows of {columns})',
  'wps.notColour': '"{value}" is not a colour (#RRGGBB expected)',
  'wps.write.restored': 'Writing to the workbook failed; it was put back as it was: {reason}',
  'list.diagnostic': '{where}: {what}',
  'list.place.whole': 'whole document',
  'list.place.line': 'line {line}',
  'list.place.paragraph': 'paragraph {line}',
  'list.place.page': 'page {page}, line {line}',
  'list.place.cell': 'row {row}, column {column}',
  'list.place.tableCell': 'table {table}, row {row}, column {column}',
  'list.diag.duplicateField':
    'the field {field} appears more than once in this item; its texts were merged',
  'list.diag.deadlineContinued':
    'the paragraph {text} after the deadline was read as part of the deadline',
  'list.diag.listContinued':
    'the paragraph {text} after {field} was read as more names of that list',
  'list.diag.yearAssumed':
    "the deadline {deadline} gives no year; read with the document title's year {year} as {date}",
  'list.diag.noYear':
    'the deadline {deadline} gives no year and the document title states none, so no date was taken; write the year into the list',
  'list.diag.unrealDeadline': 'the date {date} in the deadline is not a real day',
  'list.diag.unknownDeadline':
    'the deadline {deadline} is neither a date nor a phrase such as {ongoing}',
  'list.diag.missingField': 'item "{numeral}、" has no {field}',
  'list.diag.duplicateItem':
    'item "{numeral}、" is numbered twice: {earlier} has the same number; renumber one of them',
  'list.diag.itemOutOfOrder':
    'item "{numeral}、" comes after item "{previous}、" ({earlier}), out of order; check the numbering',
  'list.diag.missingItem': 'item "{numeral}、" is missing',
  'list.diag.inGroup': 'in group "（{numeral}）", ',
  'list.diag.measureNumber': '{group}a measure is numbered {n}; in sequence it would be {expected}',
  'list.diag.emptyGroup': 'the measure group "（{numeral}）{name}" has no measures',
  'list.diag.duplicateMeasure':
    'measure "{id}" is numbered twice: {earlier} has the same number; renumber one of them',
  'list.diag.unrealMilestone':
    'the date {date} in a measure is not a real day; it was not taken as a milestone',
  'list.diag.emptySection': 'the heading {section} has no item under it',
  'list.diag.pageFurniture': 'the page-number line {text} was left out as page furniture',
  'list.diag.fieldBeforeItem':
    '{field} comes before the first item ("一、") and belongs to no item{dropped}',
  'list.diag.notRead': '; its text {text} was not read',
  'list.diag.noItems': 'no item found: items start with numbers such as "一、" and "二、"',
  'list.diag.noTitle': 'there is no title before the first item',
  'list.diag.longTitle':
    '{count} paragraphs before the first item (up to {last}) were all read as the title',
  'list.diag.furnitureTotal': '{count} page-number lines were left out in all',
  'list.note.unknownHeader':
    'the header {header} is not a column of the list; the cells of this column were not read into items',
  'list.note.noHeader': 'the cell {text} is in a column without a known header; it was not read',
  'documents.pdf.pageNumber': 'the page number {text} was taken out of the text as page furniture',
  'documents.pdf.runningHeader':
    'the running header {text} was taken out of the text as page furniture',
  'documents.pdf.runningFooter':
    'the running footer {text} was taken out of the text as page furniture',
  // adopt: merging into a ledger rebuilt by another program; Strict packages written as Strict.
  'merge.adopt.adopted':
    "{path}: {sheets} carry none of the tool's marks (another program probably rebuilt the file), but their headers show the tool's ledger: this merge took them as the tool's sheets, kept everything typed in them and marked them again",
  // lead: the summaries cannot be built.
  'summary.error.noLedger':
    'the workbook has no “{sheet}” sheet, so no leader summaries can be built; import the rectification list first',
  'summary.error.noLeaderColumn':
    'the “{sheet}” header has no “{column}” column, so the measures cannot be summarised by leader; restore that header and try again',
  // lead: 导入清单 in an add-in on a ledger another program rebuilt (its marks lost).
  'shell.adopt.adopted':
    "{sheets} in this workbook carry none of the tool's marks (another program probably rebuilt it), but their headers show the tool's ledger: this import merged into them as the tool's sheets, kept everything typed in them and marked them again",
};
