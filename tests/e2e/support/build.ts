import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Builds the add-in as `npm run build` does (production mode), plus the end-to-end page that
 * boots the pane on the Excel double (RECTIFY_E2E=1). It goes to its own folder, a twin of dist/,
 * so the test never races a developer's `npm run build`.
 */
export async function buildForEndToEnd(
  folder = 'e2e-dist',
  /** `pane`: taskpane-e2e.html alone (webpack.config.js), for tests that need nothing else. */
  mode: '1' | 'pane' = '1',
): Promise<string> {
  // For iterating on the tests only: reuse a folder built earlier with RECTIFY_E2E=1.
  const reuse = process.env.RECTIFY_E2E_DIST;
  if (reuse) return reuse;
  // Each test file that builds names its own folder: files run in parallel.
  const out = join(ROOT, 'tests', '.artifacts', folder);
  rmSync(out, { recursive: true, force: true });
  await run('npx', ['webpack', '--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    env: { ...process.env, RECTIFY_E2E: mode },
    maxBuffer: 64 * 1024 * 1024,
  });
  return out;
}
