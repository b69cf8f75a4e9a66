import { LEADER_SHEET_PREFIX } from '../ledger/model';

/** Excel's limit on a sheet name, in UTF-16 code units (what Excel and ExcelJS count). */
export const MAX_SHEET_NAME = 31;

// Characters Excel refuses in a sheet name, plus control characters and lone surrogates, which
// no sheet name should carry (they break the file or are invisible).
/* eslint-disable no-control-regex -- control characters are exactly what is removed */
const FORBIDDEN =
  /[:\\/?*[\]\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */
const REPLACEMENT = '_';

/** The key Excel compares sheet names by: case-insensitive (NFKC folds full-width letters too). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** True when Excel accepts `name` as a sheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !new RegExp(FORBIDDEN.source).test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return text.slice(0, cut);
}

/** `prefix + name`, made legal: forbidden characters become `_`, cut to fit, no edge apostrophes. */
function legalName(prefix: string, name: string, suffix: string): string {
  const body = name.replace(FORBIDDEN, REPLACEMENT);
  const room = MAX_SHEET_NAME - prefix.length - suffix.length;
  let cut = truncate(body, room).replace(/'+$/, '');
  if (suffix === '' && cut.length === 0) cut = REPLACEMENT;
  const full = `${prefix}${cut}${suffix}`.replace(/^'+/, '');
  return full.length > 0 ? full : REPLACEMENT;
}

/**
 * One legal, distinct sheet name per leader, `汇总-<姓名>`, in the given order. Names that become
 * equal once made legal (ignoring case) get `(2)`, `(3)` … in order of appearance, so any set of
 * names, however hostile, maps to the same sheet names on every run. `reserved` are names already
 * in use that none of the results may take (compared ignoring case).
 */
export function leaderSheetNames(
  leaders: readonly string[],
  reserved: readonly string[] = [],
  prefix: string = LEADER_SHEET_PREFIX,
): string[] {
  // `History` is reserved by Excel; the prefix normally rules it out, but not with an empty prefix.
  const taken = new Set(['history', ...reserved.map(sheetNameKey)]);
  return leaders.map((leader) => {
    let name = legalName(prefix, leader, '');
    for (let n = 2; taken.has(sheetNameKey(name)); n++) {
      name = legalName(prefix, leader, `(${n})`);
    }
    taken.add(sheetNameKey(name));
    return name;
  });
}
