import { classifyMeasureLine } from './classify';
import { diagnostic, quote } from './diagnostics';
import { trimSpace } from './normalise';
import { extractMilestones, unrealMilestones } from './milestones';
import type { Measure, ParseDiagnostic } from './schema';
import type { Trace } from './trace';

/**
 * Collects the measures of one item from the paragraphs under 整改措施. Measures are numbered
 * `1．` `2．` …; some items group them under unit headings `（一）县发改局` with numbering restarting
 * in each group; an unnumbered paragraph with no measure before it is a sole unnumbered measure.
 */
interface Group {
  readonly numeral: string;
  readonly name: string;
  readonly line: number;
  count: number;
}

interface Draft {
  readonly group: Group | null;
  readonly n: number;
  readonly numbered: boolean;
  readonly line: number;
  readonly paragraphs: string[];
}

export class MeasureCollector {
  private readonly drafts: Draft[] = [];
  private group: Group | null = null;
  private current: Draft | null = null;

  constructor(
    private readonly trace: Trace,
    private readonly diagnostics: ParseDiagnostic[],
  ) {}

  /** One trimmed, non-empty paragraph of the measures section. */
  add(text: string, line: number): void {
    const kind = classifyMeasureLine(text);
    if (kind.kind === 'group') {
      this.closeGroup();
      this.trace.push({ line, kind: 'group-number', text: kind.prefix });
      const name = trimSpace(kind.rest);
      this.group = { numeral: kind.numeral, name, line, count: 0 };
      this.current = null;
      if (name !== '') this.trace.push({ line, kind: 'group-name', text: name });
      return;
    }
    if (kind.kind === 'numbered') {
      this.trace.push({ line, kind: 'measure-number', text: kind.prefix });
      this.start(kind.n, true, trimSpace(kind.rest), line);
      return;
    }
    if (this.current) {
      this.current.paragraphs.push(kind.rest);
      return;
    }
    this.start(this.nextNumber(), false, kind.rest, line);
  }

  private nextNumber(): number {
    const last = this.drafts[this.drafts.length - 1];
    return last && last.group === this.group ? last.n + 1 : 1;
  }

  private start(n: number, numbered: boolean, text: string, line: number): void {
    const expected = this.nextNumber();
    if (numbered && n !== expected) {
      const where = this.group ? `分组“（${this.group.numeral}）”中` : '';
      this.diagnostics.push(
        diagnostic(
          line,
          'warning',
          'measure-number',
          `${where}措施编号为 ${n}，按顺序应为 ${expected}`,
          `measure numbered ${n}, expected ${expected}`,
        ),
      );
    }
    const draft: Draft = { group: this.group, n, numbered, line, paragraphs: [] };
    if (text !== '') draft.paragraphs.push(text);
    this.drafts.push(draft);
    if (this.group) this.group.count++;
    this.current = draft;
  }

  private closeGroup(): void {
    const group = this.group;
    if (group && group.count === 0) {
      this.diagnostics.push(
        diagnostic(
          group.line,
          'warning',
          'empty-group',
          `分组“（${group.numeral}）${group.name}”下没有措施`,
          'measure group has no measures',
        ),
      );
    }
  }

  finish(): Measure[] {
    this.closeGroup();
    const lineOfId = new Map<string, number>();
    return this.drafts.map((draft) => {
      const id = draft.group ? `${draft.group.numeral}.${draft.n}` : String(draft.n);
      const earlier = lineOfId.get(id);
      if (earlier !== undefined) {
        // Two measures with one key would share a ledger row: an error that stops the import.
        this.diagnostics.push(
          diagnostic(
            draft.line,
            'error',
            'duplicate-measure',
            `措施“${id}”重复，第 ${earlier} 行已有同号措施`,
            `duplicate measure ${id}; first at line ${earlier}`,
          ),
        );
      } else lineOfId.set(id, draft.line);
      const text = draft.paragraphs.join('\n');
      for (const phrase of unrealMilestones(text)) {
        this.diagnostics.push(
          diagnostic(
            draft.line,
            'warning',
            'unreal-date',
            `措施中的日期${quote(phrase)}不是真实的日期，未作为时间节点`,
            'date in a measure is not a real day; not taken as a milestone',
          ),
        );
      }
      return {
        id,
        group: draft.group ? draft.group.name : null,
        text,
        milestones: extractMilestones(text),
      };
    });
  }
}
