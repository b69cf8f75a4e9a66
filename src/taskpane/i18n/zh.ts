/**
 * Every word the task pane shows, in Chinese. The English table (en.ts) has the same shape; the
 * components take their text from here and spell none themselves.
 */
export const zh = {
  lang: 'zh-CN',
  appTitle: '整改台账助手',
  appTagline: '导入整改清单、校验台账、查看逾期、生成领导汇总。',
  tabsLabel: '功能',
  tabs: {
    import: '导入',
    validate: '校验',
    overdue: '逾期',
    summary: '汇总',
    settings: '设置',
  },
  headings: {
    import: '导入清单',
    validate: '校验台账',
    overdue: '逾期概览',
    summary: '生成领导汇总',
    settings: '设置',
  },
  host: {
    noHostTitle: '未在 Excel 中打开',
    noHostBody:
      '此页面需要在 Excel 中作为加载项打开才能写入工作簿。现在可以浏览内置整改清单的解析结果（只读）。',
    noOfficeJs:
      '未能加载 Office.js（可能无法访问微软的网址）。请检查网络后在 Excel 中重新打开此加载项。',
    tooOldTitle: '此版本的 Excel 太旧',
    tooOldBody:
      '此 Excel 不支持 ExcelApi 1.8。请更新 Excel，或改用 Excel 网页版。现在只能浏览清单（只读）。',
    starting: '正在连接 Excel…',
  },
  source: {
    groupLabel: '清单来源',
    embedded: '内置清单',
    embeddedHint: '保靖县第二轮中央生态环境保护督察整改清单',
    paste: '粘贴文本',
    file: '选择 .txt 文件',
    fileOption: '文本文件',
    pasteLabel: '粘贴整改清单全文',
    pastePlaceholder: '一、问题描述……\n整改目标：……\n牵头单位：……',
    parsePasted: '解析粘贴的文本',
    pasteEmpty: '文本框是空的。请粘贴整改清单全文后再解析。',
    fileChosen: (name: string) => `已选择文件：${name}`,
    fileInputLabel: '整改清单文本文件',
  },
  file: {
    empty: (name: string) => `文件「${name}」是空的。请选择含有整改清单全文的 .txt 文件。`,
    binary: (name: string) =>
      `文件「${name}」不是文本文件。请在 Word 或 WPS 中“另存为”纯文本（.txt）后再选择。`,
    unreadable: (name: string) => `无法读取文件「${name}」。请确认文件未被占用，然后重新选择。`,
    tooLarge: (name: string) =>
      `文件「${name}」超过 5 MB，不像是一份整改清单。请确认选择了正确的文件。`,
  },
  preview: {
    heading: '预览（尚未写入工作簿）',
    readOnlyHeading: '预览（只读）',
    titleLine: (title: string) => `标题：${title}`,
    untitled: '（无标题）',
    counts: (items: number, measures: number) => `问题 ${items} 项，整改措施 ${measures} 条`,
    leaders: (count: number) => `督办县领导 ${count} 人`,
    noLeaders: '未找到督办县领导',
    names: (names: readonly string[]) => names.join('、'),
    clauses: (parts: readonly string[]) => parts.join('；'),
    deadlines: '整改时限',
    dateRange: (from: string, to: string) => `有日期的 ${from} 至 ${to}`,
    deadlineKinds: (dated: number, ongoing: number, unknown: number, done: number) =>
      `有日期 ${dated} 项，持续推进 ${ongoing} 项，未识别 ${unknown} 项，已销号 ${done} 项`,
    warnings: (count: number) => `解析提示 ${count} 条`,
    noWarnings: '没有解析提示。',
    moreWarnings: (count: number) => `另有 ${count} 条提示未列出。`,
    itemsToggle: '逐项查看',
    itemLine: (numeral: string, deadline: string, leaders: readonly string[]) =>
      `${numeral}、时限：${deadline}${leaders.length ? ` · ${leaders.join('、')}` : ''}`,
    noItems: '没有读到任何问题。请确认文本中的问题以“一、”“二、”这样的编号开头。',
  },
  importAction: {
    button: '导入到工作簿',
    running: '正在写入工作簿…',
    confirmTitle: '工作簿已有台账',
    confirmBody: (rows: number) =>
      `当前台账有 ${rows} 行。重新导入会按清单更新“整改措施、责任单位、督办县领导、整改时限、截止日期”等文档列，并新增清单中新出现的措施。`,
    confirmKeeps:
      '您填写的“状态、完成日期、整改进展、佐证材料、更新日期、备注”保持不变；您自己的工作表不会被改动。',
    confirm: '继续导入',
    cancel: '取消',
    done: '导入完成',
    sheetLine: (name: string, rows: number) => `「${name}」${rows} 行`,
    changesHeading: '变化',
    noChanges: '与上次导入相比没有变化。',
  },
  validate: {
    button: '运行校验',
    running: '正在校验台账…',
    verdictOk: '可以报送',
    verdictBad: '不可报送',
    counts: (errors: number, warnings: number) => `错误 ${errors} 条，提醒 ${warnings} 条`,
    okBody: '没有发现错误。',
    badBody: '请先改正下列错误，再重新校验。',
    errorsHeading: (n: number) => `错误（${n}）`,
    warningsHeading: (n: number) => `提醒（${n}）`,
    issueLabel: (where: string, message: string) => `${where}：${message}`,
    wholeSheet: (sheet: string) => `「${sheet}」`,
    showAll: (n: number) => `显示其余 ${n} 条`,
    checkedOn: (today: string) => `按 ${today} 校验`,
  },
  overdue: {
    button: '刷新逾期概览',
    running: '正在统计逾期…',
    overdue: '已逾期',
    dueSoon: (days: number) => `${days} 天内到期`,
    measuresUnit: '条措施',
    mostOverdue: '逾期最久',
    none: '没有逾期的措施。',
    entry: (item: string, measure: string, days: number) =>
      `问题 ${item} 措施 ${measure}：逾期 ${days} 天`,
    deadline: (date: string) => `截止 ${date}`,
    asOf: (today: string) => `截至 ${today}`,
    refreshMarks: '重新应用逾期标记',
    refreshMarksRunning: '正在重新应用逾期标记…',
    marksDone: '逾期标记已重新应用。',
  },
  summary: {
    button: '生成领导汇总',
    running: '正在生成汇总表…',
    done: (n: number) => `已生成 ${n} 张工作表，点击可前往：`,
    sheetLink: (name: string, rows: number) => `${name}（${rows} 行）`,
    explain: '为每位督办县领导生成一张汇总表，并生成总览“领导汇总”。',
  },
  settings: {
    dueSoon: '临期提醒（天）',
    dueSoonHint: '截止日期在这么多天内的措施算作“临期”。',
    stale: '长期未更新（天）',
    staleHint: '超过这么多天没有更新的措施会在校验时提醒。',
    save: '保存到工作簿',
    saving: '正在保存设置…',
    saved: '设置已保存在此工作簿中。',
    invalid: (label: string, min: number, max: number) =>
      `「${label}」须为 ${min} 到 ${max} 之间的整数。`,
    loading: '正在读取设置…',
  },
  noLedger: {
    title: '工作簿中还没有台账',
    body: '请先在“导入”中把整改清单导入工作簿。',
    goImport: '前往导入',
  },
  failure: {
    title: '操作没有完成',
    detail: (message: string) => `原因：${message}`,
    unknown: '未知错误',
    inspect: '无法读取工作簿。请确认工作簿未处于单元格编辑状态（按 Esc 退出编辑），然后重试。',
    import:
      '未能写入工作簿。请按 Esc 退出单元格编辑、确认工作簿未受保护后重试；已写入的内容不会丢失。',
    validate: '未能完成校验。请确认“台账”工作表存在且表头未被改动，然后重新校验。',
    select: '未能选中该单元格。该工作表可能已被重命名或删除；请重新校验后再试。',
    overdue: '未能统计逾期。请确认“台账”工作表存在且表头未被改动，然后刷新。',
    marks: '未能重新应用逾期标记。请确认“台账”工作表存在，然后重试。',
    summary: '未能生成汇总表。请先运行校验并改正错误，然后重试。',
    loadSettings:
      '未能读取保存的设置，暂用默认值（临期 30 天、未更新 90 天）。可在“设置”中重新保存。',
    saveSettings: '未能保存设置。请确认工作簿未受保护、未处于只读状态，然后重试。',
  },
} satisfies Record<string, unknown>;

/** The shape every language table has. */
export type Strings = typeof zh;
