import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import type { IRequestService, IRequestWithHistory } from './RequestService';
import type { IScoringService } from './ScoringService';
import { addDays, dayAt, isIsoDay, readDateOnly, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isCode } from '../domain/vocabulary';
import { DECISION_BODIES, DECISION_OUTCOMES, type DecisionBody, type DecisionOutcome, type IRequestResult } from '../domain/scoring';
import { DecisionsList, lookupId, projected, type CheckedRow } from '../schema/refs';

/** What the board decided on a request: the intake states a decision moves it to. */
export type BoardDecision = Extract<DecisionOutcome, 'Approved' | 'Rejected' | 'Deferred'>;

/** Every board decision. */
export const BOARD_DECISIONS: ReadonlyArray<BoardDecision> = ['Approved', 'Rejected', 'Deferred'];

/** The board's decision as the PMO records it. */
export interface IDecisionInput {
  /** The request number (ProjectRequests item id). */
  request: number;
  outcome: BoardDecision;
  /** Why; required. The requester sees it in "My requests". */
  rationale: string;
  /** The scoring round the decision rests on: its result for the request becomes the snapshot. */
  roundId?: number;
  /** The portfolio scenario (PortfolioScenarios item id) the decision rests on. */
  scenarioId?: number;
  /** The request's ETag as the PMO saw it: a request changed since is refused (412, 'conflict'), nothing written. */
  etag?: string;
  /** Who decided (site user ids); the round's members when omitted. */
  decidedBy?: ReadonlyArray<number>;
  /** The day of the decision (YYYY-MM-DD, the site's day); today when omitted. */
  date?: IsoDay;
  /** Default 'StrategyBoard'. */
  body?: DecisionBody;
}

/** The round's result for one request, as a decision keeps it (aggregates only, never one member's scores). */
export interface IDecisionSnapshot {
  round: number;
  modelId: number;
  modelVersion: number;
  total?: number;
  rank: number;
  /** How many requests the round ranked. */
  of: number;
  disagreementCriteria: number[];
  incomplete: boolean;
  criteria: Array<{ id: number; title: string; weight: number; mean?: number; min?: number; max?: number; spread?: number }>;
}

/** One row of the decision log. */
export interface IDecisionRecord {
  id: number;
  title: string;
  /** The request's title as the decision names it (its title without the "Approved: " the service writes before it). */
  requestTitle: string;
  date?: IsoDay;
  body: DecisionBody;
  outcome: DecisionOutcome;
  rationale?: string;
  requestNumber?: number;
  projectId?: number;
  roundNumber?: number;
  scenarioNumber?: number;
  decidedBy: Array<{ id: number; name: string }>;
  snapshot?: IDecisionSnapshot;
}

/** Filters of the decision log; each one uses an indexed column. */
export interface IDecisionLogQuery {
  /** From and to (inclusive) days of DecisionDate. */
  from?: IsoDay;
  to?: IsoDay;
  body?: DecisionBody;
  request?: number;
  project?: number;
  round?: number;
}

/** The result of recording a decision. */
export interface IDecisionResult {
  decision: IDecisionRecord;
  /** False when the same decision had been recorded before (a repeated call writes nothing). */
  created: boolean;
  /** The request after its move (state, history). */
  request: IRequestWithHistory;
}

/**
 * Why a decision was refused (`Decision_Refusal_<code>` in src/loc); nothing was written.
 * 'roundOpen': a scoring round that takes the request is still open (`detail` names it).
 */
export type DecisionRefusal = 'rationaleRequired' | 'notDecidable' | 'roundOpen';

/** Thrown when a decision is refused before anything is written. */
export class DecisionRefusedError extends Error {
  public readonly refusal: DecisionRefusal;
  /** The form field the refusal is about. */
  public readonly field: 'rationale' | 'outcome' | 'date';
  /** What the message names ('roundOpen': the round's title). */
  public readonly detail?: string;

  public constructor(refusal: DecisionRefusal, field: DecisionRefusedError['field'], detail?: string) {
    super(`Decision refused: ${refusal} (${field})${detail ? `: ${detail}` : ''}`);
    this.name = 'DecisionRefusedError';
    this.refusal = refusal;
    this.field = field;
    this.detail = detail;
    Object.setPrototypeOf(this, DecisionRefusedError.prototype);
  }
}

/**
 * The strategy board's decisions: recording one moves the request through the intake workflow (the
 * request service's one transition path: ETag-guarded, with its RequestHistory row) and writes one
 * Decisions row; the decision log lists and filters them.
 */
export interface IDecisionService {
  /**
   * Records a decision (PMO): the request's transition first (refused as 'conflict' when its ETag is
   * stale, or by the workflow), then one Decisions row with the round's snapshot. Repeating a call
   * (after a lost answer, or under throttling) writes nothing twice: a request already in the
   * decided state with its Decisions row is returned as it is, one without the row gets it.
   * Throws {@link DecisionRefusedError} ('rationaleRequired'; 'roundOpen' while a scoring round that
   * takes the request is open: its scores are not in yet) or the request service's refusals.
   */
  recordDecision(input: IDecisionInput): Promise<IDecisionResult>;
  /** The decision log, newest first, filtered on indexed columns only. */
  listDecisions(query?: IDecisionLogQuery): Promise<IDecisionRecord[]>;
}

/** What the decision service receives from the other services. */
export interface IDecisionServiceDeps {
  requests: IRequestService;
  scoring: IScoringService;
  siteTimeZone: ISiteTimeZoneSource;
}

const D = DecisionsList.fields;

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
interface IDecisionRowShape {
  Id: number;
  Title: string;
  DecisionDate?: string | null;
  DecisionBody?: string | null;
  DecisionOutcome?: string | null;
  Rationale?: string | null;
  RequestNumber?: number | null;
  ProjectId?: number | null;
  RoundNumber?: number | null;
  ScenarioNumber?: number | null;
  ScoresSnapshotJson?: string | null;
  DecidedBy?: Array<{ Id: number; Title: string }> | { results: Array<{ Id: number; Title: string }> } | null;
}
/* eslint-enable @rushstack/no-new-null */
type IDecisionRow = CheckedRow<'Decisions', IDecisionRowShape>;

const DECISION_FIELDS: ReadonlyArray<string> = [
  D.Id, D.Title, D.DecisionDate, D.DecisionBody, D.DecisionOutcome, D.Rationale, D.RequestNumber, lookupId(D.Project), D.RoundNumber, D.ScenarioNumber, D.ScoresSnapshotJson,
  projected(D.DecidedBy, 'Id'), projected(D.DecidedBy, 'Title')
];

/** The request changed since it was read: refused as SharePoint refuses a stale ETag (412; describeError says 'conflict'). */
function staleRequest(request: number): Error {
  return Object.assign(new Error(`Request ${request} was changed since it was read: its ETag is stale.`), { status: 412 });
}

/** A decision's title: "Approved: <request title>" (what `requestTitle` reads back). */
function decisionTitle(outcome: DecisionOutcome, requestTitle: string): string {
  return `${outcome}: ${requestTitle}`.slice(0, 255);
}

function recordOf(r: IDecisionRow, zone: ISiteTimeZone): IDecisionRecord {
  const people = !r.DecidedBy ? [] : Array.isArray(r.DecidedBy) ? r.DecidedBy : r.DecidedBy.results ?? [];
  let snapshot: IDecisionSnapshot | undefined;
  try {
    snapshot = r.ScoresSnapshotJson ? (JSON.parse(r.ScoresSnapshotJson) as IDecisionSnapshot) : undefined;
  } catch {
    snapshot = undefined;
  }
  const outcome = isCode(DECISION_OUTCOMES, r.DecisionOutcome) ? r.DecisionOutcome : 'Noted';
  const title = r.Title ?? '';
  return {
    id: r.Id,
    title,
    requestTitle: title.indexOf(`${outcome}: `) === 0 ? title.slice(outcome.length + 2) : title,
    date: readDateOnly(r.DecisionDate, zone),
    body: isCode(DECISION_BODIES, r.DecisionBody) ? r.DecisionBody : 'StrategyBoard',
    outcome,
    rationale: text(r.Rationale),
    requestNumber: num(r.RequestNumber),
    projectId: num(r.ProjectId),
    roundNumber: num(r.RoundNumber),
    scenarioNumber: num(r.ScenarioNumber),
    decidedBy: people.map(p => ({ id: p.Id, name: p.Title })),
    snapshot
  };
}

/** The snapshot of a request's result in a closed round. */
function snapshotOf(round: number, result: NonNullable<Awaited<ReturnType<IScoringService['getRound']>>['result']>, r: IRequestResult): IDecisionSnapshot {
  return {
    round,
    modelId: result.modelId,
    modelVersion: result.modelVersion,
    total: r.total,
    rank: r.rank,
    of: result.requests.length,
    disagreementCriteria: r.disagreementCriteria,
    incomplete: r.incomplete,
    criteria: result.criteria.map(c => {
      const x = r.criteria.filter(k => k.criterion === c.id)[0];
      return { id: c.id, title: c.title, weight: c.weight, mean: x?.mean, min: x?.min, max: x?.max, spread: x?.spread };
    })
  };
}

/** {@link IDecisionService} over PnPjs (Decisions), composing the request and scoring services. */
export class DecisionService implements IDecisionService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IDecisionServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IDecisionServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(): ListHandle {
    return listOn(this.sp, this.site, DecisionsList);
  }

  private zone(): Promise<ISiteTimeZone> {
    return this.deps.siteTimeZone.get(this.sp.web);
  }

  public async recordDecision(input: IDecisionInput): Promise<IDecisionResult> {
    const rationale = input.rationale.trim();
    if (!rationale) throw new DecisionRefusedError('rationaleRequired', 'rationale');
    if (BOARD_DECISIONS.indexOf(input.outcome) < 0) throw new DecisionRefusedError('notDecidable', 'outcome');
    if (input.date !== undefined && !isIsoDay(input.date)) throw new DecisionRefusedError('notDecidable', 'date');
    // A round still scoring the request: the board decides on its result, not before it.
    const open = (await this.deps.scoring.listRounds('Open')).filter(r => r.requests.indexOf(input.request) >= 0)[0];
    if (open) throw new DecisionRefusedError('roundOpen', 'outcome', open.title);
    const zone = await this.zone();
    const earlier = (await this.listDecisions({ request: input.request, round: input.roundId })).filter(d => d.outcome === input.outcome);
    let request = await this.deps.requests.get(input.request);
    if (request.request.state !== input.outcome) {
      // Someone decided (or changed the request) since the PMO read it: a conflict, said before the
      // workflow's check, which would otherwise refuse the move from that other decision's state.
      if (input.etag && request.request.etag && input.etag !== request.request.etag) throw staleRequest(input.request);
      // The one transition path of intake: the workflow's checks, the ETag guard, the history row.
      request = await this.deps.requests.transition(input.request, input.outcome, rationale, rationale, input.etag);
    } else if (earlier.length) {
      return { decision: earlier[0], created: false, request };
    }
    const round = input.roundId ? await this.deps.scoring.getRound(input.roundId) : undefined;
    const result = round?.result?.requests.filter(r => r.request === input.request)[0];
    const decidedBy = input.decidedBy ?? round?.members ?? [];
    const added = (await this.list().items.add({
      [D.Title]: decisionTitle(input.outcome, request.request.title),
      [D.RequestNumber]: input.request,
      [lookupId(D.Project)]: request.request.projectId ?? null,
      [D.DecisionDate]: writeDateOnly(input.date ?? dayAt(Date.now(), zone.iana), zone),
      [D.DecisionBody]: input.body ?? 'StrategyBoard',
      [D.DecisionOutcome]: input.outcome,
      [lookupId(D.DecidedBy)]: decidedBy.slice(),
      [D.Rationale]: rationale,
      [D.RoundNumber]: input.roundId ?? null,
      [D.ScenarioNumber]: input.scenarioId ?? null,
      [D.ScoresSnapshotJson]: round?.result && result ? JSON.stringify(snapshotOf(round.id, round.result, result)) : null
    })) as { Id: number };
    const row = await this.list().items.getById(added.Id).select(...DECISION_FIELDS).expand(D.DecidedBy)<IDecisionRow>();
    return { decision: recordOf(row, zone), created: true, request };
  }

  public async listDecisions(query: IDecisionLogQuery = {}): Promise<IDecisionRecord[]> {
    const zone = await this.zone();
    const parts: string[] = [];
    // Every filter names an indexed column (Decisions.queriedBy), so the log stays within SharePoint's
    // list view threshold: DecisionDate, DecisionBody, RequestNumber, Project, RoundNumber.
    if (query.from && isIsoDay(query.from)) parts.push(`${D.DecisionDate} ge datetime'${writeDateOnly(query.from, zone)}'`);
    if (query.to && isIsoDay(query.to)) parts.push(`${D.DecisionDate} lt datetime'${writeDateOnly(addDays(query.to, 1), zone)}'`);
    if (query.body) parts.push(odataEq(D.DecisionBody, query.body));
    if (query.request !== undefined) parts.push(odataEq(D.RequestNumber, Number(query.request)));
    if (query.project !== undefined) parts.push(odataEq(lookupId(D.Project), Number(query.project)));
    if (query.round !== undefined) parts.push(odataEq(D.RoundNumber, Number(query.round)));
    let q = this.list().items.select(...DECISION_FIELDS).expand(D.DecidedBy).orderBy(D.Id, false).top(5000);
    if (parts.length) q = q.filter(parts.join(' and '));
    const out: IDecisionRecord[] = [];
    for await (const page of q) for (const r of page as IDecisionRow[]) out.push(recordOf(r, zone));
    return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);
  }
}
