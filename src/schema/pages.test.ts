/**
 * The site's pages (src/schema/pages.ts): unique files, web parts that are this solution's (the ids of
 * its manifests), lists that the schema has, and a page for every web part the solution ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageByFile, pageUrl, sitePages } from './pages';
import { pmoSchema } from './pmoSchema';

/** The web part manifests of src/webparts (JSON with comments), by alias. */
function manifests(): Record<string, string> {
  const root = path.resolve(__dirname, '..', 'webparts');
  const out: Record<string, string> = {};
  for (const dir of readdirSync(root, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name)) {
    for (const f of readdirSync(path.join(root, dir)).filter(n => n.endsWith('.manifest.json'))) {
      const json = JSON.parse(readFileSync(path.join(root, dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { id: string; alias: string };
      out[json.alias] = json.id;
    }
  }
  return out;
}

describe('site pages', () => {
  it('has unique page files, Home first and PMO Setup last', () => {
    const files = sitePages.map(p => p.file.toLowerCase());
    expect(new Set(files).size).toBe(files.length);
    expect(sitePages[0].file).toBe('Home.aspx');
    expect(sitePages[sitePages.length - 1].file).toBe('Setup.aspx');
    expect(pmoSchema.pages).toBe(sitePages);
  });

  it('puts on each page a web part of this solution, by its manifest id, and every web part on a page', () => {
    const byAlias = manifests();
    for (const p of sitePages) expect({ page: p.file, id: p.webPart.id }).toEqual({ page: p.file, id: byAlias[p.webPart.alias] });
    expect(sitePages.map(p => p.webPart.alias).sort()).toEqual(Object.keys(byAlias).sort());
  });

  it('names only lists of the schema as the list to read', () => {
    const keys = pmoSchema.lists.map(l => l.key);
    for (const p of sitePages) if (p.readList) expect(keys).toContain(p.readList);
  });

  it('finds a page by its file in any case and from a full URL', () => {
    expect(pageByFile('/sites/pmo/SitePages/portfolio.aspx?project=3')?.key).toBe('portfolio');
    expect(pageByFile('SitePages/Nothing.aspx')).toBeUndefined();
    expect(pageUrl(sitePages[1])).toBe('SitePages/Portfolio.aspx');
  });

  it('puts the RAID log right after the Project page it belongs to, for those who can read the risks', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('raid')).toBe(keys.indexOf('project') + 1);
    const raid = pageByFile('SitePages/Raid.aspx?projectId=4');
    expect(raid?.webPart.alias).toBe('RaidWebPart');
    expect(raid?.readList).toBe('Risks');
    expect(raid?.teamsTab).toBe(true);
  });

  it('puts the stage gates right after the RAID log, for those who can read the gate reviews', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('gates')).toBe(keys.indexOf('raid') + 1);
    const gates = pageByFile('SitePages/Gates.aspx?projectId=4');
    expect(gates?.webPart.alias).toBe('GatesWebPart');
    expect(gates?.readList).toBe('GateReviews');
    expect(gates?.teamsTab).toBe(true);
  });

  it('puts the methodology guide near the end, right before PMO Setup, for those who can read its content', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('methodology')).toBe(keys.indexOf('setup') - 1);
    const guide = pageByFile('SitePages/Methodology.aspx?lifecycle=agile');
    expect(guide?.webPart.alias).toBe('MethodologyWebPart');
    expect(guide?.webPart.properties).toEqual({ lifecycle: 'prince2' });
    expect(guide?.readList).toBe('MethodologyStages');
    expect(guide?.teamsTab).toBe(true);
  });

  it('puts the benefits register after the RAID log (and the gates), for those who can read the benefits', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('benefits')).toBeGreaterThan(keys.indexOf('raid'));
    expect(keys.indexOf('benefits')).toBeLessThan(keys.indexOf('methodology'));
    const benefits = pageByFile('SitePages/Benefits.aspx?projectId=4');
    expect(benefits?.webPart.alias).toBe('BenefitsWebPart');
    expect(benefits?.readList).toBe('Benefits');
    expect(benefits?.teamsTab).toBe(true);
  });

  it('puts Capacity right after Prioritization (planning the portfolio against capacity), for those who can read the roles, also as a Teams tab', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('capacity')).toBe(keys.indexOf('prioritization') + 1);
    const capacity = pageByFile('SitePages/Capacity.aspx');
    expect(capacity?.webPart.alias).toBe('CapacityWebPart');
    expect(capacity?.readList).toBe('Roles');
    expect(capacity?.teamsTab).toBe(true);
  });

  it('puts the Dashboard right after the Portfolio it drills down to, for those who can read Projects, also as a Teams tab', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('dashboard')).toBe(keys.indexOf('portfolio') + 1);
    const dashboard = pageByFile('SitePages/Dashboard.aspx?programme=2');
    expect(dashboard?.webPart.alias).toBe('DashboardWebPart');
    expect(dashboard?.readList).toBe('Projects');
    expect(dashboard?.teamsTab).toBe(true);
  });

  it('puts Training before the methodology guide, for everyone who can read the catalogue, also as a Teams tab', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('training')).toBeGreaterThan(keys.indexOf('capacity'));
    expect(keys.indexOf('training')).toBeLessThan(keys.indexOf('methodology'));
    const training = pageByFile('SitePages/Training.aspx?module=3');
    expect(training?.webPart.alias).toBe('TrainingWebPart');
    expect(training?.readList).toBe('TrainingModules');
    expect(training?.teamsTab).toBe(true);
  });

  it('offers the maturity self-assessment to everyone who can read the questionnaire, after Training and before the methodology guide, also as a Teams tab', () => {
    const keys = sitePages.map(p => p.key);
    expect(keys.indexOf('maturity')).toBe(keys.indexOf('training') + 1);
    expect(keys.indexOf('maturity')).toBeLessThan(keys.indexOf('methodology'));
    const maturity = pageByFile('SitePages/Maturity.aspx');
    expect(maturity?.key).toBe('maturity');
    expect(maturity?.webPart.alias).toBe('MaturityWebPart');
    expect(maturity?.readList).toBe('MaturityQuestions');
    expect(maturity?.teamsTab).toBe(true);
  });
});
