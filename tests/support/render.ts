import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { readPng, type RgbImage } from './png';

const run = promisify(execFile);

export interface Rendering {
  readonly pdf: string;
  /** One PNG per printed page, in page order. */
  readonly pages: readonly string[];
  /** Wall time of the LibreOffice conversion, for reports (never asserted). */
  readonly convertMs: number;
}

/**
 * Prints a workbook through LibreOffice (headless, with a profile of its own so parallel runs and
 * a user's LibreOffice never interfere), then rasterises the PDF with pdftoppm.
 */
export async function renderWorkbook(
  xlsx: string,
  outDir: string,
  options: { readonly dpi?: number } = {},
): Promise<Rendering> {
  await mkdir(outDir, { recursive: true });
  const profile = join(tmpdir(), `rectify-lo-${randomUUID()}`);
  const started = performance.now();
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        xlsx,
      ],
      { timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const convertMs = performance.now() - started;
  const pdf = join(outDir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
  const prefix = join(outDir, 'page');
  await run('pdftoppm', ['-png', '-r', String(options.dpi ?? 110), pdf, prefix]);
  const pages = (await readdir(outDir))
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
  return { pdf, pages, convertMs };
}

export function loadPage(path: string): RgbImage {
  return readPng(path);
}

/** `#RRGGBB` → [r, g, b]. */
export function rgbOf(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.replace(/^#/, ''), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function near(img: RgbImage, i: number, [r, g, b]: readonly number[], tolerance: number): boolean {
  return (
    Math.abs((img.rgb[i * 3] as number) - (r as number)) <= tolerance &&
    Math.abs((img.rgb[i * 3 + 1] as number) - (g as number)) <= tolerance &&
    Math.abs((img.rgb[i * 3 + 2] as number) - (b as number)) <= tolerance
  );
}

/** How many pixels of the image have (nearly) this colour. */
export function countColour(img: RgbImage, colour: string, tolerance = 6): number {
  const target = rgbOf(colour);
  let count = 0;
  for (let i = 0; i < img.width * img.height; i++) if (near(img, i, target, tolerance)) count++;
  return count;
}

export interface Band {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Horizontal bands where a fill colour spans at least `minWidth` pixels of a pixel row: one band
 * per filled table row, since the rows' borders break the colour between them.
 */
export function colourBands(img: RgbImage, colour: string, minWidth = 200, tolerance = 6): Band[] {
  const target = rgbOf(colour);
  const bands: Band[] = [];
  let start = -1;
  for (let y = 0; y <= img.height; y++) {
    let count = 0;
    if (y < img.height) {
      for (let x = 0; x < img.width; x++)
        if (near(img, y * img.width + x, target, tolerance)) count++;
    }
    if (count >= minWidth && start < 0) start = y;
    if (count < minWidth && start >= 0) {
      if (y - start >= 3) bands.push({ top: start, bottom: y - 1 });
      start = -1;
    }
  }
  return bands;
}

/** Dark (text) pixels inside a band: how much ink a row carries. */
export function inkIn(img: RgbImage, band: Band): number {
  let ink = 0;
  for (let y = band.top; y <= band.bottom; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      const lum =
        0.299 * (img.rgb[i] as number) +
        0.587 * (img.rgb[i + 1] as number) +
        0.114 * (img.rgb[i + 2] as number);
      if (lum < 110) ink++;
    }
  }
  return ink;
}
