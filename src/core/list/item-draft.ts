import { message } from '../i18n';
import { readDeadline } from './deadline';
import { diagnostic, quote } from './diagnostics';
import { FIELD_NAMES, type FieldKey } from './labels';
import { MeasureCollector } from './measures';
import { splitNames } from './names';
import type { ListItem, Measure, ParseDiagnostic } from './schema';
import type { Trace } from './trace';

type ListField = 'leadUnits' | 'coopUnits' | 'responsible' | 'leaders';
type TextField = 'problem' | 'goal' | 'deadline';
export type ItemField = FieldKey | 'problem';

/** The problem has no label in a list; messages name it as the ledger's column does. */
const PROBLEM_NAME = '问题描述';
/** An example of a deadline phrase that is not a date (one deadline.ts reads as ongoing; not a status). */
const ONGOING_EXAMPLE = '长期坚持';

/** One item while its lines are being read; `finish` turns it into the output shape. */
export class ItemDraft {
  readonly firstLine: number;
  lastLine: number;
  private field: ItemField = 'problem';
  private readonly seen = new Set<ItemField>(['problem']);
  private readonly text: Record<TextField, string[]> = { problem: [], goal: [], deadline: [] };
  private readonly lists: Record<ListField, string[]> = {
    leadUnits: [],
    coopUnits: [],
    responsible: [],
    leaders: [],
  };
  private readonly openEnded: Record<ListField, boolean> = {
    leadUnits: false,
    coopUnits: false,
    responsible: false,
    leaders: false,
  };
  private readonly measures: MeasureCollector;
  private deadlineLine: number;
  /** Whether the current field has read a paragraph since its label (for continuation warnings). */
  private fieldHasText = false;

  constructor(
    readonly no: number,
    readonly numeral: string,
    line: number,
    private readonly trace: Trace,
    private readonly diagnostics: ParseDiagnostic[],
    private readonly section: string | null = null,
    private readonly documentYear: number | null = null,
  ) {
    this.firstLine = line;
    this.lastLine = line;
    this.deadlineLine = line;
    this.measures = new MeasureCollector(trace, diagnostics);
  }

  /** A label line: switches the field and reads what follows the label on the same line. */
  openField(field: FieldKey, rest: string, line: number): void {
    if (this.seen.has(field)) {
      this.diagnostics.push(
        diagnostic(
          line,
          'warning',
          'duplicate-field',
          message('list.diag.duplicateField', { field: quote(FIELD_NAMES[field]) }),
        ),
      );
    }
    this.seen.add(field);
    this.field = field;
    this.fieldHasText = false;
    if (field === 'deadline') this.deadlineLine = line;
    if (rest !== '') this.add(rest, line);
  }

  /** A paragraph of the current field (trimmed, non-empty). */
  add(text: string, line: number): void {
    this.lastLine = line;
    const field = this.field;
    // A paragraph after one the field already has is a continuation; content on the line below an
    // empty label (`整改时限：` then `2022年12月31日`) is simply the field's first paragraph.
    const continues = this.fieldHasText;
    this.fieldHasText = true;
    switch (field) {
      case 'problem':
      case 'goal':
        this.text[field].push(text);
        return;
      case 'deadline':
        if (continues) {
          this.diagnostics.push(
            diagnostic(
              line,
              'warning',
              'deadline-continued',
              message('list.diag.deadlineContinued', { text: quote(text) }),
            ),
          );
        }
        this.text.deadline.push(text);
        return;
      case 'measures':
        this.measures.add(text, line);
        return;
      case 'leadUnits':
      case 'coopUnits':
      case 'responsible':
      case 'leaders':
        this.addNames(field, text, line, continues);
        return;
    }
  }

  private addNames(field: ListField, text: string, line: number, continues: boolean): void {
    if (continues) {
      this.diagnostics.push(
        diagnostic(
          line,
          'warning',
          'list-continued',
          message('list.diag.listContinued', {
            field: quote(FIELD_NAMES[field]),
            text: quote(text),
          }),
        ),
      );
    }
    const list = splitNames(text);
    this.lists[field].push(...list.names);
    if (list.openEnded) this.openEnded[field] = true;
    for (const ch of list.consumed) {
      this.trace.push({ line, kind: /^等/u.test(ch) ? 'etc' : 'separator', text: ch });
    }
  }

  finish(): ListItem {
    const measures = this.measures.finish();
    this.resolveResponsible();
    this.gatherFromMeasures(measures);
    const deadlineText = this.text.deadline.join('\n');
    const reading = readDeadline(deadlineText, this.documentYear);
    this.warnMissing(measures.length);
    if (reading.assumedYear !== null) {
      this.diagnostics.push(
        diagnostic(
          this.deadlineLine,
          'warning',
          'deadline-year-assumed',
          message('list.diag.yearAssumed', {
            deadline: quote(deadlineText),
            year: reading.assumedYear,
            date: reading.deadline.date ?? '',
          }),
        ),
      );
    }
    if (reading.missingYear) {
      this.diagnostics.push(
        diagnostic(
          this.deadlineLine,
          'warning',
          'deadline-no-year',
          message('list.diag.noYear', { deadline: quote(deadlineText) }),
        ),
      );
    }
    if (this.seen.has('deadline') && reading.deadline.kind === 'unknown' && !reading.missingYear) {
      const why = reading.unrealDate
        ? message('list.diag.unrealDeadline', { date: quote(reading.unrealDate) })
        : message('list.diag.unknownDeadline', {
            deadline: quote(deadlineText),
            ongoing: quote(ONGOING_EXAMPLE),
          });
      this.diagnostics.push(diagnostic(this.deadlineLine, 'warning', 'deadline-unknown', why));
    }
    return {
      no: this.no,
      numeral: this.numeral,
      section: this.section,
      problem: this.text.problem.join('\n'),
      goal: this.text.goal.join('\n'),
      leadUnits: this.lists.leadUnits,
      coopUnits: this.lists.coopUnits,
      leaders: this.lists.leaders,
      openEnded: {
        leadUnits: this.openEnded.leadUnits,
        coopUnits: this.openEnded.coopUnits,
        leaders: this.openEnded.leaders,
      },
      measures,
      deadline: reading.deadline,
      lines: [this.firstLine, this.lastLine],
    };
  }

  /** 责任单位 leads when no 牵头单位 is named, else it lists the cooperating units (after any named). */
  private resolveResponsible(): void {
    const responsible = this.lists.responsible;
    if (responsible.length === 0) return;
    const into: ListField = this.lists.leadUnits.length === 0 ? 'leadUnits' : 'coopUnits';
    this.lists[into].push(...responsible);
    if (this.openEnded.responsible) this.openEnded[into] = true;
  }

  /**
   * Units and leaders named on a measure alone are also the item's, in order of first appearance;
   * the copy is recorded in the trace so the lossless accounting can tell it from new text.
   */
  private gatherFromMeasures(measures: readonly Measure[]): void {
    for (const measure of measures) {
      for (const field of ['leadUnits', 'coopUnits', 'leaders'] as const) {
        for (const name of measure[field] ?? []) {
          if (this.lists[field].includes(name)) continue;
          // A unit that leads one measure and cooperates on another is listed once, as lead.
          if (field === 'coopUnits' && this.lists.leadUnits.includes(name)) continue;
          this.lists[field].push(name);
          this.trace.push({ line: this.firstLine, kind: 'gathered', text: name });
        }
      }
    }
  }

  private warnMissing(measureCount: number): void {
    const missing: ItemField[] = [];
    if (this.text.problem.length === 0) missing.push('problem');
    if (this.text.goal.length === 0) missing.push('goal');
    if (this.lists.leadUnits.length === 0) missing.push('leadUnits');
    if (this.lists.leaders.length === 0) missing.push('leaders');
    if (measureCount === 0) missing.push('measures');
    if (this.text.deadline.length === 0) missing.push('deadline');
    for (const field of missing) {
      const name = field === 'problem' ? PROBLEM_NAME : FIELD_NAMES[field];
      this.diagnostics.push(
        diagnostic(
          this.firstLine,
          'warning',
          `missing-${field}`,
          message('list.diag.missingField', { numeral: this.numeral, field: quote(name) }),
        ),
      );
    }
  }
}
