import { matchLabel } from './labels';
import { splitNames } from './names';

/**
 * Units and leaders written in parentheses at the end of a measure, as many counties do:
 * `……（县住建局牵头，县水利局、县财政局配合，责任领导：吴某）`. Read only when every part of the
 * parentheses is such a role (`X牵头`, `X配合`, `label：names`), so that an ordinary aside
 * (`（2022—2025年）`, `（县人防办）`) stays in the text.
 */
export interface InlineRoles {
  /** The measure's text without the parentheses. */
  readonly text: string;
  readonly leadUnits: string[];
  readonly coopUnits: string[];
  /** 责任单位: the lead if no lead is named, else cooperating (decided by the caller). */
  readonly responsible: string[];
  readonly leaders: string[];
  /** What was taken out as structure (brackets, role words, labels, separators). */
  readonly consumed: string[];
}

const TRAILING = /（([^（）]+)）\s*([。；]?)\s*$/u;
const LEAD = /^(.+?)(牵头负责|牵头|负责)$/u;
const COOP = /^(.+?)(配合|协办|参与)$/u;

export function readInlineRoles(text: string): InlineRoles | null {
  const m = TRAILING.exec(text);
  if (!m) return null;
  const inside = m[1] ?? '';
  const out: InlineRoles = {
    text: text.slice(0, m.index) + (m[2] ?? ''),
    leadUnits: [],
    coopUnits: [],
    responsible: [],
    leaders: [],
    consumed: ['（', '）'],
  };
  // Parts are separated by ，or ；(、 separates names within a part).
  const parts = inside.split(/([，；])/u);
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1) {
      out.consumed.push(part);
      continue;
    }
    const trimmed = part.trim();
    if (trimmed === '') return null;
    const label = matchLabel(trimmed);
    let names: string;
    let into: string[];
    if (
      label &&
      (label.field === 'leaders' ||
        label.field === 'leadUnits' ||
        label.field === 'coopUnits' ||
        label.field === 'responsible')
    ) {
      out.consumed.push(label.label);
      names = trimmed.slice(label.label.length);
      into =
        label.field === 'leaders'
          ? out.leaders
          : label.field === 'leadUnits'
            ? out.leadUnits
            : label.field === 'coopUnits'
              ? out.coopUnits
              : out.responsible;
    } else {
      const lead = LEAD.exec(trimmed);
      const coop = lead ? null : COOP.exec(trimmed);
      const role = lead ?? coop;
      if (!role) return null;
      out.consumed.push(role[2] ?? '');
      names = role[1] ?? '';
      into = lead ? out.leadUnits : out.coopUnits;
    }
    const list = splitNames(names.trim());
    if (list.names.length === 0) return null;
    into.push(...list.names);
    out.consumed.push(...list.consumed);
  }
  return out;
}
