import type { DocumentLoaders } from './read';
import { readSpreadsheetGrid } from './xlsx-grid';

/**
 * The loaders the task pane uses. pdf.js and ExcelJS are fetched only when such a file is opened
 * (webpack splits each dynamic import into a chunk of its own); pdf.js parses in its worker, which
 * webpack emits beside the pane from the `new URL(…, import.meta.url)` below. A .doc needs Node's
 * Buffer (word-extractor), so the pane asks for a .docx instead.
 */
export const browserLoaders: DocumentLoaders = {
  pdfjs: async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(
      'pdfjs-dist/build/pdf.worker.min.mjs',
      import.meta.url,
    ).href;
    return pdfjs;
  },
  spreadsheetGrid: readSpreadsheetGrid,
};
