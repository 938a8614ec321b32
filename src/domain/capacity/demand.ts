/**
 * Demand on the resource pool, in person-days per role (and, where named, per person) and month.
 * - Proposed demand: the role × month grids of project requests not yet decided (Submitted, InReview,
 *   ReadyForScoring), and Assignments rows in state 'Proposed' (e.g. of proposed projects).
 * - Committed demand: Assignments rows in state 'Committed' (approved and converted work).
 * A source is what the demand belongs to: 'project:<Projects id>' or 'request:<ProjectRequests id>',
 * the same ids the Prioritization screen gives its candidates.
 */
import type { IntakeState } from '../vocabulary';
import { isMonthKey, shiftMonth, type MonthKey } from './calendar';

/** Proposed or committed (Assignments.DemandState). */
export type DemandState = 'Proposed' | 'Committed';

/** What a demand entry belongs to. */
export interface IDemandSource {
  kind: 'project' | 'request';
  /** Projects or ProjectRequests item id. */
  id: number;
  title: string;
}

/** 'project:5' or 'request:12'. */
export function sourceKey(source: Pick<IDemandSource, 'kind' | 'id'>): string {
  return `${source.kind}:${source.id}`;
}

/** Days of one role (and optionally one person) in one month for one source. */
export interface IDemandEntry {
  source: IDemandSource;
  state: DemandState;
  /** Roles item id. */
  role: number;
  /** Resources item id, when the work is given to a named person. */
  person?: number;
  month: MonthKey;
  days: number;
}

/** Intake states whose demand grid is proposed demand: filed and not yet decided. */
export const UNDECIDED_INTAKE_STATES: ReadonlyArray<IntakeState> = ['Submitted', 'InReview', 'ReadyForScoring'];

/** Whether a request in `state`, converted or not, brings proposed demand from its grid. */
export function requestDemandIsProposed(state: IntakeState, converted: boolean): boolean {
  return !converted && UNDECIDED_INTAKE_STATES.indexOf(state) >= 0;
}

/** A request's grid as proposed demand entries (cells with an invalid month or no days are left out). */
export function requestDemand(request: { id: number; title: string }, cells: ReadonlyArray<{ role: number; month: string; days: number }>): IDemandEntry[] {
  const source: IDemandSource = { kind: 'request', id: request.id, title: request.title };
  return cells.filter(c => isMonthKey(c.month) && Number.isFinite(c.days) && c.days > 0)
    .map(c => ({ source, state: 'Proposed' as const, role: c.role, month: c.month, days: c.days }));
}

/** A what-if: sources moved by whole months, and sources left out. Keys are sourceKey()s. */
export interface IWhatIf {
  shifts: ReadonlyArray<{ source: string; months: number }>;
  leaveOut: ReadonlyArray<string>;
}

/** The empty what-if (nothing moved, nothing left out). */
export const NO_WHAT_IF: IWhatIf = { shifts: [], leaveOut: [] };

/** Whether a what-if changes anything (a shift of 0 months does not). */
export function isWhatIfEmpty(w: IWhatIf): boolean {
  return w.leaveOut.length === 0 && w.shifts.every(s => Math.trunc(s.months) === 0);
}

/**
 * The demand as it would be under a what-if: entries of a left-out source dropped, entries of a shifted
 * source moved by its months (the last shift given for a source wins). Returns new entries; the input is not changed.
 */
export function applyWhatIf(entries: ReadonlyArray<IDemandEntry>, whatIf: IWhatIf): IDemandEntry[] {
  const out = new Set(whatIf.leaveOut);
  const shifts = new Map(whatIf.shifts.map(s => [s.source, Math.trunc(s.months)] as const));
  const result: IDemandEntry[] = [];
  for (const e of entries) {
    const key = sourceKey(e.source);
    if (out.has(key)) continue;
    const n = shifts.get(key) ?? 0;
    result.push(n === 0 ? e : { ...e, month: shiftMonth(e.month, n) });
  }
  return result;
}

/** Each entry moved by `months` (a project's dates shifted): the months of its assignments move with them. */
export function shiftEntries<T extends { month: MonthKey }>(entries: ReadonlyArray<T>, months: number): T[] {
  const n = Math.trunc(months);
  return entries.map(e => (n === 0 ? e : { ...e, month: shiftMonth(e.month, n) }));
}

/**
 * The key of a committed assignment written from a request's grid cell (its Title): one row per
 * request, role and month. Writing a request's committed demand again finds its rows by this key.
 */
export function commitmentKey(requestId: number, role: number, month: MonthKey): string {
  return `R${requestId}|${role}|${month}`;
}

/**
 * What to write so that a request's grid exists exactly once as committed assignments: the cells with
 * no row of their key yet (`add`), and the rows that duplicate a key (all but the lowest id; `remove`),
 * left by writers that ran at the same time. Cells with an invalid month or no days are not written;
 * cells of the same role and month are summed.
 */
export function commitPlan(
  requestId: number,
  cells: ReadonlyArray<{ role: number; month: string; days: number }>,
  existing: ReadonlyArray<{ id: number; key: string }>
): { add: Array<{ key: string; role: number; month: MonthKey; days: number }>; remove: number[] } {
  const wanted = new Map<string, { key: string; role: number; month: MonthKey; days: number }>();
  for (const c of cells) {
    if (!isMonthKey(c.month) || !Number.isFinite(c.days) || c.days <= 0) continue;
    const key = commitmentKey(requestId, c.role, c.month);
    const prev = wanted.get(key);
    wanted.set(key, { key, role: c.role, month: c.month, days: (prev?.days ?? 0) + c.days });
  }
  const kept = new Map<string, number>();
  const remove: number[] = [];
  for (const row of [...existing].sort((a, b) => a.id - b.id)) {
    if (kept.has(row.key)) remove.push(row.id);
    else kept.set(row.key, row.id);
  }
  return { add: Array.from(wanted.values()).filter(w => !kept.has(w.key)), remove };
}
