import { message } from '../i18n';
import { classifyLine } from './classify';
import { diagnostic, lineAt, quote } from './diagnostics';
import { ItemDraft } from './item-draft';
import { checkItemOrder } from './item-order';
import { documentYearOf } from './deadline';
import { FIELD_NAMES, matchLabel, splitAtLabels } from './labels';
import { itemStyleOf } from './numbering';
import { sourceLines, trimSpace } from './normalise';
import type { ListItem, ParseDiagnostic, RectificationList } from './schema';
import type { Trace } from './trace';

/**
 * Reads a rectification list (整改清单) into items. Pure and total: any string gives a result, and
 * whatever does not fit the expected shape becomes a diagnostic rather than an exception.
 *
 * Reading is line by line over the canonical text (see normalise.ts): an item heading `一、` opens
 * an item whose problem text follows; a label (`整改目标：`, `【牵头单位】` …) switches the field that
 * the following paragraphs belong to; blank lines carry no meaning, so documents with or without
 * blank lines read alike. Lines before the first item are the title.
 */
/** More paragraphs than this before the first item are unlikely to be only the title. */
const MAX_TITLE_LINES = 4;

export function parseList(text: string): RectificationList {
  return parseListTraced(text).list;
}

export interface TracedReading {
  readonly list: RectificationList;
  /** The structure taken out of the text (labels, numbering, separators): see trace.ts. */
  readonly trace: Trace;
}

export function parseListTraced(text: string): TracedReading {
  const trace: Trace = [];
  const diagnostics: ParseDiagnostic[] = [];
  const titleParts: string[] = [];
  const titleLines: number[] = [];
  const items: ListItem[] = [];
  // Widened on purpose: TypeScript cannot see the assignments inside `read` below.
  let current = null as ItemDraft | null;
  let furniture = 0;
  let section: string | null = null;
  /** The section heading's first line, while no item has yet been read under it. */
  let openSection: number | null = null;
  const dropSection = (): void => {
    if (section === null || openSection === null) return;
    diagnostics.push(
      diagnostic(
        openSection,
        'warning',
        'empty-section',
        message('list.diag.emptySection', { section: quote(section) }),
        section,
      ),
    );
  };
  let documentYear: number | null | undefined;

  /** One line, or one field of a line that holds several (see splitAtLabels). */
  const read = (line: string, no: number): void => {
    const kind = classifyLine(line, itemStyle);
    switch (kind.kind) {
      case 'blank':
        break;
      case 'furniture':
        furniture++;
        diagnostics.push(
          diagnostic(
            no,
            'warning',
            'page-furniture',
            message('list.diag.pageFurniture', { text: quote(line) }),
            line,
          ),
        );
        break;
      case 'attachment':
        if (current) {
          current.add(line, no);
        } else {
          trace.push({ line: no, kind: 'attachment', text: kind.prefix });
        }
        break;
      case 'section':
        if (current) items.push(current.finish());
        current = null;
        dropSection();
        section = kind.text;
        openSection = no;
        break;
      case 'item':
        if (current) items.push(current.finish());
        trace.push({ line: no, kind: 'item-number', text: kind.prefix });
        // The document's year (for `6月底前`) is the title's, known once the first item starts.
        documentYear ??= documentYearOf(titleParts.join(''));
        current = new ItemDraft(
          kind.no,
          kind.numeral,
          no,
          trace,
          diagnostics,
          section,
          documentYear,
        );
        openSection = null;
        if (trimSpace(kind.rest) !== '') current.add(trimSpace(kind.rest), no);
        break;
      case 'label':
        trace.push({ line: no, kind: 'label', text: kind.prefix });
        if (current) {
          current.openField(kind.field, trimSpace(kind.rest), no);
        } else {
          const rest = trimSpace(kind.rest);
          diagnostics.push(
            diagnostic(
              no,
              'error',
              'field-before-item',
              message('list.diag.fieldBeforeItem', {
                field: quote(FIELD_NAMES[kind.field]),
                dropped: rest === '' ? '' : message('list.diag.notRead', { text: quote(rest) }),
              }),
              rest === '' ? undefined : rest,
            ),
          );
        }
        break;
      case 'text':
        if (current) current.add(kind.rest, no);
        else if (section !== null && openSection !== null) {
          // A section heading running over two lines, or a sentence under it: part of the section.
          section = `${section}\n${kind.rest}`;
        } else {
          titleParts.push(kind.rest);
          titleLines.push(no);
        }
        break;
    }
  };

  const segments = sourceLines(text).flatMap((source) =>
    splitAtLabels(trimSpace(source.text)).map((segment) => ({ segment, no: source.no })),
  );
  const itemStyle = itemStyleOf(
    segments.map((s) => s.segment),
    (line) => matchLabel(line) !== null,
  );
  for (const { segment, no } of segments) read(segment, no);
  if (current) items.push(current.finish());
  dropSection();

  diagnostics.push(...checkItemOrder(items));
  if (items.length === 0) {
    diagnostics.push(diagnostic(0, 'error', 'no-items', message('list.diag.noItems')));
  } else if (titleParts.length === 0) {
    diagnostics.push(diagnostic(1, 'warning', 'missing-title', message('list.diag.noTitle')));
  }
  if (titleParts.length > MAX_TITLE_LINES) {
    // A title runs over two or three lines; more is likely a covering letter or notes, which are
    // kept (in the title) but pointed out.
    diagnostics.push(
      diagnostic(
        titleLines[0] ?? 1,
        'warning',
        'long-title',
        message('list.diag.longTitle', {
          count: titleParts.length,
          last: lineAt(titleLines[titleLines.length - 1] ?? 1),
        }),
      ),
    );
  }
  if (furniture > 0) {
    diagnostics.push(
      diagnostic(
        0,
        'warning',
        'page-furniture-total',
        message('list.diag.furnitureTotal', { count: furniture }),
      ),
    );
  }
  diagnostics.sort((a, b) => a.line - b.line);
  return { list: { title: titleParts.join(''), items, diagnostics }, trace };
}
