declare module 'word-extractor' {
  /** word-extractor 1.0 (no bundled types): only what src/documents/doc.ts uses. */
  export default class WordExtractor {
    extract(
      source: string | Buffer,
    ): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }>;
  }
}
