/**
 * The schema guard: a service that selects, filters, sorts or expands a column its list does not
 * define in src/schema fails, naming list and column, before the request leaves the client. Every
 * service test runs through it, because localEnvironment adds it.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { schemaQueryProblems } from './schemaGuard';
import { lookupId, ProjectsList, StatusReportsList } from '../schema';
import { siteAddress } from './site';

jest.setTimeout(120000);

// Literal request URLs, as PnPjs encodes them: the guard is asserted to read the list out of the address itself.
const base = 'http://localhost/sites/pmo/_api/web/getList(\'%2Fsites%2Fpmo%2FLists%2FProjects\')/items';

describe('schemaQueryProblems', () => {
  it('accepts the columns, built-ins and lookup ids the list defines', () => {
    expect(schemaQueryProblems(`${base}?$select=Id,Title,ProjectCode,ProgrammeId,ProjectManager/Title&$expand=ProjectManager&$filter=Project%20eq%201`.replace('Project%20eq%201', "LifecycleStatus%20eq%20'Active'"))).toEqual([]);
    expect(schemaQueryProblems(`${base}?$filter=${encodeURIComponent("Programme/Id eq 3 and substringof('Nope eq x', Title)")}&$orderby=EndDate%20desc`)).toEqual([]);
  });

  it('names the column a select, filter, orderby or expand asks for that the list does not define', () => {
    expect(schemaQueryProblems(`${base}?$select=Id,ReportDate`)).toEqual([{ list: 'Projects', field: 'ReportDate', option: 'select' }]);
    expect(schemaQueryProblems(`${base}?$filter=${encodeURIComponent("IntakeState eq 'Approved'")}`)).toEqual([{ list: 'Projects', field: 'IntakeState', option: 'filter' }]);
    expect(schemaQueryProblems(`${base}?$orderby=SubmittedDate`)).toEqual([{ list: 'Projects', field: 'SubmittedDate', option: 'orderby' }]);
    expect(schemaQueryProblems(`${base}?$expand=Reviewers`)).toEqual([{ list: 'Projects', field: 'Reviewers', option: 'expand' }]);
    // An id only exists for lookup and person columns.
    expect(schemaQueryProblems(`${base}?$select=BudgetId`)).toEqual([{ list: 'Projects', field: 'BudgetId', option: 'select' }]);
  });

  it('leaves requests alone that are not list item queries of the schema', () => {
    expect(schemaQueryProblems('http://localhost/sites/pmo/_api/web/currentuser?$select=Nope')).toEqual([]);
    expect(schemaQueryProblems("http://localhost/sites/pmo/_api/web/getList('%2Fsites%2Fpmo%2FLists%2FElsewhere')/items?$select=Nope")).toEqual([]);
  });
});

describe('SchemaGuard in a real PnPjs pipeline', () => {
  let wb: IWorkbench;
  beforeAll(async () => {
    wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 2 });
    await wb.ready;
  });
  afterAll(async () => {
    await wb.stop();
  });

  it('refuses a query naming a column of another list, and passes a correct one (also inside a batch)', async () => {
    const { sp } = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl });
    const projects = sp.web.getList(siteAddress(wb.siteUrl).listPath(ProjectsList)).items;
    await expect(projects.select(ProjectsList.fields.Title, StatusReportsList.fields.ReportDate)()).rejects.toThrow(
      "Schema guard: list 'Projects' defines no column 'ReportDate' (select)"
    );
    const rows = await projects.select(ProjectsList.fields.Title, lookupId(ProjectsList.fields.Programme)).top(1)<unknown[]>();
    expect(rows).toHaveLength(1);

    const [batched, execute] = sp.batched();
    const bad = batched.web.getList(siteAddress(wb.siteUrl).listPath(ProjectsList)).items.filter("ReportStatus eq 'Published'")();
    const settled = Promise.allSettled([bad]);
    await execute().catch(() => undefined);
    const [result] = await settled;
    expect(result.status).toBe('rejected');
    expect(String((result as PromiseRejectedResult).reason)).toContain("defines no column 'ReportStatus' (filter)");
  });
});
