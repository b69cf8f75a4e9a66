import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { associatedFunctionNames, lintManifest } from '../support/manifest-lint';

const root = join(import.meta.dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

function commandSources(): string[] {
  const dir = join(root, 'src', 'ribbon');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const context = {
  associatedFunctions: associatedFunctionNames(commandSources()),
  assetExists: (path: string) => existsSync(join(root, path)),
};

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    expect(lintManifest(manifest, context)).toEqual([]);
  });

  it('rejects a malformed manifest', () => {
    expect(lintManifest('<OfficeApp><Id>', context)[0]).toMatch(/not well-formed/);
  });

  it('catches a bad id, a dangling resid, an http URL, an unregistered function and a missing icon', () => {
    const broken = manifest
      .replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>')
      .replace('resid="Tab.Label"', 'resid="Tab.Missing"')
      .replace('https://localhost:3000/help.html', 'http://localhost:3000/help.html')
      .replace('assets/icon-80.png', 'assets/icon-81.png')
      .replace(
        '<Action xsi:type="ShowTaskpane">',
        '<Action xsi:type="ExecuteFunction"><FunctionName>nowhere</FunctionName></Action><Action xsi:type="ShowTaskpane">',
      )
      .replace('MinVersion="1.8"/>', 'MinVersion="1.3"/>');
    const problems = lintManifest(broken, context).join('\n');
    expect(problems).toMatch(/Id is not a GUID/);
    expect(problems).toMatch(/resid "Tab.Missing"/);
    expect(problems).toMatch(/not https: http:\/\/localhost:3000\/help.html/);
    expect(problems).toMatch(/"nowhere" is not registered/);
    expect(problems).toMatch(/icon-81.png does not exist/);
    expect(problems).toMatch(/ExcelApi 1.8/);
  });
});
