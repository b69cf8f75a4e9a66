import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { IsoDate } from '../../core/dates';
import { parseList } from '../../core/list/parse';
import type { CycleOperations } from '../../office/cycle-operations';
import type { RectifyOperations, Settings } from '../../operations/contract';
import type { HostInfo } from '../host-info';
import { StringsContext } from '../i18n/context';
import type { Strings } from '../i18n';
import { DEFAULT_SETTINGS } from '../model/settings';
import { RunnerContext, useRunner, useSharedRunner } from '../runner';
import { isDarkBackground, paneTheme } from '../theme';
import { FailureMessage, type Failure } from './FailureMessage';
import { CyclePanel } from './CyclePanel';
import { ImportPanel } from './ImportPanel';
import { ListPreviewCard } from './ListPreviewCard';
import { OverduePanel } from './OverduePanel';
import type { PanelAction } from './panel-action';
import { Progress } from './Progress';
import { SettingsPanel } from './SettingsPanel';
import { SummaryPanel } from './SummaryPanel';
import { ValidatePanel } from './ValidatePanel';

export interface AppProps {
  readonly host: HostInfo;
  /** The way to Excel; null outside Excel (or in an Excel too old), where the pane is read only. */
  readonly operations: RectifyOperations | null;
  readonly strings: Strings;
  /** The pane's clock (clock.ts), read when an operation starts. */
  readonly clock: () => IsoDate;
  readonly embeddedText: string;
  /** The monthly cycle's bridge (host.ts cycleOperationsFor); null or absent where unavailable. */
  readonly cycle?: CycleOperations | null;
}

const TABS = ['import', 'validate', 'overdue', 'summary', 'cycle', 'settings'] as const;
export type TabName = (typeof TABS)[number];

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  /**
   * Six tabs in Excel's 320-pixel pane, laid out on purpose rather than left to wrap: the Chinese
   * labels (two characters) in one row of equal cells, the longer English ones in two rows of
   * three aligned cells. Each label stays whole; a pane narrower still wraps inside its cell.
   */
  tabs: {
    display: 'grid',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  tabsOneRow: { gridTemplateColumns: 'repeat(6, minmax(0, 1fr))' },
  tabsTwoRows: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    minWidth: 0,
    justifyContent: 'center',
  },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  flush: { margin: 0 },
});

export function App(props: AppProps) {
  const { host, strings } = props;
  const theme = useMemo(
    () => paneTheme(isDarkBackground(host.bodyBackgroundColor ?? undefined)),
    [host.bodyBackgroundColor],
  );
  const runner = useRunner();
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang={strings.lang}>
      <StringsContext.Provider value={strings}>
        <RunnerContext.Provider value={runner}>
          <div className={styles.root}>
            <header>
              <Title3 block as="h1" className={styles.flush}>
                {strings.appTitle}
              </Title3>
              <Body1 block as="p">
                {strings.t('pane.appTagline')}
              </Body1>
            </header>
            {props.operations && host.status.kind === 'excel' ? (
              <InExcel {...props} operations={props.operations} />
            ) : (
              <OutsideExcel {...props} />
            )}
          </div>
        </RunnerContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}

/** No Excel to write to: say why plainly and still show the parsed embedded list. */
function OutsideExcel({ host, strings: { t }, embeddedText }: AppProps) {
  const list = useMemo(() => parseList(embeddedText), [embeddedText]);
  const tooOld = host.status.kind === 'excel-too-old';
  return (
    <>
      <MessageBar intent="warning" layout="multiline" data-testid="host-notice">
        <MessageBarBody>
          <MessageBarTitle>
            {t(tooOld ? 'pane.host.tooOldTitle' : 'pane.host.noHostTitle')}
          </MessageBarTitle>
          <div>{t(tooOld ? 'pane.host.tooOldBody' : 'pane.host.noHostBody')}</div>
          {host.officeJsMissing ? <div>{t('pane.host.noOfficeJs')}</div> : null}
        </MessageBarBody>
      </MessageBar>
      <ListPreviewCard list={list} readOnly />
    </>
  );
}

function InExcel(props: AppProps & { operations: RectifyOperations }) {
  const {
    strings: { t },
    operations,
  } = props;
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>('import');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsFailure, setSettingsFailure] = useState<Failure | null>(null);
  const runner = useSharedRunner();

  useEffect(() => {
    let live = true;
    void runner
      .run('loadSettings', () => operations.loadSettings())
      .then((result) => {
        if (!live) return;
        if (result.status === 'done') setSettings(result.value);
        else {
          setSettings(DEFAULT_SETTINGS);
          if (result.status === 'failed') {
            setSettingsFailure({ operation: 'loadSettings', error: result.error });
          }
        }
      });
    return () => {
      live = false;
    };
    // Settings are read once, when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [operations]);

  const goImport = () => setTab('import');
  // A next step offered after an import: go to its tab and start its action there.
  const validateAction = useRef<PanelAction>(null);
  const summaryAction = useRef<PanelAction>(null);
  const nextStep = (next: TabName) => {
    setTab(next);
    if (next === 'validate') validateAction.current?.run();
    if (next === 'summary') summaryAction.current?.run();
  };
  const current = settings ?? DEFAULT_SETTINGS;
  return (
    <>
      <TabList
        className={mergeClasses(
          styles.tabs,
          props.strings.language === 'zh' ? styles.tabsOneRow : styles.tabsTwoRows,
        )}
        aria-label={t('pane.tabsLabel')}
        selectedValue={tab}
        onTabSelect={(_e, data) => setTab(data.value as TabName)}
        size="small"
      >
        {TABS.map((name) => (
          <Tab
            key={name}
            value={name}
            id={`tab-${name}`}
            aria-controls={`panel-${name}`}
            className={styles.tab}
          >
            {t(`pane.tab.${name}`)}
          </Tab>
        ))}
      </TabList>
      {settingsFailure ? <FailureMessage failure={settingsFailure} /> : null}
      {TABS.map((name) => (
        <section
          key={name}
          id={`panel-${name}`}
          role="tabpanel"
          aria-labelledby={`tab-${name}`}
          hidden={tab !== name}
        >
          <Title3 block as="h2" className={styles.heading}>
            {t(`pane.heading.${name}`)}
          </Title3>
          {name === 'import' ? (
            <ImportPanel
              operations={operations}
              clock={props.clock}
              embeddedText={props.embeddedText}
              onNextStep={nextStep}
            />
          ) : null}
          {name === 'validate' ? (
            <ValidatePanel
              operations={operations}
              clock={props.clock}
              staleDays={current.staleDays}
              onGoImport={goImport}
              actionRef={validateAction}
            />
          ) : null}
          {name === 'overdue' ? (
            <OverduePanel
              operations={operations}
              clock={props.clock}
              dueSoonDays={current.dueSoonDays}
              onGoImport={goImport}
            />
          ) : null}
          {name === 'summary' ? (
            <SummaryPanel
              operations={operations}
              clock={props.clock}
              onGoImport={goImport}
              actionRef={summaryAction}
            />
          ) : null}
          {name === 'cycle' ? (
            <CyclePanel
              cycle={props.cycle ?? null}
              operations={operations}
              clock={props.clock}
              onGoImport={goImport}
              active={tab === 'cycle'}
            />
          ) : null}
          {name === 'settings' ? (
            settings ? (
              <SettingsPanel
                operations={operations}
                settings={settings}
                onSaved={setSettings}
                active={tab === 'settings'}
              />
            ) : (
              <Progress label={t('pane.settings.loading')} />
            )
          ) : null}
        </section>
      ))}
    </>
  );
}
