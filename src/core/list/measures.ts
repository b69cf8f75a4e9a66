import { message } from '../i18n';
import { classifyMeasureLine } from './classify';
import { readInlineRoles } from './inline-labels';
import { numeralValue } from './numerals';
import { diagnostic, lineAt, quote } from './diagnostics';
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
  /** Text before the first numbered measure (`加强监管：一是…`), kept with the first measure. */
  private preamble: { text: string; line: number } | null = null;

  constructor(
    private readonly trace: Trace,
    private readonly diagnostics: ParseDiagnostic[],
  ) {}

  /** One trimmed, non-empty paragraph of the measures section. */
  add(text: string, line: number): void {
    const segments = splitSeveral(text);
    const [first, ...rest] = segments;
    if (
      rest.length > 0 &&
      first !== undefined &&
      classifyMeasureLine(first).kind === 'text' &&
      this.drafts.length === 0
    ) {
      this.preamble = { text: first, line };
      for (const segment of rest) this.addOne(segment, line);
      return;
    }
    for (const segment of segments) this.addOne(segment, line);
  }

  private addOne(text: string, line: number): void {
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
      const group = this.group ? message('list.diag.inGroup', { numeral: this.group.numeral }) : '';
      this.diagnostics.push(
        diagnostic(
          line,
          'warning',
          'measure-number',
          message('list.diag.measureNumber', { group, n, expected }),
        ),
      );
    }
    const draft: Draft = { group: this.group, n, numbered, line, paragraphs: [] };
    if (this.preamble && this.drafts.length === 0) draft.paragraphs.push(this.preamble.text);
    this.preamble = null;
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
          message('list.diag.emptyGroup', { numeral: group.numeral, name: group.name }),
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
            message('list.diag.duplicateMeasure', { id, earlier: lineAt(earlier) }),
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
            message('list.diag.unrealMilestone', { date: quote(phrase) }),
          ),
        );
      }
      const roles = readInlineRoles(text);
      if (roles === null) {
        return {
          id,
          group: draft.group ? draft.group.name : null,
          text,
          milestones: extractMilestones(text),
        };
      }
      for (const piece of roles.consumed)
        this.trace.push({ line: draft.line, kind: 'inline-role', text: piece });
      const measure: Measure = {
        id,
        group: draft.group ? draft.group.name : null,
        text: roles.text,
        milestones: extractMilestones(roles.text),
      };
      // 责任单位 on a measure: its lead if it names none, else its cooperating units.
      const lead = roles.leadUnits.length > 0 ? roles.leadUnits : roles.responsible;
      const coop =
        roles.leadUnits.length > 0 ? [...roles.coopUnits, ...roles.responsible] : roles.coopUnits;
      if (lead.length > 0) measure.leadUnits = lead;
      if (coop.length > 0) measure.coopUnits = coop;
      if (roles.leaders.length > 0) measure.leaders = roles.leaders;
      return measure;
    });
  }
}

/** A measure number inside a paragraph, after the start or the end of a sentence. */
const INLINE_NUMBER =
  /(?<=^|[。；;：:]\s*)(?:[（(]\s*(\d{1,2})\s*[）)]|(\d{1,2})\s*[．、]|([①-⑳])|([一二三四五六七八九十]{1,2})是)/gu;

function valueOf(m: RegExpMatchArray): number | null {
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return Number(m[2]);
  if (m[3] !== undefined) return m[3].charCodeAt(0) - 0x2460 + 1;
  return numeralValue(m[4] ?? '');
}

/**
 * Several measures written in one paragraph (`（1）……；（2）……`, `一是……；二是……`) are split before
 * each number that follows the one before it (1, 2, 3 …), so a stray `3、` in a sentence does not.
 */
export function splitSeveral(text: string): string[] {
  const cuts: number[] = [];
  let expected: number | null = null;
  for (const m of text.matchAll(INLINE_NUMBER)) {
    const value = valueOf(m);
    if (value === null) continue;
    if (expected === null ? value === 1 || m.index === 0 : value === expected) {
      cuts.push(m.index);
      expected = value + 1;
    }
  }
  if (
    cuts.length < 2 &&
    !(
      cuts.length === 1 &&
      (cuts[0] ?? 0) > 0 &&
      /^[一二三四五六七八九十]+是/u.test(text.slice(cuts[0]))
    )
  ) {
    return [text];
  }
  const out: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut > start) out.push(trimSpace(text.slice(start, cut)));
    start = cut;
  }
  out.push(trimSpace(text.slice(start)));
  return out.filter((s) => s !== '');
}
