import type { Lang } from '../../../src/core/i18n';
import type { RectifyOperations } from '../../../src/operations/contract';
import { createWpsOperations } from '../../../src/wps/wps-operations';
import { EtBookModel } from './model';
import { ApplicationDouble } from './objects';

/** The ET double with the real WPS operations wired to it (as the pane and ribbon use them). */
export interface EtHost {
  readonly book: EtBookModel;
  readonly app: ApplicationDouble;
  readonly operations: RectifyOperations;
  /** How often the shell paused between chunks of synchronous work. */
  readonly pauses: () => number;
}

export function createEtHost(
  options: { sheets?: readonly string[]; noWorkbook?: boolean; lang?: Lang } = {},
): EtHost {
  const book = new EtBookModel(options.sheets ?? ['Sheet1']);
  const app = new ApplicationDouble(book, !options.noWorkbook);
  let pauses = 0;
  const operations = createWpsOperations({
    application: () => app,
    now: () => '2025-01-01 09:00',
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    pause: async () => {
      pauses++;
    },
  });
  return { book, app, operations, pauses: () => pauses };
}
