import type { ReturnedWorkbook } from '../../core/cycle';
import { readReturnedBytes } from '../../xlsx/cycle-bytes';

/** What the pane needs of a picked file (a DOM File fits). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A returned unit file as the core's collect takes it, read in the browser by our bytes-only
 * reader: its grids and workbook-level names (the cycle marker). A file the reader cannot open is
 * kept with the reader's own message, so the preview lists it as refused, beside the others.
 */
export async function readReturnedFile(file: PickedFile): Promise<ReturnedWorkbook> {
  return readReturnedBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
