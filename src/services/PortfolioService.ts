import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { pageUrl, PROJECT_PAGE_QUERY_PARAM, ProjectPage } from '../schema/pages';
import { etagOf, num, person, ragOf, RAG_SELECT, text } from './itemValues';
import type { IPhotoService } from './PhotoService';
import type { IProjectChanges, IProjectService } from './ProjectService';
import type { IListLocation, ISiteAddress } from './site';
import { listOn, type ListHandle } from './lists';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { readDateOnly, type ISiteTimeZone } from '../domain/dates';
import type { IRoadmapMilestone } from '../domain/roadmap/lanes';
import {
  currentRag, parseView, serializeView, type IPortfolioRef, type IPortfolioRow, type IPortfolioView, type IProgrammeLink, type Rag, type RagDimension
} from '../domain/portfolio';
import {
  lookupId, MilestonesList, MyPortfolioViewsList, PmoHubConfigList, PortfolioViewsList, ProgrammesList, projected, ProjectsList, REPORT_RAG_COLUMNS, StatusReportsList, StrategicObjectivesList, type CheckedRow
} from '../schema/refs';
import { CONTROLLING_CONFIG_KEY, dimensionSettingsOf, inConfiguredOrder, parseJson, storedDimensions, type IDimensionSetting } from './reportDimensions';

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
  /** The item's ETag as read: a replace sends it, so a change saved meanwhile is not overwritten (412). */
  etag: string;
}

/** The saved view a save replaces: its item id and the ETag the user's copy was read with. */
export interface IViewReplace {
  id: number;
  etag: string;
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
  /**
   * Every dimension the report rates, as the Project page lists them: the overall RAG first, then the
   * PMO's configured dimensions in order (with the title of a dimension of the PMO's own).
   */
  dimensions: Array<{ dimension: string; rag?: Rag; title?: string }>;
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
  /** The user may edit this project: its manager or deputy (the item's own grant) or the PMO. */
  canEdit: boolean;
}

/** The portfolio's data access: the project register with its denormalised status, saved views, photos. */
export interface IPortfolioService {
  /** Loads the whole portfolio: one $batch (plus one request per further 5,000 projects). */
  load(): Promise<IPortfolioData>;
  /**
   * The saved views only (shared first, then the user's own; both by name), for a surface that
   * offers them without the register, e.g. the Dashboard's report panel: one $batch of the two view
   * lists and the current user, whatever the number of projects.
   */
  loadViews(): Promise<ISavedPortfolioView[]>;
  /** A project with its latest published report and its milestones (one $batch). */
  getProjectDetail(projectId: number): Promise<IProjectDetail>;
  /** Saves the panel's changes through {@link IProjectService.update} (412 when someone else saved first). */
  updateProject(projectId: number, changes: IProjectChanges, etag: string): Promise<void>;
  /**
   * Adds a view, or replaces the one given with its ETag (412 when someone saved it meanwhile).
   * A new view under a name its scope already has is refused with ViewNameTakenError, nothing
   * written. Shared views need the PMO's rights (403 otherwise).
   */
  saveView(view: IPortfolioView, scope: PortfolioViewScope, replace?: IViewReplace): Promise<ISavedPortfolioView>;
  /**
   * Deletes a saved view. With the ETag the user saw, a view someone changed since is not deleted
   * (412: describeError says 'conflict').
   */
  deleteView(scope: PortfolioViewScope, id: number, etag?: string): Promise<void>;
  /** An object URL of a user's Graph photo (see {@link IPhotoService}); undefined when there is none. */
  getPhotoUrl(userPrincipalName: string): Promise<string | undefined>;
  /** The Projects list's URL (for "Open in SharePoint"). */
  projectsListUrl(): string;
  /**
   * Every milestone for the roadmap, by project id (each project's by date): title and baseline,
   * forecast and actual days. Milestones paged by ID without a filter, so it works on a list above
   * the 5,000-item list view threshold (one request per 5,000 milestones).
   */
  getRoadmapMilestones(): Promise<Map<number, IRoadmapMilestone[]>>;
}

/** SharePoint's page size limit for list items. */
const PAGE: number = 5000;

const P = ProjectsList.fields;

/** Projects' columns the portfolio reads (with ProjectManager expanded). */
export const PROJECT_SELECT: ReadonlyArray<string> = [
  P.Id, P.Title, P.ProjectCode, P.Summary, lookupId(P.Programme), P.Department,
  projected(P.ProjectManager, 'Id'), projected(P.ProjectManager, 'Title'), projected(P.ProjectManager, 'EMail'),
  lookupId(P.StrategicObjectives), P.Prince2Stage, P.LifecycleStatus, P.TeamsGroupId, P.Budget, P.StartDate, P.EndDate,
  ...RAG_SELECT, P.LastReportDate, P.NextMilestoneTitle, P.NextMilestoneDate
];

/** A Projects item as read (SharePoint sends null for empty values). */
interface IProjectItemShape {
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
  RagOverall?: string;
  RagSchedule?: string;
  RagCost?: string;
  RagScope?: string;
  RagRisk?: string;
}
/** A Projects item as read, checked against the list's columns. */
type IProjectItem = CheckedRow<'Projects', IProjectItemShape>;

interface IRefItem { Id: number; Title?: string; TeamsGroupId?: string; ObjectiveStatus?: string }
interface IViewItem { Id: number; Title?: string; PortfolioViewJson?: string; AuthorId?: number; 'odata.etag'?: string }
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

/**
 * Saving a new view under a name that a view of the same scope already has: nothing was written.
 * The caller asks the user and, to replace it, saves again with `existingId` and `existingEtag`.
 */
export class ViewNameTakenError extends Error {
  public constructor(public readonly viewName: string, public readonly scope: PortfolioViewScope, public readonly existingId: number, public readonly existingEtag: string) {
    super(`A ${scope} view named "${viewName}" already exists (item ${existingId}).`);
    this.name = 'ViewNameTakenError';
  }
}

/** PermissionKind.AddListItems and EditListItems. */
const ADD_LIST_ITEMS: number = 3;
const EDIT_LIST_ITEMS: number = 4;

/** Projects item → portfolio row, joining programme and objective titles; date-only columns become the site's days. */
export function toPortfolioRow(item: IProjectItem, programmes: Record<number, IPortfolioRef>, objectives: Record<number, IPortfolioRef>, zone: ISiteTimeZone): IPortfolioRow {
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
    rag: currentRag(item.LifecycleStatus, ragOf(item)),
    lastReportDate: readDateOnly(item.LastReportDate, zone),
    budget: num(item.Budget),
    nextMilestone: nextTitle && nextDate ? { title: nextTitle, date: nextDate } : undefined,
    startDate: readDateOnly(item.StartDate, zone),
    endDate: readDateOnly(item.EndDate, zone),
    objectives: objectiveIds.map(id => objectives[id]).filter((o): o is IPortfolioRef => !!o),
    teamsGroupId: text(item.TeamsGroupId)
  };
}

/** The services the portfolio composes. */
export interface IPortfolioServiceDeps {
  /** The project register: edits go through it. */
  projects: IProjectService;
  /** PM photos. */
  photos: IPhotoService;
  /** The site's time zone, for date-only columns (read inside the first $batch when not known yet). */
  siteTimeZone: ISiteTimeZoneSource;
}

const VIEW_SELECT: ReadonlyArray<string> = [PortfolioViewsList.fields.Id, PortfolioViewsList.fields.Title, PortfolioViewsList.fields.PortfolioViewJson, PortfolioViewsList.fields.AuthorId];

/** {@link IPortfolioService} over PnPjs (SharePoint lists), composing the project register and the photo service. */
export class PortfolioService implements IPortfolioService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IPortfolioServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IPortfolioServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  public projectsListUrl(): string {
    return this.site.listUrl(ProjectsList);
  }

  public async load(): Promise<IPortfolioData> {
    const [b, execute] = this.sp.batched();
    const at = (list: IListLocation): ListHandle => listOn(b, this.site, list);
    const projectsP = at(ProjectsList).items.select(...PROJECT_SELECT).expand(P.ProjectManager).top(PAGE)<IProjectItem[]>();
    const countP = at(ProjectsList).select('ItemCount')<{ ItemCount: number }>();
    const projectPermsP = at(ProjectsList).getCurrentUserEffectivePermissions() as Promise<IBasePermissions>;
    const programmesP = at(ProgrammesList).items.select(ProgrammesList.fields.Id, ProgrammesList.fields.Title, ProgrammesList.fields.TeamsGroupId).top(PAGE)<IRefItem[]>();
    const objectivesP = at(StrategicObjectivesList).items
      .select(StrategicObjectivesList.fields.Id, StrategicObjectivesList.fields.Title, StrategicObjectivesList.fields.ObjectiveStatus).top(PAGE)<IRefItem[]>();
    const sharedP = at(PortfolioViewsList).items.select(...VIEW_SELECT).top(PAGE)<IViewItem[]>();
    const sharedPermsP = at(PortfolioViewsList).getCurrentUserEffectivePermissions() as Promise<IBasePermissions>;
    const personalP = at(MyPortfolioViewsList).items.select(...VIEW_SELECT).top(PAGE)<IViewItem[]>();
    const userP = b.web.currentUser.select('Id')<{ Id: number }>();
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const [firstPage, count, projectPerms, programmeItems, objectiveItems, sharedItems, sharedPerms, personalItems, user, zone] = await Promise.all([
      projectsP, countP, projectPermsP, programmesP, objectivesP, sharedP, sharedPermsP, personalP, userP, zoneP
    ]);
    const items = await this.remainingProjects(firstPage, count.ItemCount);
    const programmes: IProgrammeLink[] = programmeItems.map(p => ({ id: p.Id, title: p.Title ?? '', teamsGroupId: text(p.TeamsGroupId) }));
    const progById = refsById(programmeItems);
    const objById = refsById(objectiveItems);
    const views = this.viewsOf(sharedItems, personalItems, user.Id);
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

  public async loadViews(): Promise<ISavedPortfolioView[]> {
    const [b, execute] = this.sp.batched();
    const sharedP = listOn(b, this.site, PortfolioViewsList).items.select(...VIEW_SELECT).top(PAGE)<IViewItem[]>();
    const personalP = listOn(b, this.site, MyPortfolioViewsList).items.select(...VIEW_SELECT).top(PAGE)<IViewItem[]>();
    const userP = b.web.currentUser.select('Id')<{ Id: number }>();
    await execute();
    const [sharedItems, personalItems, user] = await Promise.all([sharedP, personalP, userP]);
    return this.viewsOf(sharedItems, personalItems, user.Id);
  }

  /** Shared views first, then the user's own (the personal list shows each user only theirs; `mine` checks it). */
  private viewsOf(sharedItems: IViewItem[], personalItems: IViewItem[], userId: number): ISavedPortfolioView[] {
    return [...this.toViews(sharedItems, 'shared', userId), ...this.toViews(personalItems, 'personal', userId).filter(v => v.mine)];
  }

  /** More than one page only above 5,000 projects: further pages by ID (no filter, no threshold). */
  private async remainingProjects(firstPage: IProjectItem[], itemCount: number): Promise<IProjectItem[]> {
    const items = firstPage.slice();
    let last = firstPage;
    while (last.length === PAGE && items.length < itemCount) {
      last = await listOn(this.sp, this.site, ProjectsList).items
        .select(...PROJECT_SELECT).expand(P.ProjectManager).top(PAGE).skip(items[items.length - 1].Id)<IProjectItem[]>();
      for (const i of last) items.push(i);
    }
    return items;
  }

  private toViews(items: IViewItem[], scope: PortfolioViewScope, userId: number): ISavedPortfolioView[] {
    const out: ISavedPortfolioView[] = [];
    for (const i of items) {
      const parsed = parseView(i.Title ?? '', i.PortfolioViewJson ?? '');
      if (parsed.view) out.push({ id: i.Id, scope, view: parsed.view, mine: i.AuthorId === userId, etag: etagOf(i) });
    }
    return out.sort((a, b) => a.view.name.localeCompare(b.view.name));
  }

  public async getProjectDetail(projectId: number): Promise<IProjectDetail> {
    const [b, execute] = this.sp.batched();
    const at = (list: IListLocation): ListHandle => listOn(b, this.site, list);
    const SR = StatusReportsList.fields;
    const MS = MilestonesList.fields;
    const itemP = at(ProjectsList).items.getById(projectId)
      .select(...PROJECT_SELECT, projected(P.Sponsor, 'Id'), projected(P.Sponsor, 'Title'), projected(P.Sponsor, 'EMail'))
      .expand(P.ProjectManager, P.Sponsor)<IProjectItem & { 'odata.etag'?: string }>();
    // The Project lookup is indexed: the first clause narrows StatusReports (~100,000 rows) to one project's.
    const reportsP = at(StatusReportsList).items
      .select(SR.Id, SR.Title, SR.ReportDate, SR.ReportStatus, ...Object.values(REPORT_RAG_COLUMNS), SR.RagDetailsJson, SR.PercentComplete, SR.Highlights, SR.NextSteps)
      .filter(`${odataEq(projected(SR.Project, 'Id'), projectId)} and ${odataEq(SR.ReportStatus, 'Published')}`).orderBy(SR.ReportDate, false).top(1)<Array<Record<string, unknown>>>();
    const milestonesP = at(MilestonesList).items
      .select(MS.Id, MS.Title, MS.MilestoneStatus, MS.BaselineDate, MS.ForecastDate, MS.ActualDate, MS.SortOrder)
      .filter(odataEq(projected(MS.Project, 'Id'), projectId)).top(500)<Array<Record<string, unknown>>>();
    const programmesP = at(ProgrammesList).items.select(ProgrammesList.fields.Id, ProgrammesList.fields.Title).top(PAGE)<IRefItem[]>();
    const objectivesP = at(StrategicObjectivesList).items.select(StrategicObjectivesList.fields.Id, StrategicObjectivesList.fields.Title).top(PAGE)<IRefItem[]>();
    const C = PmoHubConfigList.fields;
    const settingsP = at(PmoHubConfigList).items.select(C.ConfigValue).filter(odataEq(C.ConfigKey, CONTROLLING_CONFIG_KEY)).top(1)<Array<Record<string, unknown>>>();
    const zoneP = this.deps.siteTimeZone.get(b.web);
    const permsP = at(ProjectsList).items.getById(projectId).getCurrentUserEffectivePermissions() as Promise<IBasePermissions>;
    await execute();
    const [item, reports, milestones, programmes, objectives, zone, settings] = await Promise.all([itemP, reportsP, milestonesP, programmesP, objectivesP, zoneP, settingsP]);
    const dimensions = dimensionSettingsOf(parseJson<unknown>(settings[0]?.[C.ConfigValue], undefined));
    const perms = await permsP.catch((): IBasePermissions | undefined => undefined);
    return {
      row: toPortfolioRow(item, refsById(programmes), refsById(objectives), zone),
      etag: item['odata.etag'] ?? '*',
      latestReport: reports[0] ? toStatusReport(reports[0], zone, dimensions) : undefined,
      milestones: milestones.map(m => toMilestone(m, zone)).sort((x, y) => dateKey(x) - dateKey(y)),
      // The project's own page (Project.aspx?projectId=…), a page of the site's schema.
      itemUrl: this.site.pageUrl(`${pageUrl(ProjectPage)}?${PROJECT_PAGE_QUERY_PARAM}=${projectId}`),
      canEdit: hasPermission(perms, EDIT_LIST_ITEMS)
    };
  }

  public updateProject(projectId: number, changes: IProjectChanges, etag: string): Promise<void> {
    return this.deps.projects.update(projectId, changes, etag);
  }

  public async saveView(view: IPortfolioView, scope: PortfolioViewScope, replace?: IViewReplace): Promise<ISavedPortfolioView> {
    const json = serializeView(view);
    const list = this.viewList(scope);
    const values = { [PortfolioViewsList.fields.Title]: view.name.trim(), [PortfolioViewsList.fields.PortfolioViewJson]: json };
    let itemId: number;
    if (replace === undefined) {
      const taken = await this.viewNamed(list, scope, values.Title);
      if (taken !== undefined) throw new ViewNameTakenError(values.Title, scope, taken.Id, etagOf(taken));
      const added = (await list.items.add(values)) as { Id?: number; ID?: number; data?: { Id?: number } };
      itemId = (added.Id ?? added.ID ?? added.data?.Id) as number;
    } else {
      itemId = replace.id;
      await list.items.getById(itemId).update(values, replace.etag);
    }
    const written = await list.items.getById(itemId).select(PortfolioViewsList.fields.Id)<IViewItem>();
    const parsed = parseView(values.Title, json);
    return { id: itemId, scope, view: parsed.view as IPortfolioView, mine: true, etag: etagOf(written) };
  }

  public async deleteView(scope: PortfolioViewScope, id: number, etag?: string): Promise<void> {
    await this.viewList(scope).items.getById(id).delete(etag);
  }

  /**
   * The id of the view of this scope (shared, or the user's own) with this name, compared as
   * SharePoint compares unique values (trimmed, case-insensitive); undefined when there is none.
   */
  private async viewNamed(list: ListHandle, scope: PortfolioViewScope, name: string): Promise<IViewItem | undefined> {
    const F = PortfolioViewsList.fields;
    let query = list.items.select(F.Id, F.Title, F.AuthorId).top(5000);
    if (scope === 'personal') query = query.filter(odataEq(F.AuthorId, (await this.sp.web.currentUser.select('Id')<{ Id: number }>()).Id));
    const items = (await query()) as IViewItem[];
    const same = (a: string): string => a.trim().toLowerCase();
    return items.filter(i => same(i.Title ?? '') === same(name))[0];
  }

  private viewList(scope: PortfolioViewScope): ListHandle {
    return listOn(this.sp, this.site, scope === 'shared' ? PortfolioViewsList : MyPortfolioViewsList);
  }

  public getPhotoUrl(userPrincipalName: string): Promise<string | undefined> {
    return this.deps.photos.getPhotoUrl(userPrincipalName);
  }

  public async getRoadmapMilestones(): Promise<Map<number, IRoadmapMilestone[]>> {
    const MS = MilestonesList.fields;
    const zone = await this.deps.siteTimeZone.get();
    const byProject = new Map<number, IRoadmapMilestone[]>();
    // Paged by ID without a filter: SharePoint serves any list size this way (no list view threshold).
    const query = listOn(this.sp, this.site, MilestonesList).items
      .select(MS.Id, MS.Title, lookupId(MS.Project), MS.BaselineDate, MS.ForecastDate, MS.ActualDate).top(PAGE);
    for await (const page of query) {
      for (const m of page as Array<Record<string, unknown>>) {
        const projectId = num(m[lookupId(MS.Project)]);
        if (projectId === undefined) continue;
        const list = byProject.get(projectId) ?? [];
        list.push(toRoadmapMilestone(m, zone));
        byProject.set(projectId, list);
      }
    }
    for (const list of byProject.values()) list.sort((x, y) => dateKey(x) - dateKey(y) || x.id - y.id);
    return byProject;
  }
}

function refsById(items: ReadonlyArray<IRefItem>): Record<number, IPortfolioRef> {
  const out: Record<number, IPortfolioRef> = {};
  for (const i of items) out[i.Id] = { id: i.Id, title: i.Title ?? '' };
  return out;
}

function toStatusReport(r: Record<string, unknown>, zone: ISiteTimeZone, settings: IDimensionSetting[]): IPortfolioStatusReport {
  const SR = StatusReportsList.fields;
  const titleOf = (dimension: string): string | undefined => settings.filter(s => s.dimension === dimension)[0]?.title;
  return {
    id: r[SR.Id] as number,
    title: text(r[SR.Title]) ?? '',
    reportDate: readDateOnly(text(r[SR.ReportDate]), zone) ?? '',
    rag: ragOf(r),
    dimensions: inConfiguredOrder(storedDimensions(r), settings).map(d => ({ dimension: d.dimension, rag: d.rag, title: titleOf(d.dimension) })),
    percentComplete: num(r[SR.PercentComplete]),
    highlights: text(r[SR.Highlights]),
    nextSteps: text(r[SR.NextSteps])
  };
}

/** A Milestones item's title and dates (the site's days). */
function toRoadmapMilestone(m: Record<string, unknown>, zone: ISiteTimeZone): IRoadmapMilestone {
  const MS = MilestonesList.fields;
  const day = (v: unknown): string | undefined => readDateOnly(text(v), zone);
  return {
    id: m[MS.Id] as number,
    title: text(m[MS.Title]) ?? '',
    baselineDate: day(m[MS.BaselineDate]),
    forecastDate: day(m[MS.ForecastDate]),
    actualDate: day(m[MS.ActualDate])
  };
}

function toMilestone(m: Record<string, unknown>, zone: ISiteTimeZone): IPortfolioMilestone {
  return { ...toRoadmapMilestone(m, zone), status: text(m[MilestonesList.fields.MilestoneStatus]) };
}

function dateKey(m: Pick<IPortfolioMilestone, 'forecastDate' | 'baselineDate' | 'actualDate'>): number {
  const t = Date.parse(m.forecastDate || m.baselineDate || m.actualDate || '');
  return isNaN(t) ? Infinity : t;
}
