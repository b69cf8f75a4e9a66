import type { IsoDate } from '../../core/dates';
import type { ParseDiagnostic, RectificationList } from '../../core/list/schema';

/** What the import preview shows about a parsed list before anything is written. */
export interface ListPreview {
  readonly title: string;
  readonly items: number;
  readonly measures: number;
  /** Supervising leaders in order of first appearance, each once. */
  readonly leaders: readonly string[];
  readonly deadlines: {
    readonly dated: number;
    readonly ongoing: number;
    readonly unknown: number;
    readonly reportedDone: number;
    readonly earliest: IsoDate | null;
    readonly latest: IsoDate | null;
  };
  /** Parser diagnostics, errors before warnings, each group in line order. */
  readonly notes: readonly ParseDiagnostic[];
}

export function previewOf(list: RectificationList): ListPreview {
  const leaders = new Set<string>();
  let measures = 0;
  let dated = 0;
  let ongoing = 0;
  let unknown = 0;
  let reportedDone = 0;
  let earliest: IsoDate | null = null;
  let latest: IsoDate | null = null;
  for (const item of list.items) {
    for (const leader of item.leaders) leaders.add(leader);
    measures += item.measures.length;
    const { deadline } = item;
    if (deadline.reportedDone) reportedDone += 1;
    if (deadline.kind === 'ongoing') ongoing += 1;
    else if (deadline.kind === 'unknown') unknown += 1;
    else dated += 1;
    if (deadline.date) {
      // ISO dates order as text.
      if (earliest === null || deadline.date < earliest) earliest = deadline.date;
      if (latest === null || deadline.date > latest) latest = deadline.date;
    }
  }
  const rank = (d: ParseDiagnostic) => (d.severity === 'error' ? 0 : 1);
  const notes = [...list.diagnostics].sort((a, b) => rank(a) - rank(b) || a.line - b.line);
  return {
    title: list.title,
    items: list.items.length,
    measures,
    leaders: [...leaders],
    deadlines: { dated, ongoing, unknown, reportedDone, earliest, latest },
    notes,
  };
}
