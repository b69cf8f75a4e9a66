import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A Chinese string literal in a source file, with where it is. */
export interface ChineseLiteral {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const HAN = /\p{Script=Han}/u;
/**
 * A name is one word of the workbook or a file name (a sheet, a column header, a status, a prefix
 * such as 汇总-, 整改台账.xlsx): Han characters, letters, digits and joiners only, also around an
 * interpolation (`台账-${unit}`). Anything with punctuation or spaces is a sentence: a message.
 */
const NAME = /^[\p{Script=Han}\dA-Za-z_.·\-—]+$/u;

/** Whether a literal's text (a template's literal pieces joined) reads as a message. */
export function isMessageLike(text: string): boolean {
  return HAN.test(text) && !NAME.test(text.trim());
}

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Every message-like Chinese literal (strings, templates, JSX text) under `folder`. */
export function chineseLiterals(root: string, folder: string): ChineseLiteral[] {
  const found: ChineseLiteral[] = [];
  for (const path of sourceFiles(join(root, folder))) {
    const text = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const file = relative(root, path).split('\\').join('/');
    const add = (node: ts.Node, pieces: readonly string[]) => {
      if (!isMessageLike(pieces.join(''))) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file, line, text: pieces.join('…') });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        add(node, [node.text]);
      } else if (ts.isTemplateExpression(node)) {
        add(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]);
      } else if (ts.isJsxText(node)) {
        add(node, [node.text]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
