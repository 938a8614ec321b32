import type { Client } from '@microsoft/microsoft-graph-client';
import type { SPFI } from '../platform/pnp';
import { graphKey, odataEq } from './odata';
import { restSiteTimeZone, type ISiteTimeZoneSource } from './siteTimeZone';
import { readDateOnly, writeDateOnly, type ISiteTimeZone } from '../domain/dates';
import {
  projectSummary, parseView, serializeView, toRag, RAG_DIMENSIONS, type IMilestoneInput, type IPortfolioPerson, type IPortfolioRef,
  type IPortfolioRow, type IPortfolioView, type IProgrammeLink, type IProjectSummary, type IStatusReportInput, type Rag, type RagDimension
} from '../domain/portfolio';

/** Where a saved view lives: the PMO's shared views or the user's own. */
export type PortfolioViewScope = 'shared' | 'personal';

/** A saved view as stored on the site. */
export interface ISavedPortfolioView {
  /** Item id in its list. */
  id: number;
  scope: PortfolioViewScope;
  view: IPortfolioView;
  /** Whether the current user created it. */
  mine: boolean;
}

/** Everything the portfolio view needs, read at once. */
export interface IPortfolioData {
  rows: IPortfolioRow[];
  programmes: IProgrammeLink[];
  /** Active strategic objectives. */
  objectives: IPortfolioRef[];
  /** Shared views first, then the user's own; both by name. */
  views: ISavedPortfolioView[];
  /** The current user may create and edit shared views (the PMO; by list permission). */
  canShareViews: boolean;
  /** The current user may edit projects (by list permission). */
  canEditProjects: boolean;
  /** Site user id of the current user. */
  currentUserId: number;
}

/** A milestone in the project panel. */
export interface IPortfolioMilestone {
  id: number;
  title: string;
  status?: string;
  /** Days 'YYYY-MM-DD' (the site's days of the date-only columns). */
  baselineDate?: string;
  forecastDate?: string;
  actualDate?: string;
}

/** The latest published status report of a project. */
export interface IPortfolioStatusReport {
  id: number;
  title: string;
  /** 'YYYY-MM-DD' */
  reportDate: string;
  rag: Partial<Record<RagDimension, Rag>>;
  percentComplete?: number;
  highlights?: string;
  nextSteps?: string;
}

/** The project panel's data. */
export interface IProjectDetail {
  row: IPortfolioRow;
  /** ETag of the project item (for a conflict-safe update). */
  etag: string;
  latestReport?: IPortfolioStatusReport;
  milestones: IPortfolioMilestone[];
  /** The project's item in SharePoint (display form). */
  itemUrl: string;
}

/** What the project panel can change. */
export interface IProjectChanges {
  stage?: string;
  status?: string;
  /** A budget; undefined leaves it, NaN is refused. */
  budget?: number;
}

/** The portfolio's data access: the project register with its denormalised status, saved views, photos. */
export interface IPortfolioService {
  /** Loads the whole portfolio: one $batch (plus one request per further 5,000 projects). */
  load(): Promise<IPortfolioData>;
  /** A project with its latest published report and its milestones (one $batch). */
  getProjectDetail(projectId: number): Promise<IProjectDetail>;
  /** Saves the panel's changes (412 when someone else saved first). */
  updateProject(projectId: number, changes: IProjectChanges, etag: string): Promise<void>;
  /** Adds a view (no id) or replaces it; shared views need the PMO's rights (403 otherwise). */
  saveView(view: IPortfolioView, scope: PortfolioViewScope, id?: number): Promise<ISavedPortfolioView>;
  deleteView(scope: PortfolioViewScope, id: number): Promise<void>;
  /** An object URL of a user's Graph photo, cached per user; undefined when there is none. */
  getPhotoUrl(userPrincipalName: string): Promise<string | undefined>;
  /**
   * Recomputes what Projects carries from StatusReports and Milestones (latest published RAG per
   * dimension, last report date, next milestone) and writes it when it changed. Call it after
   * saving a status report or a milestone of the project.
   */
  refreshProjectSummary(projectId: number): Promise<IProjectSummary>;
  /** Rewrites the next milestone of every project from Milestones (maintenance / upgrade); returns projects changed. */
  backfillNextMilestones(): Promise<number>;
  /** The Projects list's URL (for "Open in SharePoint"). */
  projectsListUrl(): string;
}

/** SharePoint's page size limit for list items. */
const PAGE: number = 5000;

/** Projects' columns the portfolio reads (with ProjectManager expanded). */
export const PROJECT_SELECT: ReadonlyArray<string> = [
  'Id', 'Title', 'ProjectCode', 'Summary', 'ProgrammeId', 'Department', 'ProjectManager/Id', 'ProjectManager/Title', 'ProjectManager/EMail',
  'StrategicObjectivesId', 'Prince2Stage', 'LifecycleStatus', 'TeamsGroupId', 'Budget', 'StartDate', 'EndDate',
  'RagOverall', 'RagSchedule', 'RagCost', 'RagScope', 'RagRisk', 'LastReportDate', 'NextMilestoneTitle', 'NextMilestoneDate'
];

const RAG_FIELD: Record<RagDimension, string> = { overall: 'RagOverall', schedule: 'RagSchedule', cost: 'RagCost', scope: 'RagScope', risk: 'RagRisk' };

/** A Projects item as read (SharePoint sends null for empty values). */
interface IProjectItem {
  Id: number;
  Title?: string;
  ProjectCode?: string;
  Summary?: string;
  ProgrammeId?: number;
  Department?: string;
  ProjectManager?: { Id: number; Title: string; EMail?: string };
  Sponsor?: { Id: number; Title: string; EMail?: string };
  StrategicObjectivesId?: number[];
  Prince2Stage?: string;
  LifecycleStatus?: string;
  TeamsGroupId?: string;
  Budget?: number;
  StartDate?: string;
  EndDate?: string;
  LastReportDate?: string;
  NextMilestoneTitle?: string;
  NextMilestoneDate?: string;
  [rag: string]: unknown;
}

interface IRefItem { Id: number; Title?: string; TeamsGroupId?: string; ObjectiveStatus?: string }
interface IViewItem { Id: number; Title?: string; PortfolioViewJson?: string; AuthorId?: number }
interface IBasePermissions { Low: string | number; High: string | number }

/** SharePoint's permission bit (PermissionKind) in a BasePermissions value. */
export function hasPermission(perms: IBasePermissions | undefined, kind: number): boolean {
  if (!perms) return false;
  const low = Number(perms.Low);
  const high = Number(perms.High);
  if (kind === 65) return (high & 32767) === 32767 && low === 65535; // FullMask
  const bit = kind - 1;
  return bit < 32 ? ((low / Math.pow(2, bit)) & 1) === 1 : ((high / Math.pow(2, bit - 32)) & 1) === 1;
}

/** PermissionKind.AddListItems and EditListItems. */
const ADD_LIST_ITEMS: number = 3;
const EDIT_LIST_ITEMS: number = 4;

function person(u: { Id: number; Title: string; EMail?: string } | undefined): IPortfolioPerson | undefined {
  return u && typeof u.Id === 'number' ? { id: u.Id, name: u.Title, email: u.EMail || undefined } : undefined;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && isFinite(v) ? v : undefined;
}

/** Projects item → portfolio row, joining programme and objective titles; date-only columns become the site's days. */
export function toPortfolioRow(item: IProjectItem, programmes: Record<number, IPortfolioRef>, objectives: Record<number, IPortfolioRef>, zone: ISiteTimeZone): IPortfolioRow {
  const rag: Partial<Record<RagDimension, Rag>> = {};
  for (const d of RAG_DIMENSIONS) {
    const r = toRag(item[RAG_FIELD[d]]);
    if (r) rag[d] = r;
  }
  const nextTitle = text(item.NextMilestoneTitle);
  const nextDate = readDateOnly(item.NextMilestoneDate, zone);
  const objectiveIds = Array.isArray(item.StrategicObjectivesId) ? item.StrategicObjectivesId : [];
  return {
    id: item.Id,
    title: item.Title ?? '',
    code: text(item.ProjectCode),
    summary: text(item.Summary),
    programme: typeof item.ProgrammeId === 'number' ? programmes[item.ProgrammeId] ?? { id: item.ProgrammeId, title: `#${item.ProgrammeId}` } : undefined,
    department: text(item.Department),
    projectManager: person(item.ProjectManager),
    sponsor: person(item.Sponsor),
    stage: text(item.Prince2Stage),
    status: text(item.LifecycleStatus),
    rag,
    lastReportDate: readDateOnly(item.LastReportDate, zone),
    budget: num(item.Budget),
    nextMilestone: nextTitle && nextDate ? { title: nextTitle, date: nextDate } : undefined,
    startDate: readDateOnly(item.StartDate, zone),
    endDate: readDateOnly(item.EndDate, zone),
    objectives: objectiveIds.map(id => objectives[id]).filter((o): o is IPortfolioRef => !!o),
    teamsGroupId: text(item.TeamsGroupId)
  };
}

/** Options of {@link PortfolioService}. */
export interface IPortfolioServiceOptions {
  /** Turns photo bytes into a URL the page can show (default: URL.createObjectURL). */
  createObjectUrl?: (blob: Blob) => string;
  /** The site's time zone, for date-only columns (default: read once through REST, inside the first $batch). */
  siteTimeZone?: ISiteTimeZoneSource;
}

/** {@link IPortfolioService} over PnPjs (SharePoint lists) and the Graph client (photos). */
export class PortfolioService implements IPortfolioService {
  private readonly sp: SPFI;
  private readonly graph: Client;
  private readonly webPath: string;
  private readonly siteUrl: string;
  private readonly createObjectUrl: (blob: Blob) => string;
  private readonly siteTimeZone: ISiteTimeZoneSource;
  private readonly photos: Record<string, Promise<string | undefined>> = {};
  private photoQueue: Array<{ upn: string; resolve: (url: string | undefined) => void }> = [];
  private photoTimer: ReturnType<typeof setTimeout> | undefined;

  public constructor(sp: SPFI, graph: Client, siteUrl: string, options: IPortfolioServiceOptions = {}) {
    this.sp = sp;
    this.graph = graph;
    this.siteUrl = siteUrl.replace(/\/$/, '');
    const m = /^https?:\/\/[^/]+(\/.*)?$/i.exec(this.siteUrl);
    this.webPath = (m && m[1] ? m[1] : '').replace(/\/$/, '');
    this.createObjectUrl = options.createObjectUrl ?? ((blob: Blob) => URL.createObjectURL(blob));
    this.siteTimeZone = options.siteTimeZone ?? restSiteTimeZone(sp);
  }

  private list(url: string): ReturnType<SPFI['web']['getList']> {
    return this.sp.web.getList(`${this.webPath}/${url}`);
  }

  public projectsListUrl(): string {
    return `${this.siteUrl}/Lists/Projects`;
  }

  public async load(): Promise<IPortfolioData> {
    const [b, execute] = this.sp.batched();
    const web = b.web;
    const at = (url: string): ReturnType<SPFI['web']['getList']> => web.getList(`${this.webPath}/${url}`);
    const projectsP = at('Lists/Projects').items.select(...PROJECT_SELECT).expand('ProjectManager').top(PAGE)<IProjectItem[]>();
    const countP = at('Lists/Projects').select('ItemCount')<{ ItemCount: number }>();
    const projectPermsP = at('Lists/Projects').getCurrentUserEffectivePermissions() as Promise<IBasePermissions>;
    const programmesP = at('Lists/Programmes').items.select('Id', 'Title', 'TeamsGroupId').top(PAGE)<IRefItem[]>();
    const objectivesP = at('Lists/StrategicObjectives').items.select('Id', 'Title', 'ObjectiveStatus').top(PAGE)<IRefItem[]>();
    const sharedP = at('Lists/PortfolioViews').items.select('Id', 'Title', 'PortfolioViewJson', 'AuthorId').top(PAGE)<IViewItem[]>();
    const sharedPermsP = at('Lists/PortfolioViews').getCurrentUserEffectivePermissions() as Promise<IBasePermissions>;
    const personalP = at('Lists/MyPortfolioViews').items.select('Id', 'Title', 'PortfolioViewJson', 'AuthorId').top(PAGE)<IViewItem[]>();
    const userP = web.currentUser.select('Id')<{ Id: number }>();
    const zoneP = this.siteTimeZone.get(web);
    await execute();
    const [firstPage, count, projectPerms, programmeItems, objectiveItems, sharedItems, sharedPerms, personalItems, user, zone] = await Promise.all([
      projectsP, countP, projectPermsP, programmesP, objectivesP, sharedP, sharedPermsP, personalP, userP, zoneP
    ]);

    // More than one page only above 5,000 projects: further pages by ID (no filter, no threshold).
    const items = firstPage.slice();
    let last = firstPage;
    while (last.length === PAGE && items.length < count.ItemCount) {
      last = await this.list('Lists/Projects').items.select(...PROJECT_SELECT).expand('ProjectManager').top(PAGE).skip(items[items.length - 1].Id)<IProjectItem[]>();
      for (const i of last) items.push(i);
    }

    const programmes: IProgrammeLink[] = programmeItems.map(p => ({ id: p.Id, title: p.Title ?? '', teamsGroupId: text(p.TeamsGroupId) }));
    const progById: Record<number, IPortfolioRef> = {};
    for (const p of programmes) progById[p.id] = { id: p.id, title: p.title };
    const objById: Record<number, IPortfolioRef> = {};
    for (const o of objectiveItems) objById[o.Id] = { id: o.Id, title: o.Title ?? '' };
    const views = [
      ...this.toViews(sharedItems, 'shared', user.Id),
      ...this.toViews(personalItems, 'personal', user.Id).filter(v => v.mine)
    ];
    return {
      rows: items.map(i => toPortfolioRow(i, progById, objById, zone)),
      programmes,
      objectives: objectiveItems.filter(o => o.ObjectiveStatus !== 'Retired').map(o => ({ id: o.Id, title: o.Title ?? '' })),
      views,
      canShareViews: hasPermission(sharedPerms, ADD_LIST_ITEMS),
      canEditProjects: hasPermission(projectPerms, EDIT_LIST_ITEMS),
      currentUserId: user.Id
    };
  }

  private toViews(items: IViewItem[], scope: PortfolioViewScope, userId: number): ISavedPortfolioView[] {
    const out: ISavedPortfolioView[] = [];
    for (const i of items) {
      const parsed = parseView(i.Title ?? '', i.PortfolioViewJson ?? '');
      if (parsed.view) out.push({ id: i.Id, scope, view: parsed.view, mine: i.AuthorId === userId });
    }
    return out.sort((a, b) => a.view.name.localeCompare(b.view.name));
  }

  public async getProjectDetail(projectId: number): Promise<IProjectDetail> {
    const [b, execute] = this.sp.batched();
    const at = (url: string): ReturnType<SPFI['web']['getList']> => b.web.getList(`${this.webPath}/${url}`);
    const itemP = at('Lists/Projects').items.getById(projectId).select(...PROJECT_SELECT, 'Sponsor/Id', 'Sponsor/Title', 'Sponsor/EMail').expand('ProjectManager', 'Sponsor')<IProjectItem & { 'odata.etag'?: string }>();
    // The Project lookup is indexed: the first clause narrows StatusReports (~100,000 rows) to one project's.
    const reportsP = at('Lists/StatusReports').items
      .select('Id', 'Title', 'ReportDate', 'ReportStatus', 'RagOverall', 'RagSchedule', 'RagCost', 'RagScope', 'RagRisk', 'PercentComplete', 'Highlights', 'NextSteps')
      .filter(`${odataEq('Project/Id', projectId)} and ${odataEq('ReportStatus', 'Published')}`).orderBy('ReportDate', false).top(1)<Array<Record<string, unknown>>>();
    const milestonesP = at('Lists/Milestones').items
      .select('Id', 'Title', 'MilestoneStatus', 'BaselineDate', 'ForecastDate', 'ActualDate', 'SortOrder')
      .filter(odataEq('Project/Id', projectId)).top(500)<Array<Record<string, unknown>>>();
    const programmesP = at('Lists/Programmes').items.select('Id', 'Title').top(PAGE)<IRefItem[]>();
    const objectivesP = at('Lists/StrategicObjectives').items.select('Id', 'Title').top(PAGE)<IRefItem[]>();
    const zoneP = this.siteTimeZone.get(b.web);
    await execute();
    const [item, reports, milestones, programmes, objectives, zone] = await Promise.all([itemP, reportsP, milestonesP, programmesP, objectivesP, zoneP]);
    const progById: Record<number, IPortfolioRef> = {};
    for (const p of programmes) progById[p.Id] = { id: p.Id, title: p.Title ?? '' };
    const objById: Record<number, IPortfolioRef> = {};
    for (const o of objectives) objById[o.Id] = { id: o.Id, title: o.Title ?? '' };
    const r = reports[0];
    const latestReport: IPortfolioStatusReport | undefined = r ? {
      id: r.Id as number,
      title: text(r.Title) ?? '',
      reportDate: readDateOnly(text(r.ReportDate), zone) ?? '',
      rag: ragOf(r),
      percentComplete: num(r.PercentComplete),
      highlights: text(r.Highlights),
      nextSteps: text(r.NextSteps)
    } : undefined;
    const ms: IPortfolioMilestone[] = milestones.map(m => ({
      id: m.Id as number,
      title: text(m.Title) ?? '',
      status: text(m.MilestoneStatus),
      baselineDate: readDateOnly(text(m.BaselineDate), zone),
      forecastDate: readDateOnly(text(m.ForecastDate), zone),
      actualDate: readDateOnly(text(m.ActualDate), zone)
    })).sort((x, y) => dateKey(x) - dateKey(y));
    return {
      row: toPortfolioRow(item, progById, objById, zone),
      etag: item['odata.etag'] ?? '*',
      latestReport,
      milestones: ms,
      itemUrl: `${this.siteUrl}/Lists/Projects/DispForm.aspx?ID=${projectId}`
    };
  }

  public async updateProject(projectId: number, changes: IProjectChanges, etag: string): Promise<void> {
    const values: Record<string, unknown> = {};
    if (changes.stage !== undefined) values.Prince2Stage = changes.stage || null;
    if (changes.status !== undefined) values.LifecycleStatus = changes.status || null;
    if (changes.budget !== undefined) {
      if (!isFinite(changes.budget) || changes.budget < 0) throw new Error('The budget must be a number of 0 or more.');
      values.Budget = changes.budget;
    }
    if (Object.keys(values).length === 0) return;
    await this.list('Lists/Projects').items.getById(projectId).update(values, etag || '*');
  }

  public async saveView(view: IPortfolioView, scope: PortfolioViewScope, id?: number): Promise<ISavedPortfolioView> {
    const json = serializeView(view);
    const list = this.list(scope === 'shared' ? 'Lists/PortfolioViews' : 'Lists/MyPortfolioViews');
    const values = { Title: view.name.trim(), PortfolioViewJson: json };
    let itemId = id;
    if (itemId === undefined) {
      const added = (await list.items.add(values)) as { Id?: number; ID?: number; data?: { Id?: number } };
      itemId = (added.Id ?? added.ID ?? added.data?.Id) as number;
    } else {
      await list.items.getById(itemId).update(values);
    }
    const parsed = parseView(values.Title, json);
    return { id: itemId, scope, view: parsed.view as IPortfolioView, mine: true };
  }

  public async deleteView(scope: PortfolioViewScope, id: number): Promise<void> {
    await this.list(scope === 'shared' ? 'Lists/PortfolioViews' : 'Lists/MyPortfolioViews').items.getById(id).delete();
  }

  public getPhotoUrl(userPrincipalName: string): Promise<string | undefined> {
    const key = userPrincipalName.toLowerCase();
    if (!key) return Promise.resolve(undefined);
    let p = this.photos[key];
    if (!p) {
      p = new Promise<string | undefined>(resolve => this.photoQueue.push({ upn: key, resolve }));
      this.photos[key] = p;
      if (this.photoTimer === undefined) this.photoTimer = setTimeout(() => { this.flushPhotos().catch(() => undefined); }, 10);
    }
    return p;
  }

  /** Sends the queued photo requests as Graph JSON batches of 20. */
  private async flushPhotos(): Promise<void> {
    this.photoTimer = undefined;
    const queue = this.photoQueue;
    this.photoQueue = [];
    for (let i = 0; i < queue.length; i += 20) {
      const chunk = queue.slice(i, i + 20);
      try {
        const res = (await this.graph.api('/$batch').post({
          requests: chunk.map((q, n) => ({ id: String(n), method: 'GET', url: `/users${graphKey(q.upn)}/photo/$value` }))
        })) as { responses?: Array<{ id: string; status: number; headers?: Record<string, string>; body?: unknown }> };
        const byId: Record<string, { status: number; headers?: Record<string, string>; body?: unknown }> = {};
        for (const r of res.responses ?? []) byId[r.id] = r;
        chunk.forEach((q, n) => {
          const r = byId[String(n)];
          q.resolve(r && r.status === 200 && typeof r.body === 'string' ? this.toObjectUrl(r.body, headerOf(r.headers, 'content-type') ?? 'image/jpeg') : undefined);
        });
      } catch {
        for (const q of chunk) q.resolve(undefined);
      }
    }
  }

  private toObjectUrl(base64: string, type: string): string | undefined {
    try {
      const bin = atob(base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return this.createObjectUrl(new Blob([bytes], { type }));
    } catch {
      return undefined;
    }
  }

  public async refreshProjectSummary(projectId: number): Promise<IProjectSummary> {
    const [b, execute] = this.sp.batched();
    const at = (url: string): ReturnType<SPFI['web']['getList']> => b.web.getList(`${this.webPath}/${url}`);
    const reportsP = at('Lists/StatusReports').items
      .select('Id', 'ReportDate', 'ReportStatus', 'RagOverall', 'RagSchedule', 'RagCost', 'RagScope', 'RagRisk')
      .filter(`${odataEq('Project/Id', projectId)} and ${odataEq('ReportStatus', 'Published')}`).orderBy('ReportDate', false).top(1)<Array<Record<string, unknown>>>();
    const milestonesP = at('Lists/Milestones').items.select('Title', 'MilestoneStatus', 'BaselineDate', 'ForecastDate', 'ActualDate')
      .filter(odataEq('Project/Id', projectId)).top(500)<Array<Record<string, unknown>>>();
    const currentP = at('Lists/Projects').items.getById(projectId).select('RagOverall', 'RagSchedule', 'RagCost', 'RagScope', 'RagRisk', 'LastReportDate', 'NextMilestoneTitle', 'NextMilestoneDate')<Record<string, unknown>>();
    const zoneP = this.siteTimeZone.get(b.web);
    await execute();
    const [reports, milestones, current, zone] = await Promise.all([reportsP, milestonesP, currentP, zoneP]);
    const summary = projectSummary(reports.map(r => toReportInput(r, zone)), milestones.map(m => toMilestoneInput(m, zone)));
    const values = summaryValues(summary, zone);
    const changed = Object.keys(values).some(k => !sameValue(current[k], values[k], zone));
    if (changed) await this.list('Lists/Projects').items.getById(projectId).update(values);
    return summary;
  }

  public async backfillNextMilestones(): Promise<number> {
    const zone = await this.siteTimeZone.get();
    const byProject: Record<number, IMilestoneInput[]> = {};
    for await (const page of this.list('Lists/Milestones').items.select('Title', 'ProjectId', 'MilestoneStatus', 'BaselineDate', 'ForecastDate', 'ActualDate').top(PAGE)) {
      for (const m of page as Array<Record<string, unknown>>) {
        const pid = m.ProjectId;
        if (typeof pid !== 'number') continue;
        (byProject[pid] = byProject[pid] ?? []).push(toMilestoneInput(m, zone));
      }
    }
    const changes: Array<{ id: number; values: Record<string, unknown> }> = [];
    for await (const page of this.list('Lists/Projects').items.select('Id', 'NextMilestoneTitle', 'NextMilestoneDate').top(PAGE)) {
      for (const p of page as Array<Record<string, unknown>>) {
        const next = projectSummary([], byProject[p.Id as number] ?? []).nextMilestone;
        const values = { NextMilestoneTitle: next ? next.title : null, NextMilestoneDate: writeDateOnly(next?.date, zone) };
        if (!sameValue(p.NextMilestoneTitle, values.NextMilestoneTitle, zone) || !sameValue(p.NextMilestoneDate, values.NextMilestoneDate, zone)) changes.push({ id: p.Id as number, values });
      }
    }
    for (let i = 0; i < changes.length; i += 100) {
      const [b, execute] = this.sp.batched();
      const list = b.web.getList(`${this.webPath}/Lists/Projects`);
      const writes = changes.slice(i, i + 100).map(c => list.items.getById(c.id).update(c.values));
      await execute();
      await Promise.all(writes);
    }
    return changes.length;
  }
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name) return headers[k];
  return undefined;
}

function ragOf(r: Record<string, unknown>): Partial<Record<RagDimension, Rag>> {
  const rag: Partial<Record<RagDimension, Rag>> = {};
  for (const d of RAG_DIMENSIONS) {
    const v = toRag(r[RAG_FIELD[d]]);
    if (v) rag[d] = v;
  }
  return rag;
}

function toReportInput(r: Record<string, unknown>, zone: ISiteTimeZone): IStatusReportInput {
  return { id: r.Id as number, reportDate: readDateOnly(text(r.ReportDate), zone) ?? '', status: text(r.ReportStatus), rag: ragOf(r) };
}

function toMilestoneInput(m: Record<string, unknown>, zone: ISiteTimeZone): IMilestoneInput {
  const day = (v: unknown): string | undefined => readDateOnly(text(v), zone);
  return { title: text(m.Title) ?? '', status: text(m.MilestoneStatus), baselineDate: day(m.BaselineDate), forecastDate: day(m.ForecastDate), actualDate: day(m.ActualDate) };
}

function dateKey(m: IPortfolioMilestone): number {
  const t = Date.parse(m.forecastDate || m.baselineDate || m.actualDate || '');
  return isNaN(t) ? Infinity : t;
}

/** The Projects values of a summary (null clears a column; dates as the site stores date-only values). */
function summaryValues(s: IProjectSummary, zone: ISiteTimeZone): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const d of RAG_DIMENSIONS) values[RAG_FIELD[d]] = s.rag[d] ?? null;
  values.LastReportDate = writeDateOnly(s.lastReportDate, zone);
  values.NextMilestoneTitle = s.nextMilestone ? s.nextMilestone.title : null;
  values.NextMilestoneDate = writeDateOnly(s.nextMilestone?.date, zone);
  return values;
}

/** Equal as stored: empty is empty; dates compared as the site's days. */
function sameValue(a: unknown, b: unknown, zone: ISiteTimeZone): boolean {
  const empty = (v: unknown): boolean => v === null || v === undefined || v === '';
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-\d\d-\d\d/.test(a) && /^\d{4}-\d\d-\d\d/.test(b)) return readDateOnly(a, zone) === readDateOnly(b, zone);
  return a === b;
}
