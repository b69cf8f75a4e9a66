#!/usr/bin/env node
// Starts the compiled command line (dist-cli/, built by `npm ci` through `prepare`). A build older
// than the sources is rebuilt first; without a build (installed with --ignore-scripts, say) the
// TypeScript sources run through tsx, slower, and the command says so on stderr.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist-cli', 'cli', 'main.mjs');

/**
 * The newest modification time among the sources the build is made from: those the build lists
 * (dist-cli/cli/sources.json, a few hundred files), else every file of src/. A listed source
 * that is gone makes the build stale.
 */
function newestSource() {
  const listed = join(root, 'dist-cli', 'cli', 'sources.json');
  if (existsSync(listed)) {
    let newest = 0;
    for (const path of JSON.parse(readFileSync(listed, 'utf8'))) {
      const stats = statSync(join(root, path), { throwIfNoEntry: false });
      if (stats === undefined) return Infinity;
      if (stats.mtimeMs > newest) newest = stats.mtimeMs;
    }
    return newest;
  }
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  const src = join(root, 'src');
  for (const name of readdirSync(src, { recursive: true })) {
    const time = statSync(join(src, name)).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

async function buildIfStale() {
  if (!existsSync(built)) return false;
  if (statSync(built).mtimeMs >= newestSource()) return true;
  try {
    const { buildCli } = await import(pathToFileURL(join(root, 'tools', 'build-cli.mjs')).href);
    await buildCli();
    return true;
  } catch {
    // esbuild is a development dependency: without it the sources run as they are.
    return false;
  }
}

if (await buildIfStale()) {
  await import(pathToFileURL(built).href);
} else {
  // Said before anything is compiled, so in the rule of src/core/i18n/language.ts written out.
  const env = process.env;
  const locale = [env.LANGUAGE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v?.trim());
  process.stderr.write(
    locale?.trim().toLowerCase().startsWith('en')
      ? 'rectify: the compiled command line (dist-cli/) is missing; running the TypeScript sources, which starts slowly. Run npm run build:cli\n'
      : 'rectify：未找到编译好的命令行（dist-cli/），改为直接运行 TypeScript 源码，启动较慢。请运行 npm run build:cli\n',
  );
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
