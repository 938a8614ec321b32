/**
 * Drafts and submissions against the workbench, the way the form drives them: the same draft saved
 * from two tabs never loses a side silently (the ETag the user saw guards every save), and a
 * submission under heavy throttling either completes whole or stays one draft with exactly the
 * attachments the user sees; retrying with the id and ETag of the last progress event never files a
 * second request.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { createPmoServices } from './index';
import { describeError } from './errors';
import type { IRequestService, ISaveProgress } from './RequestService';
import { emptyRequest, type IRequestInput } from '../domain/intake';
import type { SPFI } from '../platform/pnp';
import { ProjectRequestsList, RequestHistoryList, StrategicObjectivesList } from '../schema/refs';

jest.setTimeout(300_000);

const JAMES = 'james.walker@pmohub.demo';

let wb: IWorkbench;
let owner: SPFI;
let objectiveIds: number[];
const requests = (user: string, retries?: number): IRequestService =>
  createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, retries }), {}).requests;
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

function complete(title: string): IRequestInput {
  return {
    ...emptyRequest(),
    title,
    businessUnit: 'Facilities',
    problemStatement: 'The archive runs out of space.',
    goals: 'Digital archive.',
    objectiveIds: objectiveIds.slice(0, 1),
    desiredStart: '2027-03-01',
    desiredEnd: '2027-12-31',
    urgency: 'Medium',
    sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
    compliance: { personalData: false, iso27001Scope: false, nis2Relevant: false, procurementNeeded: false }
  };
}

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 5 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  objectiveIds = ((await list(owner, StrategicObjectivesList.url).items.select('Id').filter("ObjectiveStatus eq 'Active'")()) as Array<{ Id: number }>).map(o => o.Id);
});

afterAll(async () => {
  await wb?.stop();
});

describe('the same draft in two tabs', () => {
  it('50 of 50 pairs: the second save is refused as a conflict, and the first one\'s change stays', async () => {
    const svc = requests(JAMES);
    const { request } = await svc.saveDraft({ ...emptyRequest(), title: 'Two tabs' });
    for (let i = 0; i < 50; i++) {
      const [tabA, tabB] = [await svc.get(request.id), await svc.get(request.id)];
      const a = await svc.saveDraft({ ...tabA.request.input, goals: `A${i}` }, request.id, undefined, undefined, tabA.request.etag);
      expect(a.request.input.goals).toBe(`A${i}`);
      const b = await svc.saveDraft({ ...tabB.request.input, businessUnit: `B${i}` }, request.id, undefined, undefined, tabB.request.etag).then(() => undefined, (e: unknown) => describeError(e));
      expect(b?.kind).toBe('conflict');
      const now = (await svc.get(request.id)).request.input;
      expect([now.goals, now.businessUnit]).toEqual([`A${i}`, '']);
    }
  });
});

describe('submissions under throttling', () => {
  /**
   * Submits as the form does: after a failure, again with the id and ETag of the last progress event
   * and the files still pending. A conflict (the attempt that failed had already changed the draft,
   * e.g. uploaded the file) is met as the form's notice offers: reload, keep the input, submit again.
   */
  async function submitLikeTheForm(svc: IRequestService, input: IRequestInput, file: string): Promise<{ id: number; attempts: number; reloads: number }> {
    let id: number | undefined;
    let etag: string | undefined;
    let pending = [file];
    let reloads = 0;
    for (let attempt = 1; attempt <= 80; attempt++) {
      const onProgress = (p: ISaveProgress): void => {
        id = p.id ?? id;
        etag = p.etag ?? etag;
        pending = pending.filter(n => (p.attached ?? []).indexOf(n) < 0);
      };
      try {
        const result = await svc.submit(input, id, { add: pending.map(name => ({ name, content: `content of ${name}` })) }, onProgress, etag);
        id = result.request.id;
        etag = result.request.etag;
        if (result.submitted) return { id, attempts: attempt, reloads };
        pending = result.failedAttachments.map(f => f.name);
      } catch (e) {
        const kind = describeError(e).kind;
        if (kind === 'conflict' && id !== undefined) {
          const latest = await svc.get(id).catch(() => undefined);
          if (latest) { etag = latest.request.etag; reloads++; }
        } else if (kind !== 'throttled') {
          throw e;
        }
      }
    }
    throw new Error(`'${input.title}' was not submitted after 80 attempts`);
  }

  async function check(titles: string[], results: Array<{ id: number }>): Promise<void> {
    wb.emulator.setFaults({});
    const rows = (await list(owner, ProjectRequestsList.url).items.select('Id', 'Title', 'IntakeState').filter(titles.map(t => `Title eq '${t}'`).join(' or '))()) as Array<{ Id: number; Title: string; IntakeState: string }>;
    // one request per submission, none left behind as an orphan draft
    expect(rows.map(r => r.Title).sort()).toEqual(titles.slice().sort());
    expect(rows.map(r => r.Id).sort((a, b) => a - b)).toEqual(results.map(r => r.id).sort((a, b) => a - b));
    for (const r of rows) {
      expect(r.IntakeState).toBe('Submitted');
      const files = (await list(owner, ProjectRequestsList.url).items.getById(r.Id).attachmentFiles()) as Array<{ FileName: string }>;
      expect(files.map(f => f.FileName)).toEqual([`${r.Title}.pdf`]);
      const history = (await list(owner, RequestHistoryList.url).items.select('ToState').filter(`RequestNumber eq ${r.Id}`)()) as Array<{ ToState: string }>;
      expect(history.map(h => h.ToState)).toEqual(['Submitted']);
    }
  }

  it('at 20 % 429 and 5 % 503, 50 of 50 submissions complete with nothing duplicated', async () => {
    const svc = requests(JAMES);
    await svc.getCurrentUser();
    const titles = Array.from({ length: 50 }, (_, i) => `Light throttling ${i}`);
    wb.emulator.setFaults({ rate429: 0.2, rate503: 0.05, retryAfterSeconds: 0, seed: 11 });
    const results: Array<{ id: number; attempts: number; reloads: number }> = [];
    for (const t of titles) results.push(await submitLikeTheForm(svc, complete(t), `${t}.pdf`));
    wb.emulator.setFaults({});
    // PnPjs's own retries absorb this rate: every submission completes at the first press
    expect(results.filter(r => r.attempts > 1 || r.reloads > 0)).toEqual([]);
    await check(titles, results);
  });

  it('at 50 % 429 and 20 % 503, every submission ends whole in one request with exactly its attachment, however often it is retried', async () => {
    const svc = requests(JAMES);
    const titles = Array.from({ length: 15 }, (_, i) => `Heavy throttling ${i}`);
    wb.emulator.setFaults({ rate429: 0.5, rate503: 0.2, retryAfterSeconds: 0, seed: 5 });
    const results: Array<{ id: number; attempts: number; reloads: number }> = [];
    try {
      for (const t of titles) results.push(await submitLikeTheForm(svc, complete(t), `${t}.pdf`));
    } finally {
      wb.emulator.setFaults({});
    }
    // the faults did break submissions half-way: the retries had to pick up the same draft
    expect(results.some(r => r.attempts > 1)).toBe(true);
    await check(titles, results);
  });
});
