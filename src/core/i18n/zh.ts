/**
 * Every message the product shows, in Chinese: the reference catalogue. Each message is a key and
 * a template whose `{name}` placeholders are filled by `t(lang, key, params)`; en.ts has the same
 * keys and placeholders (tests/core/i18n/parity.test.ts). Names from the document are parameters,
 * never part of a template.
 */
export const zh = {
  // Shared words
  'common.appName': '整改台账助手',
  'common.nameSeparator': '、',
  'common.clauseSeparator': '；',
  'common.none': '（无）',
  'common.dash': '—',
  'severity.error': '错误',
  'severity.warning': '警告',

  // Validation rules, by code: the headings findings are grouped under
  'rule.required': '必填项为空',
  'rule.unknown-item': '问题序号不在清单中',
  'rule.duplicate-key': '措施重复',
  'rule.bad-date': '日期无法识别',
  'rule.future-date': '日期晚于今天',
  'rule.done-without-date': '已完成但缺少完成日期',
  'rule.date-without-done': '有完成日期但状态未完成',
  'rule.bad-status': '状态无效',
  'rule.overdue-no-progress': '已逾期且无整改进展',
  'rule.overdue': '已逾期',
  'rule.no-progress': '缺少整改进展',
  'rule.stale': '久未更新',
  'rule.unknown-leader': '督办县领导不在名录中',
  'rule.unknown-unit': '责任单位不在名录中',
  'rule.deadline-mismatch': '截止日期与清单不一致',
  'rule.cell-error': '单元格含错误值',
  'rule.missing-sheet': '缺少工作表',
  'rule.missing-column': '缺少列',
  'rule.missing-reference': '缺少参照工作表',
  'rule.other': '其他问题',

  // Command line: the program and commander's own texts
  'cli.description': '整改台账助手：把整改清单读成结构化台账，校验台账，生成领导汇总。',
  'cli.option.version': '显示版本号',
  'cli.option.help': '显示帮助',
  'cli.command.help': '显示某个命令的帮助',
  'cli.help.usage': '用法：',
  'cli.help.options': '选项：',
  'cli.help.commands': '命令：',
  'cli.help.arguments': '参数：',
  'cli.help.globalOptions': '全局选项：',
  'cli.help.default': '（默认：{value}）',
  'cli.help.afterError': '（加 --help 查看用法）',
  'cli.help.exitCodes': '退出码：',
  'cli.error.line': 'rectify：{message}',
  'cli.error.internal': '内部错误，请报告此问题：{detail}',
  'cli.error.unknownCommand': '没有“{name}”这个命令',
  'cli.error.unknownOption': '没有“{flag}”这个选项',
  'cli.error.didYouMean': '（您是不是想输入 {candidates}？）',
  'cli.error.missingArgument': '缺少必需的参数“{name}”',
  'cli.error.optionMissingArgument': '选项“{flag}”缺少取值',
  'cli.error.missingMandatoryOption': '必须给出选项“{flag}”',
  'cli.error.excessArguments': '参数太多：需要 {expected} 个，收到 {received} 个',
  'cli.error.conflictingOption': '{first} 不能与 {second} 同时使用',
  'cli.error.invalidArgument': '参数取值无效：{detail}',
  'cli.error.other': '命令行有误：{detail}',
  'cli.today.invalid': '--today 应为真实日期，格式 YYYY-MM-DD，收到“{value}”',
  'cli.staleDays.invalid': '--stale-days 应为不小于 0 的整数天数，收到“{value}”',
  'cli.out.notXlsx': '输出文件须以 .xlsx 结尾：{path}',
  'cli.list.noItems': '清单文件中没有找到任何条目：{path}，条目应以“一、”“二、”这样的编号开头',
  'cli.list.cannotRead': '无法读取清单文件 {path}：{reason}',
  'cli.list.empty': '清单文件为空：{path}',
  'cli.list.notText': '清单文件不是文本文件：{path}，请另存为 UTF-8 文本',
  'cli.list.notUtf8': '清单文件不是 UTF-8 编码：{path}，请另存为 UTF-8 文本',
  'cli.list.noText': '清单文件没有内容：{path}',
  'cli.fs.noSuchFile': '文件不存在',
  'cli.fs.permission': '没有权限',
  'cli.fs.isFolder': '这是一个文件夹',
  'cli.diagnosticLine': '  {severity} 第 {line} 行：{message}',
  'cli.planNoteLine': '  警告 {message}',

  // rectify parse
  'cli.parse.description': '读取整改清单并显示读到的条目',
  'cli.parse.argFile': '清单文本文件，默认为内置的保靖县清单',
  'cli.parse.optJson': '输出经过结构校验的 JSON',
  'cli.parse.exitCodes': '  0  已读出清单\n  2  清单文件无法读取、为空、不是文本，或没有任何条目',
  'cli.parse.untitled': '（无标题）',
  'cli.parse.counts': '共 {items} 条、{measures} 项措施',
  'cli.parse.noDiagnostics': '没有问题',
  'cli.parse.diagnostics': '提示 {total} 条：错误 {errors}，警告 {warnings}',
  'cli.parse.diagnosticLine': '  {severity} {message}',
  'cli.parse.itemLine':
    '{numeral}、 督办县领导：{leaders}｜整改时限：{deadline}｜措施 {measures} 项',
  'cli.parse.reportedDone': '（已报完成）',
  'cli.parse.ongoing': '持续推进',
  'cli.parse.deadlineMissing': '（缺少）',
  'cli.parse.deadlineUnknown': '未识别“{text}”',

  // rectify validate
  'cli.validate.description': '报送前校验台账，逐格指出问题',
  'cli.validate.argFile': '台账工作簿 .xlsx',
  'cli.validate.optJson': '输出 JSON',
  'cli.validate.optToday': '以此日期为今天，格式 YYYY-MM-DD',
  'cli.validate.optStaleDays': '超过多少天未更新算作久未更新，默认 {days}',
  'cli.validate.exitCodes':
    '  0  没有错误，可以报送（可能有警告）\n  1  有错误，不可报送\n  2  文件无法作为工作簿读取，或命令行有误\n只读取文件，从不写入。',
  'cli.validate.header': '校验 {file}（今天为 {today}）',
  'cli.validate.errors': '错误 {count} 个：',
  'cli.validate.warnings': '警告 {count} 个：',
  'cli.validate.rule': '  {rule}（{count} 个）',
  'cli.validate.noIssues': '没有发现问题。',
  'cli.validate.ready': '可以报送',
  'cli.validate.notReady': '不可报送：{errors} 个错误',

  // rectify workbook
  'cli.workbook.description': '由整改清单生成结构化整改台账工作簿',
  'cli.workbook.optSeed': '清单文本文件，默认为内置的保靖县清单',
  'cli.workbook.optOut': '输出的工作簿',
  'cli.workbook.optToday': '以此日期为“今天”，格式 YYYY-MM-DD',
  'cli.workbook.optMerge':
    '把清单合并进已填写的台账，保留用户填写的全部内容；未给 --out 时写回该文件',
  'cli.workbook.optForce': '目标位置已是填写过的台账时，仍用新的空白台账替换它（原文件照样备份）',
  'cli.workbook.helpAfter':
    '备份：目标位置已有文件时，先把它复制为同一文件夹中的“<原名>.备份-<时间>.xlsx”，再写入新文件；\n' +
    '--merge 写回原文件时也一样。\n' +
    '目标位置是已填写过的台账（状态、完成日期、整改进展等有内容）时，不生成空白台账，\n' +
    '而是提示改用 --merge；确要替换请加 --force。\n\n' +
    '退出码：\n  0  已写入\n  2  未写入：清单无法读取或没有条目、目标是已填写的台账（未加 --force）、\n' +
    '     工作簿无法读取或写入，或命令行有误',
  'cli.workbook.wrote': '已写入 {path}（{kb} KB，统计日期 {today}）',
  'cli.workbook.sheetLine': '  {name}\t{rows} 行',
  'cli.workbook.backup': '原文件已备份为 {path}',
  'cli.workbook.noDiagnostics': '清单解析没有问题',
  'cli.workbook.diagnostics': '提示 {count} 条：',
  'cli.workbook.merged': '已把 {seed} 合并进 {merge}，写入 {out}（{kb} KB）',
  'cli.workbook.mergeReport': '合并结果：',
  'cli.workbook.noLedgerToMerge':
    '{path} 中没有“{sheet}”工作表，无法合并；请指定由整改台账助手生成的台账',
  'cli.workbook.backupFailed': '无法备份已有文件 {path}：{reason}',
  'cli.workbook.holdsUserValues':
    '未写入：{path} 是已填写过的台账（{rows} 行有用户填写的内容），不会用空白台账替换它。' +
    '要按清单更新并保留填写的内容，请运行 rectify workbook --merge {path}；' +
    '确要重新生成空白台账（原文件仍会备份），请加 --force',

  // rectify summarize
  'cli.summarize.description': '按督办县领导生成“领导汇总”和“汇总-<姓名>”工作表',
  'cli.summarize.argFile': '台账工作簿 .xlsx',
  'cli.summarize.optOut': '另存为此文件；不给则原地更新',
  'cli.summarize.optToday': '统计日期 YYYY-MM-DD，默认今天',
  'cli.summarize.helpAfter':
    '生成的工作表：\n' +
    '  领导汇总        每位督办县领导一行，另有合计行、统计日期和台账错误数\n' +
    '  汇总-<姓名>     每位领导一张：其措施按紧急程度排序，逾期红色、临期黄色\n\n' +
    '只替换本工具生成的工作表（原位置不变），其他工作表、单元格和名称一律不动。\n' +
    '如果某个要用的表名已被您自己的工作表占用，本命令会停止并说出该表名，什么也不写；\n' +
    '请把那张表改名或删除后重试。已不在台账中的领导，其旧汇总表会被删除。\n\n' +
    '退出码：\n' +
    '  0  已写入，台账没有错误\n' +
    '  1  已写入，但台账有错误，汇总中已注明\n' +
    '  2  未写入：文件无法读取、没有台账、表名被占用、无法写入，或命令行有误',
  'cli.summarize.wrote': '已写入 {path}（统计日期 {today}）',
  'cli.summarize.createdLeaders': '  新建 {name}（{count} 位领导）',
  'cli.summarize.updatedLeaders': '  更新 {name}（{count} 位领导）',
  'cli.summarize.createdMeasures': '  新建 {name}（{count} 项措施）',
  'cli.summarize.updatedMeasures': '  更新 {name}（{count} 项措施）',
  'cli.summarize.removed': '  删除 {name}（该领导已不在台账中）',
  'cli.summarize.noLedgerErrors': '台账没有错误',
  'cli.summarize.ledgerErrors': '台账有 {count} 个错误，汇总中已注明',
  'cli.summarize.writtenWithErrors':
    '汇总已写入，但台账有 {count} 个错误：报送前请运行 rectify validate 查看并改正',
  'cli.summarize.nothingWritten': '未写入任何内容：{reason}',

  // Ribbon commands and their message dialog
  'ribbon.validate.title': '校验台账',
  'ribbon.validate.passed': '台账校验通过，未发现问题。',
  'ribbon.summary.title': '生成领导汇总',
  'ribbon.failedTitle': '{title}：未完成',
  'dialog.close': '关闭',

  // Task pane
  'pane.appTagline': '导入整改清单、校验台账、查看逾期、生成领导汇总。',
  'pane.tabsLabel': '功能',
  'pane.tab.import': '导入',
  'pane.tab.validate': '校验',
  'pane.tab.overdue': '逾期',
  'pane.tab.summary': '汇总',
  'pane.tab.settings': '设置',
  'pane.heading.import': '导入清单',
  'pane.heading.validate': '校验台账',
  'pane.heading.overdue': '逾期概览',
  'pane.heading.summary': '生成领导汇总',
  'pane.heading.settings': '设置',
  'pane.host.noHostTitle': '未在 Excel 中打开',
  'pane.host.noHostBody':
    '此页面需要在 Excel 中作为加载项打开才能写入工作簿。现在可以浏览内置整改清单的解析结果（只读）。',
  'pane.host.noOfficeJs':
    '未能加载 Office.js（可能无法访问微软的网址）。请检查网络后在 Excel 中重新打开此加载项。',
  'pane.host.tooOldTitle': '此版本的 Excel 太旧',
  'pane.host.tooOldBody':
    '此 Excel 不支持 ExcelApi 1.8。请更新 Excel，或改用 Excel 网页版。现在只能浏览清单（只读）。',
  'pane.host.starting': '正在连接 Excel…',
  'pane.source.groupLabel': '清单来源',
  'pane.source.embedded': '内置清单',
  'pane.source.embeddedHint': '保靖县第二轮中央生态环境保护督察整改清单',
  'pane.source.paste': '粘贴文本',
  'pane.source.file': '选择 .txt 文件',
  'pane.source.fileOption': '文本文件',
  'pane.source.pasteLabel': '粘贴整改清单全文',
  'pane.source.pastePlaceholder': '一、问题描述……\n整改目标：……\n牵头单位：……',
  'pane.source.parsePasted': '解析粘贴的文本',
  'pane.source.pasteEmpty': '文本框是空的。请粘贴整改清单全文后再解析。',
  'pane.source.fileChosen': '已选择文件：{name}',
  'pane.source.fileInputLabel': '整改清单文本文件',
  'pane.file.empty': '文件「{name}」是空的。请选择含有整改清单全文的 .txt 文件。',
  'pane.file.binary':
    '文件「{name}」不是文本文件。请在 Word 或 WPS 中“另存为”纯文本（.txt）后再选择。',
  'pane.file.unreadable': '无法读取文件「{name}」。请确认文件未被占用，然后重新选择。',
  'pane.file.tooLarge': '文件「{name}」超过 5 MB，不像是一份整改清单。请确认选择了正确的文件。',
  'pane.preview.heading': '预览（尚未写入工作簿）',
  'pane.preview.readOnlyHeading': '预览（只读）',
  'pane.preview.titleLine': '标题：{title}',
  'pane.preview.untitled': '（无标题）',
  'pane.preview.counts': '问题 {items} 项，整改措施 {measures} 项',
  'pane.preview.leaders': '督办县领导 {count} 人',
  'pane.preview.noLeaders': '未找到督办县领导',
  'pane.preview.deadlines': '整改时限',
  'pane.preview.dateRange': '有日期的 {from} 至 {to}',
  'pane.preview.deadlineKinds':
    '有日期 {dated} 项，持续推进 {ongoing} 项，未识别 {unknown} 项，已销号 {done} 项',
  'pane.preview.warnings': '解析提示 {count} 条',
  'pane.preview.noWarnings': '没有解析提示。',
  'pane.preview.moreWarnings': '另有 {count} 条提示未列出。',
  'pane.preview.itemsToggle': '逐项查看',
  'pane.preview.itemLine': '{numeral}、时限：{deadline}',
  'pane.preview.itemLineLeaders': '{numeral}、时限：{deadline} · {leaders}',
  'pane.preview.noItems': '没有读到任何问题。请确认文本中的问题以“一、”“二、”这样的编号开头。',
  'pane.import.button': '导入到工作簿',
  'pane.import.running': '正在写入工作簿…',
  'pane.import.confirmTitle': '工作簿已有台账',
  'pane.import.confirmBody':
    '当前台账有 {rows} 行。重新导入会按清单更新“整改措施、责任单位、督办县领导、整改时限、截止日期”等文档列，并新增清单中新出现的措施。',
  'pane.import.confirmKeeps':
    '您填写的“状态、完成日期、整改进展、佐证材料、更新日期、备注”保持不变；您自己的工作表不会被改动。',
  'pane.import.confirm': '继续导入',
  'pane.import.cancel': '取消',
  'pane.import.done': '导入完成',
  'pane.import.sheetLine': '「{name}」{rows} 行',
  'pane.import.changesHeading': '变化',
  'pane.import.noChanges': '与上次导入相比没有变化。',
  'pane.import.nextSteps': '下一步：',
  'pane.validate.button': '校验台账',
  'pane.validate.explain': '逐行检查“台账”，指出报送前必须改正的错误和值得留意的警告。',
  'pane.validate.empty': '还没有校验。点击“校验台账”检查当前工作簿。',
  'pane.validate.running': '正在校验台账…',
  'pane.validate.verdictOk': '可以报送',
  'pane.validate.verdictBad': '不可报送',
  'pane.validate.counts': '错误 {errors} 个，警告 {warnings} 个',
  'pane.validate.okBody': '没有发现错误。',
  'pane.validate.badBody': '请先改正下列错误，再重新校验。',
  'pane.validate.filterLabel': '显示',
  'pane.validate.filterAll': '全部',
  'pane.validate.filterErrors': '错误',
  'pane.validate.filterWarnings': '警告',
  'pane.validate.groupHeading': '{severity} · {rule}（{count} 个）',
  'pane.validate.jumpFirst': '转到第一个问题',
  'pane.validate.noneShown': '没有这一类的问题。',
  'pane.validate.issueLabel': '{where}：{message}',
  'pane.validate.wholeSheet': '「{sheet}」',
  'pane.validate.showAll': '显示其余 {count} 个',
  'pane.validate.checkedOn': '按 {today} 校验',
  'pane.overdue.button': '刷新逾期概览',
  'pane.overdue.buttonExplain': '重新统计已逾期和临期的措施，并列出逾期最久的几项；不改动工作簿。',
  'pane.overdue.empty': '还没有统计。点击“刷新逾期概览”查看已逾期和临期的措施。',
  'pane.overdue.running': '正在统计逾期…',
  'pane.overdue.overdue': '已逾期',
  'pane.overdue.dueSoon': '{days} 天内到期',
  'pane.overdue.measuresUnit': '项措施',
  'pane.overdue.mostOverdue': '逾期最久',
  'pane.overdue.none': '没有逾期的措施。',
  'pane.overdue.entry': '问题 {item} 措施 {measure}：逾期 {days} 天',
  'pane.overdue.deadline': '截止 {date}',
  'pane.overdue.asOf': '截至 {today}',
  'pane.overdue.refreshMarks': '重新应用逾期标记',
  'pane.overdue.refreshMarksExplain':
    '在“台账”上重新写入逾期红色、临期黄色的条件格式（例如被误删或复制粘贴打乱后）。',
  'pane.overdue.refreshMarksRunning': '正在重新应用逾期标记…',
  'pane.overdue.marksDone': '逾期标记已重新应用。',
  'pane.summary.button': '生成领导汇总',
  'pane.summary.running': '正在生成汇总表…',
  'pane.summary.empty': '还没有生成汇总。点击“生成领导汇总”后，这里会列出各张汇总表。',
  'pane.summary.done': '已生成 {count} 张工作表，点击可前往：',
  'pane.summary.overviewLink': '{name}（{count} 位领导）',
  'pane.summary.sheetLink': '{name}（{count} 项措施）',
  'pane.summary.explain': '为每位督办县领导生成一张汇总表，并生成总览“领导汇总”。',
  'pane.settings.explain': '这两个天数保存在工作簿中，校验、逾期概览和领导汇总都按它们计算。',
  'pane.settings.dueSoon': '临期提醒（天）',
  'pane.settings.dueSoonHint': '截止日期在这么多天内的措施算作“临期”。',
  'pane.settings.stale': '长期未更新（天）',
  'pane.settings.staleHint': '超过这么多天没有更新的措施会在校验时给出警告。',
  'pane.settings.save': '保存到工作簿',
  'pane.settings.saving': '正在保存设置…',
  'pane.settings.saved': '设置已保存在此工作簿中。',
  'pane.settings.invalid': '「{label}」须为 {min} 到 {max} 之间的整数。',
  'pane.settings.loading': '正在读取设置…',
  'pane.noLedger.title': '工作簿中还没有台账',
  'pane.noLedger.body': '请先在“导入”中把整改清单导入工作簿。',
  'pane.noLedger.goImport': '前往导入',
  'pane.failure.title': '操作没有完成',
  'pane.failure.detail': '原因：{message}',
  'pane.failure.unknown': '未知错误',
  'pane.failure.inspect':
    '无法读取工作簿。请确认工作簿未处于单元格编辑状态（按 Esc 退出编辑），然后重试。',
  'pane.failure.import':
    '未能写入工作簿。请按 Esc 退出单元格编辑、确认工作簿未受保护后重试；已写入的内容不会丢失。',
  'pane.failure.validate': '未能完成校验。请确认“台账”工作表存在且表头未被改动，然后重新校验。',
  'pane.failure.select': '未能选中该单元格。该工作表可能已被重命名或删除；请重新校验后再试。',
  'pane.failure.overdue': '未能统计逾期。请确认“台账”工作表存在且表头未被改动，然后刷新。',
  'pane.failure.marks': '未能重新应用逾期标记。请确认“台账”工作表存在，然后重试。',
  'pane.failure.summary': '未能生成汇总表。请先运行校验并改正错误，然后重试。',
  'pane.failure.loadSettings':
    '未能读取保存的设置，暂用默认值（临期 {dueSoonDays} 天、未更新 {staleDays} 天）。可在“设置”中重新保存。',
  'pane.failure.saveSettings': '未能保存设置。请确认工作簿未受保护、未处于只读状态，然后重试。',

  // The Office shell: failures while writing, cell-edit mode, what a re-import keeps
  'office.cellEdit':
    'Excel 正处于单元格编辑状态，无法修改工作簿。请按回车键（确认输入）或 Esc 键（取消输入）离开单元格，然后重试。工作簿没有被修改，没有内容丢失。',
  'office.reason.cellEdit': '有单元格正在编辑',
  'office.retry': '请稍后重试。',
  'office.retry.cellEdit': '请按回车键或 Esc 键离开单元格后重试。',
  'office.write.unchanged':
    'Excel 未能完成这次操作（{reason}）。工作簿没有被修改，没有内容丢失。{retry}',
  'office.write.restored':
    'Excel 在写入途中失败（{reason}）。{sheets} 已恢复为操作前的样子，没有内容丢失。{retry}',
  'office.write.restoreFailed':
    'Excel 在写入途中失败（{reason}），恢复也未能完成。操作前的内容完整保存在工作表 {backups} 中，请勿删除：删除同名的半成品工作表后，把备份改回原名即可。',
  'office.write.restoreFailedHidden':
    'Excel 在写入途中失败（{reason}），恢复也未能完成。操作前的内容完整保存在隐藏的工作表 {backups} 中（右键单击工作表标签，选择“取消隐藏”），请勿删除：删除同名的半成品工作表后，把备份改回原名即可。',
  'office.write.backupOf': '“{backup}”（原“{sheet}”）',
  'settings.noSheet':
    '工作簿中还没有助手生成的“{sheet}”工作表，设置就保存在这张表里：请先导入整改清单，再修改设置。未做任何修改。',
  'settings.invalid': '{label}应为 {min} 至 {max} 之间的整数天数，收到“{found}”。未做任何修改。',
  'settings.moved':
    '“{sheet}”工作表 {cell} 单元格旁边不再是“{label}”（行可能被移动过），为免覆盖您填写的内容，未做任何修改。请把“{label}”放回原处后重试，或直接在单元格中修改天数。',
  'office.settings.saveFailed':
    '设置未能保存到工作簿（{reason}），工作簿中的设置保持原样，没有内容丢失。请重试。',
  'office.reimportLimits':
    '重新导入会保留每行中您填写的内容：文字、日期、公式、超链接、数字格式、填充颜色和字体。在 Excel 加载项中无法保留批注、单元格内部分文字的格式和您画的边框（加载项读不到这些）；如需保留，请先把批注抄到“备注”列，或改用命令行 rectify workbook --merge。',
} as const;
