import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { RequestRefusedError, type IRequestService, type IRequestWithHistory } from './RequestService';
import type { IScoringService } from './ScoringService';
import { addDays, dayAt, isIsoDay, readDateOnly, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isCode } from '../domain/vocabulary';
import { DECISION_BODIES, DECISION_OUTCOMES, type DecisionBody, type DecisionOutcome, type IRequestResult } from '../domain/scoring';
import { DecisionsList, lookupId, PortfolioScenariosList, ProjectRequestsList, projected, ScoringRoundsList, type CheckedRow } from '../schema/refs';

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
  /**
   * The request's own title, read from the request; where the reader cannot read it (or it was
   * deleted), the decision's title without the "Approved: " the service writes before it.
   */
  requestTitle: string;
  /** The scoring round's title (read from the round), when it names one the reader can read. */
  roundTitle?: string;
  /** The portfolio scenario's name (read from the scenario), when it names one the reader can read. */
  scenarioTitle?: string;
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

/** The Title of each item of a list by id, in $batches of 100 (reads by id: no threshold); an item that cannot be read is missing. */
async function titlesById(sp: SPFI, site: ISiteAddress, list: { url: string }, ids: ReadonlyArray<number>): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 100) {
    const [b, execute] = sp.batched();
    const items = listOn(b, site, list).items;
    const reads = ids.slice(i, i + 100).map(id => items.getById(id).select('Id', 'Title')<{ Id: number; Title?: string }>()
      .catch((): undefined => undefined)); // not visible to the reader, or deleted: keeps what the decision says
    await execute();
    for (const r of await Promise.all(reads)) if (r && r.Title) out.set(r.Id, r.Title);
  }
  return out;
}

function distinct(values: ReadonlyArray<number | undefined>): number[] {
  return Array.from(new Set(values.filter((v): v is number => v !== undefined)));
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
    const zone = await this.zone();
    const earlier = (await this.listDecisions({ request: input.request, round: input.roundId })).filter(d => d.outcome === input.outcome);
    let request = await this.deps.requests.get(input.request);
    if (request.request.state !== input.outcome) {
      // Someone decided (or changed the request) since the PMO read it: a conflict, said before the
      // workflow's check, which would otherwise refuse the move from that other decision's state.
      if (input.etag && request.request.etag && input.etag !== request.request.etag) throw staleRequest(input.request);
      // The one transition path of intake: the workflow's checks, the ETag guard, the history row.
      // Its check of an open scoring round (the board decides on a round's result, not before it) is
      // the one for every way a request leaves "Ready for scoring"; said here as the decision's refusal.
      try {
        request = await this.deps.requests.transition(input.request, input.outcome, rationale, rationale, input.etag);
      } catch (e) {
        if (e instanceof RequestRefusedError && e.refusal === 'roundOpen') throw new DecisionRefusedError('roundOpen', 'outcome', e.round);
        throw e;
      }
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
    return { decision: (await this.named([recordOf(row, zone)]))[0], created: true, request };
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
    return (await this.named(out)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);
  }

  /**
   * The records with the names of what they refer to, read from the items themselves: the request's
   * own title (a seeded decision's title reads "Approve request: …"), the round's title and the
   * scenario's name. Reads by id in $batches.
   */
  private async named(records: IDecisionRecord[]): Promise<IDecisionRecord[]> {
    if (!records.length) return records;
    const [requests, rounds, scenarios] = await Promise.all([
      titlesById(this.sp, this.site, ProjectRequestsList, distinct(records.map(r => r.requestNumber))),
      titlesById(this.sp, this.site, ScoringRoundsList, distinct(records.map(r => r.roundNumber))),
      titlesById(this.sp, this.site, PortfolioScenariosList, distinct(records.map(r => r.scenarioNumber)))
    ]);
    const title = (map: Map<number, string>, id: number | undefined): string | undefined => (id === undefined ? undefined : map.get(id));
    return records.map(r => ({
      ...r,
      requestTitle: title(requests, r.requestNumber) ?? r.requestTitle,
      ...(title(rounds, r.roundNumber) !== undefined ? { roundTitle: title(rounds, r.roundNumber) } : {}),
      ...(title(scenarios, r.scenarioNumber) !== undefined ? { scenarioTitle: title(scenarios, r.scenarioNumber) } : {})
    }));
  }
}
