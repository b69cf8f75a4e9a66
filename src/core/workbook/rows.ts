import type { IsoDate } from '../dates';
import { LIST_STATED_PREFIX, NAME_SEPARATOR } from '../ledger/model';
import { INITIAL_STATUS } from '../status';
import type { ListItem, Measure, Milestone, RectificationList } from '../list/schema';

/** What the list says about one measure, before it is laid out as a 台账 row. */
export interface InitialLedgerRow {
  readonly item: number;
  readonly measure: string;
  readonly text: string;
  readonly units: string;
  readonly leaders: string;
  readonly deadlineText: string;
  readonly deadline: IsoDate | null;
  readonly status: string;
  readonly doneDate: IsoDate | null;
  readonly progress: string;
}

export interface InitialMilestoneRow {
  readonly item: number;
  readonly measure: string;
  readonly date: IsoDate;
  readonly content: string;
  readonly status: string;
  readonly doneDate: IsoDate | null;
}

export const REPORTED_DONE_PROGRESS = `${LIST_STATED_PREFIX}已完成整改并上报销号`;

/**
 * The status a measure starts with, from what its item's deadline says. A closure the list
 * reports is quoted in 整改进展; 完成日期 stays empty, since the list gives no completion date
 * (its deadline is not one) and the ledger is an official record.
 */
export function initialStatus(item: ListItem): {
  status: string;
  doneDate: IsoDate | null;
  progress: string;
} {
  if (item.deadline.reportedDone) {
    return {
      status: INITIAL_STATUS.reportedDone,
      doneDate: null,
      progress: REPORTED_DONE_PROGRESS,
    };
  }
  if (item.deadline.kind === 'ongoing') {
    return { status: INITIAL_STATUS.ongoing, doneDate: null, progress: '' };
  }
  return { status: INITIAL_STATUS.dated, doneDate: null, progress: '' };
}

/** 责任单位: the measure's group unit (item 6), otherwise the item's lead units. */
export function responsibleUnits(item: ListItem, measure: Measure): string {
  const group = measure.group?.trim();
  if (group) return group;
  return item.leadUnits.join(NAME_SEPARATOR);
}

/** One row per measure, in list order. */
export function initialLedgerRows(list: RectificationList): InitialLedgerRow[] {
  return list.items.flatMap((item) => {
    const start = initialStatus(item);
    return item.measures.map((measure) => ({
      item: item.no,
      measure: measure.id,
      text: measure.text,
      units: responsibleUnits(item, measure),
      leaders: item.leaders.join(NAME_SEPARATOR),
      deadlineText: item.deadline.text,
      deadline: item.deadline.kind === 'date' ? item.deadline.date : null,
      ...start,
    }));
  });
}

/** One row per milestone found in a measure, in list order; it starts with its measure's status. */
export function initialMilestoneRows(list: RectificationList): InitialMilestoneRow[] {
  return list.items.flatMap((item) => {
    const start = initialStatus(item);
    return item.measures.flatMap((measure) =>
      measure.milestones.map((milestone) => ({
        item: item.no,
        measure: measure.id,
        date: milestone.date,
        content: milestoneContent(measure.text, milestone),
        status: start.status,
        doneDate: start.doneDate,
      })),
    );
  });
}

/**
 * What is due at a milestone: the sentence of the measure that holds the date phrase (a measure
 * can name several dates), or the phrase itself when it cannot be found.
 */
export function milestoneContent(measureText: string, milestone: Milestone): string {
  const sentences = measureText.split(/(?<=[。；;！!？?\n])/);
  const found = sentences.find((s) => s.includes(milestone.text));
  const content = (found ?? milestone.text).trim();
  return content.length > 0 ? content : milestone.text;
}
