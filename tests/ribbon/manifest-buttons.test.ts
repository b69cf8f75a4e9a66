import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const commands = readFileSync(join(root, 'src', 'ribbon', 'index.ts'), 'utf8');

type Node = Record<string, unknown>;
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Node;
const list = (v: unknown) => (v === undefined ? [] : [v].flat()) as Node[];

function findAll(node: unknown, key: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) findAll(n, key, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === key) out.push(...list(v));
      findAll(v, key, out);
    }
  return out;
}

const strings = new Map(findAll(doc, 'bt:String').map((s) => [String(s['@id']), s] as const));

describe('ribbon buttons in manifest.xml', () => {
  const controls = findAll(doc, 'Control');

  it('has the task pane button and the two function commands, in that order', () => {
    expect(controls.map((c) => c['@id'])).toEqual([
      'Rectify.TaskpaneButton',
      'Rectify.ValidateButton',
      'Rectify.SummariesButton',
    ]);
    const functions = controls.flatMap((c) => list(c['Action'])).map((a) => a['FunctionName']);
    expect(functions.filter(Boolean)).toEqual(['validateLedger', 'buildSummaries']);
    for (const name of ['validateLedger', 'buildSummaries'])
      expect(commands).toContain(`Office.actions.associate('${name}'`);
  });

  it('gives every button a Chinese label and tooltip with English overrides and three icon sizes', () => {
    for (const control of controls) {
      const label = strings.get(String((control['Label'] as Node)['@resid']));
      const tip = strings.get(
        String(((control['Supertip'] as Node)['Description'] as Node)['@resid']),
      );
      for (const s of [label, tip]) {
        expect(String(s?.['@DefaultValue'])).toMatch(/[\u4e00-\u9fff]/);
        expect((s?.['bt:Override'] as Node)['@Locale']).toBe('en-US');
      }
      const sizes = list((control['Icon'] as Node)['bt:Image']).map((i) => i['@size']);
      expect(sizes).toEqual(['16', '32', '80']);
    }
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(
      findAll(doc, 'Permissions').length + (xml.match(/<Permissions>/g)?.length ?? 0),
    ).toBeGreaterThan(0);
    expect(xml.match(/<Permissions>([^<]+)<\/Permissions>/g)).toEqual([
      '<Permissions>ReadWriteDocument</Permissions>',
    ]);
  });
});
