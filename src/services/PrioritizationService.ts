import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { configVersionOf, writeConfigValue } from './configWrite';
import { etagOf, num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import type { IRequestService } from './RequestService';
import type { IScoringRound, IScoringService } from './ScoringService';
import { dayAt, readDateOnly, type ISiteTimeZone } from '../domain/dates';
import { costPlanFromJson, demandFromJson, type IntakeState } from '../domain/intake';
// The topic modules, not the index (which brings the solver-side modules into the web part's first view).
import type { ICommittedDays, IPrioritizationCandidate, IRoleCapacity, IScoringModelRef } from '../domain/prioritization/builder';
import {
  budgetsFrom, candidatesForModel, costPlanFrom, DEFAULT_BUDGET_SHARE as SHARE, defaultBudgetsOf, fiscalYearOf, rankCandidates, scoringModelsOf
} from '../domain/prioritization/candidates';
import { readScenarioContent, type IScenarioContent } from '../domain/prioritization/scenario';
import { planningRoles } from '../domain/capacity/capacity';
import { completePool, poolOf, queuePoolReads, readAbsences, type IAbsenceItem, type IPersonItem, type IRoleItem } from './capacityPool';
import { allAssignments, monthOfRow, queueAssignmentReads, stateOfRow, type IAssignmentItem } from './capacityAssignments';
import { lookupId, PmoHubConfigList, PortfolioScenariosList, ProjectRequestsList, ProjectsList, StrategicObjectivesList, type CheckedRow } from '../schema/refs';

/** A candidate as the Prioritization screen lists it: the builder's candidate plus where its score comes from. */
export interface IPrioritizationItem extends IPrioritizationCandidate {
  /** The request number (requests) or the project's item id (projects). */
  itemId: number;
  /** The rank in its scoring round (requests); undefined for projects. */
  rank?: number;
  /** The closed scoring round the score comes from. */
  roundId?: number;
  roundTitle?: string;
  /** The request's intake state (requests only): only 'ReadyForScoring' can be decided. */
  state?: IntakeState;
  /** The request's ETag when read (for the decision's guard). */
  etag?: string;
}

/** A request's board score: the newest closed round that scored it. */
interface IBoardScore {
  total: number;
  rank: number;
  roundId: number;
  roundTitle: string;
  model: IScoringModelRef;
}

/**
 * The model version ranked by default: that of the most recently closed round (by its close, then
 * its number) whose version scored a candidate; undefined when no candidate is scored.
 */
export function defaultModelOf(closed: ReadonlyArray<IScoringRound>, models: ReadonlyArray<IScoringModelRef>): number | undefined {
  const newest = closed.filter(r => r.result && models.some(m => m.id === r.result?.modelId))
    .sort((a, b) => (b.closed ?? b.result?.closedAt ?? '').localeCompare(a.closed ?? a.result?.closedAt ?? '') || b.id - a.id)[0];
  return newest?.result?.modelId;
}

/** Everything the Prioritization screen works on. */
export interface IPrioritizationData {
  candidates: IPrioritizationItem[];
  roles: IRoleCapacity[];
  committed: ICommittedDays[];
  /** The planning horizon ('YYYY-MM'): the months of the candidates' demand, sorted. */
  months: string[];
  /** The fiscal years of the candidates' cost plans and of the budgets, sorted: the current one and later only. */
  years: number[];
  objectives: Array<{ id: number; title: string }>;
  /** The budget per fiscal year: the PMO's saved one, else the default (see `saved`). */
  budgets: Array<{ year: number; amount: number }>;
  /**
   * Whether `budgets` were saved by the PMO (false: the default of the default model's candidates,
   * see {@link defaultBudgets}; the screen works it out again for the model the PMO chooses).
   */
  budgetsSaved: boolean;
  /** The version of the saved budgets as read ('' when none are saved): saveBudgets takes it back. */
  budgetsVersion: string;
  /** The scoring model versions of the candidates' scores (not comparable with each other). */
  models: IScoringModelRef[];
  /** The version ranked by default: that of the most recently closed round (see {@link defaultModelOf}). */
  defaultModelId?: number;
  /** The closed rounds the scores come from, newest first. */
  rounds: Array<{ id: number; title: string }>;
  /** Whether the signed-in user belongs to the PMO (saves budgets and scenarios, records decisions). */
  isPmo: boolean;
}

/** A saved scenario as listed. */
export interface IScenarioSummary {
  id: number;
  title: string;
  status: string;
  fiscalYear?: number;
  budgetCap?: number;
  summary?: string;
  modified?: string;
}

/** A saved scenario with its content. */
export interface IPortfolioScenario extends IScenarioSummary {
  content: IScenarioContent;
}

/** What the PMO saves as a scenario. */
export interface IScenarioInput {
  title: string;
  summary?: string;
  content: IScenarioContent;
}

/** Thrown when a prioritization action is refused before anything is written (`Prio_Refusal_<code>` in src/loc). */
export class PrioritizationRefusedError extends Error {
  public readonly refusal: 'notPmo' | 'titleRequired' | 'budgetInvalid';

  public constructor(refusal: PrioritizationRefusedError['refusal']) {
    super(`Prioritization refused: ${refusal}`);
    this.name = 'PrioritizationRefusedError';
    this.refusal = refusal;
    Object.setPrototypeOf(this, PrioritizationRefusedError.prototype);
  }
}

/**
 * The data of portfolio prioritization: the candidates (requests scored in closed rounds, and
 * optionally active projects) with cost per year, demand per role and month and objectives; role
 * capacity and committed assignments; the budgets per fiscal year; saved scenarios. Every query
 * filters on indexed columns, or reads items by id, so big lists stay within SharePoint's threshold.
 */
export interface IPrioritizationService {
  /** Loads the candidates and everything the optimizer's problem is built from. */
  load(options?: { includeProjects?: boolean }): Promise<IPrioritizationData>;
  /**
   * Saves the budget per fiscal year (PMO; PmoHubConfig 'Prioritization.Budgets'). Throws 'notPmo', 'budgetInvalid'.
   * @param seen `budgetsVersion` as read (or the last save's answer): budgets saved meanwhile are not
   *   overwritten (a conflict: 412 or ChangedMeanwhileError). Returns the budgets' new version.
   */
  saveBudgets(budgets: ReadonlyArray<{ year: number; amount: number }>, seen?: string): Promise<string>;
  /** Saved scenarios, newest first. */
  listScenarios(): Promise<IScenarioSummary[]>;
  /** One scenario with its parameters, selection and figures. */
  getScenario(id: number): Promise<IPortfolioScenario>;
  /** Saves a scenario (PMO) as a Draft. Throws 'notPmo', 'titleRequired'. */
  saveScenario(input: IScenarioInput): Promise<IPortfolioScenario>;
}

/** What the prioritization service receives from the other services. */
export interface IPrioritizationServiceDeps {
  requests: IRequestService;
  scoring: IScoringService;
  siteTimeZone: ISiteTimeZoneSource;
}

/** The PmoHubConfig key of the budgets. */
export const BUDGETS_CONFIG_KEY: string = 'Prioritization.Budgets';
/** The default budget of a year: this share of the ranked candidates' cost in it (beside the committed work's full cost). */
export const DEFAULT_BUDGET_SHARE: number = SHARE;
const PAGE = 5000;
/** The intake states of a request that is still a candidate: waiting for the board, approved (not yet a project) or deferred. */
const CANDIDATE_STATES: ReadonlyArray<IntakeState> = ['ReadyForScoring', 'Approved', 'Deferred'];

const R = ProjectRequestsList.fields;
const P = ProjectsList.fields;
const SO = StrategicObjectivesList.fields;
const SC = PortfolioScenariosList.fields;
const CF = PmoHubConfigList.fields;

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
type IRequestRow = CheckedRow<'ProjectRequests', {
  Id: number; Title?: string | null; CostPlanJson?: string | null; ResourceDemandJson?: string | null;
  StrategicObjectivesId?: number[] | { results: number[] } | null; ProjectId?: number | null; 'odata.etag'?: string;
}>;
type IProjectRow = CheckedRow<'Projects', {
  Id: number; Title?: string | null; Budget?: number | null; StartDate?: string | null; EndDate?: string | null;
  StrategicObjectivesId?: number[] | { results: number[] } | null; RequestNumber?: number | null;
}>;
type IScenarioRow = CheckedRow<'PortfolioScenarios', {
  Id: number; Title?: string | null; ScenarioStatus?: string | null; FiscalYear?: number | null; BudgetCap?: number | null; Summary?: string | null; ScenarioJson?: string | null; Modified?: string;
}>;
/* eslint-enable @rushstack/no-new-null */

const SCENARIO_FIELDS: ReadonlyArray<string> = [SC.Id, SC.Title, SC.ScenarioStatus, SC.FiscalYear, SC.BudgetCap, SC.Summary, 'Modified'];

function ids(v: number[] | { results: number[] } | null | undefined): number[] { // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
  return !v ? [] : Array.isArray(v) ? v : v.results ?? [];
}

/** The budgets of a config value ([{ year, amount }]); undefined when unreadable. */
export function budgetsFromJson(json: string | undefined): Array<{ year: number; amount: number }> | undefined {
  try {
    const raw: unknown = json ? JSON.parse(json) : undefined;
    if (!Array.isArray(raw)) return undefined;
    return raw.filter((b: { year?: unknown; amount?: unknown }) => typeof b?.year === 'number' && typeof b?.amount === 'number' && isFinite(b.amount) && b.amount >= 0)
      .map((b: { year: number; amount: number }) => ({ year: b.year, amount: b.amount }));
  } catch {
    return undefined;
  }
}

/**
 * The default budgets of the candidates ranked under `modelId` (undefined: all as they are): the
 * full cost of those that start forced in (projects without a score of that model) plus
 * {@link DEFAULT_BUDGET_SHARE} of the others' cost per year, rounded up to 1,000 (`defaultBudgetsOf`).
 */
export function defaultBudgets(candidates: ReadonlyArray<IPrioritizationCandidate>, modelId?: number): Array<{ year: number; amount: number }> {
  return defaultBudgetsOf(candidatesForModel(candidates, modelId));
}

/** A project's budget spread evenly over the months from its start to its end (date-only values), summed per year as opex; none without a budget or dates. */
export function projectCostPlan(budget: number, start: string | undefined, end: string | undefined): Array<{ year: number; capex: number; opex: number }> {
  if (!(budget > 0) || !start || !end || end < start) return [];
  const [y0, m0] = start.split('-').map(Number);
  const [y1, m1] = end.split('-').map(Number);
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  const perYear = new Map<number, number>();
  for (let i = 0; i < months; i++) {
    const year = y0 + Math.floor((m0 - 1 + i) / 12);
    perYear.set(year, (perYear.get(year) ?? 0) + budget / months);
  }
  return Array.from(perYear.entries()).map(([year, amount]) => ({ year, capex: 0, opex: Math.round(amount * 100) / 100 }));
}

/** {@link IPrioritizationService} over PnPjs, composing the request and scoring services. */
export class PrioritizationService implements IPrioritizationService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IPrioritizationServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IPrioritizationServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(l: { url: string }): ListHandle {
    return listOn(this.sp, this.site, l);
  }

  private zone(): Promise<ISiteTimeZone> {
    return this.deps.siteTimeZone.get(this.sp.web);
  }

  public async load(options: { includeProjects?: boolean } = {}): Promise<IPrioritizationData> {
    const [user, closed, zone] = await Promise.all([this.deps.requests.getCurrentUser(), this.deps.scoring.listRounds('Closed'), this.zone()]);
    // Only the current and future fiscal years count: a past year's cost is spent, not decided.
    const firstYear = fiscalYearOf(dayAt(Date.now(), zone.iana));
    const scored = await this.boardScores(closed);
    const [requests, trusted, projects, people, objectives, config] = await Promise.all([
      this.readRequests(Array.from(scored.keys())),
      // The workflow's trusted state (intake's history), not the raw column.
      this.deps.requests.listAll(CANDIDATE_STATES),
      options.includeProjects ? this.readProjects(zone, scored, firstYear) : Promise.resolve([]),
      this.readPeople(),
      this.list(StrategicObjectivesList).items.select(SO.Id, SO.Title).filter(odataEq(SO.ObjectiveStatus, 'Active')).top(PAGE)<Array<{ Id: number; Title?: string }>>(),
      this.readConfig(BUDGETS_CONFIG_KEY)
    ]);
    const stateOf = new Map(trusted.map(t => [t.id, t.state]));
    const candidates: IPrioritizationItem[] = [];
    for (const r of requests) {
      const s = scored.get(r.Id);
      const state = stateOf.get(r.Id);
      // Decided against, withdrawn or already a project: not a candidate any more.
      if (!s || !state || r.ProjectId) continue;
      candidates.push({
        id: `request:${r.Id}`, kind: 'request', itemId: r.Id, title: r.Title ?? '', score: s.total, model: s.model, rank: s.rank, roundId: s.roundId, roundTitle: s.roundTitle,
        state, etag: etagOf(r), costPlan: costPlanFrom(costPlanFromJson(r.CostPlanJson ?? undefined), firstYear),
        demand: demandFromJson(r.ResourceDemandJson ?? undefined), objectiveIds: ids(r.StrategicObjectivesId)
      });
    }
    candidates.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || (a.rank ?? 0) - (b.rank ?? 0) || a.itemId - b.itemId);
    const months = Array.from(new Set(candidates.flatMap(c => c.demand.map(d => d.month)))).sort();
    const candidateRequests = new Set(candidates.filter(c => c.kind === 'request').map(c => c.itemId));
    const [committed, absences] = await Promise.all([this.readCommitted(months, zone, new Set(projects.map(p => p.itemId)), candidateRequests), this.readAbsences(months[0])]);
    const roles = this.rolesOf({ ...people, absences }, months, zone);
    for (const p of projects) {
      candidates.push({ ...p, demand: committed.filter(a => a.candidateId === p.id).map(a => ({ role: a.role, month: a.month, days: a.days })) });
    }
    const ranked = rankCandidates(candidates);
    const saved = budgetsFromJson(config.value);
    const models = scoringModelsOf(ranked);
    const defaultModelId = defaultModelOf(closed, models);
    const budgets = saved ? budgetsFrom(saved, firstYear) : defaultBudgets(ranked, defaultModelId);
    const years = Array.from(new Set([...budgets.map(b => b.year), ...ranked.flatMap(c => c.costPlan.map(y => y.year))])).sort((a, b) => a - b);
    return {
      candidates: ranked, roles, committed, months, years, budgets, budgetsSaved: !!saved, budgetsVersion: config.version, isPmo: user.isPmo, models, defaultModelId,
      objectives: objectives.map(o => ({ id: o.Id, title: o.Title ?? '' })),
      rounds: closed.filter(r => Array.from(scored.values()).some(s => s.roundId === r.id)).map(r => ({ id: r.id, title: r.title }))
    };
  }

  /**
   * Each request's board score: the newest closed round that scored it gives its total, rank and
   * the model version (named by the model's title; a version that cannot be read keeps its number).
   */
  private async boardScores(closed: ReadonlyArray<IScoringRound>): Promise<Map<number, IBoardScore>> {
    const versions = Array.from(new Set(closed.filter(r => r.result).map(r => r.result?.modelId as number)));
    const titles = new Map(await Promise.all(versions.map(id => this.deps.scoring.getModel(id).then(m => [id, m.title] as const, () => [id, ''] as const))));
    const scored = new Map<number, IBoardScore>();
    for (const round of closed) {
      const result = round.result;
      if (!result) continue;
      const model: IScoringModelRef = { id: result.modelId, title: titles.get(result.modelId) || `#${result.modelId}`, version: result.modelVersion };
      for (const r of result.requests) {
        if (r.total !== undefined && !scored.has(r.request)) scored.set(r.request, { total: r.total, rank: r.rank, roundId: round.id, roundTitle: round.title, model });
      }
    }
    return scored;
  }

  /** Requests by number, in batches of 100 (reads by id: no threshold). */
  private async readRequests(numbers: ReadonlyArray<number>): Promise<IRequestRow[]> {
    const out: IRequestRow[] = [];
    for (let i = 0; i < numbers.length; i += 100) {
      const [b, execute] = this.sp.batched();
      const items = listOn(b, this.site, ProjectRequestsList).items;
      const reads = numbers.slice(i, i + 100).map(n =>
        items.getById(n).select(R.Id, R.Title, R.CostPlanJson, R.ResourceDemandJson, lookupId(R.StrategicObjectives), lookupId(R.Project))<IRequestRow>()
          .catch((): undefined => undefined)); // a request the reader may not see, or deleted: not a candidate
      await execute();
      for (const r of await Promise.all(reads)) if (r) out.push(r);
    }
    return out;
  }

  /**
   * Active projects (LifecycleStatus is indexed); cost per year from Budget over Start–End, from
   * `firstYear` on. A project's score is its originating request's board score; without one it is
   * not scored (never 0).
   */
  private async readProjects(zone: ISiteTimeZone, scored: ReadonlyMap<number, IBoardScore>, firstYear: number): Promise<IPrioritizationItem[]> {
    const rows: IProjectRow[] = [];
    const q = this.list(ProjectsList).items.select(P.Id, P.Title, P.Budget, P.StartDate, P.EndDate, lookupId(P.StrategicObjectives), P.RequestNumber)
      .filter(odataEq(P.LifecycleStatus, 'Active')).top(PAGE);
    for await (const page of q) for (const r of page as IProjectRow[]) rows.push(r);
    return rows.map(r => {
      const request = num(r.RequestNumber);
      const s = request !== undefined ? scored.get(request) : undefined;
      return {
        id: `project:${r.Id}`, kind: 'project' as const, itemId: r.Id, title: r.Title ?? '',
        ...(s ? { score: s.total, model: s.model, roundId: s.roundId, roundTitle: s.roundTitle } : {}),
        costPlan: costPlanFrom(projectCostPlan(num(r.Budget) ?? 0, readDateOnly(r.StartDate, zone), readDateOnly(r.EndDate, zone)), firstYear),
        demand: [], objectiveIds: ids(r.StrategicObjectivesId)
      };
    });
  }

  /** The pool's roles and people (one `$batch`; more pages only above 5,000 people). */
  private async readPeople(): Promise<{ roles: IRoleItem[]; people: IPersonItem[] }> {
    const [b, execute] = this.sp.batched();
    const reads = queuePoolReads(b, this.site, false);
    await execute();
    const { roles, people } = await completePool(this.sp, this.site, reads);
    return { roles, people };
  }

  /** The absences that end in the horizon's first month or later (none without a horizon). */
  private async readAbsences(firstMonth: string | undefined): Promise<IAbsenceItem[]> {
    return firstMonth ? readAbsences(this.sp, this.site, `${firstMonth}-01`) : [];
  }

  /**
   * Each role's capacity for every month of the horizon by the one capacity model (src/domain/capacity
   * planningRoles: its tracked people's FTE, absences and non-project time plus the capacity set on the
   * role), the figures the Capacity heat map shows.
   */
  private rolesOf(rows: { roles: IRoleItem[]; people: IPersonItem[]; absences: IAbsenceItem[] }, months: ReadonlyArray<string>, zone: ISiteTimeZone): IRoleCapacity[] {
    return planningRoles(poolOf(rows, zone), months);
  }

  /**
   * Committed assignments of the horizon, from every row read by ID pages (capacityAssignments'
   * allAssignments, as the Capacity heat map reads them; see the comment in the body). A row
   * belongs to a candidate (`candidateId`, so that the builder counts the candidate's demand instead of
   * subtracting it): a candidate project's rows, and the rows an approved request that is still a
   * candidate committed at approval (its number, no project yet).
   */
  private async readCommitted(months: ReadonlyArray<string>, zone: ISiteTimeZone, projects: ReadonlySet<number>, requests: ReadonlySet<number>): Promise<ICommittedDays[]> {
    const candidateOf = (r: IAssignmentItem): string | undefined => {
      const project = num(r.ProjectId);
      const request = num(r.RequestNumber);
      if (project !== undefined) return projects.has(project) ? `project:${project}` : undefined;
      return request !== undefined && requests.has(request) ? `request:${request}` : undefined;
    };
    // Every row by ID pages (as the Capacity heat map reads them): an indexed `Month eq …` first clause is
    // refused by SharePoint once a month holds more than 5,000 rows (a portfolio of 5,000 projects books
    // 5,000–10,000 a month), while pages by ID never are. Committed rows of the horizon are kept.
    const [b, execute] = this.sp.batched();
    const reads = queueAssignmentReads(b, this.site);
    await execute();
    const inHorizon = new Set(months);
    const out: ICommittedDays[] = [];
    for (const r of await allAssignments(this.sp, this.site, reads)) {
      const role = num(r.ResourceRoleId);
      const month = monthOfRow(r, zone);
      if (role === undefined || !month || !inHorizon.has(month) || stateOfRow(r) !== 'Committed') continue;
      const candidateId = candidateOf(r);
      out.push({ role, month, days: num(r.DemandDays) ?? 0, ...(candidateId ? { candidateId } : {}) });
    }
    return out;
  }

  /** A PmoHubConfig value and its version (configVersionOf). */
  private async readConfig(key: string): Promise<{ value?: string; version: string }> {
    const rows = await this.list(PmoHubConfigList).items.select(CF.Id, CF.ConfigValue).filter(odataEq(CF.ConfigKey, key)).top(1)<Array<{ Id: number; ConfigValue?: string | null; 'odata.etag'?: string }>>(); // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
    return { value: text(rows[0]?.ConfigValue), version: configVersionOf(rows) };
  }

  private async requirePmo(): Promise<void> {
    if (!(await this.deps.requests.getCurrentUser()).isPmo) throw new PrioritizationRefusedError('notPmo');
  }

  public async saveBudgets(budgets: ReadonlyArray<{ year: number; amount: number }>, seen?: string): Promise<string> {
    if (budgets.some(b => !(isFinite(b.amount) && b.amount >= 0) || !Number.isInteger(b.year))) throw new PrioritizationRefusedError('budgetInvalid');
    await this.requirePmo();
    const value = JSON.stringify(budgets.map(b => ({ year: b.year, amount: b.amount })));
    return writeConfigValue(this.list(PmoHubConfigList), BUDGETS_CONFIG_KEY, value, seen);
  }

  public async listScenarios(): Promise<IScenarioSummary[]> {
    const rows: IScenarioRow[] = [];
    for await (const page of this.list(PortfolioScenariosList).items.select(...SCENARIO_FIELDS).orderBy(SC.Id, false).top(PAGE)) for (const r of page as IScenarioRow[]) rows.push(r);
    return rows.map(summaryOf);
  }

  public async getScenario(id: number): Promise<IPortfolioScenario> {
    const r = await this.list(PortfolioScenariosList).items.getById(id).select(...SCENARIO_FIELDS, SC.ScenarioJson)<IScenarioRow>();
    return { ...summaryOf(r), content: readScenarioContent(r.ScenarioJson ?? undefined, num(r.FiscalYear)) };
  }

  public async saveScenario(input: IScenarioInput): Promise<IPortfolioScenario> {
    const title = input.title.trim();
    if (!title) throw new PrioritizationRefusedError('titleRequired');
    await this.requirePmo();
    const budgets = input.content.parameters.budgets;
    const added = (await this.list(PortfolioScenariosList).items.add({
      [SC.Title]: title.slice(0, 255),
      [SC.ScenarioStatus]: 'Draft',
      [SC.BudgetCap]: budgets.reduce((t, b) => t + b.amount, 0),
      [SC.FiscalYear]: budgets.length ? Math.min(...budgets.map(b => b.year)) : null,
      [SC.Summary]: input.summary?.trim() || null,
      [SC.ScenarioJson]: JSON.stringify(input.content)
    })) as { Id: number };
    return this.getScenario(added.Id);
  }
}

function summaryOf(r: IScenarioRow): IScenarioSummary {
  return {
    id: r.Id, title: r.Title ?? '', status: r.ScenarioStatus ?? 'Draft', fiscalYear: num(r.FiscalYear), budgetCap: num(r.BudgetCap),
    summary: text(r.Summary), modified: text(r.Modified)
  };
}
