/**
 * The benefits register against the emulator (real PnPjs): a project manager adds a benefit with its
 * measure, baseline, target, owner and planned day; invalid numbers and days are refused naming the
 * field; a stale ETag is refused; realised values over time give the domain's progress and suggested
 * status, also after the project closed, and the list's ActualValue column follows the latest one; deleting a benefit removes its measurements.
 */
import { startEmulator } from '../../workbench/emulator';
import { firstUserOf } from '../../workbench/directory';
import { loadLocale } from '../../tools/jest/locale';
import { provisionSite } from '../provisioning';
import { addDemoMembers, userIdOf } from '../provisioning/test-utils/site';
import { pmoSchema } from '../schema/pmoSchema';
import type { SPFI } from '../platform/pnp';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { BenefitRefusedError } from './BenefitService';
import { setProjectEditors } from './projectEditors';
import { countRequests } from './test-utils/countRequests';
import { BenefitMeasurementsList, BenefitsList, ProjectsList } from '../schema/refs';

jest.setTimeout(300_000);

const pm = firstUserOf('projectManager').userPrincipalName;
const officer = firstUserOf('pmoOfficer').userPrincipalName;
let site: Awaited<ReturnType<typeof startEmulator>>;
let owner: SPFI;
let projectId: number;
let pmId: number;

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user }), {});
const count = async (url: string, filter: string): Promise<number> => ((await owner.web.getList(`/sites/pmo/${url}`).items.select('Id').filter(filter)()) as unknown[]).length;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, schemaGuard: false }).sp;
  await provisionSite(owner, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  await addDemoMembers(owner);
  pmId = await userIdOf(owner, 'projectManager');
  projectId = ((await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.add({ Title: 'Online permits', ProjectManagerId: pmId, LifecycleStatus: 'Active' })) as { Id: number }).Id;
  await setProjectEditors(owner, `/sites/pmo/${ProjectsList.url}`, projectId, [pmId]);
});

afterAll(async () => {
  await site?.stop();
});

describe('benefits register', () => {
  it('adds, refuses bad values naming the field, saves with the ETag, and tracks realised values after closing', async () => {
    const svc = as(pm).benefits;
    const benefit = await svc.addBenefit(projectId, { title: 'Shorter handling time', measure: 'Median days per permit', baseline: 20, target: 10, unit: 'days', ownerId: pmId, plannedDate: '2020-06-30' });
    expect(benefit).toMatchObject({ projectId, baseline: 20, target: 10, plannedDate: '2020-06-30', status: 'Planned', ownerId: pmId, measurements: [] });
    // Planned day past and nothing measured: at risk.
    expect(benefit.realisation).toMatchObject({ reason: 'noMeasurement', suggestedStatus: 'AtRisk' });
    expect(await svc.addBenefit(projectId, { title: ' ' }).catch((e: unknown) => e)).toMatchObject({ refusal: 'titleRequired', field: 'title' });
    const nan = await svc.updateBenefit(benefit.id, { target: NaN }, benefit.etag).catch((e: unknown) => e);
    expect(nan).toBeInstanceOf(BenefitRefusedError);
    expect(nan).toMatchObject({ refusal: 'numberInvalid', field: 'target' });
    expect(await svc.updateBenefit(benefit.id, { plannedDate: '2020-02-30' }, benefit.etag).catch((e: unknown) => e)).toMatchObject({ field: 'plannedDate' });
    const saved = await svc.updateBenefit(benefit.id, { plannedDate: '2099-12-31', status: 'OnTrack' }, benefit.etag);
    expect(saved).toMatchObject({ plannedDate: '2099-12-31', status: 'OnTrack' });
    expect(describeError(await svc.updateBenefit(benefit.id, { unit: 'd' }, benefit.etag).catch((e: unknown) => e)).kind).toBe('conflict');
    // The project closes; measurements go on.
    await owner.web.getList(`/sites/pmo/${ProjectsList.url}`).items.getById(projectId).update({ LifecycleStatus: 'Closed' });
    await svc.addMeasurement(benefit.id, { on: '2027-01-31', value: 16 });
    const measured = await svc.addMeasurement(benefit.id, { on: '2027-03-31', value: 14, comment: 'After the second release' });
    expect(measured.measurements.map(m => [m.on, m.value])).toEqual([['2027-01-31', 16], ['2027-03-31', 14]]);
    expect(measured.realisation).toMatchObject({ latest: { on: '2027-03-31', value: 14 }, targetReached: false, suggestedStatus: 'OnTrack' });
    expect(measured.realisation.progressPercent).toBeCloseTo(60, 6);
    // The list's ActualValue column mirrors the latest measurement (by day), not the last one recorded.
    const actualOf = async (): Promise<unknown> => ((await owner.web.getList(`/sites/pmo/${BenefitsList.url}`).items.getById(benefit.id).select('ActualValue')()) as { ActualValue?: unknown }).ActualValue;
    expect(await actualOf()).toBe(14);
    const older = await svc.addMeasurement(benefit.id, { on: '2027-02-28', value: 15 });
    expect([older.actualValue, await actualOf()]).toEqual([14, 14]);
    expect(older.measurements.map(m => m.value)).toEqual([16, 15, 14]);
    expect(await svc.addMeasurement(benefit.id, { on: '31.03.2027', value: 1 }).catch((e: unknown) => e)).toMatchObject({ refusal: 'dateInvalid', field: 'on' });
    const { result: list, requests } = await countRequests(() => svc.listBenefits(projectId));
    expect(requests).toHaveLength(1);
    expect(list.map(b => b.id)).toEqual([benefit.id]);
    await svc.removeBenefit(benefit.id, older.etag);
    expect(await count(BenefitMeasurementsList.url, `BenefitId eq ${benefit.id}`)).toBe(0);
    expect(await svc.listBenefits(projectId)).toEqual([]);
  });

  it('keeps ActualValue on the latest day when measurements are added at once, and never writes over a change saved meanwhile', async () => {
    const svc = as(pm).benefits;
    const benefit = await svc.addBenefit(projectId, { title: 'Fewer paper forms', baseline: 100, target: 20, unit: 'forms' });
    const actualOf = async (): Promise<unknown> => ((await owner.web.getList(`/sites/pmo/${BenefitsList.url}`).items.getById(benefit.id).select('ActualValue', 'Title')()) as { ActualValue?: unknown }).ActualValue;
    // Two people record measurements of different days at the same moment: the later day's value is mirrored.
    await Promise.all([
      as(pm).benefits.addMeasurement(benefit.id, { on: '2027-05-31', value: 40 }),
      as(officer).benefits.addMeasurement(benefit.id, { on: '2027-04-30', value: 60 }),
      as(pm).benefits.addMeasurement(benefit.id, { on: '2027-06-30', value: 30 })
    ]);
    expect(await actualOf()).toBe(30);
    // A change of the benefit saved between the measurement's read and its mirror is kept (the mirror reads again).
    const read = (await svc.listBenefits(projectId)).filter(b => b.id === benefit.id)[0];
    await svc.updateBenefit(benefit.id, { title: 'Fewer paper forms (all departments)' }, read.etag);
    const measured = await svc.addMeasurement(benefit.id, { on: '2027-07-31', value: 25 });
    expect([measured.title, measured.actualValue, await actualOf()]).toEqual(['Fewer paper forms (all departments)', 25, 25]);
    // The user's form, read before the mirror changed the item, is refused as a conflict (the mirror's write has a new ETag).
    expect(describeError(await svc.updateBenefit(benefit.id, { target: 10 }, read.etag).catch((e: unknown) => e)).kind).toBe('conflict');
    await svc.removeBenefit(benefit.id, measured.etag);
  });
});

describe('what SharePoint cannot hold (found by reliability.fuzz)', () => {
  it('refuses text over its column\'s length (the unit: 32) and days outside 1900–8900 naming the field, instead of cutting the title', async () => {
    const svc = as(pm).benefits;
    await expect(svc.addBenefit(projectId, { title: `${'z'.repeat(254)}📈` })).rejects.toMatchObject({ refusal: 'tooLong', field: 'title', maxLength: 255 });
    await expect(svc.addBenefit(projectId, { title: 'Unit', unit: 'u'.repeat(33) })).rejects.toMatchObject({ refusal: 'tooLong', field: 'unit', maxLength: 32 });
    await expect(svc.addBenefit(projectId, { title: 'Far', plannedDate: '1899-12-31' })).rejects.toMatchObject({ refusal: 'dateOutOfRange', field: 'plannedDate' });
    const benefit = await svc.addBenefit(projectId, { title: 'Measured', unit: 'u'.repeat(32) });
    expect(benefit.unit).toBe('u'.repeat(32));
    await expect(svc.addMeasurement(benefit.id, { on: '8901-01-01', value: 1 })).rejects.toMatchObject({ refusal: 'dateOutOfRange', field: 'on' });
  });
});
