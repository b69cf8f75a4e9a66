import { readDeadline } from './deadline';
import { diagnostic, quote } from './diagnostics';
import { FIELD_NAMES, type FieldKey } from './labels';
import { MeasureCollector } from './measures';
import { splitNames } from './names';
import type { ListItem, ParseDiagnostic } from './schema';
import type { Trace } from './trace';

type ListField = 'leadUnits' | 'coopUnits' | 'leaders';
type TextField = 'problem' | 'goal' | 'deadline';
export type ItemField = FieldKey | 'problem';

const ENGLISH: Readonly<Record<ItemField, string>> = {
  problem: 'problem',
  goal: 'goal',
  leadUnits: 'lead units',
  coopUnits: 'cooperating units',
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
    leaders: [],
  };
  private readonly openEnded: Record<ListField, boolean> = {
    leadUnits: false,
    coopUnits: false,
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
    const deadlineText = this.text.deadline.join('\n');
    const reading = readDeadline(deadlineText);
    this.warnMissing(measures.length);
    if (this.seen.has('deadline') && reading.deadline.kind === 'unknown') {
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
      problem: this.text.problem.join('\n'),
      goal: this.text.goal.join('\n'),
      leadUnits: this.lists.leadUnits,
      coopUnits: this.lists.coopUnits,
      leaders: this.lists.leaders,
      openEnded: { ...this.openEnded },
      measures,
      deadline: reading.deadline,
      lines: [this.firstLine, this.lastLine],
    };
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
