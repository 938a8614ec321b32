/**
 * Resource capacity against the workbench (real PnPjs, the emulator's permissions, list view threshold
 * and fault injection): the heat map's data in one `$batch`; the Prioritization screen's capacity rows
 * and the heat map agree (one capacity model); approval and conversion write a request's grid as
 * committed assignments exactly once, also three at a time under injected 429s; the PMO maintains the
 * pool and a project manager cannot (403 from SharePoint, and the service refuses first); a project
 * manager maintains their own project's assignments, validated before anything is written; a
 * project's assignments shift with its dates; absences lower capacity; settings and what-ifs are kept;
 * a month of more than 5,000 rows is read without meeting the threshold.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { seedItems } from '../../workbench/emulator/testing';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IConvertResult, type IPmoServices } from './index';
import { AssignmentsChangedError, CapacityRefusedError, type IAssignmentRow, type ICapacityData } from './CapacityService';
import { countRequests } from './test-utils/countRequests';
import { fileReadyRequests } from './test-utils/readyRequests';
import { buildHeatMap, commitmentKey, DEFAULT_CAPACITY_SETTINGS, overAllocations, roleCapacity, type IHeatRow } from '../domain/capacity';
import { writeDateOnly } from '../domain/dates';
import type { SPFI } from '../platform/pnp';
import { AbsencesList, AssignmentsList, ProjectsList, RolesList } from '../schema/refs';

jest.setTimeout(300_000);

let wb: IWorkbench;
let owner: SPFI;
let pm: string;
let projectId: number;
let otherProjectId: number;

const PMO = 'anna.schmidt@pmohub.demo';
const REQUESTER = 'james.walker@pmohub.demo';
const MARCO = { login: 'marco.rossi@pmohub.demo', displayName: 'Marco Rossi' };

const as = (user: string, retries?: number): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, retries }), {});
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const rows = async (url: string, filter: string, ...select: string[]): Promise<Array<Record<string, unknown>>> => {
  const out: Array<Record<string, unknown>> = [];
  for await (const page of list(owner, url).items.select('Id', ...select).filter(filter).top(5000)) out.push(...(page as Array<Record<string, unknown>>));
  return out;
};
const heat = (data: ICapacityData, includeProposed: boolean): IHeatRow[] =>
  buildHeatMap({ pool: data.pool, demand: data.demand, months: data.months, dimension: 'role', includeProposed, settings: data.settings });
const injected = async (): Promise<number> => ((await (await fetch(`${wb.url}/_workbench/health`)).json()) as { injectedFaults: Record<string, number> }).injectedFaults['429'] ?? 0;

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const active = (await list(owner, ProjectsList.url).items.select('Id', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(50)()) as Array<{ Id: number; ProjectManager: { EMail: string } }>;
  projectId = active[0].Id;
  pm = active[0].ProjectManager.EMail;
  otherProjectId = active.filter(p => p.ProjectManager.EMail !== pm)[0].Id;
});

afterAll(async () => {
  await wb?.stop();
});

describe('the heat map\'s data', () => {
  it('reads the pool, demand, settings and rights of the months in one $batch', async () => {
    const { result: data, requests } = await countRequests(() => as(PMO).capacity.getCapacityData('2026-11', 12));
    expect(requests.filter(r => !/contextinfo/.test(r))).toEqual([expect.stringMatching(/^POST .*\/_api\/\$batch$/)]);
    expect(data.months).toHaveLength(12);
    expect(data.months[11]).toBe('2027-10');
    expect(data.pool.roles).toHaveLength(10);
    expect(data.pool.people.length).toBe(17);
    expect(data.pool.people.every(p => p.team && p.role > 0)).toBe(true);
    expect(data.settings).toEqual(DEFAULT_CAPACITY_SETTINGS);
    expect([data.canEditPool, data.canSaveScenario]).toEqual([true, true]);
    // Public holidays (everyone) and people's leave, with their kinds.
    expect(data.absences.some(a => a.person === undefined && a.type === 'PublicHoliday' && a.start === '2026-12-25')).toBe(true);
    expect(data.absences.some(a => a.person !== undefined && a.type === 'Leave')).toBe(true);
    // Committed work of projects, named by their titles; proposed demand of requests under review.
    const projectTitle = ((await list(owner, ProjectsList.url).items.getById(projectId).select('Title')()) as { Title: string }).Title;
    expect(data.demand.some(e => e.state === 'Committed' && e.source.kind === 'project' && e.source.id === projectId && e.source.title === projectTitle)).toBe(true);
    expect(data.demand.some(e => e.state === 'Proposed' && e.source.kind === 'request' && e.source.title !== '')).toBe(true);
    expect(data.demand.every(e => data.months.indexOf(e.month) >= 0)).toBe(true);
    // The demo's over-allocation: architects in March 2027 once proposed demand counts, not on committed work alone.
    const arch = String(data.pool.roles.filter(r => r.code === 'ARCH')[0].id);
    const over = (include: boolean): string[] => overAllocations(heat(data, include), data.settings).filter(o => o.rowKey === arch).map(o => o.month);
    expect(over(true)).toContain('2027-03');
    expect(over(false)).not.toContain('2027-03');
  });

  it('tells a project manager they may not edit the pool, and shows them the same capacity', async () => {
    const [mine, pmo] = await Promise.all([as(pm).capacity.getCapacityData('2027-01', 3), as(PMO).capacity.getCapacityData('2027-01', 3)]);
    expect([mine.canEditPool, mine.canSaveScenario]).toEqual([false, false]);
    const cap = (d: ICapacityData): number[][] => Array.from(roleCapacity(d.pool, d.months).values()).map(c => c.map(x => x.days));
    expect(cap(mine)).toEqual(cap(pmo));
  });

  it('shows IT management (PMO Visitors, who do not read project requests) the pool and the committed work', async () => {
    const reader = await as('thomas.wright@pmohub.demo').capacity.getCapacityData('2026-11', 6);
    expect([reader.canEditPool, reader.canSaveScenario]).toEqual([false, false]);
    expect(reader.pool.roles).toHaveLength(10);
    expect(reader.demand.some(e => e.state === 'Committed')).toBe(true);
    expect(reader.demand.some(e => e.source.kind === 'request' && e.state === 'Proposed')).toBe(false);
  });

  it('gives the Prioritization screen the capacity rows and committed work the heat map shows (one capacity model)', async () => {
    const prio = await as(PMO).prioritization.load({ includeProjects: true });
    expect(prio.months.length).toBeGreaterThan(3);
    const data = await as(PMO).capacity.getCapacityData(prio.months[0], prio.months.length + 24);
    const rowsByRole = new Map(heat(data, false).map(r => [Number(r.key), r] as const));
    let compared = 0;
    for (const role of prio.roles) {
      const row = rowsByRole.get(role.role);
      expect(row).toBeDefined();
      for (const c of role.byMonth ?? []) {
        const cell = row?.cells.filter(x => x.month === c.month)[0];
        expect({ role: role.role, month: c.month, capacity: cell?.capacityDays }).toEqual({ role: role.role, month: c.month, capacity: c.days });
        const committed = prio.committed.filter(x => x.role === role.role && x.month === c.month).reduce((t, x) => t + x.days, 0);
        expect(cell?.committedDays).toBeCloseTo(committed, 6);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // An approved request that is still a candidate: the rows its approval committed are its own demand
    // (the builder counts the candidate's grid instead), not committed work that takes capacity away.
    const approved = prio.candidates.filter(c => c.kind === 'request' && c.state === 'Approved');
    expect(approved.length).toBeGreaterThan(0);
    for (const c of approved) {
      const own = prio.committed.filter(x => x.candidateId === c.id).reduce((t, x) => t + x.days, 0);
      const committedOfRequest = data.demand.filter(e => e.state === 'Committed' && e.source.kind === 'request' && e.source.id === c.itemId && prio.months.indexOf(e.month) >= 0).reduce((t, e) => t + e.days, 0);
      expect({ id: c.id, own }).toEqual({ id: c.id, own: committedOfRequest });
    }
    expect(prio.committed.some(x => x.candidateId?.startsWith('request:'))).toBe(true);
  });
});

describe('a request\'s committed demand', () => {
  let requestId: number;
  let cells: Array<{ role: number; month: string; days: number }>;

  const committedRows = (): Promise<Array<Record<string, unknown>>> => rows(AssignmentsList.url, `RequestNumber eq ${requestId}`, 'Title', 'ProjectId', 'DemandDays', 'DemandState', 'ResourceRoleId', 'Month');

  it('approval writes the request\'s grid as committed assignments, one per cell under its key', async () => {
    [requestId] = await fileReadyRequests(as(REQUESTER).requests, as(PMO).requests, ['Capacity: online permits']);
    cells = (await as(PMO).requests.get(requestId)).request.input.resourceDemand;
    expect(cells.length).toBe(2);
    expect(await committedRows()).toEqual([]);
    await as(PMO).requests.transition(requestId, 'Approved', 'Fits the plan', 'Fits the plan');
    const written = await committedRows();
    expect(written.map(r => r.Title).sort()).toEqual(cells.map(c => commitmentKey(requestId, c.role, c.month)).sort());
    expect(written.every(r => r.DemandState === 'Committed' && (r.ProjectId ?? null) === null)).toBe(true);
    // The heat map counts them, as the request's committed demand.
    const data = await as(PMO).capacity.getCapacityData('2027-03', 2);
    expect(data.demand.filter(e => e.source.kind === 'request' && e.source.id === requestId).map(e => [e.state, e.month, e.days])).toEqual(
      expect.arrayContaining(cells.map(c => ['Committed', c.month, c.days]))
    );
  });

  it('counts a row twice written under one key once, and the next commit removes it', async () => {
    const [first] = await committedRows();
    const zoneP = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).siteTimeZone.get();
    const month = String(first.Title).split('|')[2];
    await list(owner, AssignmentsList.url).items.add({
      Title: first.Title, RequestNumber: requestId, ResourceRoleId: first.ResourceRoleId, Month: writeDateOnly(`${month}-01`, await zoneP), DemandDays: first.DemandDays, DemandState: 'Committed'
    });
    const days = (d: ICapacityData): number => d.demand.filter(e => e.source.id === requestId && e.month === month && e.role === first.ResourceRoleId).reduce((t, e) => t + e.days, 0);
    expect(days(await as(PMO).capacity.getCapacityData(month, 1))).toBe(first.DemandDays);
    expect(await as(PMO).capacity.commitRequestDemand(requestId)).toEqual({ added: 0, removed: 1, linked: 0 });
    expect((await committedRows()).length).toBe(cells.length);
  });

  it('conversion links the rows to the project and adds nothing, also when repeated under injected 429s', async () => {
    const pmo = as(PMO, 12);
    const faultsBefore = await injected();
    wb.emulator.setFaults({ rate429: 0.2, retryAfterSeconds: 0, seed: 11 });
    let converted: IConvertResult | undefined;
    try {
      converted = await pmo.requests.convertToProject(requestId, { projectManager: MARCO });
      await pmo.requests.convertToProject(requestId, { projectManager: MARCO });
    } finally {
      wb.emulator.setFaults({});
    }
    expect(await injected()).toBeGreaterThan(faultsBefore);
    const written = await committedRows();
    expect(written.map(r => r.Title).sort()).toEqual(cells.map(c => commitmentKey(requestId, c.role, c.month)).sort());
    expect(converted?.projectId).toBeGreaterThan(0);
    expect(written.every(r => r.ProjectId === converted?.projectId)).toBe(true);
  });

  it('three writers at the same time under injected 429s leave each cell exactly once', async () => {
    const projectOf = (await committedRows())[0].ProjectId as number;
    for (const r of await committedRows()) await list(owner, AssignmentsList.url).items.getById(r.Id as number).delete();
    const faultsBefore = await injected();
    wb.emulator.setFaults({ rate429: 0.25, retryAfterSeconds: 0, seed: 5 });
    let results;
    try {
      results = await Promise.all([1, 2, 3].map(() => as(PMO, 12).capacity.commitRequestDemand(requestId, projectOf)));
    } finally {
      wb.emulator.setFaults({});
    }
    expect(await injected()).toBeGreaterThan(faultsBefore);
    const written = await committedRows();
    expect(written.map(r => r.Title).sort()).toEqual(cells.map(c => commitmentKey(requestId, c.role, c.month)).sort());
    expect(written.every(r => r.ProjectId === projectOf && r.DemandState === 'Committed')).toBe(true);
    // The writers did collide (more rows were added than the grid has), and what the three added, less
    // what they removed as duplicates, is the grid.
    expect(results.reduce((t, r) => t + r.added, 0)).toBeGreaterThan(cells.length);
    expect(results.reduce((t, r) => t + r.added - r.removed, 0)).toBe(cells.length);
    expect(await as(PMO).capacity.commitRequestDemand(requestId, projectOf)).toEqual({ added: 0, removed: 0, linked: 0 });
  });

  it('is refused for a request that is not approved, and to anyone but the PMO', async () => {
    const [ready] = await fileReadyRequests(as(REQUESTER).requests, as(PMO).requests, ['Capacity: not yet decided']);
    await expect(as(PMO).capacity.commitRequestDemand(ready)).rejects.toMatchObject({ refusal: 'notPermitted', field: 'request' });
    // Project managers write Assignments, but only the PMO commits a request's demand (it approves and converts).
    await expect(as(pm).capacity.commitRequestDemand(requestId)).rejects.toMatchObject({ refusal: 'notPermitted', field: 'request' });
    expect(await rows(AssignmentsList.url, `RequestNumber eq ${ready}`)).toEqual([]);
  });
});

describe('the PMO\'s pool', () => {
  it('a project manager cannot edit role capacity: 403 from SharePoint, and the service refuses first', async () => {
    const role = (await as(PMO).capacity.getCapacityData('2027-01', 1)).pool.roles[0];
    const rest = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: pm, schemaGuard: false }).sp;
    expect(describeError(await list(rest, RolesList.url).items.getById(role.id).update({ MonthlyCapacityDays: 1 }).catch((e: unknown) => e)).kind).toBe('forbidden');
    expect(describeError(await list(rest, AbsencesList.url).items.add({ Title: 'x', StartDate: '2027-01-04T00:00:00Z', EndDate: '2027-01-04T00:00:00Z', AbsenceType: 'Leave' }).catch((e: unknown) => e)).kind).toBe('forbidden');
    const refused = await as(pm).capacity.saveRoleCapacity(role.id, { monthlyDays: 1, byMonth: [] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CapacityRefusedError);
    expect(refused).toMatchObject({ refusal: 'notPermitted' });
    await expect(as(pm).capacity.savePerson(1, { fte: 0.5 })).rejects.toMatchObject({ refusal: 'notPermitted' });
    await expect(as(pm).capacity.addAbsence({ start: '2027-01-04', end: '2027-01-05', type: 'Leave' })).rejects.toMatchObject({ refusal: 'notPermitted' });
    expect((await as(PMO).capacity.getCapacityData('2027-01', 1)).pool.roles[0].monthlyDays).toBe(role.monthlyDays);
  });

  it('the PMO sets a role\'s capacity and a person\'s FTE, team and non-project time; refused values name their field', async () => {
    const svc = as(PMO).capacity;
    const data = await svc.getCapacityData('2027-06', 2);
    const role = data.pool.roles.filter(r => r.code === 'PROC')[0];
    await expect(svc.saveRoleCapacity(role.id, { monthlyDays: -1, byMonth: [] })).rejects.toMatchObject({ refusal: 'numberInvalid', field: 'monthlyDays' });
    await expect(svc.saveRoleCapacity(role.id, { monthlyDays: 10, byMonth: [{ month: '2027-13', days: 1 }] })).rejects.toMatchObject({ refusal: 'monthInvalid', field: 'byMonth[0].month' });
    await svc.saveRoleCapacity(role.id, { monthlyDays: 40, byMonth: [{ month: '2027-07', days: 12.5 }] });
    const person = data.pool.people.filter(p => p.role === role.id)[0];
    await expect(svc.savePerson(person.id, { fte: 1.5 })).rejects.toMatchObject({ refusal: 'numberInvalid', field: 'fte' });
    await svc.savePerson(person.id, { fte: 0.5, nonProjectPercent: 20, team: ' Sourcing ' });
    const after = await svc.getCapacityData('2027-06', 2);
    expect(after.pool.people.filter(p => p.id === person.id)[0]).toMatchObject({ fte: 0.5, nonProjectPercent: 20, team: 'Sourcing' });
    const cap = roleCapacity(after.pool, after.months).get(role.id) ?? [];
    expect(cap.map(c => c.setDays)).toEqual([40, 12.5]);
  });

  it('absences: an end before the start is refused; an absence lowers the person\'s capacity and can be deleted', async () => {
    const svc = as(PMO).capacity;
    const person = (await svc.getCapacityData('2027-09', 1)).pool.people.filter(p => p.active !== false)[0];
    await expect(svc.addAbsence({ personId: person.id, start: '2027-09-10', end: '2027-09-06', type: 'Leave' })).rejects.toMatchObject({ refusal: 'dateOrder', field: 'end' });
    await expect(svc.addAbsence({ personId: person.id, start: '2027-09-31', end: '2027-10-01', type: 'Leave' })).rejects.toMatchObject({ refusal: 'dateInvalid', field: 'start' });
    // Found by reliability.fuzz: an unknown kind was stored as 'Other', a title over 255 characters cut, a day SharePoint does not hold passed on as its 400.
    await expect(svc.addAbsence({ personId: person.id, start: '2027-09-13', end: '2027-09-17', type: ' Training ' as 'Training' })).rejects.toMatchObject({ refusal: 'typeInvalid', field: 'type' });
    await expect(svc.addAbsence({ personId: person.id, start: '2027-09-13', end: '2027-09-17', type: 'Leave', title: `${'z'.repeat(254)}📈` })).rejects.toMatchObject({ refusal: 'tooLong', field: 'title' });
    await expect(svc.addAbsence({ personId: person.id, start: '1899-12-31', end: '2027-09-17', type: 'Leave' })).rejects.toMatchObject({ refusal: 'dateOutOfRange', field: 'start' });
    await expect(svc.addAbsence({ personId: person.id, start: '2027-09-13', end: '8901-01-01', type: 'Leave' })).rejects.toMatchObject({ refusal: 'dateOutOfRange', field: 'end' });
    const capacityOf = async (): Promise<number> => {
      const d = await svc.getCapacityData('2027-09', 1);
      return roleCapacity(d.pool, d.months).get(person.role)?.[0].peopleDays ?? 0;
    };
    const before = await capacityOf();
    // Monday 13 to Friday 17 September 2027: five working days at the person's FTE and project share.
    const added = await svc.addAbsence({ personId: person.id, start: '2027-09-13', end: '2027-09-17', type: 'Training', title: 'Course' });
    expect(added).toMatchObject({ person: person.id, start: '2027-09-13', end: '2027-09-17', type: 'Training', title: 'Course' });
    expect(before - (await capacityOf())).toBeCloseTo(5 * person.fte * (1 - (person.nonProjectPercent ?? 0) / 100), 6);
    await svc.deleteAbsence(added.id);
    expect(await capacityOf()).toBeCloseTo(before, 6);
  });

  it('keeps the settings and the what-ifs; a project manager may save neither', async () => {
    const svc = as(PMO).capacity;
    await expect(svc.saveSettings({ hoursPerWeek: 38.5, amberFrom: 0.9, redAbove: 0.8 })).rejects.toMatchObject({ refusal: 'numberInvalid', field: 'redAbove' });
    await svc.saveSettings({ hoursPerWeek: 38.5, amberFrom: 0.8, redAbove: 1.05 });
    expect((await svc.getCapacityData('2027-01', 1)).settings).toEqual({ hoursPerWeek: 38.5, amberFrom: 0.8, redAbove: 1.05 });
    await expect(as(pm).capacity.saveSettings(DEFAULT_CAPACITY_SETTINGS)).rejects.toMatchObject({ refusal: 'notPermitted' });
    await svc.saveSettings({ ...DEFAULT_CAPACITY_SETTINGS });
    // Settings saved from a page read before another PMO officer's save are refused as a conflict; nothing is written.
    const [mine, theirs] = [await svc.getCapacityData('2027-01', 1), await svc.getCapacityData('2027-01', 1)];
    await svc.saveSettings({ hoursPerWeek: 36, amberFrom: 0.85, redAbove: 1 }, theirs.settingsVersion);
    expect(describeError(await svc.saveSettings({ hoursPerWeek: 42, amberFrom: 0.85, redAbove: 1 }, mine.settingsVersion).catch((e: unknown) => e)).kind).toBe('conflict');
    const now = await svc.getCapacityData('2027-01', 1);
    expect(now.settings.hoursPerWeek).toBe(36);
    await svc.saveSettings({ ...DEFAULT_CAPACITY_SETTINGS }, now.settingsVersion);
    await expect(svc.saveWhatIf({ title: ' ', whatIf: { shifts: [], leaveOut: [] }, includeProposed: true, months: ['2027-01'] })).rejects.toMatchObject({ refusal: 'titleRequired', field: 'title' });
    const input = { title: 'Architects later', whatIf: { shifts: [{ source: 'request:16', months: 3 }], leaveOut: ['project:4'] }, includeProposed: true, months: ['2027-02', '2027-03'] };
    const id = await svc.saveWhatIf(input);
    await expect(as(pm).capacity.saveWhatIf(input)).rejects.toMatchObject({ refusal: 'notPermitted' });
    const listed = await as(PMO).capacity.listWhatIfs();
    expect(listed[0]).toEqual({ id, ...input });
    // The board reads portfolio scenarios.
    expect((await as('klaus.fischer@pmohub.demo').capacity.listWhatIfs())[0]).toEqual({ id, ...input });
    // A project manager does not read portfolio scenarios: SharePoint's 404 reaches the screen (which says who may), not "none saved".
    await expect(as(pm).capacity.listWhatIfs()).rejects.toMatchObject({ status: 404 });
    expect((await as(PMO).prioritization.getScenario(id)).content.capacity).toEqual({ whatIf: input.whatIf, includeProposed: true, months: input.months });
  });
});

describe('a project\'s assignments', () => {
  it('its project manager adds, changes and removes rows; everything is checked before anything is written', async () => {
    const svc = as(pm).capacity;
    const data = await svc.getCapacityData('2027-01', 1);
    const before = await svc.getProjectAssignments(projectId);
    expect(before.length).toBeGreaterThan(0);
    const role = data.pool.roles.filter(r => r.code === 'QA')[0];
    const otherRolePerson = data.pool.people.filter(p => p.role !== role.id)[0];
    const invalid = [
      [{ roleId: 999999, month: '2027-08', days: 2, state: 'Proposed' as const }, 'roleRequired', 'roleId'],
      [{ roleId: role.id, month: '2027-8', days: 2, state: 'Proposed' as const }, 'monthInvalid', 'month'],
      [{ roleId: role.id, month: '2027-08', days: 2.25, state: 'Proposed' as const }, 'numberInvalid', 'days'],
      [{ roleId: role.id, month: '2027-08', days: 32, state: 'Proposed' as const }, 'numberInvalid', 'days'],
      [{ roleId: role.id, month: '2027-08', days: 0, state: 'Proposed' as const }, 'numberInvalid', 'days'],
      [{ roleId: role.id, personId: otherRolePerson.id, month: '2027-08', days: 2, state: 'Proposed' as const }, 'personInvalid', 'personId']
    ] as const;
    for (const [row, refusal, field] of invalid) {
      // A valid change first: nothing of it is written when a later row is refused.
      const changed = [{ ...before[0], days: 7.5 }, ...before.slice(1), row];
      await expect(svc.saveProjectAssignments(projectId, changed)).rejects.toMatchObject({ refusal, field: `rows[${before.length}].${field}` });
    }
    expect(await svc.getProjectAssignments(projectId)).toEqual(before);
    const saved = await svc.saveProjectAssignments(projectId, [{ ...before[0], days: 7.5 }, ...before.slice(2), { roleId: role.id, month: '2027-08', days: 4.5, state: 'Proposed' }]);
    expect(saved.length).toBe(before.length);
    expect(saved.filter(r => r.id === before[0].id)[0].days).toBe(7.5);
    expect(saved.some(r => r.id === before[1].id)).toBe(false);
    expect(saved.filter(r => r.month === '2027-08' && r.roleId === role.id)[0]).toMatchObject({ days: 4.5, state: 'Proposed' });
  });

  it('refuses a save when someone else changed, added or removed a row since it was read, and writes nothing', async () => {
    const mine = as(pm).capacity;
    const pmo = as(PMO).capacity;
    const role = (await mine.getCapacityData('2027-01', 1)).pool.roles.filter(r => r.code === 'QA')[0];
    const cases: Array<[string, (rows: IAssignmentRow[]) => Promise<unknown>]> = [
      ['changed', rows => pmo.saveProjectAssignments(projectId, [{ ...rows[0], days: rows[0].days === 3 ? 4 : 3 }, ...rows.slice(1)], rows)],
      ['added', rows => pmo.saveProjectAssignments(projectId, [...rows, { roleId: role.id, month: '2027-09', days: 1.5, state: 'Proposed' }], rows)],
      ['removed', rows => pmo.saveProjectAssignments(projectId, rows.slice(1), rows)]
    ];
    for (const [what, change] of cases) {
      const loaded = await mine.getProjectAssignments(projectId);
      expect(loaded.every(r => typeof r.etag === 'string' && r.etag !== '*')).toBe(true);
      // The PMO saves in between (itself guarded by what it read).
      await change(await pmo.getProjectAssignments(projectId));
      const between = await mine.getProjectAssignments(projectId);
      // The project manager's save of what they read is refused as a whole (412: someone else saved first).
      const mineEdited = [{ ...loaded[loaded.length - 1], days: 9.5 }, ...loaded.slice(0, -1)];
      const refused = mine.saveProjectAssignments(projectId, mineEdited, loaded);
      await expect(refused).rejects.toBeInstanceOf(AssignmentsChangedError);
      // Told as "someone else saved first" in the user's language, with no English detail of the service's own.
      await expect(refused.catch(e => describeError(e))).resolves.toEqual({ kind: 'conflict', status: 412, detail: '' });
      expect({ what, rows: await mine.getProjectAssignments(projectId) }).toEqual({ what, rows: between });
    }
    // Saved against what is there now, it goes through.
    const now = await mine.getProjectAssignments(projectId);
    const saved = await mine.saveProjectAssignments(projectId, [{ ...now[0], days: 6 }, ...now.slice(1)], now);
    expect(saved.filter(r => r.id === now[0].id)[0].days).toBe(6);
  });

  it('another project\'s manager is refused (the project\'s own editors only)', async () => {
    const rowsBefore = await as(PMO).capacity.getProjectAssignments(otherProjectId);
    await expect(as(pm).capacity.saveProjectAssignments(otherProjectId, [])).rejects.toMatchObject({ refusal: 'notPermitted', field: 'project' });
    await expect(as(pm).capacity.shiftProjectAssignments(otherProjectId, 1)).rejects.toMatchObject({ refusal: 'notPermitted', field: 'project' });
    expect(await as(PMO).capacity.getProjectAssignments(otherProjectId)).toEqual(rowsBefore);
  });

  it('a shift of the project\'s dates moves every assignment by the months, after a preview', async () => {
    const svc = as(pm).capacity;
    const before = await svc.getProjectAssignments(projectId);
    expect(await svc.previewShift(projectId, '2027-01-31', '2027-03-01')).toEqual({ months: 2, rows: before.length });
    expect(await svc.previewShift(projectId, '2027-01-01', '2027-01-31')).toEqual({ months: 0, rows: 0 });
    await expect(svc.previewShift(projectId, '2027-02-30', '2027-03-01')).rejects.toMatchObject({ refusal: 'dateInvalid', field: 'oldStart' });
    expect(await svc.shiftProjectAssignments(projectId, 2)).toBe(before.length);
    const after = await svc.getProjectAssignments(projectId);
    const moved = (m: string): string => { const [y, mo] = m.split('-').map(Number); const i = y * 12 + mo - 1 + 2; return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`; };
    expect(after.map(r => [r.id, r.month, r.days]).sort()).toEqual(before.map(r => [r.id, moved(r.month), r.days]).sort());
    expect(await svc.shiftProjectAssignments(projectId, -2)).toBe(before.length);
    expect((await svc.getProjectAssignments(projectId)).map(r => [r.id, r.month]).sort()).toEqual(before.map(r => [r.id, r.month]).sort());
  });
});

describe('on a list above 5,000 items', () => {
  it('reads a month of more than 5,000 rows without meeting the list view threshold, within ceil(rows ÷ 5,000) + 2 requests', async () => {
    const svc = as(PMO).capacity;
    const data = await svc.getCapacityData('2027-01', 1);
    const role = data.pool.roles.filter(r => r.code === 'DEV')[0];
    const zone = await localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).siteTimeZone.get();
    const devBefore = heat(data, false).filter(r => r.key === String(role.id))[0].cells[0].committedDays;
    seedItems(wb.emulator, 'Assignments', Array.from({ length: 5100 }, (_, i) => ({
      Title: `Load ${i}`, ProjectId: projectId, ResourceRoleId: role.id, Month: writeDateOnly('2027-01-01', zone), DemandDays: 0.5, DemandState: 'Committed'
    })));
    // SharePoint refuses the indexed month query now: more than 5,000 rows match it.
    const refused = await list(owner, AssignmentsList.url).items.filter(`Month eq datetime'${writeDateOnly('2027-01-01', zone)}'`).top(100)().catch((e: unknown) => e);
    expect(describeError(refused).kind).toBe('threshold');
    const total = ((await list(owner, AssignmentsList.url).select('ItemCount')()) as { ItemCount: number }).ItemCount;
    const { result, requests } = await countRequests(() => as(PMO).capacity.getCapacityData('2027-01', 1));
    const dev = heat(result, false).filter(r => r.key === String(role.id))[0].cells[0];
    expect(dev.committedDays - devBefore).toBeCloseTo(2550, 6);
    expect(requests.filter(r => !/contextinfo/.test(r)).length).toBeLessThanOrEqual(Math.ceil(total / 5000) + 2);
  });
});
