import type { Page } from 'playwright-core';
import type { E2eProbe } from '../harness/boot-with-double';

type Window = { rectifyProbe: E2eProbe };

/** Reads and changes the in-memory workbook behind the end-to-end page, from the test. */
export function probeOf(page: Page) {
  return {
    sheetNames: () => page.evaluate(() => (window as unknown as Window).rectifyProbe.sheetNames()),
    selection: () => page.evaluate(() => (window as unknown as Window).rectifyProbe.selection()),
    activeSheet: () =>
      page.evaluate(() => (window as unknown as Window).rectifyProbe.activeSheet()),
    cellValue: (sheet: string, address: string) =>
      page.evaluate(([s, a]) => (window as unknown as Window).rectifyProbe.cellValue(s, a), [
        sheet,
        address,
      ] as const),
    savedSettings: () =>
      page.evaluate(() => (window as unknown as Window).rectifyProbe.savedSettings()),
    findHeader: (sheet: string, header: string) =>
      page.evaluate(([s, h]) => (window as unknown as Window).rectifyProbe.findHeader(s, h), [
        sheet,
        header,
      ] as const),
    /** A user typing into a cell in Excel. */
    edit: (sheet: string, address: string, value: string) =>
      page.evaluate(([s, a, v]) => (window as unknown as Window).rectifyProbe.edit(s, a, v), [
        sheet,
        address,
        value,
      ] as const),
    /** Another program rebuilt the workbook: the tool's marks are gone, the sheets stay. */
    dropMarks: () => page.evaluate(() => (window as unknown as Window).rectifyProbe.dropMarks()),
    waitForSelection: (address: string) =>
      page.waitForFunction(
        (a) => (window as unknown as Window).rectifyProbe.selection()?.address === a,
        address,
      ),
    waitForActiveSheet: (name: string) =>
      page.waitForFunction(
        (n) => (window as unknown as Window).rectifyProbe.activeSheet() === n,
        name,
      ),
  };
}
