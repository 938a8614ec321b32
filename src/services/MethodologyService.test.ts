/**
 * The methodology guide against the emulator (real PnPjs): a lifecycle's stages in order with the PMO's
 * text in the user's language, English where that language has none, and the templates per stage from
 * the Templates library (StageCode, else Prince2Stage; retired ones left out; the user's language first).
 */
import '../platform/pnpFiles';
import { startEmulator } from '../../workbench/emulator';
import { loadLocale } from '../../tools/jest/locale';
import { provisionSite } from '../provisioning';
import { pmoSchema } from '../schema/pmoSchema';
import { addDemoMembers } from '../provisioning/test-utils/site';
import { firstUserOf } from '../../workbench/directory';
import type { SPFI } from '../platform/pnp';
import { localEnvironment } from './environment';
import { createPmoServices } from './index';
import { countRequests } from './test-utils/countRequests';
import { MethodologyStagesList, TemplatesList } from '../schema/refs';

jest.setTimeout(300_000);

let site: Awaited<ReturnType<typeof startEmulator>>;
let owner: SPFI;

const add = (url: string, values: Record<string, unknown>): Promise<unknown> => owner.web.getList(`/sites/pmo/${url}`).items.add(values);
async function template(name: string, values: Record<string, unknown>): Promise<void> {
  const info = await owner.web.getFolderByServerRelativePath(`/sites/pmo/${TemplatesList.url}`).files.addUsingPath(name, 'template', { Overwrite: true });
  await (await owner.web.getFileByServerRelativePath(info.ServerRelativeUrl).getItem()).update(values);
}

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, schemaGuard: false }).sp;
  await provisionSite(owner, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  await addDemoMembers(owner);
  await add(MethodologyStagesList.url, { Title: 'Starting up a project', Lifecycle: 'prince2', StageCode: 'StartingUp', Language: 'en', Purpose: 'Is the project viable and worthwhile?' });
  await add(MethodologyStagesList.url, { Title: 'Avvio del progetto', Lifecycle: 'prince2', StageCode: 'StartingUp', Language: 'it', Purpose: 'Il progetto è fattibile e utile?' });
  await add(MethodologyStagesList.url, { Title: 'Initiating a project', Lifecycle: 'prince2', StageCode: 'Initiation', Language: 'en', GateCriteria: 'PID approved' });
  await add(MethodologyStagesList.url, { Title: 'Discovery', Lifecycle: 'agile', StageCode: 'Discovery', Language: 'it', Purpose: 'Capire i bisogni' });
  await template('Project brief.docx', { StageCode: 'StartingUp', PmoProcess: 'Initiation', Language: 'en', TemplateStatus: 'Published' });
  await template('Mandato di progetto.docx', { StageCode: 'StartingUp', PmoProcess: 'Initiation', Language: 'it', TemplateStatus: 'Published' });
  await template('Old brief.docx', { StageCode: 'StartingUp', TemplateStatus: 'Retired' });
  await template('End project report.docx', { Prince2Stage: 'Closing', PmoProcess: 'Closure', Language: 'en', TemplateStatus: 'Published' });
});

afterAll(async () => {
  await site?.stop();
});

describe('methodology guide', () => {
  it('shows each stage with the text in the user\'s language (English as fallback) and its templates, in one $batch', async () => {
    const svc = createPmoServices(localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: firstUserOf('projectManager').userPrincipalName, locale: 'it-it' }), {}).methodology;
    const { result: guide, requests } = await countRequests(() => svc.getGuide('prince2'));
    expect(requests).toHaveLength(1);
    expect(guide.map(g => g.stage.code)).toEqual(['StartingUp', 'Initiation', 'Delivery', 'Closing']);
    expect(guide[0].content).toMatchObject({ title: 'Avvio del progetto', language: 'it' });
    expect(guide[1].content).toMatchObject({ title: 'Initiating a project', language: 'en', gateCriteria: 'PID approved' });
    expect(guide[2].content).toBeUndefined();
    expect(guide[0].templates.map(t => t.name)).toEqual(['Mandato di progetto.docx', 'Project brief.docx']);
    expect(guide[3].templates.map(t => [t.name, t.process])).toEqual([['End project report.docx', 'Closure']]);
    expect(guide[0].stage.gate).toBe('AuthoriseInitiation');
    const agile = await svc.getGuide('agile');
    expect(agile.map(g => g.stage.code)).toEqual(['Discovery', 'Alpha', 'Beta', 'Live']);
    expect(agile[0].content?.purpose).toBe('Capire i bisogni');
  });
});
