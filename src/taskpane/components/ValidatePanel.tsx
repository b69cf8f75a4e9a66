import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useImperativeHandle, useMemo, useState, type Ref } from 'react';
import type { IsoDate } from '../../core/dates';
import { ruleName } from '../../core/i18n';
import type { ValidationIssue, ValidationReport } from '../../core/validate/types';
import type { RectifyOperations } from '../../operations/contract';
import { useStrings } from '../i18n/context';
import {
  firstWithCell,
  groupFindings,
  type FindingFilter,
  type FindingGroup,
} from '../model/finding-groups';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { confirmLedger } from './confirm-ledger';
import { NoLedgerNotice } from './NoLedgerNotice';
import { Progress } from './Progress';
import type { PanelAction } from './panel-action';
import { usePanelStyles } from './styles';

/** Findings listed per group before a "show the rest" button, so a broken ledger stays readable. */
const FIRST_SHOWN = 50;

interface Props {
  readonly operations: RectifyOperations;
  readonly clock: () => IsoDate;
  readonly staleDays: number;
  readonly onGoImport: () => void;
  /** Lets another tab start this one's action (the next steps offered after an import). */
  readonly actionRef?: Ref<PanelAction>;
}

/**
 * 校验台账: run the rules, give the verdict, list the findings grouped by rule (errors first, each
 * group collapsible, with its count), filtered by severity; a finding selects its cell.
 */
export function ValidatePanel({ operations, clock, staleDays, onGoImport, actionRef }: Props) {
  const { t } = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [filter, setFilter] = useState<FindingFilter>('all');
  const [noLedger, setNoLedger] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function validate() {
    setFailure(null);
    const ledger = await confirmLedger(runner, operations, setFailure, setNoLedger);
    if (ledger === 'no') setReport(null);
    if (ledger !== 'yes') return;
    const result = await runner.run('validate', () =>
      operations.validateLedger({ today: clock(), staleDays, writeSheet: false }),
    );
    if (result.status === 'failed') setFailure({ operation: 'validate', error: result.error });
    if (result.status === 'done') {
      setReport(result.value);
      setFilter('all');
    }
  }

  useImperativeHandle(actionRef, () => ({ run: () => void validate() }));

  async function select(issue: ValidationIssue) {
    setFailure(null);
    const result = await runner.run('select', () => operations.selectCell(issue.sheet, issue.cell));
    if (result.status === 'failed') setFailure({ operation: 'select', error: result.error });
  }

  const groups = useMemo(
    () => (report ? groupFindings(report.issues, filter) : []),
    [report, filter],
  );
  const first = firstWithCell(groups);
  const busy = runner.busy !== null;
  return (
    <div className={styles.panel}>
      <div className={styles.action}>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void validate()}>
            {t('pane.validate.button')}
          </Button>
        </div>
        <Caption1 block className={styles.muted}>
          {t('pane.validate.explain')}
        </Caption1>
      </div>
      <Progress label={runner.busy === 'validate' ? t('pane.validate.running') : null} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {noLedger ? <NoLedgerNotice onGoImport={onGoImport} /> : null}
      {!report && !noLedger && !failure && runner.busy !== 'validate' ? (
        <Body1 block className={styles.empty} data-testid="validate-empty">
          {t('pane.validate.empty')}
        </Body1>
      ) : null}
      {report ? (
        <>
          <MessageBar
            intent={report.errors === 0 ? 'success' : 'error'}
            layout="multiline"
            data-testid="verdict"
          >
            <MessageBarBody>
              <MessageBarTitle>
                {t(report.errors === 0 ? 'pane.validate.verdictOk' : 'pane.validate.verdictBad')}
              </MessageBarTitle>
              <div>
                {t('pane.validate.counts', { errors: report.errors, warnings: report.warnings })}
              </div>
              <div>{t(report.errors === 0 ? 'pane.validate.okBody' : 'pane.validate.badBody')}</div>
            </MessageBarBody>
          </MessageBar>
          <Caption1 block className={styles.muted}>
            {t('pane.validate.checkedOn', { today: report.today })}
          </Caption1>
          {report.issues.length > 0 ? (
            <>
              <RadioGroup
                layout="horizontal"
                aria-label={t('pane.validate.filterLabel')}
                value={filter}
                onChange={(_e, data) => setFilter(data.value as FindingFilter)}
                data-testid="finding-filter"
              >
                <Radio value="all" label={t('pane.validate.filterAll')} />
                <Radio value="error" label={t('pane.validate.filterErrors')} />
                <Radio value="warning" label={t('pane.validate.filterWarnings')} />
              </RadioGroup>
              {first ? (
                <div className={styles.row}>
                  <Button size="small" disabled={busy} onClick={() => void select(first)}>
                    {t('pane.validate.jumpFirst')}
                  </Button>
                </div>
              ) : null}
              {groups.length === 0 ? (
                <Caption1 block>{t('pane.validate.noneShown')}</Caption1>
              ) : (
                <FindingGroups groups={groups} onSelect={select} disabled={busy} />
              )}
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** One collapsible section per rule; the first is open, so the worst problem is in view. */
function FindingGroups(props: {
  groups: readonly FindingGroup[];
  onSelect: (issue: ValidationIssue) => Promise<void>;
  disabled: boolean;
}) {
  const { t, language } = useStrings();
  const keyOf = (g: FindingGroup) => `${g.severity}:${g.code}`;
  const firstKey = props.groups[0] ? keyOf(props.groups[0]) : '';
  return (
    <Accordion multiple collapsible defaultOpenItems={[firstKey]} data-testid="finding-groups">
      {props.groups.map((group) => (
        <AccordionItem key={keyOf(group)} value={keyOf(group)}>
          <AccordionHeader size="small" data-severity={group.severity}>
            {t('pane.validate.groupHeading', {
              severity: t(group.severity === 'error' ? 'severity.error' : 'severity.warning'),
              rule: ruleName(language, group.code),
              count: group.issues.length,
            })}
          </AccordionHeader>
          <AccordionPanel>
            <FindingList
              issues={group.issues}
              onSelect={props.onSelect}
              disabled={props.disabled}
            />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function FindingList(props: {
  issues: readonly ValidationIssue[];
  onSelect: (issue: ValidationIssue) => Promise<void>;
  disabled: boolean;
}) {
  const { t, language } = useStrings();
  const styles = usePanelStyles();
  const [all, setAll] = useState(false);
  const shown = all ? props.issues : props.issues.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul className={styles.plainList}>
        {shown.map((issue, i) => {
          const where = issue.cell
            ? `${issue.sheet}!${issue.cell}`
            : t('pane.validate.wholeSheet', { sheet: issue.sheet });
          const message = language === 'en' ? issue.messageEn : issue.message;
          // Messages usually name their cell already (台账!H4（第4行…）); do not say it twice.
          const text = message.startsWith(where)
            ? message
            : t('pane.validate.issueLabel', { where, message });
          return (
            <li key={i} className={styles.wrap}>
              {issue.cell ? (
                <Link
                  as="button"
                  className={styles.itemLink}
                  disabled={props.disabled}
                  onClick={() => void props.onSelect(issue)}
                >
                  {text}
                </Link>
              ) : (
                <Body1 block>{text}</Body1>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length < props.issues.length ? (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          {t('pane.validate.showAll', { count: props.issues.length - shown.length })}
        </Button>
      ) : null}
    </>
  );
}
