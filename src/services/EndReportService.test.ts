/**
 * The end project report against the emulator (real PnPjs, real `docx`): at the Closing stage the
 * project's data (objectives, budget, milestones, benefits, open risks and issues, lessons) becomes a
 * Word document with the headings in the user's locale (Italian here), stored in ProjectDocuments with
 * the project and DocumentType EndProjectReport; a second report never overwrites the first (the PM may
 * have edited it); before Closing the report is refused and nothing is stored.
 */
import { strFromU8, unzipSync } from 'fflate';
import { startEmulator } from '../../workbench/emulator';
import { firstUserOf } from '../../workbench/directory';
import { loadModuleStrings } from '../../workbench/locales';
import { loadLocale } from '../../tools/jest/locale';
import { provisionSite } from '../provisioning';
import { addDemoMembers, userIdOf } from '../provisioning/test-utils/site';
import { pmoSchema } from '../schema/pmoSchema';
import type { SPFI } from '../platform/pnp';
import { localEnvironment } from './environment';
import { createPmoServices, type IPmoServices } from './index';
import { setProjectEditors } from './projectEditors';
import { BenefitMeasurementsList, BenefitsList, BudgetLinesList, IssuesList, LessonsList, MilestonesList, ProjectDocumentsList, ProjectsList, RisksList, StrategicObjectivesList } from '../schema/refs';

jest.setTimeout(300_000);

const pm = firstUserOf('projectManager').userPrincipalName;
let site: Awaited<ReturnType<typeof startEmulator>>;
let owner: SPFI;
let closing: number;
let delivery: number;

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user, locale: 'it-it' }), {});
const add = async (url: string, values: Record<string, unknown>): Promise<number> => ((await owner.web.getList(`/sites/pmo/${url}`).items.add(values)) as { Id: number }).Id;
const documents = async (): Promise<Array<Record<string, unknown>>> =>
  (await owner.web.getList(`/sites/pmo/${ProjectDocumentsList.url}`).items.select('Id', 'ProjectId', 'DocumentType', 'FileLeafRef', 'FileRef')()) as Array<Record<string, unknown>>;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, schemaGuard: false }).sp;
  await provisionSite(owner, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  await addDemoMembers(owner);
  const pmId = await userIdOf(owner, 'projectManager');
  const objective = await add(StrategicObjectivesList.url, { Title: 'Digital services first' });
  closing = await add(ProjectsList.url, { Title: 'Archivio digitale', ProjectManagerId: pmId, StageCode: 'Closing', Prince2Stage: 'Closing', LifecycleStatus: 'Active', StrategicObjectivesId: [objective] });
  delivery = await add(ProjectsList.url, { Title: 'Still delivering', ProjectManagerId: pmId, StageCode: 'Delivery', LifecycleStatus: 'Active' });
  for (const id of [closing, delivery]) await setProjectEditors(owner, `/sites/pmo/${ProjectsList.url}`, id, [pmId]);
  await add(BudgetLinesList.url, { Title: '2026 Capex', ProjectId: closing, FiscalYear: 2026, CostType: 'Capex', PlannedAmount: 100000, ActualAmount: 112500 });
  await add(MilestonesList.url, { Title: 'Go-live', ProjectId: closing, BaselineDate: '2026-09-01T00:00:00Z', ActualDate: '2026-09-15T00:00:00Z', MilestoneStatus: 'Achieved' });
  await add(RisksList.url, { Title: 'Supporto del fornitore scade', ProjectId: closing, RiskStatus: 'Open', Probability: 3, Impact: 4 });
  await add(RisksList.url, { Title: 'Closed risk', ProjectId: closing, RiskStatus: 'Closed', Probability: 5, Impact: 5 });
  await add(IssuesList.url, { Title: 'Migrazione degli allegati', ProjectId: closing, IssueStatus: 'Open', Priority: 'High' });
  await add(LessonsList.url, { Title: 'Coinvolgere prima gli archivisti', ProjectId: closing, LessonCategory: 'Stakeholders', LessonType: 'ToImprove' });
  const benefit = await add(BenefitsList.url, { Title: 'Meno carta', ProjectId: closing, BaselineValue: 100, TargetValue: 20 });
  await add(BenefitMeasurementsList.url, { Title: 'm', BenefitId: benefit, ProjectId: closing, MeasureDate: '2026-10-31T00:00:00Z', RealisedValue: 60 });
});

afterAll(async () => {
  await site?.stop();
});

describe('end project report', () => {
  it('generates the report from the project\'s data into the project\'s library, in Italian, never over an earlier one', async () => {
    const strings = loadModuleStrings('GovernanceStrings', 'it-it');
    const result = await as(pm).endReports.generate(closing, strings);
    const followOn = result.report.sections.filter(s => s.key === 'FollowOnActions')[0];
    expect(followOn.tables[0].rows).toHaveLength(1); // the open risk only
    expect(followOn.tables[1].rows).toHaveLength(1);
    const stored = (await documents()).filter(d => d.FileRef === result.fileUrl)[0];
    expect(stored).toMatchObject({ Id: result.itemId, ProjectId: closing, DocumentType: 'EndProjectReport' });
    const bytes = await owner.web.getFileByServerRelativePath(result.fileUrl).getBuffer();
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    for (const key of ['EndReport_ProjectManagerReport', 'EndReport_FollowOnActions', 'EndReport_Column_Recommendation', 'Choice_LessonCategory_Stakeholders']) expect(xml).toContain(strings[key].replace(/'/g, '&apos;'));
    expect(xml).toContain('Supporto del fornitore scade');
    expect(xml).not.toContain('Closed risk');
    expect(xml).toContain('>112.500<'); // the actual costs, formatted for Italian
    const again = await as(pm).endReports.generate(closing, strings);
    expect(again.fileUrl).not.toBe(result.fileUrl);
    expect((await documents()).filter(d => d.ProjectId === closing)).toHaveLength(2);
  });

  it('is refused before the Closing stage, and nothing is stored', async () => {
    const before = (await documents()).length;
    await expect(as(pm).endReports.generate(delivery, loadModuleStrings('GovernanceStrings', 'en-us'))).rejects.toMatchObject({ field: 'stage' });
    expect((await documents()).length).toBe(before);
  });
});
