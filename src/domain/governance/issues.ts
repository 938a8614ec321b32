/**
 * Issue rules (pure): overdue, age in days, and the portfolio's "open issues by age" buckets
 * (0–7, 8–30, 31–90, more than 90 days). Days are date-only values 'YYYY-MM-DD' (`../dates`): the
 * services read Created and DueDate as days in the site's time zone and pass today's day.
 */
import { daysBetween, isIsoDay, type IsoDay } from '../dates';
import { isCode } from '../vocabulary';
import { ISSUE_AGE_BUCKETS, OPEN_ISSUE_STATUSES, type IssueAgeBucket, type IssueStatus } from './vocabulary';

/** An issue as these rules read it. */
export interface IIssueRow {
  /** The stored status code (a plain string until checked). */
  status: IssueStatus | string;
  /** The day it was raised. */
  raisedOn?: IsoDay;
  /** The day it should be resolved by. */
  dueDate?: IsoDay;
}

/** Whether an issue is still to be dealt with (Open or InProgress). */
export function isOpenIssue(issue: Pick<IIssueRow, 'status'>): boolean {
  return isCode(OPEN_ISSUE_STATUSES, issue.status);
}

/**
 * Whether an issue is overdue on `today`: open, with a valid due date before today (due today is not
 * overdue). Resolved and closed issues, and issues without a (valid) due date, never are.
 */
export function isOverdue(issue: IIssueRow, today: IsoDay): boolean {
  if (!isOpenIssue(issue) || !isIsoDay(issue.dueDate) || !isIsoDay(today)) return false;
  return daysBetween(issue.dueDate, today) > 0;
}

/**
 * An issue's age on `today` in whole days since it was raised (raised today: 0). A raised day after
 * today (clocks apart) counts 0; undefined without a valid raised day or today.
 */
export function issueAgeDays(issue: Pick<IIssueRow, 'raisedOn'>, today: IsoDay): number | undefined {
  if (!isIsoDay(issue.raisedOn) || !isIsoDay(today)) return undefined;
  return Math.max(0, daysBetween(issue.raisedOn, today));
}

/** The age bucket of an age in days: 0–7, 8–30, 31–90, over 90. */
export function issueAgeBucket(ageDays: number): IssueAgeBucket {
  if (ageDays <= 7) return 'Days0To7';
  if (ageDays <= 30) return 'Days8To30';
  return ageDays <= 90 ? 'Days31To90' : 'Over90Days';
}

/** Open issues per age bucket, with those whose age is unknown. */
export interface IIssueAgeCounts {
  buckets: Record<IssueAgeBucket, number>;
  /** Open issues without a valid raised day. */
  unknown: number;
  /** Open issues counted (buckets + unknown). */
  total: number;
}

/** The open issues of a list (Open, InProgress) counted per age bucket on `today`. */
export function openIssuesByAge(issues: ReadonlyArray<IIssueRow>, today: IsoDay): IIssueAgeCounts {
  const buckets = {} as Record<IssueAgeBucket, number>;
  for (const b of ISSUE_AGE_BUCKETS) buckets[b] = 0;
  const counts: IIssueAgeCounts = { buckets, unknown: 0, total: 0 };
  for (const issue of issues) {
    if (!isOpenIssue(issue)) continue;
    counts.total++;
    const age = issueAgeDays(issue, today);
    if (age === undefined) counts.unknown++;
    else buckets[issueAgeBucket(age)]++;
  }
  return counts;
}
