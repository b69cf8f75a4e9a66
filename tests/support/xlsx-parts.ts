import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The system Python, which has openpyxl (python3-openpyxl); a pyenv shim may not. */
export const PYTHON = '/usr/bin/python3';

export interface PartDigest {
  /** sha256 of the part's content. */
  readonly content: string;
  /** sha256 of the part's bytes as stored in the zip (compressed), from its local header. */
  readonly stored: string;
  readonly method: number;
}

const DIGESTS = `
import hashlib, json, struct, sys, zipfile
out = {}
with open(sys.argv[1], 'rb') as raw, zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        if info.is_dir():
            continue
        raw.seek(info.header_offset)
        head = raw.read(30)
        n, e = struct.unpack('<HH', head[26:30])
        raw.seek(info.header_offset + 30 + n + e)
        stored = raw.read(info.compress_size)
        out[info.filename] = {
            'content': hashlib.sha256(z.read(info)).hexdigest(),
            'stored': hashlib.sha256(stored).hexdigest(),
            'method': info.compress_type,
        }
print(json.dumps(out))
`;

/** Every part of an .xlsx, read by Python's zipfile (a reader independent of the product's). */
export async function partDigests(xlsx: string): Promise<Record<string, PartDigest>> {
  const { stdout } = await run(PYTHON, ['-c', DIGESTS, xlsx], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, PartDigest>;
}

/** One part's text, read by Python's zipfile. */
export async function partText(xlsx: string, part: string): Promise<string> {
  const { stdout } = await run(
    PYTHON,
    [
      '-c',
      'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8"))',
      xlsx,
      part,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  return stdout;
}

/** Extracts parts into a folder (for xmllint). */
export async function extractParts(xlsx: string, dir: string, parts: readonly string[]) {
  await run(PYTHON, [
    '-c',
    'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); [z.extract(p, sys.argv[2]) for p in sys.argv[3:]]',
    xlsx,
    dir,
    ...parts,
  ]);
}

/**
 * Rewrites parts of an .xlsx with Python (to build packages the product did not write: a
 * calculation chain, prefixed XML, a drawing on a sheet…). `edits` maps part → new text, or null
 * to delete it; every other entry is copied.
 */
export async function editParts(
  src: string,
  dest: string,
  edits: Readonly<Record<string, string | null>>,
): Promise<void> {
  const script = `
import json, sys, zipfile
edits = json.loads(sys.stdin.read())
with zipfile.ZipFile(sys.argv[1]) as a, zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as b:
    for info in a.infolist():
        if info.filename in edits:
            continue
        b.writestr(info, a.read(info))
    for name, text in edits.items():
        if text is not None:
            b.writestr(name, text.encode('utf-8'))
`;
  await new Promise<void>((resolve, reject) => {
    const child = execFile(PYTHON, ['-c', script, src, dest], (error) =>
      error ? reject(error) : resolve(),
    );
    child.stdin?.end(JSON.stringify(edits));
  });
}

/** openpyxl opens the file and lists its sheets (throws with Python's message if it cannot). */
export async function openpyxlSheets(xlsx: string): Promise<string[]> {
  const { stdout } = await run(PYTHON, [
    '-c',
    'import json,sys,openpyxl; wb=openpyxl.load_workbook(sys.argv[1]); print(json.dumps(wb.sheetnames))',
    xlsx,
  ]);
  return JSON.parse(stdout) as string[];
}

/** xmllint --noout on files; resolves with its stderr (empty when every file is well-formed). */
export async function xmllint(files: readonly string[]): Promise<string> {
  try {
    const { stderr } = await run('xmllint', ['--noout', ...files]);
    return stderr;
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}
