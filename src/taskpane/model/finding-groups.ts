import type { Severity, ValidationIssue } from '../../core/validate/types';

/** Which findings the 校验 tab shows. */
export type FindingFilter = 'all' | 'error' | 'warning';

/** The findings of one rule and severity, as the 校验 tab lists them. */
export interface FindingGroup {
  readonly severity: Severity;
  readonly code: string;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Findings grouped by rule, errors before warnings; within a severity, rules in the order their
 * first finding appears (the report is in sheet order), findings in report order.
 */
export function groupFindings(
  issues: readonly ValidationIssue[],
  filter: FindingFilter = 'all',
): FindingGroup[] {
  const groups = new Map<string, { severity: Severity; code: string; issues: ValidationIssue[] }>();
  for (const severity of ['error', 'warning'] as const) {
    if (filter !== 'all' && filter !== severity) continue;
    for (const issue of issues) {
      if (issue.severity !== severity) continue;
      const key = `${severity}\u0000${issue.code}`;
      const group = groups.get(key);
      if (group) group.issues.push(issue);
      else groups.set(key, { severity, code: issue.code, issues: [issue] });
    }
  }
  return [...groups.values()];
}

/** The first finding the tab shows (errors first) that has a cell to go to, or null. */
export function firstWithCell(groups: readonly FindingGroup[]): ValidationIssue | null {
  for (const group of groups) for (const issue of group.issues) if (issue.cell) return issue;
  return null;
}
