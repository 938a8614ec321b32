import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { describeError } from './errors';
import { etagOf, num, text } from './itemValues';
import { dayAt, isIsoDay, isStorableDay, readDateOnly, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isCode } from '../domain/vocabulary';
import { cleanSearchInput, isTooLong } from '../domain/text';
import { DECISION_OUTCOMES } from '../domain/scoring/vocabulary';
import { ISSUE_STATUSES, isOverdue, issueAgeDays, type IProblem } from '../domain/governance';
import { DecisionsList, IssuesList, LessonsList, lookupId, projected } from '../schema/refs';

/** An issue as a project manager enters it; days are the site's ('YYYY-MM-DD'). */
export interface IIssueInput {
  title: string;
  /** Open (default), InProgress, Resolved or Closed. */
  status?: string;
  /** Low, Medium, High or Critical. */
  priority?: string;
  /** The owner's site user id. */
  ownerId?: number;
  dueDate?: IsoDay;
  summary?: string;
  resolution?: string;
}

/** An issue's changes: undefined leaves a value, '' clears a text or the due date, 0 the owner. */
export type IIssueChanges = { [K in keyof IIssueInput]?: IIssueInput[K] | '' };

/** An issue as the RAID log shows it. */
export interface IIssue {
  id: number;
  projectId?: number;
  title: string;
  status: string;
  priority?: string;
  owner?: { id: number; name?: string };
  dueDate?: IsoDay;
  summary?: string;
  resolution?: string;
  /** The day it was raised (Created, in the site's time zone). */
  raisedOn?: IsoDay;
  /** Whole days since it was raised, on the site's today. */
  ageDays?: number;
  /** Open, with a due date before the site's today. */
  overdue: boolean;
  etag: string;
}

/** A project-level decision as the project manager logs it. */
export interface IProjectDecisionInput {
  title: string;
  /** The day it was decided. */
  date: IsoDay;
  /** Approved, Rejected, Deferred or Noted (default). */
  outcome?: string;
  /** Why (required: a decision log without the why is not one). */
  rationale: string;
  /** Who decided (site user ids). */
  decidedByIds?: ReadonlyArray<number>;
}

/** A decision of a project's log: who (DecidedBy, else the author), when, what, why. */
export interface IProjectDecision {
  id: number;
  projectId?: number;
  title: string;
  /** StrategyBoard, ProjectBoard, Pmo or Project. */
  body: string;
  outcome?: string;
  date?: IsoDay;
  rationale?: string;
  decidedBy: Array<{ id: number; name: string }>;
  /** Who recorded it (set by SharePoint). */
  author?: { id: number; name?: string };
}

/** A lesson as a project manager records it. */
export interface ILessonInput {
  title: string;
  /** The project it was learned in (optional: the PMO records general lessons). */
  projectId?: number;
  /** Planning, Stakeholders, Procurement, Technology, Compliance, Team or Other. */
  category?: string;
  /** WentWell or ToImprove. */
  type?: string;
  /** The PRINCE2 stage it was learned in. */
  stage?: string;
  /** What happened. */
  summary?: string;
  recommendation?: string;
}

/** A lesson. */
export interface ILesson extends Omit<ILessonInput, 'projectId'> {
  id: number;
  projectId?: number;
  /** The project's name (the Project lookup's Title), when it names one. */
  projectTitle?: string;
  etag: string;
}

/** A search of the lessons of every project. */
export interface ILessonSearch {
  /** Indexed (Project): one project's lessons only. */
  projectId?: number;
  /** Indexed: read through SharePoint's filter. */
  category?: string;
  /** Indexed (Prince2Stage): read through SharePoint's filter. */
  stage?: string;
  /** Matched client-side in the title, what happened and the recommendation (case-insensitive, all words). */
  text?: string;
}

/** The lessons found, newest first, and how far the search looked. */
export interface ILessonSearchResult {
  lessons: ILesson[];
  /** Lessons read (after the indexed filter) and matched against the text. */
  scanned: number;
  /** True when the search stopped at {@link LESSON_SCAN_LIMIT} lessons: older lessons passing the filter may not have been searched. */
  truncated: boolean;
}

/**
 * Why a write is refused (nothing is written), each naming its field: `tooLong` text over what its
 * column holds (a title: 255 characters; never cut), `dateOutOfRange` a day SharePoint does not hold
 * (before 1900-01-01 or after 8900-12-31).
 */
export type RaidLogProblemCode = 'titleRequired' | 'rationaleRequired' | 'invalidDate' | 'invalidChoice' | 'tooLong' | 'dateOutOfRange';

/** A RAID log entry was refused before anything was written; `problems` name the fields. */
export class RaidLogRefusedError extends Error {
  public readonly problems: ReadonlyArray<IProblem<RaidLogProblemCode>>;

  public constructor(problems: ReadonlyArray<IProblem<RaidLogProblemCode>>) {
    super(`Refused: ${problems.map(p => `${p.code} (${p.field ?? ''})`).join(', ')}`);
    this.name = 'RaidLogRefusedError';
    this.problems = problems;
    Object.setPrototypeOf(this, RaidLogRefusedError.prototype);
  }
}

/**
 * A project's issues, its decision log and the lessons of every project:
 * - issues: list (overdue and age from src/domain/governance), create, update with ETags;
 * - decisions: the project manager ADDS a project-level decision (body 'Project'); Decisions is
 *   add-only for project managers (SharePoint refuses their edits), and this service never changes
 *   one; the log reads the project's decisions, filtered by body;
 * - lessons: add and update (ETag), and a search across projects: category and stage through the
 *   indexed columns, the text matched client-side over the newest {@link LESSON_SCAN_LIMIT} lessons
 *   that pass them (read in pages by ID, so no threshold at any size).
 */
export interface IRaidLogService {
  /** The project's issues, open ones first, then by due date. */
  listIssues(projectId: number): Promise<IIssue[]>;
  createIssue(projectId: number, input: IIssueInput): Promise<IIssue>;
  /** Saves changes with the ETag the user saw ('conflict' when stale). */
  updateIssue(issueId: number, changes: IIssueChanges, etag: string): Promise<IIssue>;
  /** Adds a project-level decision (body 'Project'); refused without a title, a day or a rationale. */
  addDecision(projectId: number, input: IProjectDecisionInput): Promise<IProjectDecision>;
  /** The project's decisions (newest first), of one body when given. */
  listDecisions(projectId: number, body?: string): Promise<IProjectDecision[]>;
  addLesson(input: ILessonInput): Promise<ILesson>;
  /** Saves changes with the ETag the user saw ('conflict' when stale). */
  updateLesson(lessonId: number, changes: Partial<ILessonInput>, etag: string): Promise<ILesson>;
  searchLessons(search: ILessonSearch): Promise<ILessonSearchResult>;
}

const I = IssuesList.fields;
const D = DecisionsList.fields;
const L = LessonsList.fields;
/** The most lessons one search reads after its indexed filter (newest first); the text is matched in these. */
export const LESSON_SCAN_LIMIT: number = 5000;
const PAGE: number = 1000;
const ISSUE_SELECT: ReadonlyArray<string> = [
  I.Id, I.Title, lookupId(I.Project), I.IssueStatus, I.Priority, lookupId(I.IssueOwner), projected(I.IssueOwner, 'Title'), I.DueDate, I.Summary, I.Resolution, I.Created
];
const DECISION_SELECT: ReadonlyArray<string> = [
  D.Id, D.Title, lookupId(D.Project), D.DecisionBody, D.DecisionOutcome, D.DecisionDate, D.Rationale, projected(D.DecidedBy, 'Id'), projected(D.DecidedBy, 'Title'),
  lookupId(D.Author), projected(D.Author, 'Title')
];
const LESSON_SELECT: ReadonlyArray<string> = [L.Id, L.Title, lookupId(L.Project), projected(L.Project, 'Title'), L.LessonCategory, L.LessonType, L.Prince2Stage, L.Summary, L.Recommendation];

type Row = Record<string, unknown>;

/** An Issues row as an issue, aged and marked overdue on `today`. */
export function issueOf(r: Row, zone: ISiteTimeZone, today: IsoDay): IIssue {
  const created = Date.parse(text(r[I.Created]) ?? '');
  const ownerId = num(r[lookupId(I.IssueOwner)]);
  const issue: IIssue = {
    id: r[I.Id] as number, projectId: num(r[lookupId(I.Project)]), title: text(r[I.Title]) ?? '', status: text(r[I.IssueStatus]) ?? 'Open',
    priority: text(r[I.Priority]), owner: ownerId !== undefined ? { id: ownerId, name: text((r[I.IssueOwner] as { Title?: string } | undefined)?.Title) } : undefined,
    dueDate: readDateOnly(text(r[I.DueDate]), zone), summary: text(r[I.Summary]), resolution: text(r[I.Resolution]),
    raisedOn: Number.isNaN(created) ? undefined : dayAt(created, zone.iana), overdue: false, etag: etagOf(r as { 'odata.etag'?: string })
  };
  issue.ageDays = issueAgeDays(issue, today);
  issue.overdue = isOverdue(issue, today);
  return issue;
}

function decisionOf(r: Row, zone: ISiteTimeZone): IProjectDecision {
  const people = r[D.DecidedBy] as Array<{ Id: number; Title: string }> | { results?: Array<{ Id: number; Title: string }> } | null | undefined;
  const list = !people ? [] : Array.isArray(people) ? people : people.results ?? [];
  const authorId = num(r[lookupId(D.Author)]);
  return {
    id: r[D.Id] as number, projectId: num(r[lookupId(D.Project)]), title: text(r[D.Title]) ?? '', body: text(r[D.DecisionBody]) ?? '', outcome: text(r[D.DecisionOutcome]),
    date: readDateOnly(text(r[D.DecisionDate]), zone), rationale: text(r[D.Rationale]), decidedBy: list.map(p => ({ id: p.Id, name: p.Title })),
    author: authorId !== undefined ? { id: authorId, name: text((r[D.Author] as { Title?: string } | undefined)?.Title) } : undefined
  };
}

function lessonOf(r: Row): ILesson {
  return {
    id: r[L.Id] as number, projectId: num(r[lookupId(L.Project)]), projectTitle: text((r[L.Project] as { Title?: string } | undefined)?.Title), title: text(r[L.Title]) ?? '', category: text(r[L.LessonCategory]), type: text(r[L.LessonType]),
    stage: text(r[L.Prince2Stage]), summary: text(r[L.Summary]), recommendation: text(r[L.Recommendation]), etag: etagOf(r as { 'odata.etag'?: string })
  };
}

type Problems = Array<IProblem<RaidLogProblemCode>>;

function checkChoice(problems: Problems, field: string, value: string | undefined, codes: ReadonlyArray<string>): void {
  if (value !== undefined && value !== '' && !isCode(codes, value)) problems.push({ code: 'invalidChoice', field });
}

/** A title's problems: blank (when required) or longer than the Title column holds. */
function checkTitle(problems: Problems, title: string | undefined, required: boolean): void {
  if (required && !(title ?? '').trim()) problems.push({ code: 'titleRequired', field: 'title' });
  else if (isTooLong(title)) problems.push({ code: 'tooLong', field: 'title' });
}

/** A day's problems: not a calendar day, or outside what SharePoint holds. */
function checkDay(problems: Problems, field: string, day: string | undefined, required: boolean): void {
  if (!required && (day === undefined || day === '')) return;
  if (!isIsoDay(day)) problems.push({ code: 'invalidDate', field });
  else if (!isStorableDay(day)) problems.push({ code: 'dateOutOfRange', field });
}

function refuse(problems: Problems): void {
  if (problems.length) throw new RaidLogRefusedError(problems);
}

/** Checked column values of an issue's input (only what it names). */
function issueValues(input: IIssueChanges, zone: ISiteTimeZone, creating: boolean): Row {
  const problems: Problems = [];
  checkTitle(problems, input.title, creating || input.title !== undefined);
  checkChoice(problems, 'status', input.status, ISSUE_STATUSES);
  checkChoice(problems, 'priority', input.priority, IssuesList.choices.Priority);
  checkDay(problems, 'dueDate', input.dueDate, false);
  refuse(problems);
  const values: Row = {};
  const clear = <T>(v: T | ''): T | null => (v === '' ? null : v); // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  if (input.title !== undefined) values[I.Title] = String(input.title).trim();
  if (input.status !== undefined) values[I.IssueStatus] = clear(input.status);
  if (input.priority !== undefined) values[I.Priority] = clear(input.priority);
  if (input.ownerId !== undefined) values[lookupId(I.IssueOwner)] = input.ownerId === '' || input.ownerId === 0 ? null : input.ownerId;
  if (input.dueDate !== undefined) values[I.DueDate] = input.dueDate === '' ? null : writeDateOnly(input.dueDate, zone);
  if (input.summary !== undefined) values[I.Summary] = clear(input.summary);
  if (input.resolution !== undefined) values[I.Resolution] = clear(input.resolution);
  return values;
}

/** Checked column values of a lesson's input (only what it names). */
function lessonValues(input: Partial<ILessonInput>, creating: boolean): Row {
  const problems: Problems = [];
  checkTitle(problems, input.title, creating || input.title !== undefined);
  checkChoice(problems, 'category', input.category, LessonsList.choices.LessonCategory);
  checkChoice(problems, 'type', input.type, LessonsList.choices.LessonType);
  checkChoice(problems, 'stage', input.stage, LessonsList.choices.Prince2Stage);
  refuse(problems);
  const values: Row = {};
  if (input.title !== undefined) values[L.Title] = input.title.trim();
  if (input.projectId !== undefined) values[lookupId(L.Project)] = input.projectId || null;
  const put: Array<[keyof ILessonInput, string]> = [['category', L.LessonCategory], ['type', L.LessonType], ['stage', L.Prince2Stage], ['summary', L.Summary], ['recommendation', L.Recommendation]];
  for (const [field, column] of put) if (input[field] !== undefined) values[column] = input[field] === '' ? null : input[field];
  return values;
}

/** Whether a lesson holds every word of the search (case-insensitive) in its title, summary or recommendation. */
function matches(lesson: ILesson, words: ReadonlyArray<string>): boolean {
  const hay = `${lesson.title} ${lesson.summary ?? ''} ${lesson.recommendation ?? ''}`.toLocaleLowerCase();
  return words.every(w => hay.indexOf(w) >= 0);
}

/** {@link IRaidLogService} over PnPjs (Issues, Decisions, Lessons). */
export class RaidLogService implements IRaidLogService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly siteTimeZone: ISiteTimeZoneSource;

  public constructor(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource) {
    this.sp = sp;
    this.site = site;
    this.siteTimeZone = siteTimeZone;
  }

  private list(list: typeof IssuesList | typeof DecisionsList | typeof LessonsList): ListHandle {
    return listOn(this.sp, this.site, list);
  }

  private async zoneAndToday(): Promise<{ zone: ISiteTimeZone; today: IsoDay }> {
    const zone = await this.siteTimeZone.get(this.sp.web);
    return { zone, today: dayAt(Date.now(), zone.iana) };
  }

  private async readIssue(issueId: number): Promise<IIssue> {
    const { zone, today } = await this.zoneAndToday();
    return issueOf(await this.list(IssuesList).items.getById(issueId).select(...ISSUE_SELECT).expand(I.IssueOwner)<Row>(), zone, today);
  }

  public async listIssues(projectId: number): Promise<IIssue[]> {
    const { zone, today } = await this.zoneAndToday();
    const rows = await this.list(IssuesList).items.select(...ISSUE_SELECT).expand(I.IssueOwner).filter(odataEq(lookupId(I.Project), projectId)).top(2000)<Row[]>();
    const rank = (i: IIssue): number => (i.status === 'Open' || i.status === 'InProgress' ? 0 : 1);
    return rows.map(r => issueOf(r, zone, today)).sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
  }

  public async createIssue(projectId: number, input: IIssueInput): Promise<IIssue> {
    const { zone } = await this.zoneAndToday();
    const values = issueValues({ status: 'Open', ...input }, zone, true);
    const added = (await this.list(IssuesList).items.add({ ...values, [lookupId(I.Project)]: projectId })) as { Id: number };
    return this.readIssue(added.Id);
  }

  public async updateIssue(issueId: number, changes: IIssueChanges, etag: string): Promise<IIssue> {
    if (!etag) throw new Error('An issue is saved with the ETag the user saw.');
    const { zone } = await this.zoneAndToday();
    const values = issueValues(changes, zone, false);
    if (Object.keys(values).length) await this.list(IssuesList).items.getById(issueId).update(values, etag);
    return this.readIssue(issueId);
  }

  public async addDecision(projectId: number, input: IProjectDecisionInput): Promise<IProjectDecision> {
    const problems: Problems = [];
    checkTitle(problems, input.title, true);
    checkDay(problems, 'date', input.date, true);
    if (!(input.rationale ?? '').trim()) problems.push({ code: 'rationaleRequired', field: 'rationale' });
    checkChoice(problems, 'outcome', input.outcome, DECISION_OUTCOMES);
    refuse(problems);
    const { zone } = await this.zoneAndToday();
    const added = (await this.list(DecisionsList).items.add({
      [D.Title]: input.title.trim(),
      [lookupId(D.Project)]: projectId,
      [D.DecisionBody]: 'Project',
      [D.DecisionOutcome]: input.outcome ?? 'Noted',
      [D.DecisionDate]: writeDateOnly(input.date, zone),
      [D.Rationale]: input.rationale.trim(),
      [lookupId(D.DecidedBy)]: (input.decidedByIds ?? []).slice()
    })) as { Id: number };
    return decisionOf(await this.list(DecisionsList).items.getById(added.Id).select(...DECISION_SELECT).expand(D.DecidedBy, D.Author)<Row>(), zone);
  }

  public async listDecisions(projectId: number, body?: string): Promise<IProjectDecision[]> {
    const { zone } = await this.zoneAndToday();
    // The indexed Project lookup first narrows the list to the project; the body (indexed too) after it.
    const filter = body ? `${odataEq(lookupId(D.Project), projectId)} and ${odataEq(D.DecisionBody, body)}` : odataEq(lookupId(D.Project), projectId);
    const rows = await this.list(DecisionsList).items.select(...DECISION_SELECT).expand(D.DecidedBy, D.Author).filter(filter).top(2000)<Row[]>();
    return rows.map(r => decisionOf(r, zone)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);
  }

  public async addLesson(input: ILessonInput): Promise<ILesson> {
    const added = (await this.list(LessonsList).items.add(lessonValues(input, true))) as { Id: number };
    return lessonOf(await this.list(LessonsList).items.getById(added.Id).select(...LESSON_SELECT).expand(L.Project)<Row>());
  }

  public async updateLesson(lessonId: number, changes: Partial<ILessonInput>, etag: string): Promise<ILesson> {
    if (!etag) throw new Error('A lesson is saved with the ETag the user saw.');
    const values = lessonValues(changes, false);
    if (Object.keys(values).length) await this.list(LessonsList).items.getById(lessonId).update(values, etag);
    return lessonOf(await this.list(LessonsList).items.getById(lessonId).select(...LESSON_SELECT).expand(L.Project)<Row>());
  }

  public async searchLessons(search: ILessonSearch): Promise<ILessonSearchResult> {
    const clauses: string[] = [];
    if (search.projectId !== undefined) clauses.push(odataEq(lookupId(L.Project), search.projectId));
    if (search.category) clauses.push(odataEq(L.LessonCategory, search.category));
    if (search.stage) clauses.push(odataEq(L.Prince2Stage, search.stage));
    const words = cleanSearchInput(search.text ?? '').text.toLocaleLowerCase().split(' ').filter(w => w);
    let read: { rows: Row[]; truncated: boolean };
    try {
      read = await this.newestLessons(clauses.join(' and '));
    } catch (e) {
      // More than 5,000 lessons in one category or stage: the newest lessons, filtered here instead.
      if (describeError(e).kind !== 'threshold') throw e;
      read = await this.newestLessons('');
      read.rows = read.rows.filter(r => (search.projectId === undefined || num(r[lookupId(L.Project)]) === search.projectId) && (!search.category || r[L.LessonCategory] === search.category) && (!search.stage || r[L.Prince2Stage] === search.stage));
    }
    const lessons = read.rows.map(lessonOf).filter(l => matches(l, words));
    return { lessons, scanned: read.rows.length, truncated: read.truncated };
  }

  /** The newest lessons (by ID, descending) passing an indexed filter, at most {@link LESSON_SCAN_LIMIT}, in pages. */
  private async newestLessons(filter: string): Promise<{ rows: Row[]; truncated: boolean }> {
    let q = this.list(LessonsList).items.select(...LESSON_SELECT).expand(L.Project).orderBy(L.Id, false).top(PAGE);
    if (filter) q = q.filter(filter);
    const rows: Row[] = [];
    for await (const page of q) {
      rows.push(...(page as Row[]));
      if (rows.length >= LESSON_SCAN_LIMIT) return { rows: rows.slice(0, LESSON_SCAN_LIMIT), truncated: rows.length > LESSON_SCAN_LIMIT || (page as Row[]).length === PAGE };
    }
    return { rows, truncated: false };
  }
}
