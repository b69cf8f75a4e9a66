/**
 * The floor of issue 14: the least any reader of the ledger must do. Inflate the four sheets the
 * core reads (清单, 台账, 时间节点, 名录) and the shared strings (when the file has them), then one
 * pass over each sheet's XML to its cells' value text, `<v>` or an inline string's `<t>` (no
 * types, no dates, no grid, no entities). `rectify validate` and `summarize` are
 * compared against this, run as its own process in the same rounds. It inflates with Node's
 * native zlib, as the command line does since session 5 (a slower inflater would flatter us).
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { ZipArchive } from '../../src/xlsx/reader/zip';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: bare-scan.ts FILE.xlsx');
const SHEETS = ['清单', '台账', '时间节点', '名录'];
const bytes = new Uint8Array(readFileSync(path));
const zip = new ZipArchive(bytes);
const utf8 = new TextDecoder();
const text = (name: string, optional = false) => {
  const entry = zip.find(name);
  if (entry === undefined) {
    if (optional) return '';
    throw new Error(`no ${name}`);
  }
  const raw = bytes.subarray(entry.localOffset + 30 + nameAndExtra(entry.localOffset));
  return utf8.decode(
    entry.method === 0
      ? raw.subarray(0, entry.size)
      : inflateRawSync(raw.subarray(0, entry.compressedSize)),
  );
};
function nameAndExtra(at: number): number {
  return (bytes[at + 26]! | (bytes[at + 27]! << 8)) + (bytes[at + 28]! | (bytes[at + 29]! << 8));
}

// Where the sheets are: workbook.xml's names and ids, its relationships' targets (plain regexes).
const workbook = text('xl/workbook.xml');
const rels = text('xl/_rels/workbook.xml.rels');
const targets = new Map(
  [...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g)].map(
    (m) => [m[1] ?? m[4], m[2] ?? m[3]],
  ),
);
let cells = 0;
let length = 0;
text('xl/sharedStrings.xml', true);
for (const name of SHEETS) {
  const tag = new RegExp(`<sheet [^>]*name="${name}"[^>]*>`).exec(workbook)?.[0] ?? '';
  const id = /r:id="([^"]+)"/.exec(tag)?.[1];
  const target = targets.get(id ?? '');
  if (target === undefined) continue;
  const xml = text(`xl/${target.replace(/^\/?xl\//, '')}`);
  // One pass to every cell's value text.
  for (let i = xml.indexOf('<c ', 0); i >= 0; i = xml.indexOf('<c ', i + 3)) {
    const close = xml.indexOf('>', i);
    if (xml.charCodeAt(close - 1) === 47) continue;
    const end = xml.indexOf('</c>', close);
    const v = xml.indexOf('<v>', close);
    const t = v >= 0 && v < end ? v : xml.indexOf('<t', close);
    if (t >= 0 && t < end) {
      const from = xml.indexOf('>', t) + 1;
      length += xml.indexOf('<', from) - from;
      cells++;
    }
  }
}
process.stdout.write(`${cells} ${length}\n`);
