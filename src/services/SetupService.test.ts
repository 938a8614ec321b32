import { startEmulator } from '../../workbench/emulator';
import { localEnvironment } from './environment';
import { SetupService } from './SetupService';
import { pmoSchema } from '../schema/pmoSchema';
import { loadLocale } from '../../tools/jest/locale';
import { ProjectsList } from '../schema/refs';

jest.setTimeout(120_000);

describe('SetupService against the emulator', () => {
  let site: Awaited<ReturnType<typeof startEmulator>>;
  beforeAll(async () => { site = await startEmulator({ port: 0 }); });
  afterAll(async () => { await site.stop(); });

  const serviceFor = (user?: string): SetupService =>
    new SetupService(localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user }).sp, 'en-us', loadLocale('en-us'));

  it('reports a blank site as not set up, with every list missing, and lets the owner manage it', async () => {
    const status = await serviceFor().getStatus();
    expect(status.siteVersion).toBeUndefined();
    expect(status.solutionVersion).toBe(pmoSchema.version);
    expect(status.upToDate).toBe(false);
    expect(status.canManage).toBe(true);
    expect(status.changes.filter(c => c.area === 'list').map(c => c.target)).toEqual(pmoSchema.lists.map(l => l.key));
    expect(status.changes.filter(c => c.area === 'page').map(c => c.target)).toEqual((pmoSchema.pages ?? []).map(p => p.file));
  });

  it('sets the site up with progress events, then reports it up to date; a second run changes nothing', async () => {
    const service = serviceFor();
    const events: Array<{ done: number; total: number }> = [];
    const first = await service.run(p => events.push({ done: p.done, total: p.total }));
    expect(first.changes).toBeGreaterThan(pmoSchema.lists.length);
    expect(events.length).toBeGreaterThan(pmoSchema.lists.length);
    expect(events[events.length - 1].done).toBe(events[events.length - 1].total);
    for (let i = 1; i < events.length; i++) expect(events[i].done).toBeGreaterThanOrEqual(events[i - 1].done);

    const status = await service.getStatus();
    expect(status).toMatchObject({ siteVersion: pmoSchema.version, changes: [], upToDate: true });
    expect((await service.run(() => undefined)).changes).toBe(0);
  });

  it('reports choices cut down by hand and repairs them', async () => {
    const service = serviceFor();
    const owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
    await owner.sp.web.getList(`/sites/pmo/${ProjectsList.url}`).fields.getByInternalNameOrTitle('LifecycleStatus').update({ Choices: ['Active'] }, 'SP.FieldChoice');
    const drifted = await service.getStatus();
    expect(drifted.upToDate).toBe(false);
    expect(drifted.changes.map(c => c.text)).toEqual(["Field 'Projects.LifecycleStatus': updated Choices"]);
    expect((await service.run(() => undefined)).changes).toBe(1);
    expect(await service.getStatus()).toMatchObject({ changes: [], upToDate: true });
  });

  it('does not let a visitor manage the site', async () => {
    const owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
    const visitors = await owner.sp.web.associatedVisitorGroup();
    await owner.sp.web.siteGroups.getById(visitors.Id).users.add('i:0#.f|membership|thomas.wright@pmohub.demo');
    const status = await serviceFor('thomas.wright@pmohub.demo').getStatus();
    expect(status.canManage).toBe(false);
  });
});
