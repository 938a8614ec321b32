/**
 * What a project's assignments are given to (ICapacityService.getRolesAndPeople, the project page's
 * editor) against the emulator (real PnPjs): the active roles and every person with their role, team and
 * FTE, read in one `$batch`, for a project manager as for the PMO.
 */
import { startEmulator } from '../../workbench/emulator';
import { firstUserOf } from '../../workbench/directory';
import { loadLocale } from '../../tools/jest/locale';
import { provisionSite } from '../provisioning';
import { addDemoMembers, userIdOf } from '../provisioning/test-utils/site';
import { pmoSchema } from '../schema/pmoSchema';
import type { SPFI } from '../platform/pnp';
import { localEnvironment } from './environment';
import { createPmoServices } from './index';
import { countRequests } from './test-utils/countRequests';
import { ResourcesList, RolesList } from '../schema/refs';

jest.setTimeout(300_000);

const pm = firstUserOf('projectManager').userPrincipalName;
let site: Awaited<ReturnType<typeof startEmulator>>;
let owner: SPFI;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, schemaGuard: false }).sp;
  await provisionSite(owner, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  await addDemoMembers(owner);
});

afterAll(async () => {
  await site?.stop();
});

it('gives the active roles and every person, in one $batch', async () => {
  const R = RolesList.fields;
  const P = ResourcesList.fields;
  const roles = owner.web.getList(`/sites/pmo/${RolesList.url}`).items;
  const analyst = ((await roles.add({ [R.Title]: 'Analyst', [R.Code]: 'BA-T', [R.MonthlyCapacityDays]: 20, [R.IsActive]: true })) as { Id: number }).Id;
  await roles.add({ [R.Title]: 'Retired role', [R.Code]: 'OLD-T', [R.IsActive]: false });
  const userId = await userIdOf(owner, 'projectManager');
  await owner.web.getList(`/sites/pmo/${ResourcesList.url}`).items.add({ [P.Title]: 'Ana Alves', [`${P.ResourceUser}Id`]: userId, [`${P.ResourceRole}Id`]: analyst, [P.Team]: 'Platform', [P.Fte]: 0.8, [P.IsActive]: true });
  const capacity = createPmoServices(localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: pm }), {}).capacity;
  const { result, requests } = await countRequests(() => capacity.getRolesAndPeople());
  expect(result.roles.map(r => [r.title, r.monthlyDays])).toEqual([['Analyst', 20]]);
  expect(result.people).toEqual([expect.objectContaining({ title: 'Ana Alves', role: analyst, team: 'Platform', fte: 0.8, active: true })]);
  expect(requests.filter(r => !r.includes('/_api/contextinfo'))).toHaveLength(1);
});
