/**
 * Change requests against the workbench (real PnPjs, ETags and fault injection): the state flow
 * refuses steps it does not have, naming both states; a stale ETag is refused; approving re-baselines
 * the named milestones (the reason names the change) and adds the cost line through the budget, with
 * the status written last — under injected 429s with few retries, the calls that fail leave a state
 * that the next call completes, and nothing is written twice.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { ChangeRefusedError, changeReference } from './ChangeRequestService';
import { addDays } from '../domain/dates';
import type { SPFI } from '../platform/pnp';
import { ProjectsList } from '../schema/refs';

jest.setTimeout(300_000);

let wb: IWorkbench;
let owner: SPFI;
let pm: string;
let projectId: number;

const as = (user: string, retries?: number): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, retries }), {});
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
  const projects = (await list(owner, ProjectsList.url).items.select('Id', 'ProjectManager/EMail').expand('ProjectManager')
    .filter("LifecycleStatus eq 'Active'").top(1)()) as Array<{ Id: number; ProjectManager: { EMail: string } }>;
  projectId = projects[0].Id;
  pm = projects[0].ProjectManager.EMail;
});

afterAll(async () => {
  await wb?.stop();
});

it('moves a change only through the flow, naming both states, and refuses a stale ETag', async () => {
  const svc = as(pm).changes;
  const raised = await svc.create(projectId, { title: 'Add the archive interface', scopeImpact: 'One more interface', scheduleImpactDays: 14, costImpact: 8000 });
  expect(raised.status).toBe('Submitted');
  const early = await svc.approve(raised.id, { milestoneIds: [] }, raised.etag).catch((e: unknown) => e);
  expect(early).toBeInstanceOf(ChangeRefusedError);
  expect((early as ChangeRefusedError).problems).toEqual([{ code: 'transitionNotAllowed', field: 'to', from: 'Submitted', to: 'Approved' }]);
  const assessed = await svc.assess(raised.id, { costImpact: 9000 }, raised.etag);
  expect(assessed).toMatchObject({ status: 'Assessed', costImpact: 9000, scheduleImpactDays: 14 });
  expect(describeError(await svc.reject(raised.id, raised.etag).catch((e: unknown) => e)).kind).toBe('conflict');
  const rejected = await svc.reject(raised.id, assessed.etag);
  expect(rejected.status).toBe('Rejected');
  expect(rejected.decisionDate).toBeDefined();
  const final = await svc.assess(raised.id, {}, rejected.etag).catch((e: unknown) => e);
  expect((final as ChangeRefusedError).problems).toEqual([{ code: 'transitionNotAllowed', field: 'to', from: 'Rejected', to: 'Assessed' }]);
});

it('approving re-baselines the named milestones and the budget with the change referenced, the status last; under injected 429s a retry completes it without duplicates', async () => {
  const base = as(pm);
  const milestones = (await base.milestones.list(projectId)).filter(m => m.baselineDate).slice(0, 2);
  expect(milestones).toHaveLength(2);
  const plannedBefore = (await base.budget.getBudget(projectId)).totals.planned;
  const change = await base.changes.create(projectId, { title: 'Second data centre', scheduleImpactDays: 21, costImpact: 12500 });
  const assessed = await base.changes.assess(change.id, {}, change.etag);
  const reference = changeReference(assessed);
  // With two retries only, injected 429s fail calls half-way; each next call continues where the last one stopped.
  const flaky = as(pm, 2).changes;
  let approved;
  let failures = 0;
  wb.emulator.setFaults({ rate429: 0.3, retryAfterSeconds: 0, seed: 5 });
  try {
    for (let attempt = 0; attempt < 40 && !approved; attempt++) {
      approved = await flaky.approve(change.id, { milestoneIds: milestones.map(m => m.id), fiscalYear: 2027 }, assessed.etag).catch((e: unknown) => {
        expect(describeError(e).kind).toBe('throttled');
        failures++;
        return undefined;
      });
    }
  } finally {
    wb.emulator.setFaults({});
  }
  expect(failures).toBeGreaterThan(0);
  expect(approved?.status).toBe('Approved');
  const after = await base.milestones.list(projectId);
  for (const m of milestones) {
    const now = after.filter(x => x.id === m.id)[0];
    expect(now.baselineDate).toBe(addDays(m.baselineDate!, 21)); // eslint-disable-line @typescript-eslint/no-non-null-assertion -- filtered above
    expect(now.baselineHistory.filter(h => h.reason === reference)).toHaveLength(1);
  }
  const budget = await base.budget.getBudget(projectId);
  expect(budget.lines.filter(l => l.title === reference)).toHaveLength(1);
  expect(budget.totals.planned).toBeCloseTo(plannedBefore + 12500, 2);
  // A repeated approval is refused by the flow and changes nothing.
  expect((await base.changes.approve(change.id, { milestoneIds: milestones.map(m => m.id) }, approved!.etag).catch((e: unknown) => e))).toBeInstanceOf(ChangeRefusedError); // eslint-disable-line @typescript-eslint/no-non-null-assertion -- asserted above
  expect((await base.budget.getBudget(projectId)).lines.filter(l => l.title === reference)).toHaveLength(1);
});

it('approves a saving (a negative cost impact): its milestones move, and no budget line is booked (budget lines hold no negative plan)', async () => {
  const base = as(pm);
  const milestone = (await base.milestones.list(projectId)).filter(m => m.baselineDate && !m.actualDate)[0];
  expect(milestone).toBeDefined();
  const budgetBefore = await base.budget.getBudget(projectId);
  const change = await base.changes.create(projectId, { title: 'Reuse the national e-ID', scheduleImpactDays: -7, costImpact: -50100 });
  const assessed = await base.changes.assess(change.id, {}, change.etag);
  const approved = await base.changes.approve(change.id, { milestoneIds: [milestone.id] }, assessed.etag);
  expect(approved.status).toBe('Approved');
  const moved = (await base.milestones.list(projectId)).filter(m => m.id === milestone.id)[0];
  expect(moved.baselineDate).toBe(addDays(milestone.baselineDate!, -7)); // eslint-disable-line @typescript-eslint/no-non-null-assertion -- filtered above
  const budgetAfter = await base.budget.getBudget(projectId);
  expect(budgetAfter.lines.filter(l => l.title === changeReference(approved))).toHaveLength(0);
  expect(budgetAfter.totals.planned).toBeCloseTo(budgetBefore.totals.planned, 2);
});

describe('what SharePoint cannot hold (found by reliability.fuzz)', () => {
  it('refuses a title over 255 characters naming the field instead of cutting it', async () => {
    const refused = await as(pm).changes.create(projectId, { title: `${'z'.repeat(254)}📈` }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ChangeRefusedError);
    expect((refused as ChangeRefusedError).problems).toEqual([{ code: 'tooLong', field: 'title' }]);
  });
});
