/**
 * Who may change a project, enforced by SharePoint (issue 9, item 4): the project's own manager and
 * deputy (an item-level grant) and the PMO. Tried through plain REST as each role, then through the
 * project register: a budget change needs a reason that the item's versions keep, and a change of
 * manager moves the grant.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { firstUserOf, type DemoRole } from '../../workbench/directory';
import { localEnvironment } from './environment';
import { createPmoServices, type IPmoServices } from './index';
import type { SPFI } from '../platform/pnp';
import { ProjectsList } from '../schema/refs';

jest.setTimeout(180_000);

const MARCO = 'marco.rossi@pmohub.demo';
const JONAS = 'jonas.weber@pmohub.demo';
const ANNA = firstUserOf('pmoOfficer').userPrincipalName;
const PROJECTS = `/sites/pmo/${ProjectsList.url}`;

let wb: IWorkbench;
let owner: SPFI;
const rest = (user: string): SPFI => localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, schemaGuard: false }).sp;
const services = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});

async function userId(upn: string): Promise<number> {
  return ((await owner.web.ensureUser(upn)) as unknown as { Id?: number; data?: { Id: number } }).Id ?? 0;
}

/** The HTTP status of a REST budget update (204 when it went through). */
async function budgetUpdate(user: string, projectId: number, budget: number): Promise<number> {
  return rest(user).web.getList(PROJECTS).items.getById(projectId).update({ Budget: budget }).then(() => 204, (e: { status: number }) => e.status);
}

async function projectOf(pmId: number): Promise<number> {
  const rows = (await owner.web.getList(PROJECTS).items.select('Id').filter(`ProjectManagerId eq ${pmId}`).top(1)()) as Array<{ Id: number }>;
  return rows[0].Id;
}

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 12 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
});

afterAll(async () => {
  await wb?.stop();
});

describe('who may change a project', () => {
  it('as each role through plain REST: the project\'s own manager and the PMO change it; nobody else does', async () => {
    const marcos = await projectOf(await userId(MARCO));
    const before = (await owner.web.getList(PROJECTS).items.getById(marcos).select('Budget')()) as { Budget: number | null };
    const others: Array<[DemoRole | 'otherPm', string]> = [
      ['otherPm', JONAS], ['requester', firstUserOf('requester').userPrincipalName], ['reader', firstUserOf('reader').userPrincipalName],
      ['boardMember', firstUserOf('boardMember').userPrincipalName]
    ];
    for (const [role, upn] of others) expect([role, await budgetUpdate(upn, marcos, 1)]).toEqual([role, 403]);
    expect(((await owner.web.getList(PROJECTS).items.getById(marcos).select('Budget')()) as { Budget: number | null }).Budget).toBe(before.Budget);
    expect(await budgetUpdate(MARCO, marcos, 500000)).toBe(204);
    expect(await budgetUpdate(ANNA, marcos, 600000)).toBe(204);
    // the grant is the project's own: Marco cannot give himself or others rights on it
    expect(await rest(MARCO).web.getList(PROJECTS).items.getById(marcos).roleAssignments.add(await userId(JONAS), 1073741827).then(() => 204, (e: { status: number }) => e.status)).toBe(403);
    // and the portfolio offers the edit exactly where it will work
    expect((await services(MARCO).portfolio.getProjectDetail(marcos)).canEdit).toBe(true);
    expect((await services(JONAS).portfolio.getProjectDetail(marcos)).canEdit).toBe(false);
  });

  it('a budget change needs a reason, and the item\'s versions keep each one with who and when', async () => {
    const marcos = await projectOf(await userId(MARCO));
    const detail = await services(MARCO).portfolio.getProjectDetail(marcos);
    await expect(services(MARCO).projects.update(marcos, { budget: 777000 }, detail.etag)).rejects.toMatchObject({ refusal: 'reasonRequired', field: 'budget' });
    await services(MARCO).projects.update(marcos, { budget: 777000, reason: 'Licences for 40 more users' }, detail.etag);
    const again = await services(MARCO).portfolio.getProjectDetail(marcos);
    await services(MARCO).projects.update(marcos, { stage: 'Delivery' }, again.etag);
    const versions = (await owner.web.getList(PROJECTS).items.getById(marcos).versions()) as Array<Record<string, unknown>>;
    const withReason = versions.filter(v => v.ChangeReason === 'Licences for 40 more users');
    expect(withReason).toHaveLength(1);
    expect(withReason[0].Budget).toBe(777000);
    // the later save without a budget change carries no reason of its own
    expect(versions[0].ChangeReason ?? null).toBeNull();
  });

  it('the PMO changes the manager and names a deputy: the grants follow; a project manager cannot move them', async () => {
    const marcoId = await userId(MARCO);
    const jonasId = await userId(JONAS);
    const project = await projectOf(marcoId);
    const etag = (await services(ANNA).portfolio.getProjectDetail(project)).etag;
    await expect(services(MARCO).projects.update(project, { projectManagerId: jonasId }, etag)).rejects.toMatchObject({ status: 403 });
    await services(ANNA).projects.update(project, { projectManagerId: jonasId, deputyId: await userId('camille.dubois@pmohub.demo') }, etag);
    expect(await budgetUpdate(MARCO, project, 1)).toBe(403);
    expect(await budgetUpdate(JONAS, project, 2)).toBe(204);
    expect(await budgetUpdate('camille.dubois@pmohub.demo', project, 3)).toBe(204);
    const row = (await owner.web.getList(PROJECTS).items.getById(project).select('ProjectManagerId', 'DeputyProjectManagerId')()) as { ProjectManagerId: number; DeputyProjectManagerId: number };
    expect(row.ProjectManagerId).toBe(jonasId);
  });
});
