import type { SPFI } from '../platform/pnp';
import { listOn } from './lists';
import type { IListLocation, ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { num, text } from './itemValues';
import { describeError } from './errors';
import { readRiskThresholds } from './RiskService';
import { dayAt, readDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { hasEnded } from '../domain/portfolio/rag';
import {
  isOpenIssue, isOverdue, openIssuesByAge, riskBand, riskHeatMap, topRisks,
  type IHeatMap, type IIssueAgeCounts, type IIssueRow, type IRiskRow, type IRiskThresholds, type RiskBand
} from '../domain/governance';
import { IssuesList, lookupId, ProgrammesList, ProjectsList, RisksList } from '../schema/refs';

/** Which projects the roll-up counts: the portfolio's filters (each empty or absent: all). */
export interface IPortfolioRaidFilter {
  programmeIds?: ReadonlyArray<number>;
  departments?: ReadonlyArray<string>;
  /** The project managers' site user ids. */
  projectManagerIds?: ReadonlyArray<number>;
}

/** What the portfolio's filters offer: the programmes, departments and project managers of the running projects, by name. */
export interface IPortfolioRaidOptions {
  programmes: Array<{ id: number; title: string }>;
  departments: string[];
  /** The project managers (site user ids and names). */
  projectManagers: Array<{ id: number; name: string }>;
}

/** A risk of the portfolio's top list, with its project. */
export interface IPortfolioRisk {
  id: number;
  title: string;
  status: string;
  projectId: number;
  projectTitle: string;
  projectCode?: string;
  probability: number;
  impact: number;
  /** P × I. */
  score: number;
  band: RiskBand;
  proximity?: IsoDay;
}

/** The portfolio's RAID roll-up. */
export interface IPortfolioRaid {
  /** Running projects (not closed or cancelled) that pass the filter. */
  projects: number;
  /** The top open risks across them: highest score, nearest proximity, lower id first. */
  topRisks: IPortfolioRisk[];
  /** The aggregate 5 × 5 heat map of their open risks. */
  heatMap: IHeatMap;
  thresholds: IRiskThresholds;
  /** Their open issues per age bucket (0–7, 8–30, 31–90, over 90 days). */
  issuesByAge: IIssueAgeCounts;
  /** Open issues past their due date. */
  overdueIssues: number;
  /** The site's day the ages and overdue items are counted on. */
  today: IsoDay;
  /** What the filters offer, from every running project (whatever the filter): sorted by name. */
  options?: IPortfolioRaidOptions;
}

/**
 * The portfolio's RAID roll-up. Every list is read without a threshold error at any size: Projects,
 * Risks and Issues are paged by ID without a filter (5,000 rows a page, the three lists at the same
 * time), because an open-status filter would match more than 5,000 items at portfolio scale. The
 * filters come from the Projects rows, so the risks and issues of the projects that pass are picked
 * client-side; when the filter leaves few projects, their risks and issues are read instead with the
 * indexed Project lookup ({@link BY_PROJECT_LIMIT} projects at most, 50 per query, one `$batch`);
 * should those few projects hold more than 5,000 risks or issues in one query (a threshold error),
 * the roll-up pages every row instead.
 */
export interface IRaidService {
  /** Top risks, the aggregate heat map and open issues by age of the running projects that pass the filter. */
  getPortfolioRaid(filter?: IPortfolioRaidFilter, top?: number): Promise<IPortfolioRaid>;
}

const P = ProjectsList.fields;
const K = RisksList.fields;
const I = IssuesList.fields;
const PAGE: number = 5000;
/** Up to this many filtered projects, risks and issues are read by the indexed Project lookup. */
export const BY_PROJECT_LIMIT: number = 250;
/** Project ids per `ProjectId eq … or …` query (each query's matches stay far below 5,000). */
const IDS_PER_QUERY: number = 50;
/** The Projects columns the roll-up reads (the benchmark reads the same with plain fetch). */
export const RAID_PROJECT_SELECT: ReadonlyArray<string> = [P.Id, P.Title, P.ProjectCode, P.LifecycleStatus, lookupId(P.Programme), P.Department, lookupId(P.ProjectManager)];
/** The Risks columns the roll-up reads. */
export const RAID_RISK_SELECT: ReadonlyArray<string> = [K.Id, K.Title, lookupId(K.Project), K.RiskStatus, K.Probability, K.Impact, K.Proximity];
/** The Issues columns the roll-up reads. */
export const RAID_ISSUE_SELECT: ReadonlyArray<string> = [I.Id, lookupId(I.Project), I.IssueStatus, I.Created, I.DueDate];

type Row = Record<string, unknown>;

/** Whether a Projects row passes the filter. */
function passes(p: Row, f: IPortfolioRaidFilter): boolean {
  const inList = <T>(values: ReadonlyArray<T> | undefined, v: T | undefined): boolean => !values || values.length === 0 || (v !== undefined && values.indexOf(v) >= 0);
  return inList(f.programmeIds, num(p[lookupId(P.Programme)])) && inList(f.departments, text(p[P.Department])) && inList(f.projectManagerIds, num(p[lookupId(P.ProjectManager)]));
}

function isFiltered(f: IPortfolioRaidFilter): boolean {
  return !!(f.programmeIds?.length || f.departments?.length || f.projectManagerIds?.length);
}

/**
 * The roll-up from the rows (pure): risks and issues of the given projects only; top risks by the
 * domain's order (`topRisks`), the heat map (`riskHeatMap`), open issues by age (`openIssuesByAge`).
 */
export function portfolioRaidOf(
  projects: ReadonlyArray<Row>, risks: ReadonlyArray<Row>, issues: ReadonlyArray<Row>,
  thresholds: IRiskThresholds, zone: ISiteTimeZone, today: IsoDay, top: number
): IPortfolioRaid {
  const byId = new Map(projects.map(p => [p[P.Id] as number, p]));
  const riskRows: Array<IRiskRow & { title: string; projectId: number }> = [];
  for (const r of risks) {
    const projectId = num(r[lookupId(K.Project)]);
    if (projectId === undefined || !byId.has(projectId)) continue;
    riskRows.push({
      id: r[K.Id] as number, projectId, title: text(r[K.Title]) ?? '', status: text(r[K.RiskStatus]) ?? 'Open',
      probability: num(r[K.Probability]), impact: num(r[K.Impact]), proximity: readDateOnly(text(r[K.Proximity]), zone)
    });
  }
  const issueRows: IIssueRow[] = [];
  for (const r of issues) {
    const projectId = num(r[lookupId(I.Project)]);
    if (projectId === undefined || !byId.has(projectId)) continue;
    const created = Date.parse(text(r[I.Created]) ?? '');
    issueRows.push({ status: text(r[I.IssueStatus]) ?? 'Open', raisedOn: Number.isNaN(created) ? undefined : dayAt(created, zone.iana), dueDate: readDateOnly(text(r[I.DueDate]), zone) });
  }
  const ranked = topRisks(riskRows, top).map(({ risk, score }): IPortfolioRisk => {
    const project = byId.get(risk.projectId) as Row;
    return {
      id: risk.id, title: risk.title, status: risk.status, projectId: risk.projectId, projectTitle: text(project[P.Title]) ?? '', projectCode: text(project[P.ProjectCode]),
      probability: risk.probability as number, impact: risk.impact as number, score, band: riskBand(score, thresholds), proximity: risk.proximity
    };
  });
  return {
    projects: projects.length,
    topRisks: ranked,
    heatMap: riskHeatMap(riskRows, thresholds),
    thresholds,
    issuesByAge: openIssuesByAge(issueRows, today),
    overdueIssues: issueRows.filter(i => isOpenIssue(i) && isOverdue(i, today)).length,
    today
  };
}

/** The filters' options from the running projects' rows, named by the programmes' titles and the managers' names (`#id` when unknown). */
export function raidFilterOptionsOf(running: ReadonlyArray<Row>, programmeTitles: ReadonlyMap<number, string>, managerNames: ReadonlyMap<number, string>): IPortfolioRaidOptions {
  const programmes = new Set<number>();
  const departments = new Set<string>();
  const managers = new Set<number>();
  for (const p of running) {
    const programme = num(p[lookupId(P.Programme)]);
    const department = text(p[P.Department]);
    const manager = num(p[lookupId(P.ProjectManager)]);
    if (programme !== undefined) programmes.add(programme);
    if (department) departments.add(department);
    if (manager !== undefined) managers.add(manager);
  }
  const byName = <T extends { title?: string; name?: string }>(a: T, b: T): number => (a.title ?? a.name ?? '').localeCompare(b.title ?? b.name ?? '');
  return {
    programmes: [...programmes].map(id => ({ id, title: programmeTitles.get(id) ?? `#${id}` })).sort(byName),
    departments: [...departments].sort((a, b) => a.localeCompare(b)),
    projectManagers: [...managers].map(id => ({ id, name: managerNames.get(id) ?? `#${id}` })).sort(byName)
  };
}

/** {@link IRaidService} over PnPjs (Projects, Risks, Issues, PmoHubConfig). */
export class RaidService implements IRaidService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly siteTimeZone: ISiteTimeZoneSource;

  public constructor(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource) {
    this.sp = sp;
    this.site = site;
    this.siteTimeZone = siteTimeZone;
  }

  /** Every row of a list, paged by ID without a filter (no list view threshold at any size). */
  private async allRows(list: IListLocation, select: ReadonlyArray<string>): Promise<Row[]> {
    const rows: Row[] = [];
    for await (const page of listOn(this.sp, this.site, list).items.select(...select).top(PAGE)) rows.push(...(page as Row[]));
    return rows;
  }

  /** Every risk and issue, the two lists at the same time. */
  private async allRisksAndIssues(): Promise<{ risks: Row[]; issues: Row[] }> {
    const [risks, issues] = await Promise.all([this.allRows(RisksList, RAID_RISK_SELECT), this.allRows(IssuesList, RAID_ISSUE_SELECT)]);
    return { risks, issues };
  }

  /** The risks and issues of a few projects, by the indexed Project lookup, in one `$batch`. */
  private async byProject(projectIds: ReadonlyArray<number>): Promise<{ risks: Row[]; issues: Row[] }> {
    if (projectIds.length === 0) return { risks: [], issues: [] };
    const [b, execute] = this.sp.batched();
    const riskPs: Array<Promise<Row[]>> = [];
    const issuePs: Array<Promise<Row[]>> = [];
    for (let i = 0; i < projectIds.length; i += IDS_PER_QUERY) {
      const ids = projectIds.slice(i, i + IDS_PER_QUERY);
      const clause = (field: string): string => ids.map(id => `${field} eq ${id}`).join(' or ');
      riskPs.push(listOn(b, this.site, RisksList).items.select(...RAID_RISK_SELECT).filter(clause(lookupId(K.Project))).top(PAGE)<Row[]>());
      issuePs.push(listOn(b, this.site, IssuesList).items.select(...RAID_ISSUE_SELECT).filter(clause(lookupId(I.Project))).top(PAGE)<Row[]>());
    }
    await execute();
    const flat = async (ps: Array<Promise<Row[]>>): Promise<Row[]> => ([] as Row[]).concat(...(await Promise.all(ps)));
    return { risks: await flat(riskPs), issues: await flat(issuePs) };
  }

  /** After a threshold error of the indexed reads (projects with more than 5,000 risks or issues together): every row, paged by ID. */
  private unlessThreshold(e: unknown): Promise<{ risks: Row[]; issues: Row[] }> {
    if (describeError(e).kind !== 'threshold') throw e;
    return this.allRisksAndIssues();
  }

  /**
   * The thresholds, the site's time zone, and the names the filters show — the programmes' titles
   * (Programmes is a short list) and the site users' names — in one `$batch`.
   */
  private async settings(): Promise<{ thresholds: IRiskThresholds; zone: ISiteTimeZone; programmes: Map<number, string>; users: Map<number, string> }> {
    const [b, execute] = this.sp.batched();
    const thresholdsP = readRiskThresholds(b, this.site);
    const zoneP = this.siteTimeZone.get(b.web);
    const programmesP = listOn(b, this.site, ProgrammesList).items.select('Id', 'Title').top(PAGE)<Array<{ Id: number; Title?: string }>>();
    const usersP = b.web.siteUsers.select('Id', 'Title')<Array<{ Id: number; Title?: string }>>();
    await execute();
    const named = (rows: Array<{ Id: number; Title?: string }>): Map<number, string> => new Map(rows.filter(r => r.Title).map(r => [r.Id, r.Title as string]));
    return { thresholds: (await thresholdsP).thresholds, zone: await zoneP, programmes: named(await programmesP), users: named(await usersP) };
  }

  public async getPortfolioRaid(filter: IPortfolioRaidFilter = {}, top: number = 10): Promise<IPortfolioRaid> {
    const projectsP = this.allRows(ProjectsList, RAID_PROJECT_SELECT);
    const settingsP = this.settings();
    const runningP = projectsP.then(all => all.filter(p => !hasEnded(text(p[P.LifecycleStatus]))));
    let risks: Row[];
    let issues: Row[];
    let projects: Row[];
    if (isFiltered(filter)) {
      projects = (await runningP).filter(p => passes(p, filter));
      const ids = projects.map(p => p[P.Id] as number);
      ({ risks, issues } = ids.length <= BY_PROJECT_LIMIT ? await this.byProject(ids).catch(e => this.unlessThreshold(e)) : await this.allRisksAndIssues());
    } else {
      // No filter: the three lists at the same time.
      const [running, both] = await Promise.all([runningP, this.allRisksAndIssues()]);
      projects = running;
      ({ risks, issues } = both);
    }
    const { thresholds, zone, programmes, users } = await settingsP;
    const options = raidFilterOptionsOf(await runningP, programmes, users);
    return { ...portfolioRaidOf(projects, risks, issues, thresholds, zone, dayAt(Date.now(), zone.iana), top), options };
  }
}
