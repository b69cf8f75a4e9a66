import { type Lang, t } from '../i18n';
import type { RectificationList } from '../list/schema';
import type { WorkbookPlan } from '../plan/types';
import type { AtRisk } from '../rebuild-risks';

/**
 * What 导入清单 decides the same way in every add-in shell (Office.js, WPS): the plan options,
 * which owned sheets a plain import rebuilds, whether that would overwrite what users typed, and
 * the lines the pane shows. The shells only read the sheets and carry the plan out.
 */

/** The name an import gives its source on 说明 and in 导入记录. */
export function sourceNameOf(list: RectificationList): string {
  return list.title || '整改清单';
}

/** The plan's diagnostics (text cut to fit Excel, …) as the lines the pane lists, in `lang`. */
export function diagnosticLines(plan: WorkbookPlan, lang: Lang): string[] {
  return (plan.diagnostics ?? []).map((d) =>
    t(lang, 'shell.planNote', {
      where: d.cell ? `${d.sheet}!${d.cell}` : d.sheet,
      message: lang === 'en' ? d.messageEn : d.message,
    }),
  );
}

/** The plan's sheets an import would rebuild: those the product owns already (ignoring case). */
export function sheetsToRebuild(plan: WorkbookPlan, owned: readonly string[]): string[] {
  const ours = new Set(owned.map((o) => o.toLowerCase()));
  return plan.sheets.map((s) => s.name).filter((n) => ours.has(n.toLowerCase()));
}

export type RebuildDecision =
  | { readonly ok: true; readonly changes: readonly string[] }
  | { readonly ok: false; readonly refusal: string };

/**
 * A plain import over owned sheets: refused when rebuilding would overwrite what users typed
 * (rebuildRisks found any), else the line saying what was rebuilt.
 */
export function rebuildDecision(
  replacing: readonly string[],
  risks: readonly AtRisk[],
  lang: Lang,
): RebuildDecision {
  if (risks.length > 0) {
    const examples = risks
      .slice(0, 3)
      .map((r) => `${r.sheet}!${r.cell}“${r.value}”`)
      .join(lang === 'en' ? ', ' : '、');
    return {
      ok: false,
      refusal: t(lang, 'shell.rebuild.refused', { count: risks.length, examples }),
    };
  }
  if (replacing.length === 0) return { ok: true, changes: [] };
  const sheets = replacing.join(lang === 'en' ? ', ' : '、');
  return { ok: true, changes: [t(lang, 'shell.rebuild.done', { sheets })] };
}
