import ts from 'typescript';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Reads, for every Office.js member the add-in uses, the API set @types/office-js says it needs
 * (`[Api set: ExcelApi 1.7]`, `Requirement sets: … | DialogApi}`), and reports each use that needs
 * more than the manifest requires and is not inside a branch guarded by `isSetSupported` for that
 * set and version (or a later one). Members reached through the shell's own interfaces in
 * src/office/excel-api.ts are traced to the Excel member they stand for.
 */

export interface ApiSet {
  readonly set: string;
  readonly version: string;
}

export interface MemberUse {
  /** `Excel.Range.values`, `Office.UI.displayDialogAsync` … */
  readonly member: string;
  readonly needs: ApiSet | null;
  /** `src/office/x.ts:12` */
  readonly at: string;
  readonly guarded: ApiSet | null;
}

export interface AuditResult {
  readonly uses: readonly MemberUse[];
  /** Uses newer than allowed and unguarded. */
  readonly violations: readonly MemberUse[];
  /** Excel members the annotations do not cover, with no known set (listed for review). */
  readonly unannotated: readonly string[];
}

const ROOT = resolve(import.meta.dirname, '../..');
const OFFICE_TYPES = 'node_modules/@types/office-js/index.d.ts';

/** Members with no annotation in @types/office-js whose set is documented elsewhere. */
const KNOWN_SETS: Record<string, ApiSet> = {
  // learn.microsoft.com lists RunOptions under ExcelApi 1.11; an older host ignores the option
  // (and then refuses the request in cell-edit mode, which the shell catches).
};

/**
 * The shell's own interfaces over Office.js (each checked assignable from the real type where it
 * is declared), mapped to the type they stand for: `Excel.X` for `XlX` in excel-api.ts, and these.
 * A name without a dot is a namespace (the `Office` global).
 */
const SHELL_TYPES: Record<string, string> = {
  XlContext: 'Excel.RequestContext',
  XlFreezePanes: 'Excel.WorksheetFreezePanes',
  OfficeLike: 'Office',
  DialogHost: 'Office',
  DialogUi: 'Office.UI',
  DialogLike: 'Office.Dialog',
};

/** Sets of other hosts: annotations for Outlook say nothing about Excel. */
const OTHER_HOSTS = new Set(['Mailbox']);

export function versionAtLeast(have: string, want: string): boolean {
  const [ha = 0, hb = 0] = have.split('.').map(Number);
  const [wa = 0, wb = 0] = want.split('.').map(Number);
  return ha !== wa ? ha > wa : hb >= wb;
}

/**
 * The API set a declaration's doc comment names for Excel: the first `[Api set: …]` (the highest
 * version inside it, for "1.1 for reading; 1.2 for setting"), else the first common set listed
 * under "Requirement sets" (later ones are conditional, e.g. DialogOrigin for an option).
 */
function annotated(decl: ts.Node): ApiSet | null {
  const sf = decl.getSourceFile();
  const trivia = sf.text.slice(decl.getFullStart(), decl.getStart(sf));
  const apiSet = /\[Api set: (\w+) ([\d.]+)([^\]]*)\]/g;
  for (let m = apiSet.exec(trivia); m; m = apiSet.exec(trivia)) {
    if (OTHER_HOSTS.has(m[1] as string)) continue;
    let version = m[2] as string;
    for (const more of (m[3] ?? '').matchAll(/(\d+\.\d+)/g))
      if (versionAtLeast(more[1] as string, version)) version = more[1] as string;
    return { set: m[1] as string, version };
  }
  // Only the "Requirement set(s):" section counts, not a set named in prose (`@param …`).
  const section =
    /\*\*Requirement sets?\*\*:([\s\S]*?)(?:\n\s*\*\s*@|\*\/)/.exec(trivia)?.[1] ?? '';
  const listed = /requirement-sets\/common\/[^|]*\|\s*(\w+)\s*([\d.]+)?\s*\}/.exec(section);
  return listed ? { set: listed[1] as string, version: listed[2] ?? '1.1' } : null;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * What the add-in may use without a check: the manifest's ExcelApi 1.8, and the common sets every
 * Excel with ExcelApi 1.8 has (Settings 1.1 is in every Excel since 2013).
 */
export const MANIFEST_SETS: Readonly<Record<string, string>> = { ExcelApi: '1.8', Settings: '1.1' };

export interface AuditOptions {
  /** Files to audit (default: every .ts/.tsx under src/). */
  readonly files?: readonly string[];
  /** The version of each set the manifest requires (default ExcelApi 1.8). */
  readonly required?: Readonly<Record<string, string>>;
}

export function auditApiSets(options: AuditOptions = {}): AuditResult {
  const files = (options.files ?? sourceFiles(join(ROOT, 'src'))).map((f) => resolve(ROOT, f));
  const required = options.required ?? MANIFEST_SETS;
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const officeTypes = resolve(ROOT, OFFICE_TYPES);
  if (!existsSync(officeTypes)) throw new Error(`${OFFICE_TYPES} is missing`);

  const isOfficeDecl = (d: ts.Node) => resolve(d.getSourceFile().fileName) === officeTypes;

  const namespaces = (() => {
    const sf = program.getSourceFile(officeTypes)!;
    return new Map(
      checker.getSymbolsInScope(sf, ts.SymbolFlags.Namespace).map((s) => [s.name, s] as const),
    );
  })();

  /** Members of a mapped Office type: a namespace's exports or an interface's properties. */
  function memberOf(target: string, name: string): ts.Symbol | undefined {
    const [ns, ...rest] = target.split('.');
    const namespace = namespaces.get(ns as string);
    if (!namespace) return undefined;
    if (rest.length === 0) return namespace.exports?.get(name as ts.__String);
    const typeSymbol = namespace.exports?.get(rest.join('.') as ts.__String);
    return typeSymbol && checker.getDeclaredTypeOfSymbol(typeSymbol).getProperty(name);
  }

  /** The Office.js member a member of the shell's own interfaces stands for. */
  function officeMember(decl: ts.Declaration): ts.Symbol | undefined {
    const name = (decl as ts.NamedDeclaration).name?.getText();
    if (name === undefined) return undefined;
    const parent = decl.parent;
    if (ts.isInterfaceDeclaration(parent)) {
      const own = parent.name.text;
      const target =
        SHELL_TYPES[own] ?? (/^Xl[A-Z]/.test(own) ? `Excel.${own.slice(2)}` : undefined);
      return target === undefined ? undefined : memberOf(target, name);
    }
    if (ts.isTypeLiteralNode(parent) && ts.isPropertySignature(parent.parent)) {
      const outer = officeMember(parent.parent);
      if (!outer) return undefined;
      return checker.getTypeOfSymbol(outer).getNonNullableType().getProperty(name);
    }
    return undefined;
  }

  function needsOf(symbol: ts.Symbol, label: string): ApiSet | null | undefined {
    const decls = symbol.declarations ?? [];
    let best: ApiSet | null = null;
    for (const d of decls) {
      const own = annotated(d) ?? (d.parent ? annotated(d.parent) : null);
      if (own && (best === null || versionAtLeast(best.version, own.version))) best = own;
    }
    return best ?? KNOWN_SETS[label] ?? undefined;
  }

  function labelOf(symbol: ts.Symbol): string {
    const d = symbol.declarations?.[0];
    const holder = d?.parent;
    const owner =
      holder && (ts.isClassDeclaration(holder) || ts.isInterfaceDeclaration(holder))
        ? `${holder.name?.getText()}.`
        : '';
    let ns = '';
    for (let p: ts.Node | undefined = d?.parent; p; p = p.parent)
      if (ts.isModuleDeclaration(p)) ns = `${p.name.getText()}.${ns}`;
    return `${ns}${owner}${symbol.name}`;
  }

  /** The `isSetSupported(set, version)` guards around a node, through enclosing ifs and ?:. */
  function guardsOf(node: ts.Node): ApiSet[] {
    const guards: ApiSet[] = [];
    const collect = (expr: ts.Node) => {
      const visit = (n: ts.Node) => {
        if (
          ts.isCallExpression(n) &&
          ts.isPropertyAccessExpression(n.expression) &&
          n.expression.name.text === 'isSetSupported' &&
          n.arguments.length >= 1
        ) {
          const literal = (a: ts.Expression | undefined): string | null => {
            if (a === undefined) return null;
            const t = checker.getTypeAtLocation(a);
            return t.isStringLiteral() ? t.value : null;
          };
          const set = literal(n.arguments[0]);
          if (set !== null) guards.push({ set, version: literal(n.arguments[1]) ?? '1.1' });
        }
        ts.forEachChild(n, visit);
      };
      visit(expr);
    };
    for (let child: ts.Node = node, p = node.parent; p; child = p, p = p.parent) {
      if (ts.isIfStatement(p) && p.thenStatement === child) collect(p.expression);
      if (ts.isConditionalExpression(p) && p.whenTrue === child) collect(p.condition);
      // `if (!supported) return …;` earlier in the same block guards what follows.
      if (ts.isBlock(p) || ts.isSourceFile(p))
        for (const s of p.statements) {
          if (s === child) break;
          if (
            ts.isIfStatement(s) &&
            ts.isPrefixUnaryExpression(s.expression) &&
            s.expression.operator === ts.SyntaxKind.ExclamationToken &&
            (ts.isReturnStatement(s.thenStatement) ||
              (ts.isBlock(s.thenStatement) &&
                s.thenStatement.statements.some(ts.isReturnStatement)))
          )
            collect(s.expression);
        }
    }
    return guards;
  }

  const uses: MemberUse[] = [];
  const unannotated = new Set<string>();
  for (const sf of program.getSourceFiles()) {
    const file = resolve(sf.fileName);
    if (!files.includes(file)) continue;
    const visit = (node: ts.Node) => {
      let symbol: ts.Symbol | undefined;
      if (ts.isPropertyAccessExpression(node)) symbol = checker.getSymbolAtLocation(node.name);
      else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const contextual = checker.getContextualType(node.parent as ts.ObjectLiteralExpression);
        symbol = contextual?.getNonNullableType().getProperty(node.name.getText());
      }
      if (symbol) {
        const decl = symbol.declarations?.[0];
        let target: ts.Symbol | undefined;
        if (decl && isOfficeDecl(decl)) target = symbol;
        else if (decl && files.includes(resolve(decl.getSourceFile().fileName)))
          target = officeMember(decl);
        if (target && target.declarations?.some(isOfficeDecl)) {
          const label = labelOf(target);
          const needs = needsOf(target, label);
          if (needs === undefined) unannotated.add(label);
          const guards = guardsOf(node);
          const guard =
            needs == null
              ? null
              : (guards.find(
                  (g) => g.set === needs.set && versionAtLeast(g.version, needs.version),
                ) ?? null);
          uses.push({
            member: label,
            needs: needs ?? null,
            at: `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`,
            guarded: guard,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const violations = uses.filter((u) => {
    if (u.needs === null || u.guarded !== null) return false;
    const allowed = required[u.needs.set];
    return allowed === undefined || !versionAtLeast(allowed, u.needs.version);
  });
  return { uses, violations, unannotated: [...unannotated].sort() };
}
