import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { IsoDate } from '../../core/dates';
import type { ValidationIssue, ValidationReport } from '../../core/validate/types';
import type { RectifyOperations } from '../../office/operations';
import { useStrings } from '../i18n/context';
import { useSharedRunner } from '../runner';
import { FailureMessage, type Failure } from './FailureMessage';
import { confirmLedger } from './confirm-ledger';
import { NoLedgerNotice } from './NoLedgerNotice';
import { Progress } from './Progress';
import { usePanelStyles } from './styles';

/** Issues listed per group before a "show the rest" button, so a broken ledger stays readable. */
const FIRST_SHOWN = 50;

interface Props {
  readonly operations: RectifyOperations;
  readonly clock: () => IsoDate;
  readonly staleDays: number;
  readonly onGoImport: () => void;
}

/** 校验台账: run the rules, give the verdict, list the issues; clicking one selects its cell. */
export function ValidatePanel({ operations, clock, staleDays, onGoImport }: Props) {
  const t = useStrings();
  const styles = usePanelStyles();
  const runner = useSharedRunner();
  const [report, setReport] = useState<ValidationReport | null>(null);
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
    if (result.status === 'done') setReport(result.value);
  }

  async function select(issue: ValidationIssue) {
    setFailure(null);
    const result = await runner.run('select', () => operations.selectCell(issue.sheet, issue.cell));
    if (result.status === 'failed') setFailure({ operation: 'select', error: result.error });
  }

  const errors = report?.issues.filter((i) => i.severity === 'error') ?? [];
  const warnings = report?.issues.filter((i) => i.severity === 'warning') ?? [];
  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={runner.busy !== null}
          onClick={() => void validate()}
        >
          {t.validate.button}
        </Button>
      </div>
      <Progress label={runner.busy === 'validate' ? t.validate.running : null} />
      {failure ? <FailureMessage failure={failure} /> : null}
      {noLedger ? <NoLedgerNotice onGoImport={onGoImport} /> : null}
      {report ? (
        <>
          <MessageBar
            intent={report.errors === 0 ? 'success' : 'error'}
            layout="multiline"
            data-testid="verdict"
          >
            <MessageBarBody>
              <MessageBarTitle>
                {report.errors === 0 ? t.validate.verdictOk : t.validate.verdictBad}
              </MessageBarTitle>
              <div>{t.validate.counts(report.errors, report.warnings)}</div>
              <div>{report.errors === 0 ? t.validate.okBody : t.validate.badBody}</div>
            </MessageBarBody>
          </MessageBar>
          <Caption1 block className={styles.muted}>
            {t.validate.checkedOn(report.today)}
          </Caption1>
          <IssueGroup
            heading={t.validate.errorsHeading(errors.length)}
            issues={errors}
            onSelect={select}
            disabled={runner.busy !== null}
          />
          <IssueGroup
            heading={t.validate.warningsHeading(warnings.length)}
            issues={warnings}
            onSelect={select}
            disabled={runner.busy !== null}
          />
        </>
      ) : null}
    </div>
  );
}

function IssueGroup(props: {
  heading: string;
  issues: readonly ValidationIssue[];
  onSelect: (issue: ValidationIssue) => Promise<void>;
  disabled: boolean;
}) {
  const t = useStrings();
  const styles = usePanelStyles();
  const [all, setAll] = useState(false);
  if (props.issues.length === 0) return null;
  const shown = all ? props.issues : props.issues.slice(0, FIRST_SHOWN);
  return (
    <section aria-label={props.heading}>
      <Subtitle2 block as="h3" className={styles.flush}>
        {props.heading}
      </Subtitle2>
      <ul className={styles.plainList}>
        {shown.map((issue, i) => {
          const where = issue.cell
            ? `${issue.sheet}!${issue.cell}`
            : t.validate.wholeSheet(issue.sheet);
          const message = t.lang === 'en' ? issue.messageEn : issue.message;
          // Messages usually name their cell already (台账!H4（第4行…）); do not say it twice.
          const text = message.startsWith(where) ? message : t.validate.issueLabel(where, message);
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
          {t.validate.showAll(props.issues.length - shown.length)}
        </Button>
      ) : null}
    </section>
  );
}
