#!/usr/bin/env node
// Compiles the command line (src/cli/main.ts) to one JavaScript file, so `rectify` starts without
// compiling TypeScript. Run by `npm ci` / `npm install` through the `prepare` script.
//
// Heavy libraries are loaded lazily: an import of one of them becomes a stand-in that requires the
// real package the first time it is used, so `rectify --help` never pays for ExcelJS.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
// dist-cli/cli/ sits as deep under the root as src/cli/, so paths relative to the module
// (the embedded seed list, `../../seeds/…`) resolve the same from the source and from the build.
export const CLI_BUILD = fileURLToPath(new URL('../dist-cli/cli/main.mjs', import.meta.url));

/** Packages worth deferring: each costs more to load than the whole rest of the command line. */
const LAZY = ['exceljs', 'write-file-atomic'];
const lazyPattern = new RegExp(`^(${LAZY.join('|')})(/.*)?$`);

/** Every import of a lazy package is a default import (ESLint-free convention checked here). */
const lazyPackages = {
  name: 'lazy-packages',
  setup(builder) {
    builder.onResolve({ filter: lazyPattern }, (args) => ({ path: args.path, namespace: 'lazy' }));
    builder.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      resolveDir: ROOT,
      contents: `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let real;
const load = () => (real ??= require(${JSON.stringify(args.path)}));
export default new Proxy(function lazy() {}, {
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
  apply: (_target, self, argv) => Reflect.apply(load(), self, argv),
  construct: (_target, argv) => Reflect.construct(load(), argv),
});
`,
    }));
  },
};

/** Builds dist-cli/cli/main.mjs; each file is written whole and renamed, so a concurrent start never reads half a build. */
export async function buildCli() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))],
    outdir: dirname(CLI_BUILD),
    outExtension: { '.js': '.mjs' },
    // What the sources import dynamically (the PDF, Word and .doc readers, the .docx report
    // writer…) becomes chunks of its own, loaded when a command needs it: `rectify --help` and
    // the .xlsx commands never parse those megabytes.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Everything else is bundled: one file parses faster than the hundreds of modules zod and
    // commander are made of. CommonJS inside the bundle requires Node's built-ins through the
    // banner's `require`.
    packages: 'bundle',
    plugins: [lazyPackages],
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: {
      js: [
        '// Built by tools/build-cli.mjs from src/cli; do not edit.',
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
      ].join('\n'),
    },
    write: false,
    metafile: true,
    absWorkingDir: ROOT,
  });
  mkdirSync(dirname(CLI_BUILD), { recursive: true });
  // The map first: the program is renamed into place last, when everything it points at is there.
  const files = [...result.outputFiles, sourcesFile(result.metafile)].sort(
    (a, b) => Number(a.path === CLI_BUILD) - Number(b.path === CLI_BUILD),
  );
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  removeStaleChunks(new Set(files.map((f) => basename(f.path))));
}

/** Where the build lists the repository files it was made from (bin/rectify.mjs checks them). */
export const CLI_SOURCES = join(dirname(CLI_BUILD), 'sources.json');

/**
 * The sources of this build, for bin/rectify.mjs to tell a stale build by their times without
 * walking the whole of src/ at every start: the bundle's own files, package.json and this script.
 */
function sourcesFile(metafile) {
  const sources = Object.keys(metafile.inputs).filter((p) => p.startsWith('src/'));
  sources.push('package.json', 'tools/build-cli.mjs');
  return { path: CLI_SOURCES, contents: new TextEncoder().encode(JSON.stringify(sources)) };
}

/**
 * Chunks of earlier builds, once no program started in the last hour can still load them (a
 * command running across a rebuild keeps its own build's chunks).
 */
function removeStaleChunks(current) {
  const dir = dirname(CLI_BUILD);
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(dir)) {
    if (!/^chunk-.*\.mjs(\.map)?$/.test(name) || current.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
