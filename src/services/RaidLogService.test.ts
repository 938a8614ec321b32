/**
 * Issues, the project decision log and lessons against the workbench (real PnPjs, the emulator's
 * permissions and ETags): an invalid issue names its fields and writes nothing, overdue and age come
 * from the governance rules, a stale ETag is refused; a project manager adds a project decision and
 * cannot change it (403 from SharePoint); lessons are found across projects by category and text.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { RaidLogRefusedError } from './RaidLogService';
import { addDays, dayAt, type IsoDay } from '../domain/dates';
import type { SPFI } from '../platform/pnp';
import { DecisionsList, IssuesList, ProjectsList } from '../schema/refs';

jest.setTimeout(300_000);

let wb: IWorkbench;
let owner: SPFI;
let pm: string;
let projectId: number;
let otherProjectId: number;
let today: IsoDay;

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const count = async (url: string, filter: string): Promise<number> => ((await list(owner, url).items.select('Id').filter(filter).top(5000)()) as unknown[]).length;

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const projects = (await list(owner, ProjectsList.url).items.select('Id', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(2)()) as Array<{ Id: number; ProjectManager: { EMail: string } }>;
  [projectId, otherProjectId] = projects.map(p => p.Id);
  pm = projects[0].ProjectManager.EMail;
  today = dayAt(Date.now(), (await as(pm).env.siteTimeZone.get()).iana);
});

afterAll(async () => {
  await wb?.stop();
});

describe('issues', () => {
  it('refuses an invalid issue naming its fields and writes nothing', async () => {
    const before = await count(IssuesList.url, `ProjectId eq ${projectId}`);
    const refused = await as(pm).raidLog.createIssue(projectId, { title: '', priority: 'Urgent', dueDate: '2026-13-01' as IsoDay }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RaidLogRefusedError);
    expect((refused as RaidLogRefusedError).problems).toEqual([
      { code: 'titleRequired', field: 'title' },
      { code: 'invalidChoice', field: 'priority' },
      { code: 'invalidDate', field: 'dueDate' }
    ]);
    expect(await count(IssuesList.url, `ProjectId eq ${projectId}`)).toBe(before);
  });

  it('marks an open issue past its due date overdue, ages it from its creation, and refuses a stale ETag', async () => {
    const svc = as(pm).raidLog;
    const issue = await svc.createIssue(projectId, { title: 'Test environment unavailable', priority: 'High', dueDate: addDays(today, -1) });
    expect(issue).toMatchObject({ status: 'Open', priority: 'High', raisedOn: today, ageDays: 0, overdue: true, dueDate: addDays(today, -1) });
    expect((await svc.listIssues(projectId)).filter(i => i.id === issue.id)[0].overdue).toBe(true);
    const resolved = await svc.updateIssue(issue.id, { status: 'Resolved', resolution: 'Second environment rented' }, issue.etag);
    expect(resolved).toMatchObject({ status: 'Resolved', resolution: 'Second environment rented', overdue: false });
    expect(describeError(await svc.updateIssue(issue.id, { status: 'Open' }, issue.etag).catch((e: unknown) => e)).kind).toBe('conflict');
    expect((await svc.listIssues(projectId)).filter(i => i.id === issue.id)[0].status).toBe('Resolved');
  });
});

describe('decision log', () => {
  it('a project manager adds a project decision (body Project), reads it filtered by body, and cannot change it (403)', async () => {
    const svc = as(pm).raidLog;
    const refused = await svc.addDecision(projectId, { title: 'Use the vendor cloud', date: today, rationale: ' ' }).catch((e: unknown) => e);
    expect((refused as RaidLogRefusedError).problems).toEqual([{ code: 'rationaleRequired', field: 'rationale' }]);
    const decision = await svc.addDecision(projectId, { title: 'Use the vendor cloud', date: today, outcome: 'Approved', rationale: 'Saves six weeks of set-up.' });
    expect(decision).toMatchObject({ projectId, body: 'Project', outcome: 'Approved', date: today, rationale: 'Saves six weeks of set-up.' });
    expect(decision.author?.id).toBeGreaterThan(0);
    const log = await svc.listDecisions(projectId, 'Project');
    expect(log.map(d => d.id)).toContain(decision.id);
    expect(log.every(d => d.body === 'Project' && d.projectId === projectId)).toBe(true);
    const rest = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm, schemaGuard: false }).sp;
    const item = list(rest, DecisionsList.url).items.getById(decision.id);
    expect(describeError(await item.update({ DecisionOutcome: 'Rejected' }).catch((e: unknown) => e)).kind).toBe('forbidden');
    expect(describeError(await item.delete().catch((e: unknown) => e)).kind).toBe('forbidden');
    expect((await svc.listDecisions(projectId, 'Project')).filter(d => d.id === decision.id)[0].outcome).toBe('Approved');
  });
});

describe('lessons', () => {
  it('adds and edits lessons with ETags and finds them across projects by category, stage and text', async () => {
    const svc = as(pm).raidLog;
    const a = await svc.addLesson({ title: 'Book the data centre slot early', projectId, category: 'Procurement', type: 'ToImprove', stage: 'Initiation', recommendation: 'Reserve the migration window at the start.' });
    const b = await svc.addLesson({ title: 'Framework agreement saved a tender', projectId: otherProjectId, category: 'Procurement', type: 'WentWell', summary: 'The data centre was ordered under the framework.' });
    await svc.addLesson({ title: 'Weekly stakeholder demo', projectId, category: 'Stakeholders', summary: 'Data centre team joined the demos.' });
    await expect(svc.addLesson({ title: 'x', category: 'Luck' })).rejects.toBeInstanceOf(RaidLogRefusedError);
    const found = await svc.searchLessons({ category: 'Procurement', text: '  DATA   centre ' });
    expect(found.lessons.map(l => l.id)).toEqual([b.id, a.id]);
    expect(found.truncated).toBe(false);
    expect(found.scanned).toBeGreaterThanOrEqual(2);
    expect((await svc.searchLessons({ category: 'Procurement', stage: 'Initiation', text: 'data centre' })).lessons.map(l => l.id)).toEqual([a.id]);
    expect((await svc.searchLessons({ text: 'data centre tender' })).lessons.map(l => l.id)).toEqual([b.id]);
    const edited = await svc.updateLesson(a.id, { recommendation: 'Reserve the window in the project brief.' }, a.etag);
    expect(edited.recommendation).toBe('Reserve the window in the project brief.');
    expect(describeError(await svc.updateLesson(a.id, { title: 'Stale' }, a.etag).catch((e: unknown) => e)).kind).toBe('conflict');
  });

  it("reads one project's lessons through the indexed Project lookup, each with its project's name", async () => {
    const svc = as(pm).raidLog;
    const mine = await svc.addLesson({ title: 'Name the data owner in week one', projectId, category: 'Team' });
    const theirs = await svc.addLesson({ title: 'Name the data owner before the tender', projectId: otherProjectId, category: 'Team' });
    const titles = (await list(owner, ProjectsList.url).items.select('Id', 'Title').filter(`Id eq ${projectId} or Id eq ${otherProjectId}`)()) as Array<{ Id: number; Title: string }>;
    const titleOf = (id: number): string | undefined => titles.filter(t => t.Id === id)[0]?.Title;
    const own = await svc.searchLessons({ projectId });
    expect(own.lessons.map(l => l.id)).toContain(mine.id);
    expect(own.lessons.map(l => l.id)).not.toContain(theirs.id);
    expect(own.lessons.every(l => l.projectId === projectId)).toBe(true);
    const found = await svc.searchLessons({ text: 'data owner' });
    expect(found.lessons.filter(l => l.id === theirs.id)[0]?.projectTitle).toBe(titleOf(otherProjectId));
    expect(mine.projectTitle).toBe(titleOf(projectId));
  });
});

describe('what SharePoint cannot hold (found by reliability.fuzz)', () => {
  it('refuses a title over 255 characters and a day outside 1900–8900 naming the field, instead of cutting the title or passing SharePoint\'s 400', async () => {
    const raid = as(pm).raidLog;
    const issues = await count(IssuesList.url, `ProjectId eq ${projectId}`);
    const long = `${'z'.repeat(254)}📈`;
    expect(((await raid.createIssue(projectId, { title: long }).catch((e: unknown) => e)) as RaidLogRefusedError).problems).toEqual([{ code: 'tooLong', field: 'title' }]);
    expect(((await raid.createIssue(projectId, { title: 'Far', dueDate: '1899-12-31' }).catch((e: unknown) => e)) as RaidLogRefusedError).problems).toEqual([{ code: 'dateOutOfRange', field: 'dueDate' }]);
    expect(((await raid.addLesson({ title: 'x'.repeat(256), projectId }).catch((e: unknown) => e)) as RaidLogRefusedError).problems).toEqual([{ code: 'tooLong', field: 'title' }]);
    const decision = await raid.addDecision(projectId, { title: 'Far', date: '8901-01-01', outcome: 'Noted', rationale: 'Because', decidedByIds: [] }).catch((e: unknown) => e);
    expect((decision as RaidLogRefusedError).problems).toEqual([{ code: 'dateOutOfRange', field: 'date' }]);
    expect(await count(IssuesList.url, `ProjectId eq ${projectId}`)).toBe(issues);
    // 255 characters, emoji and right-to-left text are kept as typed.
    const kept = `${'y'.repeat(251)}📈 مش`.slice(0, 255);
    const issue = await raid.createIssue(projectId, { title: kept, dueDate: '1900-01-01' });
    expect([issue.title, issue.dueDate]).toEqual([kept, '1900-01-01']);
  });
});
