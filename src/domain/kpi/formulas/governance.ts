/**
 * Governance KPIs: requests by intake state, the average time a request spends in intake, and the
 * share of gates passed at the first attempt. All three are PMO Hub's own definitions (the intake
 * time is a lead time: from the requester's submission to the board's decision).
 */
import { dayAt, daysBetween, UTC_TIME_ZONE, type IsoDay } from '../../dates';
import { GATE_DECISIONS, PASSING_GATE_DECISIONS } from '../../governance';
import { INTAKE_STATE_ORDER, nextStates, type IntakeState } from '../../intake';
import { isCode } from '../../vocabulary';
import { kpiShare, kpiValue, noKpiData, type IKpiContext, type IKpiData, type IKpiGateDecision, type IKpiRequest, type KpiResult } from '../inputs';
import { inWindow, isDay, onOrBefore, projectIds } from '../scope';

/** The states of a request still in intake: submitted and not decided (Submitted, InReview, ReadyForScoring, Deferred). */
export const INTAKE_OPEN_STATES: ReadonlyArray<IntakeState> = INTAKE_STATE_ORDER.filter(s => s !== 'Draft' && nextStates(s).length > 0);

/** The states that end intake with the board's decision. */
const DECIDED_STATES: ReadonlyArray<IntakeState> = ['Approved', 'Rejected'];

/** A state change placed on a day of the site's time zone. */
interface IDayMove {
  on: IsoDay;
  to: IntakeState;
}

// A request's moves are placed on days once per zone (reading an instant in a zone is the costly
// part) and kept while the request object lives: a trend reads them at six period ends.
const placed: WeakMap<IKpiRequest, { zone: string; moves: IDayMove[] }> = new WeakMap();

/** A request's moves as days in the site's zone, in time order; entries whose instant cannot be read are left out. */
function movesOf(request: IKpiRequest, timeZone: string): IDayMove[] {
  const known = placed.get(request);
  if (known && known.zone === timeZone) return known.moves;
  const timed: Array<IDayMove & { t: number }> = [];
  for (const entry of request.log) {
    const t = Date.parse(entry.at);
    if (Number.isNaN(t)) continue;
    timed.push({ on: isDay(entry.at) ? entry.at : dayAt(t, timeZone), to: entry.to, t });
  }
  const moves = timed.sort((a, b) => a.t - b.t).map(m => ({ on: m.on, to: m.to }));
  placed.set(request, { zone: timeZone, moves });
  return moves;
}

/** A request's state at the end of `at`: the target of its last move on or before `at`; undefined before its first. */
function stateAt(moves: ReadonlyArray<IDayMove>, at: IsoDay): IntakeState | undefined {
  let state: IntakeState | undefined;
  for (const m of moves) {
    if (!onOrBefore(m.on, at)) break;
    state = m.to;
  }
  return state;
}

/** How many requests were in each intake state at the end of the day (requests without a move by then are in none). */
export function requestsByState(data: IKpiData, context: IKpiContext): Record<IntakeState, number> {
  const counts = {} as Record<IntakeState, number>;
  for (const s of INTAKE_STATE_ORDER) counts[s] = 0;
  const zone = context.timeZone ?? UTC_TIME_ZONE.iana;
  for (const r of data.requests ?? []) {
    const state = stateAt(movesOf(r, zone), context.at);
    if (state !== undefined) counts[state]++;
  }
  return counts;
}

/**
 * How many requests were in one of the context's `requestStates` (by default `INTAKE_OPEN_STATES`:
 * the intake's backlog) at the end of the day, each request in the state of its last move by then.
 * `basis`: the requests submitted by the day. No data: no request was submitted by then (`noRequests`).
 */
export function requestsInState(data: IKpiData, context: IKpiContext): KpiResult {
  const wanted = context.requestStates ?? INTAKE_OPEN_STATES;
  const counts = requestsByState(data, context);
  let submitted = 0;
  let matching = 0;
  for (const s of INTAKE_STATE_ORDER) {
    if (s !== 'Draft') submitted += counts[s];
    if (wanted.indexOf(s) >= 0) matching += counts[s];
  }
  return submitted > 0 ? kpiValue(matching, submitted) : noKpiData('noRequests');
}

/**
 * The average number of calendar days requests spent in intake, over the requests decided in the
 * rolling window ending with the day: from the day of the first submission (the first move to
 * Submitted) to the day of the first decision after it (Approved or Rejected), days in the site's
 * time zone; a deferral's time counts. `basis`: the requests decided in the window. No data: none
 * was decided in it (`noDecisions`). Requests still in intake do not count until decided.
 */
export function intakeDaysAverage(data: IKpiData, context: IKpiContext): KpiResult {
  const zone = context.timeZone ?? UTC_TIME_ZONE.iana;
  let decided = 0;
  let days = 0;
  for (const r of data.requests ?? []) {
    const moves = movesOf(r, zone);
    const submitted = moves.filter(m => m.to === 'Submitted')[0];
    if (!submitted) continue;
    const decision = moves.filter(m => DECIDED_STATES.indexOf(m.to) >= 0 && m.on >= submitted.on)[0];
    if (!decision || !inWindow(decision.on, context)) continue;
    decided++;
    days += daysBetween(submitted.on, decision.on);
  }
  return decided > 0 ? kpiValue(days / decided, decided) : noKpiData('noDecisions');
}

/** The decisions of each project's gate (key project + gate), in time order; unknown outcomes and invalid days left out. */
function decisionsByGate(decisions: ReadonlyArray<IKpiGateDecision>, ids: ReadonlySet<number>, at: IsoDay): IKpiGateDecision[][] {
  const groups = new Map<string, IKpiGateDecision[]>();
  for (const d of decisions) {
    if (!ids.has(d.projectId) || !isCode(GATE_DECISIONS, d.decision) || !onOrBefore(d.decidedOn, at)) continue;
    const key = `${d.projectId}\u0000${typeof d.gate}\u0000${d.gate}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const byTime = (a: IKpiGateDecision, b: IKpiGateDecision): number => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : (a.id ?? 0) - (b.id ?? 0));
  return [...groups.values()].map(g => g.sort(byTime));
}

/**
 * The share (per cent) of gate passages whose first decision was a pass (Go or Go with conditions),
 * among the passages first decided in the rolling window ending with the day. A passage is a
 * project's way through one gate: its decisions from the first (or the one after its previous
 * pass, for a gate passed more than once, e.g. each delivery stage's end) up to and including a
 * pass. A first Recycle or Stop makes the passage a miss however it ends. Decisions of the projects
 * in scope count, closed ones too. `basis`: the passages. No data: no gate was decided for the first
 * time in the window (`noGateDecisions`).
 */
export function gatesPassedFirstAttempt(data: IKpiData, context: IKpiContext): KpiResult {
  const ids = projectIds(data.projects);
  let passages = 0;
  let firstTime = 0;
  for (const group of decisionsByGate(data.gateDecisions ?? [], ids, context.at)) {
    let opening: IKpiGateDecision | undefined;
    for (const d of group) {
      if (!opening) {
        opening = d;
        if (inWindow(d.decidedOn, context)) {
          passages++;
          if (isCode(PASSING_GATE_DECISIONS, d.decision)) firstTime++;
        }
      }
      if (isCode(PASSING_GATE_DECISIONS, d.decision)) opening = undefined;
    }
  }
  return kpiShare(firstTime, passages, 'noGateDecisions');
}
