import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { wpsAddin } from '../../webpack.config.js';

const root = join(import.meta.dirname, '..', '..');

function emitted(to: string, production: boolean, baseUrl?: string): string {
  const pattern = wpsAddin(production, baseUrl).patterns.find((p) => p.to === to)!;
  const content = readFileSync(join(root, pattern.from));
  return String(pattern.transform ? pattern.transform(content) : content);
}

describe('the WPS publish templates', () => {
  for (const file of ['wps/publish.xml', 'wps/jsplugins.xml'])
    it(`${file} points WPS表格 (type et) at <ADDIN_BASE_URL>wps/`, () => {
      const xml = emitted(file, true, 'https://addins.example.gov.cn/rectify/');
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
      const plugin = doc.jsplugins.jspluginonline;
      expect(plugin['@type']).toBe('et');
      expect(plugin['@name']).toBe('RectifyLedger');
      expect(plugin['@url']).toBe('https://addins.example.gov.cn/rectify/wps/');
      expect(xml).not.toContain('localhost');
      // Without ADDIN_BASE_URL the templates point at the dev server.
      expect(emitted(file, false)).toContain('https://localhost:3000/wps/');
    });
});
