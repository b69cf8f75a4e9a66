import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the panels: one column that reads well at the pane's ~320 px width. */
export const usePanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  plainList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  /** A button with the sentence that says what it does, just below it. */
  action: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  /** What a tab shows before its first run: one sentence saying what to do. */
  empty: {
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  /** The buttons offered after a step, a little apart from its report. */
  nextSteps: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  /** Headings sit on the panel's own spacing, not the browser's default margins. */
  flush: { margin: 0 },
  /** A link-styled button that wraps like text, one per line. */
  itemLink: { display: 'block', textAlign: 'left', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  wrap: { overflowWrap: 'anywhere' },
});
