import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { messageSchema } from '../i18n/message-schema';
import { documentFormatSchema, placeSchema } from './blocks';

/**
 * The structured reading of a rectification list (整改清单): the contract of `rectify parse --json`
 * and the input of every workbook plan.
 */
export const milestoneSchema = z.strictObject({
  date: isoDateSchema,
  precision: z.enum(['day', 'month', 'year']),
  /** The phrase the date was read from, e.g. `2023年12月31日前`. */
  text: z.string(),
});

export const measureSchema = z.strictObject({
  /** `"1"`, `"2"` … for plain items; `"一.1"` under group heading （一）. */
  id: z.string().min(1),
  /** The unit heading the measure is grouped under (item 6), or null. */
  group: z.string().nullable(),
  text: z.string(),
  milestones: z.array(milestoneSchema),
  /** Units and leaders the list gives for this measure alone (`（县住建局牵头，…）`, a table row). */
  leadUnits: z.array(z.string()).optional(),
  coopUnits: z.array(z.string()).optional(),
  leaders: z.array(z.string()).optional(),
});

export const deadlineSchema = z.strictObject({
  text: z.string(),
  /** `relative`: a time from an event the list does not date (`90天内`); no date is invented. */
  kind: z.enum(['date', 'ongoing', 'relative', 'unknown']),
  date: isoDateSchema.nullable(),
  /** For `relative`: how long, e.g. { amount: 90, unit: 'day' }. */
  relative: z
    .strictObject({ amount: z.number().positive(), unit: z.enum(['day', 'month', 'year']) })
    .optional(),
  /** Dated stages of `分阶段推进` (`2022年6月底前完成…；2023年底前…`). */
  milestones: z.array(milestoneSchema).optional(),
  /** The list states the item was already completed and reported (已完成整改并上报销号). */
  reportedDone: z.boolean(),
});

export const itemSchema = z.strictObject({
  no: z.number().int().positive(),
  numeral: z.string().min(1),
  /** The heading the item stands under (`一、关于水环境方面`), or null. */
  section: z.string().nullable().optional(),
  problem: z.string(),
  goal: z.string(),
  leadUnits: z.array(z.string()),
  coopUnits: z.array(z.string()),
  leaders: z.array(z.string()),
  /** Which lists ended in 等 ("etc."): the names given are not all of them. */
  openEnded: z.strictObject({
    leadUnits: z.boolean(),
    coopUnits: z.boolean(),
    leaders: z.boolean(),
  }),
  measures: z.array(measureSchema),
  deadline: deadlineSchema,
  /** First and last 1-based source line of the item. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

export const diagnosticSchema = z.strictObject({
  line: z.number().int().nonnegative(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  /** The Chinese text of `said`, for logs and readers of the JSON. */
  message: z.string(),
  /** Where, what was found and what to do, said by each face in its language (diagnosticText). */
  said: messageSchema,
  /**
   * Source text this diagnostic took out of the reading (a page-number line, a field before the
   * first item), kept here so that nothing the document says is lost silently.
   */
  dropped: z.string().optional(),
  /** Where in the document (page and line, table row and column), when not a text line. */
  place: placeSchema.optional(),
});

export const rectificationListSchema = z.strictObject({
  /** What the list was read from: the format found by content and, for text, the encoding. */
  source: z
    .strictObject({ format: documentFormatSchema, encoding: z.string().nullable() })
    .optional(),
  title: z.string(),
  items: z.array(itemSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type Milestone = z.infer<typeof milestoneSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type ListItem = z.infer<typeof itemSchema>;
export type ParseDiagnostic = z.infer<typeof diagnosticSchema>;
export type RectificationList = z.infer<typeof rectificationListSchema>;
