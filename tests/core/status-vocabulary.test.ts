/**
 * One status vocabulary (issue 16): every status is spelled once, in src/core/status.ts, with its
 * category. Anything else that needs a status asks that module, so a new status (or a renamed
 * one) changes one file; this fails on a status literal anywhere else in src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_STATUSES,
  categoryFromLabel,
  isDoneStatus,
  statusVocabulary,
  STATUSES,
} from '../../src/core/status';

const ROOT = join(import.meta.dirname, '..', '..');
const VOCABULARY = join('src', 'core', 'status.ts');
/**
 * The message catalogues are data, not code: a message may use the same word for something else
 * (`cli.parse.ongoing`: the list calls an item's deadline 持续推进). Code reads statuses from the
 * vocabulary, never from a message.
 */
const CATALOGUES = join('src', 'core', 'i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Whole string literals of a source text (comments left out): '…', "…", and `…` without ${}. */
function stringLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
  const literals: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`$]*)`/g)) {
    literals.push(m[1] ?? m[2] ?? m[3] ?? '');
  }
  return literals;
}

describe('the status vocabulary', () => {
  it('is the only place in src/ that spells a status', () => {
    const statuses = new Set(STATUSES);
    const found: string[] = [];
    for (const path of sourceFiles(join(ROOT, 'src'))) {
      const file = relative(ROOT, path);
      if (file === VOCABULARY || file.startsWith(CATALOGUES)) continue;
      for (const literal of stringLiterals(readFileSync(path, 'utf8'))) {
        if (statuses.has(literal.trim())) found.push(`${file}: '${literal}'`);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds a literal where one is written (the check itself can fail)', () => {
    expect(stringLiterals(`const a = '已完成'; // '推进中'\nconst b = \`未启动\`;`)).toEqual([
      '已完成',
      '未启动',
    ]);
  });

  it('maps every built-in status to a category, 已销号 counted as 已完成', () => {
    const builtIn = statusVocabulary(null);
    expect(STATUSES.map((s) => builtIn.categoryOf(s))).toEqual([
      'notStarted',
      'inProgress',
      'ongoing',
      'done',
      'done',
    ]);
    expect(isDoneStatus(' 已销号 ')).toBe(true);
    expect(builtIn.categoryOf('完成')).toBeNull();
    expect(BUILT_IN_STATUSES.every((s) => s.meaning.length > 0)).toBe(true);
  });

  it('takes a status added to 名录 with the category typed beside it, and only with one', () => {
    const vocabulary = statusVocabulary([
      ...STATUSES.map((status) => ({ status, category: null })),
      { status: '暂缓', category: categoryFromLabel(' 未启动 ') },
      { status: '待定', category: categoryFromLabel('不知道') },
    ]);
    expect(vocabulary.categoryOf('暂缓')).toBe('notStarted');
    expect(vocabulary.categoryOf('待定')).toBeNull();
    expect(vocabulary.statuses).toEqual([...STATUSES, '暂缓']);
  });
});
