import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

// A production build takes ~10 s alone and several times that on a loaded machine.
const BUILD_TIMEOUT = 240_000;

describe('production build', () => {
  it(
    'emits both pages and a manifest that names only ADDIN_BASE_URL',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'rectify-build-'));
      await run('npx', ['webpack', '--mode', 'production', '--output-path', out], {
        cwd: root,
        env: { ...process.env, ADDIN_BASE_URL: 'https://addins.example.gov.cn/rectify' },
      });
      expect(existsSync(join(out, 'taskpane.html'))).toBe(true);
      expect(existsSync(join(out, 'commands.html'))).toBe(true);
      const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
      expect(manifest).not.toContain('localhost');
      const hosts = new Set([...manifest.matchAll(/https:\/\/([^/"<]+)/g)].map((m) => m[1]));
      expect([...hosts]).toEqual(['addins.example.gov.cn']);
      expect(manifest).toContain('https://addins.example.gov.cn/rectify/taskpane.html');
      const page = readFileSync(join(out, 'taskpane.html'), 'utf8');
      // Office.js comes from Microsoft's CDN; nothing else is fetched from elsewhere.
      const external = [...page.matchAll(/src="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
      expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    },
    BUILD_TIMEOUT,
  );

  it(
    'refuses an ADDIN_BASE_URL that is not https',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'rectify-build-'));
      await expect(
        run('npx', ['webpack', '--mode', 'production', '--output-path', out], {
          cwd: root,
          env: { ...process.env, ADDIN_BASE_URL: 'http://insecure.example' },
        }),
      ).rejects.toThrow(/must be an https URL/);
    },
    BUILD_TIMEOUT,
  );
});
