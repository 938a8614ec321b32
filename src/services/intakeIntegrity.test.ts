/**
 * Intake's permissions and data integrity, tried through plain REST (the real PnPjs, without PMO
 * Hub's services) as each role, and then read back through the services as the PMO and the board
 * would: a requester cannot approve their own request, forge its history or another request's
 * history, and no role reads a field of a request it cannot open through a lookup of another list.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { firstUserOf, type DemoRole } from '../../workbench/directory';
import { localEnvironment } from './environment';
import { createPmoServices } from './index';
import type { IRequestService } from './RequestService';
import { emptyRequest, type IRequestInput } from '../domain/intake';
import { pmoSchema } from '../schema/pmoSchema';
import type { SPFI } from '../platform/pnp';
import { AssignmentsList, DecisionsList, ProjectRequestsList, ProjectsList, RequestHistoryList, StrategicObjectivesList } from '../schema/refs';

jest.setTimeout(180_000);

const ROLES: ReadonlyArray<DemoRole> = ['requester', 'projectManager', 'pmoOfficer', 'reader', 'boardMember'];
const upn = (role: DemoRole): string => firstUserOf(role).userPrincipalName;
const JAMES = upn('requester');
const LENA = 'lena.hoffmann@pmohub.demo';
const ANNA = upn('pmoOfficer');
const BOARD = upn('boardMember');

let wb: IWorkbench;
let objectiveIds: number[];
const rest = (user: string): SPFI => localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, schemaGuard: false }).sp;
const requests = (user: string): IRequestService => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {}).requests;
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

/** The HTTP status of a call that must fail (throws when it succeeds). */
async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (e) {
    return (e as { status: number }).status;
  }
  throw new Error('expected the call to be refused');
}

function request(title: string): IRequestInput {
  return {
    ...emptyRequest(),
    title,
    businessUnit: 'Customer Service',
    problemStatement: `Confidential problem of ${title}`,
    goals: 'Fewer complaints.',
    objectiveIds: objectiveIds.slice(0, 1),
    desiredStart: '2027-03-01',
    desiredEnd: '2027-12-31',
    urgency: 'High',
    sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
    compliance: { personalData: false, iso27001Scope: false, nis2Relevant: false, procurementNeeded: false }
  };
}

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 10 });
  await wb.ready;
  const objectives = (await list(rest(ANNA), StrategicObjectivesList.url).items.select('Id').filter("ObjectiveStatus eq 'Active'")()) as Array<{ Id: number }>;
  objectiveIds = objectives.map(o => o.Id);
});

afterAll(async () => {
  await wb?.stop();
});

describe('the intake workflow holds against plain REST', () => {
  it('a requester who sets their own request to Approved, with a score and a made-up log, changes nothing the PMO or the board sees or acts on', async () => {
    const { request: r } = await requests(JAMES).submit(request('Self-approved kiosk'));
    const james = rest(JAMES);
    // Edit-own lets the author write every column of the item: SharePoint cannot stop this write.
    await list(james, ProjectRequestsList.url).items.getById(r.id).update({
      IntakeState: 'Approved', TotalScore: 99, DecisionReason: 'Approved by the board',
      IntakeLogJson: JSON.stringify([{ at: '2027-01-05T10:00:00Z', by: 'Anna Schmidt', from: 'ReadyForScoring', to: 'Approved' }])
    });
    // ... and adding history rows that claim the PMO's moves (RequestHistory is add-only for requesters).
    for (const [from, to] of [['Submitted', 'InReview'], ['InReview', 'ReadyForScoring'], ['ReadyForScoring', 'Approved']]) {
      await list(james, RequestHistoryList.url).items.add({ Title: 'forged', RequestNumber: r.id, FromState: from, ToState: to });
    }
    for (const viewer of [ANNA, BOARD]) {
      const seen = await requests(viewer).get(r.id);
      expect(seen.request.state).toBe('Submitted');
      expect(seen.history.map(h => `${h.from}→${h.to} ${h.by}`)).toEqual(['Draft→Submitted James Walker']);
      expect((await requests(viewer).listAll(['Approved'])).map(x => x.id)).not.toContain(r.id);
      expect((await requests(viewer).listAll()).filter(x => x.id === r.id).map(x => x.state)).toEqual(['Submitted']);
    }
    await expect(requests(ANNA).convertToProject(r.id)).rejects.toMatchObject({ refusal: 'notAllowed' });
    // The PMO's next move starts from the state the history reached, not from the forged column.
    await expect(requests(ANNA).transition(r.id, 'Approved')).rejects.toMatchObject({ refusal: 'notAllowed' });
    const moved = await requests(ANNA).transition(r.id, 'InReview', 'Checking');
    expect(moved.request.state).toBe('InReview');
    expect(moved.history.map(h => `${h.from}→${h.to} ${h.by}`)).toEqual(['Draft→Submitted James Walker', 'Submitted→InReview Anna Schmidt']);
  });

  it('a history row a requester adds for someone else\'s request never reaches that request\'s timeline', async () => {
    const { request: lenas } = await requests(LENA).submit(request('Onboarding portal'));
    await list(rest(JAMES), RequestHistoryList.url).items.add({ Title: 'forged', RequestNumber: lenas.id, FromState: 'Draft', ToState: 'Submitted' });
    await list(rest(JAMES), RequestHistoryList.url).items.add({ Title: 'forged', RequestNumber: lenas.id, FromState: 'Submitted', ToState: 'Rejected', DecisionReason: 'Nonsense' });
    const seen = await requests(ANNA).get(lenas.id);
    expect(seen.request.state).toBe('Submitted');
    expect(seen.history.map(h => `${h.from}→${h.to} ${h.by}`)).toEqual(['Draft→Submitted Lena Hoffmann']);
  });

  it('RequestHistory is append-only for requesters and project managers, and closed to visitors and the board', async () => {
    const { request: r } = await requests(JAMES).submit(request('History test'));
    const own = (await list(rest(JAMES), RequestHistoryList.url).items.select('Id').filter(`RequestNumber eq ${r.id}`)()) as Array<{ Id: number }>;
    expect(own).toHaveLength(1);
    const history = list(rest(JAMES), RequestHistoryList.url);
    expect(await statusOf(history.items.getById(own[0].Id).update({ ToState: 'Approved' }))).toBe(403);
    expect(await statusOf(history.items.getById(own[0].Id).delete())).toBe(403);
    await requests(ANNA).transition(r.id, 'InReview');
    const pmoRow = ((await list(rest(ANNA), RequestHistoryList.url).items.select('Id').filter(`RequestNumber eq ${r.id} and ToState eq 'InReview'`)()) as Array<{ Id: number }>)[0];
    for (const role of ROLES.filter(x => x !== 'pmoOfficer')) {
      const sp = rest(upn(role));
      // Another person's row: hidden (read-own) or read-only; never changed.
      expect([403, 404]).toContain(await statusOf(list(sp, RequestHistoryList.url).items.getById(pmoRow.Id).update({ ToState: 'Approved' })));
      expect([403, 404]).toContain(await statusOf(list(sp, RequestHistoryList.url).items.getById(pmoRow.Id).delete()));
    }
    for (const role of ['reader', 'boardMember'] as DemoRole[]) {
      expect([403, 404]).toContain(await statusOf(list(rest(upn(role)), RequestHistoryList.url).items.add({ Title: 'x', RequestNumber: r.id, ToState: 'Approved' })));
    }
    expect((await requests(ANNA).get(r.id)).history.map(h => h.to)).toEqual(['Submitted', 'InReview']);
  });
});

describe('no field of a request reaches a user who cannot read it', () => {
  // Every lookup of the schema, as every role: what a lookup projects must be an item the role can open.
  const cases: Array<[DemoRole, string, string, string]> = [];
  for (const role of ROLES) {
    for (const l of pmoSchema.lists) {
      for (const f of l.fields) if (f.lookup) cases.push([role, l.key, f.name, f.lookup.list]);
    }
  }

  it.each(cases)('as %s, %s.%s projects only %s items the role can open', async (role, listKey, field, targetKey) => {
    const sp = rest(upn(role));
    const source = pmoSchema.lists.filter(x => x.key === listKey)[0];
    const target = pmoSchema.lists.filter(x => x.key === targetKey)[0];
    let rows: Array<Record<string, unknown>>;
    try {
      rows = (await list(sp, source.url).items.select('Id', `${field}/Id`, `${field}/Title`).expand(field).top(5000)()) as Array<Record<string, unknown>>;
    } catch (e) {
      expect([403, 404]).toContain((e as { status: number }).status); // the role cannot read the list at all
      return;
    }
    const projected = new Set<number>();
    for (const row of rows) {
      const v = row[field] as { Id?: number } | Array<{ Id?: number }> | null | undefined;
      for (const x of Array.isArray(v) ? v : v ? [v] : []) if (x.Id) projected.add(x.Id);
    }
    const readable = new Set(((await list(sp, target.url).items.select('Id').top(5000)().catch((): unknown[] => [])) as Array<{ Id: number }>).map(x => x.Id));
    expect(Array.from(projected).filter(id => !readable.has(id))).toEqual([]);
  });

  it('lists that everyone reads name a request by number: nothing of it can be expanded or filtered on through them', async () => {
    await requests(LENA).submit(request('Payroll outsourcing'));
    for (const url of [ProjectsList.url, DecisionsList.url, AssignmentsList.url, RequestHistoryList.url]) {
      for (const role of ROLES) {
        const sp = rest(upn(role));
        const expanded = await list(sp, url).items.select('Id', 'Request/ProblemStatement').expand('Request')().then(() => 200, (e: { status: number }) => e.status);
        const probed = await list(sp, url).items.select('Id').filter("substringof('Confidential', Request/ProblemStatement)")().then(() => 200, (e: { status: number }) => e.status);
        expect([url, role, expanded, probed]).toEqual([url, role, expect.not.stringMatching(/^200$/), expect.not.stringMatching(/^200$/)]);
      }
    }
  });
});
