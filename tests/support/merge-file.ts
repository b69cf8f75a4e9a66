import type { RectificationList } from '../../src/core/list/schema';
import type { WorkbookMerge } from '../../src/core/merge';
import { mergeLedgerPackage, type MergeOptions } from '../../src/xlsx/merge-ledger';
import { openWorkbookFile } from '../../src/xlsx/read';
import { writeBytesAtomic } from '../../src/xlsx/write';

/** What `rectify workbook --merge` does to a file, without the command line around it. */
export async function mergeFile(
  from: string,
  list: RectificationList,
  options: MergeOptions,
  to: string,
): Promise<WorkbookMerge> {
  const { reading, bytes } = await openWorkbookFile(from);
  const result = await mergeLedgerPackage(reading, bytes, list, options, to);
  await writeBytesAtomic(result.bytes, to);
  return result.merge;
}
