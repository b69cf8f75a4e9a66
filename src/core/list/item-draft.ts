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

const ENGLISH: Readonly<Record<ItemField, string>> = {
  problem: 'problem',
  goal: 'goal',
  leadUnits: 'lead units',
  coopUnits: 'cooperating units',
  responsible: 'responsible units',
  leaders: 'supervising leaders',
  measures: 'measures',
  deadline: 'deadline',
};

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
          `“${FIELD_NAMES[field]}”在本条中出现了不止一次，内容已合并`,
          `field ${ENGLISH[field]} appears more than once in the item; merged`,
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
              `整改时限之后的段落${quote(text)}已并入整改时限`,
              'paragraph after the deadline was read as part of the deadline',
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
          `接在“${FIELD_NAMES[field]}”后的段落${quote(text)}已按名单续行读取`,
          `paragraph read as a continuation of ${ENGLISH[field]}`,
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
          `整改时限${quote(deadlineText)}没有写年份，按文件标题中的 ${reading.assumedYear} 年读作 ${reading.deadline.date ?? ''}`,
          `the deadline has no year; read with the document's year ${reading.assumedYear}`,
        ),
      );
    }
    if (reading.missingYear) {
      this.diagnostics.push(
        diagnostic(
          this.deadlineLine,
          'warning',
          'deadline-no-year',
          `整改时限${quote(deadlineText)}没有写年份，文件标题中也没有年份，未能确定日期`,
          'the deadline has no year and the document states none; no date taken',
        ),
      );
    }
    if (this.seen.has('deadline') && reading.deadline.kind === 'unknown' && !reading.missingYear) {
      const why = reading.unrealDate
        ? `中的日期${quote(reading.unrealDate)}不是真实的日期`
        : `${quote(deadlineText)}既不是日期也不是“持续推进”之类的说法`;
      this.diagnostics.push(
        diagnostic(
          this.deadlineLine,
          'warning',
          'deadline-unknown',
          `整改时限${why}`,
          'the deadline is neither a date nor an ongoing phrase',
        ),
      );
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
      const name = field === 'problem' ? '问题描述' : FIELD_NAMES[field];
      this.diagnostics.push(
        diagnostic(
          this.firstLine,
          'warning',
          `missing-${field}`,
          `第${this.numeral}条缺少“${name}”`,
          `item ${this.no} has no ${ENGLISH[field]}`,
        ),
      );
    }
  }
}
