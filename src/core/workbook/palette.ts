/**
 * The ledger's colours, shared by the conditional formats and the legend on 说明 so they always
 * match. Fills are light enough to print and to read dark text on.
 */
export const MARK_COLOURS = {
  overdue: { fill: '#FFC7CE', fontColor: '#9C0006' },
  dueSoon: { fill: '#FFEB9C', fontColor: '#7F6000' },
  done: { fill: '#E2EFDA', fontColor: '#375623' },
} as const;

export const HEADER_STYLE = {
  bold: true,
  fontColor: '#FFFFFF',
  fill: '#1F4E78',
  wrap: true,
  horizontal: 'center',
  vertical: 'middle',
  border: true,
} as const;

export const TAB_COLOURS = {
  readme: '#7F7F7F',
  items: '#2F5597',
  ledger: '#C00000',
  milestones: '#ED7D31',
  lists: '#548235',
} as const;

export const DATE_FORMAT = 'yyyy-mm-dd';
export const TABLE_STYLE = 'TableStyleLight9';
