/**
 * What each web part's initial bundle can hold: the modules its entry reaches through static
 * imports (type-only imports are erased, `import()` starts a lazy chunk). The bundle budget
 * (README, "Bundle budget"; `npm run bench -- bundles`) holds only while a web part pulls in no
 * other feature's services, no provisioning it does not run and no secondary surface up front.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const SRC = resolve(__dirname, '..');

/** The module a relative specifier names (.ts, .tsx or a folder's index), or undefined for a package or a stylesheet. */
function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(existsSync);
}

/** Whether an import or export declaration survives compilation (it is not `import type`/`export type` only). */
function isRuntime(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const clause = node.exportClause;
    return !clause || !ts.isNamedExports(clause) || clause.elements.length === 0 || clause.elements.some(e => !e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return true; // a side-effect import
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  return !bindings || ts.isNamespaceImport(bindings) || bindings.elements.some(e => !e.isTypeOnly);
}

/** Static runtime imports of one file: resolved src modules and bare package specifiers. */
function staticImports(file: string): { modules: string[]; packages: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const modules: string[] = [];
  const packages: string[] = [];
  for (const node of source.statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier || !isRuntime(node)) continue;
    const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
    const target = resolveModule(file, specifier);
    if (target) modules.push(target);
    else if (!specifier.startsWith('.')) packages.push(specifier);
  }
  return { modules, packages };
}

/** Every src module (relative to src/, with '/') and package the entry reaches through static runtime imports. */
function reach(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(SRC, entry)];
  while (queue.length) {
    const file = queue.pop() as string;
    const key = relative(SRC, file).split('\\').join('/');
    if (modules.has(key)) continue;
    modules.add(key);
    const found = staticImports(file);
    found.packages.forEach(p => packages.add(p));
    queue.push(...found.modules);
  }
  return { modules, packages };
}

/** Every service class of src/services. */
const SERVICES = ['HomeService', 'SetupService', 'PortfolioService', 'RequestService', 'ProjectService', 'PhotoService', 'ScoringService', 'DecisionService'];

/** The service classes a web part's bundle holds must be exactly its own feature's and the ones they receive. */
function expectServices(reached: Set<string>, expected: string[]): void {
  expect(SERVICES.filter(s => reached.has(`services/${s}.ts`)).sort()).toEqual([...expected].sort());
}

function under(reached: Set<string>, folder: string): string[] {
  return [...reached].filter(m => m.startsWith(folder));
}

describe('what each web part loads before its first render', () => {
  const webParts = ['webparts/pmoHome/PmoHomeWebPart.ts', 'webparts/pmoSetup/PmoSetupWebPart.ts', 'webparts/portfolio/PortfolioWebPart.ts', 'webparts/projectRequest/ProjectRequestWebPart.ts', 'webparts/scoring/ScoringWebPart.ts', 'webparts/raid/RaidWebPart.ts', 'webparts/gates/GatesWebPart.ts', 'webparts/methodology/MethodologyWebPart.ts', 'webparts/benefits/BenefitsWebPart.ts', 'webparts/capacity/CapacityWebPart.ts', 'webparts/dashboard/DashboardWebPart.ts', 'webparts/training/TrainingWebPart.ts', 'webparts/maturity/MaturityWebPart.ts'];

  it.each(webParts)('%s composes its own services, not the index that wires them all', entry => {
    const { modules } = reach(entry);
    expect(modules.has('services/index.ts')).toBe(false);
    expect(modules.has('services/compose.ts')).toBe(true);
  });

  it('PMO Home holds its site overview only: no other service, no provisioning, of the schema only its typed references', () => {
    const { modules } = reach('webparts/pmoHome/PmoHomeWebPart.ts');
    expectServices(modules, ['HomeService']);
    expect(under(modules, 'provisioning/')).toEqual([]);
    // The tiles take list URLs from the schema's typed references (refs.ts and the list definitions it
    // derives them from); the field XML and the asset generator stay out.
    // The site's pages are schema data too: the tiles are made from them (issue 9, item 10).
    // tenant.ts is the key of the tenant property naming the PMO site, which every web part reads first.
    expect(under(modules, 'schema/').filter(m => !/^schema\/(refs|pmoSchema|fields|types|upgrades|pages|tenant)\.ts$/.test(m))).toEqual([]);
  });

  it('PMO Setup loads provisioning (with the field XML) from its own chunk: the status is a plan-mode run of it', () => {
    const { modules } = reach('webparts/pmoSetup/PmoSetupWebPart.ts');
    expectServices(modules, ['SetupService']);
    // The status compares everything provisioning ensures by running it in plan mode (issue 9,
    // item 22), so it loads with provisioning, while the page shows that it is loading.
    expect(modules.has('provisioning/status.ts')).toBe(false);
    expect(modules.has('provisioning/provisionSite.ts')).toBe(false);
    expect(modules.has('schema/fieldXml.ts')).toBe(false);
  });

  it('Portfolio holds the grid; its panels, dialog and Excel writer load from their own chunks', () => {
    const { modules, packages } = reach('webparts/portfolio/PortfolioWebPart.ts');
    expectServices(modules, ['PortfolioService', 'ProjectService', 'PhotoService']);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect(modules.has('schema/fieldXml.ts')).toBe(false);
    expect(modules.has('components/Portfolio/PortfolioGrid.tsx')).toBe(true);
    const lazy = ['FilterPane.tsx', 'ColumnChooser.tsx', 'SaveViewDialog.tsx', 'ProjectPanel.tsx'].map(f => `components/Portfolio/${f}`);
    expect(lazy.filter(m => modules.has(m))).toEqual([]);
    expect([...packages].filter(p => p.startsWith('write-excel-file'))).toEqual([]);
  });

  it('Project requests holds the request service only: no other service, no provisioning', () => {
    const { modules } = reach('webparts/projectRequest/ProjectRequestWebPart.ts');
    expectServices(modules, ['RequestService', 'ProjectService']);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect(modules.has('schema/fieldXml.ts')).toBe(false);
  });

  it('Scoring holds the score sheet: the PMO\'s model editor and rounds load from their own chunk, no Fluent UI up front', () => {
    const { modules, packages } = reach('webparts/scoring/ScoringWebPart.ts');
    expectServices(modules, ['ScoringService', 'RequestService', 'ProjectService']);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect(modules.has('components/Scoring/ScoreSheet.tsx')).toBe(true);
    const lazy = ['pmoTabs.ts', 'ModelsTab.tsx', 'ModelEditor.tsx', 'AhpComparisons.tsx', 'RoundsTab.tsx', 'OpenRoundForm.tsx', 'RoundResults.tsx'].map(f => `components/Scoring/${f}`);
    expect(lazy.filter(m => modules.has(m))).toEqual([]);
    expect([...packages].filter(p => p.startsWith('@fluentui/'))).toEqual([]);
  });

  it('RAID holds the heat map, the register and the issues with light controls only: no Fluent UI, no provisioning, no other feature\'s services', () => {
    const { modules, packages } = reach('webparts/raid/RaidWebPart.ts');
    // ControllingService (the project's name and `canFile`, as the Project page) maps the project with PortfolioService's row mapping.
    expectServices(modules, ['ProjectService', 'PortfolioService']);
    expect(['RiskService', 'RaidLogService', 'RaidService'].filter(s => !modules.has(`services/${s}.ts`))).toEqual([]);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect(modules.has('schema/fieldXml.ts')).toBe(false);
    expect(modules.has('components/Raid/HeatMap.tsx')).toBe(true);
    expect(under(modules, 'components/Portfolio/')).toEqual([]);
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric'))).toEqual([]);
  });

  it('Gates holds the stage strip, the review flow and the conditions with light controls only: the report\'s document code loads later, no Fluent UI, no provisioning', () => {
    const { modules, packages } = reach('webparts/gates/GatesWebPart.ts');
    expectServices(modules, ['ProjectService']);
    expect(['GateService', 'EndReportService', 'BenefitService'].filter(s => !modules.has(`services/${s}.ts`))).toEqual([]);
    expect(modules.has('services/endReportDocument.ts')).toBe(false);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect(modules.has('schema/fieldXml.ts')).toBe(false);
    expect(modules.has('components/Gates/DecisionForm.tsx')).toBe(true);
    expect(under(modules, 'components/Portfolio/')).toEqual([]);
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric') || p === 'docx')).toEqual([]);
  });

  it('Methodology holds the guide with light controls only: its own service, no gate review flow, no Fluent UI, no provisioning', () => {
    const { modules, packages } = reach('webparts/methodology/MethodologyWebPart.ts');
    expectServices(modules, []);
    expect(modules.has('services/MethodologyService.ts')).toBe(true);
    expect(['GateService', 'BenefitService', 'EndReportService', 'ControllingService'].filter(s => modules.has(`services/${s}.ts`))).toEqual([]);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect(modules.has('schema/fieldXml.ts')).toBe(false);
    expect(modules.has('components/Methodology/ProcessMap.tsx')).toBe(true);
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric'))).toEqual([]);
  });

  it('Benefits holds the register and its forms with light controls only: no gate review flow, no end project report, no Fluent UI', () => {
    const { modules, packages } = reach('webparts/benefits/BenefitsWebPart.ts');
    // ControllingService (the project's name and `canFile`, as the RAID log) maps the project with PortfolioService's row mapping.
    expectServices(modules, ['ProjectService', 'PortfolioService']);
    expect(modules.has('services/BenefitService.ts')).toBe(true);
    expect(['GateService', 'EndReportService', 'MethodologyService', 'RaidService'].filter(s => modules.has(`services/${s}.ts`))).toEqual([]);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect(modules.has('components/Benefits/BenefitRegister.tsx')).toBe(true);
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric'))).toEqual([]);
  });

  it('Capacity holds the heat map, the what-if and its service with light controls only: no other feature\'s service, no Fluent UI; the PMO\'s maintenance loads later', () => {
    const { modules, packages } = reach('webparts/capacity/CapacityWebPart.ts');
    expectServices(modules, []);
    expect(modules.has('services/CapacityService.ts')).toBe(true);
    expect(modules.has('components/Capacity/HeatMap.tsx')).toBe(true);
    expect(modules.has('components/Capacity/pool/PoolEditor.tsx')).toBe(false);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric'))).toEqual([]);
  });

  it('the Project page reaches the capacity service only through its loader (its own chunk); the RAID log and Benefits, which share project controlling\'s wiring, not even that', () => {
    const project = reach('webparts/project/ProjectWebPart.ts').modules;
    expect(project.has('services/wiring/capacityLazy.ts')).toBe(true);
    expect(project.has('services/CapacityService.ts')).toBe(false);
    expect(project.has('components/Project/assignments/ProjectAssignments.tsx')).toBe(false);
    for (const entry of ['webparts/raid/RaidWebPart.ts', 'webparts/benefits/BenefitsWebPart.ts']) {
      expect({ entry, loader: reach(entry).modules.has('services/wiring/capacityLazy.ts') }).toEqual({ entry, loader: false });
    }
  });

  it('Dashboard holds the KPI tiles and filters with light controls only: the charts (react-charting), the PMO\'s configuration, the reports and their document libraries load from their own chunks', () => {
    const { modules, packages } = reach('webparts/dashboard/DashboardWebPart.ts');
    expectServices(modules, ['PortfolioService', 'ProjectService', 'PhotoService']);
    expect(modules.has('services/DashboardService.ts')).toBe(true);
    expect(modules.has('components/Dashboard/KpiTiles.tsx')).toBe(true);
    for (const lazy of ['components/Dashboard/charts/DashboardCharts.tsx', 'components/Dashboard/config/KpiConfig.tsx', 'components/Reports/PortfolioReports.tsx', 'components/Reports/documents/pptx/deck.ts', 'components/Reports/documents/xlsx/workbook.ts']) {
      expect({ lazy, initial: modules.has(lazy) }).toEqual({ lazy, initial: false });
    }
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric') || p === 'pptxgenjs' || p === 'write-excel-file')).toEqual([]);
    expect(under(modules, 'provisioning/')).toEqual([]);
  });

  it('the Project page reaches the dashboard service, the status report and its printable page only through their loaders; no web part carries pptxgenjs up front', () => {
    const project = reach('webparts/project/ProjectWebPart.ts');
    expect(project.modules.has('services/wiring/dashboardLazy.ts')).toBe(true);
    for (const lazy of ['services/DashboardService.ts', 'components/Reports/ProjectReport.tsx', 'components/Reports/ProjectReportPrint.tsx', 'components/Reports/documents/index.ts']) {
      expect({ lazy, initial: project.modules.has(lazy) }).toEqual({ lazy, initial: false });
    }
    for (const entry of webParts) expect({ entry, pptx: reach(entry).packages.has('pptxgenjs') }).toEqual({ entry, pptx: false });
  });

  it('Training holds the catalogue, sessions, My learning and Communities with light controls only: its two services and no other feature\'s, no Fluent UI; the Manage tab, the community form and the .ics builder load from their own chunks', () => {
    const { modules, packages } = reach('webparts/training/TrainingWebPart.ts');
    expectServices(modules, []);
    expect(modules.has('services/TrainingService.ts')).toBe(true);
    expect(modules.has('services/CommunityService.ts')).toBe(true);
    expect(modules.has('services/MaturityService.ts')).toBe(false);
    expect(modules.has('components/Training/Catalogue.tsx')).toBe(true);
    for (const lazy of ['components/Training/manage/TrainingManage.tsx', 'components/Training/manage/forms.tsx', 'components/Training/manage/Roster.tsx', 'components/Training/manage/CommunityForm.tsx', 'domain/training/ics.ts']) {
      expect({ lazy, initial: modules.has(lazy) }).toEqual({ lazy, initial: false });
    }
    expect(under(modules, 'components/Maturity/')).toEqual([]);
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric') || p === 'ics')).toEqual([]);
  });

  it('Maturity holds the assessment, the radar and the plan with light controls only: no other feature\'s service, no Fluent UI; the PMO\'s organisation view, targets and questionnaire load later', () => {
    const { modules, packages } = reach('webparts/maturity/MaturityWebPart.ts');
    expectServices(modules, []);
    expect(modules.has('services/MaturityService.ts')).toBe(true);
    expect(modules.has('components/Maturity/Assessment.tsx')).toBe(true);
    expect(modules.has('components/Maturity/Radar.tsx')).toBe(true);
    expect(modules.has('components/Maturity/OrganisationView.tsx')).toBe(false);
    expect(modules.has('components/Maturity/QuestionEditor.tsx')).toBe(false);
    for (const other of ['services/TrainingService.ts', 'services/CommunityService.ts', 'domain/training/ics.ts']) expect({ other, initial: modules.has(other) }).toEqual({ other, initial: false });
    expect(under(modules, 'provisioning/')).toEqual([]);
    expect([...packages].filter(p => p.startsWith('@fluentui/') || p.startsWith('office-ui-fabric') || p === 'ics')).toEqual([]);
  });

  it('each lazy chunk name is given in one source file: webpack merges the imports of a shared name into one chunk, so a web part reaching one of them would load the other feature\'s code and the strings it uses', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).reduce<string[]>((all, e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? all.concat(files(p)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? all.concat(p) : all;
    }, []);
    const givenIn = new Map<string, Set<string>>();
    for (const file of files(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/import\(\s*\/\*\s*webpackChunkName:\s*'([^']+)'\s*\*\//g)) {
        givenIn.set(m[1], (givenIn.get(m[1]) ?? new Set<string>()).add(relative(SRC, file).split('\\').join('/')));
      }
    }
    expect(givenIn.size).toBeGreaterThan(30);
    expect([...givenIn].filter(([, where]) => where.size > 1).map(([name, where]) => `${name}: ${[...where].sort().join(', ')}`)).toEqual([]);
  });
});
