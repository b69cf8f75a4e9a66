/**
 * The one border a plan draws (`CellStyle.border`): a thin light-grey line on every edge of every
 * cell of the range. Every shell draws this, in its own terms.
 */
export const BORDER_LINE = { weight: 'thin', color: '#BFBFBF' } as const;
