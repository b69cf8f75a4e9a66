import { z } from 'zod';
import { startupSchema } from './sections/startup';

/** What `npm run bench` writes to bench/results.json; the smoke test checks files against it. */
const timing = z.strictObject({
  runs: z.number().int().positive(),
  medianMs: z.number().nonnegative(),
  minMs: z.number().nonnegative(),
  maxMs: z.number().nonnegative(),
  medianCpuMs: z.number().nonnegative(),
});

const unavailable = z.strictObject({ available: z.literal(false), reason: z.string().min(1) });

function optional<T extends z.ZodRawShape>(shape: T) {
  return z.discriminatedUnion('available', [
    z.strictObject({ available: z.literal(true), ...shape }),
    unavailable,
  ]);
}

const rated = optional({ timing, rowsPerSecond: z.number().nonnegative() });

const childStats = z.strictObject({
  runs: z.number().int().positive(),
  medianMs: z.number().nonnegative(),
  minMs: z.number().nonnegative(),
  maxMs: z.number().nonnegative(),
  medianCpuMs: z.number().nonnegative(),
  peakRssMb: z.number().positive(),
  exitCodes: z.array(z.number().int()),
});

/** One command of the file section at one size, beside the floor of the same rounds. */
const fileCommand = z.discriminatedUnion('available', [
  z.strictObject({
    name: z.enum(['validate', 'summarize', 'merge']),
    available: z.literal(true),
    command: z.string(),
    stats: childStats,
    /** median(ours) / median(floor), both measured in the same rounds. */
    ratioToFloor: z.number().positive(),
    /** The median of each round's ours / floor. */
    medianRoundRatio: z.number().positive(),
  }),
  z.strictObject({
    name: z.enum(['validate', 'summarize', 'merge']),
    available: z.literal(false),
    reason: z.string().min(1),
  }),
]);

const fileCase = z.strictObject({
  rows: z.number().int().positive(),
  file: z.string(),
  fileBytes: z.number().int().positive(),
  /** Time to write the synthetic file, null when an earlier run's file was reused. */
  writeMs: z.number().nonnegative().nullable(),
  rounds: z.number().int().positive(),
  floor: childStats,
  commands: z.array(fileCommand),
});

const officeOperation = z.discriminatedUnion('available', [
  z.strictObject({
    name: z.string(),
    available: z.literal(true),
    syncs: z.number().int().nonnegative(),
    /**
     * The fewest requests its data allows: reads of the bytes it got back and writes of the bytes
     * it sent, each under Excel's 5 MB limit (a writing operation at least one of each).
     */
    minimumSyncs: z.number().int().nonnegative(),
    largestRequestBytes: z.number().int().nonnegative(),
    largestResponseBytes: z.number().int().nonnegative(),
    totalRequestBytes: z.number().int().nonnegative(),
    totalResponseBytes: z.number().int().nonnegative(),
    ms: z.number().nonnegative(),
  }),
  z.strictObject({ name: z.string(), available: z.literal(false), reason: z.string().min(1) }),
]);

const target = z.strictObject({
  name: z.string(),
  target: z.string(),
  measured: z.string(),
  /** null when the part measured is not available. */
  met: z.boolean().nullable(),
});

export const resultsSchema = z.strictObject({
  version: z.literal(2),
  mode: z.enum(['full', 'smoke']),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  /** CPU time of the run and all its children: about its wall time on an idle machine. */
  cpuMs: z.number().nonnegative(),
  machine: z.strictObject({
    cpus: z.number().int().positive(),
    cpuModel: z.string(),
    memoryGb: z.number().positive(),
    node: z.string(),
    platform: z.string(),
    loadAverageAtStart: z.array(z.number()),
  }),
  today: z.string(),
  sizes: z.array(z.number().int().positive()).min(1),
  synthetic: z.array(
    z.strictObject({
      rows: z.number().int().positive(),
      generateMs: z.number().nonnegative(),
      errors: z.number().int().nonnegative(),
      warnings: z.number().int().nonnegative(),
      mix: z.record(z.string(), z.unknown()),
    }),
  ),
  core: z.strictObject({
    parse: optional({ measures: z.number().int().positive(), timing }),
    cases: z.array(
      z.strictObject({
        rows: z.number().int().positive(),
        validate: rated,
        summaries: rated,
        workbookPlan: rated,
      }),
    ),
  }),
  /** The engineers' own scripts (bench/parse.ts, validate.ts, summary.ts), run here too. */
  fixtures: optional({
    parse: z.strictObject({
      medianMs: z.number().nonnegative(),
      p90Ms: z.number().nonnegative(),
      runs: z.number().int().positive(),
    }),
    cases: z.array(
      z.strictObject({
        name: z.string(),
        source: z.string(),
        rows: z.number().int().positive(),
        timing,
        rowsPerSecond: z.number().nonnegative(),
      }),
    ),
  }),
  files: optional({
    /** The floor of issue 14 (bench/child/bare-scan.ts), run compiled as its own process. */
    floorCommand: z.string(),
    cases: z.array(fileCase),
    validateStages: optional({
      rows: z.number().int().positive(),
      openMs: z.number(),
      gridMs: z.number(),
      validateMs: z.number(),
    }),
  }),
  office: optional({
    cases: z.array(
      z.strictObject({ rows: z.number().int().positive(), operations: z.array(officeOperation) }),
    ),
  }),
  /** bench/sections/startup.ts: `rectify --help` against `node -e 0`. */
  startup: startupSchema,
  targets: z.array(target),
});

export type Results = z.infer<typeof resultsSchema>;
export type Timing = z.infer<typeof timing>;
export type ChildStats = z.infer<typeof childStats>;
export type FileCommand = z.infer<typeof fileCommand>;
export type FileCase = z.infer<typeof fileCase>;
export type Rated = z.infer<typeof rated>;
export type OfficeOperation = z.infer<typeof officeOperation>;
