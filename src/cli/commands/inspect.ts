import type { Command } from 'commander';
import { render, t, type Lang, type MessageKey, type MessageParam } from '../../core/i18n';
import { columnLetter } from '../../core/grid';
import { SHEETS } from '../../core/ledger/model';
import { readLedger } from '../../core/ledger/read';
import { ownedSheets } from '../../core/ownership';
import { WorkbookFileError } from '../../xlsx/errors';
import { openWorkbookFile } from '../../xlsx/read';
import type { WorkbookReading } from '../../xlsx/reader';
import { CliError } from '../errors';
import type { CommandRegistration } from '../program';

interface InspectOptions {
  readonly json?: boolean;
}

/** `rectify inspect FILE [--json]`: what the tool sees in a workbook. Exit 0 read, 2 not. */
export const registerInspect: CommandRegistration = (program, lang) => {
  program
    .command('inspect')
    .description(t(lang, 'cli.inspect.description'))
    .argument('<file>', t(lang, 'cli.inspect.argFile'))
    .option('--json', t(lang, 'cli.inspect.optJson'))
    .action(async (file: string, options: InspectOptions, command: Command) => {
      let reading: WorkbookReading;
      try {
        reading = (await openWorkbookFile(file)).reading;
      } catch (error) {
        if (error instanceof WorkbookFileError) throw new CliError(error.said, 2);
        throw error;
      }
      const inspection = inspectionOf(file, reading);
      outputOf(command)(
        options.json ? `${JSON.stringify(inspection, null, 2)}\n` : textOf(inspection, lang),
      );
    });
};

export interface Inspection {
  readonly file: string;
  readonly format: 'xlsx' | 'xlsm';
  readonly producer: { readonly application: string; readonly version: string | null } | null;
  readonly date1904: boolean;
  readonly sheets: readonly {
    readonly name: string;
    readonly kind: string;
    readonly state: string;
    readonly rows: number;
    readonly columns: number;
    readonly owned: boolean;
  }[];
  readonly ledger: {
    readonly sheet: string;
    readonly headerRow: number;
    readonly columns: Readonly<Record<string, string>>;
    readonly rows: number;
  } | null;
}

/** The JSON shape, these fields in this order; rows and columns as the grid has them. */
export function inspectionOf(file: string, reading: WorkbookReading): Inspection {
  const owned = new Set(ownedSheets(reading.definedNames.filter((n) => n.localSheet === null)));
  const sheets = reading.sheets.map((s) => {
    const grid = s.kind === 'worksheet' ? reading.grid(s.name) : null;
    const rows = grid?.rows ?? [];
    let columns = 0;
    for (const row of rows) if (row.length > columns) columns = row.length;
    return {
      name: s.name,
      kind: s.kind,
      state: s.state,
      rows: rows.length,
      columns,
      owned: owned.has(s.name),
    };
  });
  const grid = reading.grid(SHEETS.ledger);
  let ledger: Inspection['ledger'] = null;
  if (grid !== null) {
    const read = readLedger(grid);
    const columns: Record<string, string> = {};
    for (const [header, index] of Object.entries(read.columns))
      columns[header] = columnLetter(index);
    ledger = { sheet: grid.sheet, headerRow: read.headerRow + 1, columns, rows: read.rows.length };
  }
  const producer = reading.producer();
  return { file, format: reading.format, producer, date1904: reading.date1904, sheets, ledger };
}

const KINDS: Readonly<Record<string, MessageKey>> = {
  worksheet: 'cli.inspect.kind.worksheet',
  chartsheet: 'cli.inspect.kind.chartsheet',
  dialogsheet: 'cli.inspect.kind.dialogsheet',
  macrosheet: 'cli.inspect.kind.macrosheet',
};
const STATES: Readonly<Record<string, MessageKey>> = {
  visible: 'cli.inspect.state.visible',
  hidden: 'cli.inspect.state.hidden',
  veryHidden: 'cli.inspect.state.veryHidden',
};

/** What the tool sees, for a person, in the program's language (names as the workbook has them). */
export function textOf(inspection: Inspection, lang: Lang): string {
  const say = (key: MessageKey, params?: Record<string, MessageParam>) =>
    render(lang, params === undefined ? { key } : { key, params });
  const p = inspection.producer;
  const producer =
    p === null
      ? say('cli.inspect.producerUnknown')
      : say('cli.inspect.savedBy', {
          application: p.version === null ? p.application : `${p.application} ${p.version}`,
        });
  const head = say('cli.inspect.head', {
    file: inspection.file,
    format: inspection.format,
    producer,
    dates: inspection.date1904 ? 1904 : 1900,
  });
  const lines = [head, say('cli.inspect.sheets')];
  inspection.sheets.forEach((s, i) => {
    const kind = KINDS[s.kind];
    const state = STATES[s.state];
    const parts = [
      `  ${i + 1}. ${s.name}`,
      kind === undefined ? s.kind : say(kind),
      state === undefined ? s.state : say(state),
    ];
    if (s.kind === 'worksheet') {
      parts.push(say('cli.inspect.size', { rows: s.rows, columns: s.columns }));
    }
    if (s.owned) parts.push(say('cli.inspect.owned'));
    lines.push(parts.join('  '));
  });
  const l = inspection.ledger;
  if (l === null) lines.push(say('cli.inspect.noLedger', { sheet: SHEETS.ledger }));
  else {
    lines.push(say('cli.inspect.ledger', { sheet: l.sheet, row: l.headerRow, rows: l.rows }));
    const columns = Object.entries(l.columns).map(([h, c]) => `${h} ${c}`);
    lines.push(`  ${say('cli.inspect.columns', { columns })}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  return root.configureOutput().writeOut ?? ((text: string) => void process.stdout.write(text));
}
