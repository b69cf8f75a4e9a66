import type { DocumentLoaders } from './read';
import { readSpreadsheetGrid } from './xlsx-grid';

/** The loaders the command line uses: pdf.js's Node build, word-extractor, the ExcelJS reader. */
export const nodeLoaders: DocumentLoaders = {
  pdfjs: async () => {
    polyfillWithResolvers();
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  },
  wordExtractor: async () => {
    const { default: WordExtractor } = await import('word-extractor');
    return new WordExtractor();
  },
  spreadsheetGrid: readSpreadsheetGrid,
};

/** pdf.js 6 calls Promise.withResolvers, which Node has only from 22 (the project supports 20). */
function polyfillWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === 'function') return;
  P.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
