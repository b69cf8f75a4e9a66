/**
 * What the reader refuses to take on, so a hostile or broken file costs bounded memory. A
 * 100,000-row ledger is about 100 MB of sheet XML and 1.5 million cells: these leave room for
 * twenty times that and stop well before a machine runs out.
 */
export const LIMITS = {
  /** One part, inflated (V8 strings stop near 512 M characters). */
  partBytes: 400 * 1024 * 1024,
  /** All parts read from one package, inflated. */
  packageBytes: 1024 * 1024 * 1024,
  /** Entries in the zip directory. */
  entries: 100_000,
  /** Inflated over deflated size beyond which a large part is taken for a zip bomb. */
  ratio: 500,
  /** Size from which the ratio is checked (small parts of repeated XML compress very well). */
  ratioFrom: 16 * 1024 * 1024,
  /** Grid slots of one sheet (the sum over rows of the last column used). */
  gridSlots: 60_000_000,
  /** Excel's own sheet size. */
  rows: 1_048_576,
  columns: 16_384,
  /** Element nesting in one part. */
  depth: 256,
} as const;
