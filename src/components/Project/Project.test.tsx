// The charts' chunks (@fluentui/react-charting, ES modules) are drawn in the browser test; here stand-ins show what the page passes them.
jest.mock('./charts/lazyCharts', () => ({
  projectChartSlots: {
    mtaChart: (p: { series: { lines: unknown[] } }): unknown => require('react').createElement('div', { 'data-testid': 'mta-chart-standin' }, String(p.series.lines.length)),
    budgetChart: (p: { budget: { lines: unknown[] } }): unknown => require('react').createElement('div', { 'data-testid': 'burn-chart-standin' }, String(p.budget.lines.length))
  }
}));

import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Project } from './Project';
import { publishedText } from './labels';
import { earnedValueDetailed } from '../../domain/evm';
import { buildMta } from '../../domain/milestones';
import { budgetTotals, budgetVariances } from '../../domain/budget';
import type { IControllingService, IProjectPage } from '../../services/ControllingService';
import { ReportConflictError, type IStatusReportService } from '../../services/StatusReportService';
import type { IStatusReport } from '../../services/controllingRows';
import type { IReportDraftChanges, IReportRules } from '../../services/reportRules';
import type { IBudgetLine } from '../../services/controllingRows';
import type { IMilestoneService } from '../../services/MilestoneService';
import type { IBudgetService } from '../../services/BudgetService';
import type { IPortfolioRow } from '../../domain/portfolio';
import { useTestLocale } from '../../../tools/jest/locale';

/**
 * Service doubles: these tests check what the page shows and what the form sends; the real
 * ControllingService and StatusReportService run against the emulator in their own test.
 */
const rules: IReportRules = {
  dimensions: ['schedule', 'cost', 'scope'].map(dimension => ({ dimension })),
  fiscalYearStartMonth: 1,
  rules: [{ code: 'SPI', title: 'SPI', dimension: 'schedule', metric: 'Spi', rule: { greenThreshold: 0.95, amberThreshold: 0.9, higherIsBetter: true } }]
};

const report = (over: Partial<IStatusReport> = {}): IStatusReport => ({
  id: 5, projectId: 12, title: 'Report', status: 'Published', reportDate: '2026-10-30', publishedDate: '2026-10-31T09:00:00Z',
  overall: 'Amber',
  dimensions: [
    { dimension: 'overall', rag: 'Amber', suggested: 'Amber' },
    { dimension: 'schedule', rag: 'Amber', suggested: 'Amber', value: 0.93, comment: 'Vendor late' },
    { dimension: 'cost', rag: 'Green' },
    { dimension: 'scope', rag: 'Red', suggested: undefined, justification: undefined }
  ],
  evm: { pv: 1000, ev: 930, ac: 0, bac: 5000, percentComplete: 18.6, eacMethod: 'cpi', sources: { pv: 'phasing', ev: 'percentComplete', ac: 'budgetLines', bac: 'given' } },
  achievements: 'Design signed off', nextSteps: 'Build', escalations: undefined, etag: '"1"',
  ...over
});

const line = (id: number, fiscalYear: number, category: string, planned: number, actual: number): IBudgetLine =>
  ({ id, projectId: 12, title: '', fiscalYear, costType: 'Opex', category, planned, actual, forecast: undefined, etag: '"1"' });

function page(over: Partial<IProjectPage> = {}): IProjectPage {
  const lines = [line(1, 2026, 'InternalStaff', 250000, 120000.5), line(2, 2027, 'Software', 40000, 0)];
  const latest = over.latestReport === undefined && 'latestReport' in over ? undefined : report();
  return {
    overview: { id: 12, title: 'Digital archive', code: 'PRJ-012', rag: {}, objectives: [], budget: 290000, startDate: '2026-01-05', status: 'Active' },
    latestReport: latest,
    trend: latest ? [{ reportId: 4, reportDate: '2026-09-30', rag: { overall: 'Green', schedule: 'Green', cost: 'Green', scope: 'Red' } }, { reportId: 5, reportDate: '2026-10-30', rag: { overall: 'Amber', schedule: 'Amber', cost: 'Green', scope: 'Red' } }] : [],
    trendByDimension: latest ? { overall: 'worse', schedule: 'worse', cost: 'same', scope: 'same' } : {},
    milestones: [{ id: 1, projectId: 12, title: 'Go-live', baselineDate: '2027-03-01', forecastDate: '2027-03-15', status: 'Planned', baselineHistory: [], etag: '"1"' }],
    mta: buildMta([{ milestoneId: 1, reportDate: '2026-09-30', forecastDate: '2027-03-01' }, { milestoneId: 1, reportDate: '2026-10-30', forecastDate: '2027-03-15' }], { milestones: [{ id: 1, title: 'Go-live' }] }),
    budget: { lines, totals: budgetTotals(lines), byFiscalYear: budgetVariances(lines, 'fiscalYear'), byCostType: budgetVariances(lines, 'costType'), byCategory: budgetVariances(lines, 'category') },
    earnedValue: latest ? earnedValueDetailed({ pv: 1000, ev: 930, ac: 0, bac: 5000 }) : undefined,
    rules,
    canFile: true,
    ...over
  };
}

/** A page whose budget lines derive what the draft below holds (PV 1,000 from the phasing by 30 Nov 2026, AC 0): the form suggests live from them. */
function formPage(over: Partial<IProjectPage> = {}): IProjectPage {
  const lines = [line(3, 2025, 'InternalStaff', 1000, 0)];
  return page({ budget: { lines, totals: budgetTotals(lines), byFiscalYear: budgetVariances(lines, 'fiscalYear'), byCostType: budgetVariances(lines, 'costType'), byCategory: budgetVariances(lines, 'category') }, ...over });
}

const draft = (over: Partial<IStatusReport> = {}): IStatusReport => report({ id: 77, status: 'Draft', reportDate: '2026-11-30', publishedDate: undefined, etag: '"d1"', ...over });

function services(p: IProjectPage, over: Partial<IStatusReportService> = {}): { controlling: IControllingService; statusReports: IStatusReportService & { saves: IReportDraftChanges[]; published: number[] }; loads: () => number } {
  let loads = 0;
  const controlling: IControllingService = {
    getProjectPage: () => { loads++; return Promise.resolve(p); },
    getPortfolioControlling: () => Promise.reject(new Error('not used')),
    getTeamProjects: () => Promise.reject(new Error('not used'))
  };
  const saves: IReportDraftChanges[] = [];
  const published: number[] = [];
  const statusReports = {
    saves, published,
    getRules: () => Promise.resolve(rules),
    getDraft: () => Promise.resolve(draft({ etag: '"d2"', achievements: 'Changed by Sanne' })),
    startDraft: () => Promise.resolve(draft()),
    saveDraft: (_: number, changes: IReportDraftChanges) => { saves.push(changes); return Promise.resolve(draft({ etag: '"d3"' })); },
    publish: (id: number) => { published.push(id); return Promise.resolve({ report: report({ id: 6, reportDate: '2026-11-30' }), created: true, snapshots: 1 }); },
    listReports: () => Promise.resolve([]),
    ...over
  };
  return { controlling, statusReports: statusReports as IStatusReportService & { saves: IReportDraftChanges[]; published: number[] }, loads: () => loads };
}

function renderPage(p: IProjectPage, locale: string = 'en-us', over: Partial<IStatusReportService> = {}): ReturnType<typeof services> {
  const s = services(p, over);
  render(<Project controlling={s.controlling} statusReports={s.statusReports} locale={locale} projectId={12} siteUrl="https://contoso.sharepoint.com/sites/pmo" today="2026-11-30" />);
  return s;
}

async function openForm(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByTestId('project-start'));
  return screen.findByTestId('report-form');
}

describe('Project page', () => {
  afterEach(() => useTestLocale('en-us'));

  it('says when no project is named, with a link to the portfolio', () => {
    const s = services(page());
    render(<Project controlling={s.controlling} statusReports={s.statusReports} locale="en-us" siteUrl="https://contoso.sharepoint.com/sites/pmo" />);
    expect(screen.getByTestId('project-none').textContent).toContain('No project is selected');
    expect(screen.getByRole('link', { name: 'Open the portfolio' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx');
    expect(s.loads()).toBe(0);
  });

  describe('as a tab in a Teams team without a project named', () => {
    const row = (id: number, title: string, over: Partial<IPortfolioRow> = {}): IPortfolioRow => ({ id, title, rag: {}, objectives: [], status: 'Active', ...over });
    const team = (rows: IPortfolioRow[]): ReturnType<typeof services> & { groups: string[] } => {
      const s = services(page());
      const groups: string[] = [];
      s.controlling.getTeamProjects = groupId => { groups.push(groupId); return Promise.resolve(rows); };
      render(<Project controlling={s.controlling} statusReports={s.statusReports} locale="en-us" siteUrl="https://contoso.sharepoint.com/sites/pmo" teams={{ groupId: 'g-1' }} today="2026-11-30" slots={{}} />);
      return { ...s, groups };
    };
    beforeEach(() => window.history.replaceState(null, '', '/teams?tab=Project'));

    it('lists the team\'s projects with overall RAG and next milestone, opens one in the tab (address, focus) and goes back', async () => {
      const s = team([
        row(12, 'Digital archive', { code: 'PRJ-012', rag: { overall: 'Amber' }, lastReportDate: '2026-10-30', nextMilestone: { title: 'Go-live', date: '2027-03-01' } }),
        row(13, 'New intranet'),
        row(14, 'Old ERP', { status: 'Closed' })
      ]);
      const list = await screen.findByRole('table', { name: 'This team\'s projects' });
      expect(s.groups).toEqual(['g-1']);
      const cellsOf = (id: number): string[] => Array.from(list.querySelectorAll(`tr[data-project="${id}"] th, tr[data-project="${id}"] td`)).map(c => c.textContent ?? '');
      expect(cellsOf(12)).toEqual(['Digital archive (PRJ-012)', 'Amber', 'Go-live, Mar 1, 2027']);
      expect(cellsOf(13)).toEqual(['New intranet', 'No report', '']);
      expect(cellsOf(14)).toEqual(['Old ERP', 'Closed', '']);
      const link = within(list).getByRole('link', { name: 'Digital archive (PRJ-012)' });
      expect(link.getAttribute('href')).toBe('http://localhost/teams?tab=Project&projectId=12');
      expect(s.loads()).toBe(0);
      fireEvent.click(link);
      const heading = await screen.findByRole('heading', { level: 1, name: 'Digital archive (PRJ-012)' });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(window.location.search).toBe('?tab=Project&projectId=12');
      fireEvent.click(screen.getByRole('link', { name: 'Back to the team\'s projects' }));
      expect(await screen.findByRole('table', { name: 'This team\'s projects' })).toBeTruthy();
      await waitFor(() => expect(window.location.search).toBe('?tab=Project'));
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Project' })));
      expect(s.groups).toEqual(['g-1']);
    });

    it('opens the team\'s only project directly, without a way back to a list of one', async () => {
      team([row(12, 'Digital archive', { code: 'PRJ-012' })]);
      expect(await screen.findByRole('heading', { level: 1, name: 'Digital archive (PRJ-012)' })).toBeTruthy();
      expect(window.location.search).toBe('?tab=Project&projectId=12');
      expect(screen.queryByRole('link', { name: 'Back to the team\'s projects' })).toBeNull();
    });

    it('says when the team has no project, with a link to the portfolio', async () => {
      const s = team([]);
      expect((await screen.findByTestId('project-team-none')).textContent).toContain('This team has no projects in PMO Hub.');
      expect(screen.getByRole('link', { name: 'Open the portfolio' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx');
      expect(s.loads()).toBe(0);
    });

    it('shows a bound project as it is, without reading the team\'s projects', async () => {
      const s = services(page());
      let asked = 0;
      s.controlling.getTeamProjects = () => { asked++; return Promise.resolve([]); };
      render(<Project controlling={s.controlling} statusReports={s.statusReports} locale="en-us" projectId={12} siteUrl="https://contoso.sharepoint.com/sites/pmo" teams={{ groupId: 'g-1' }} today="2026-11-30" slots={{}} />);
      expect(await screen.findByRole('heading', { level: 1, name: 'Digital archive (PRJ-012)' })).toBeTruthy();
      expect(asked).toBe(0);
    });
  });

  it('shows the latest report\'s RAG per dimension in words with its trend, the milestones\' slip, the budget per fiscal year and earned value with reasons', async () => {
    renderPage(page());
    expect(await screen.findByRole('heading', { level: 1, name: 'Digital archive (PRJ-012)' })).toBeTruthy();
    const rag = within(screen.getByTestId('project-rag'));
    const schedule = rag.getByRole('row', { name: /Schedule/ });
    expect(schedule.textContent).toContain('Amber');
    expect(schedule.textContent).toContain('Worse');
    expect(schedule.textContent).toContain('Vendor late');
    expect(within(screen.getByTestId('project-milestones')).getAllByRole('row', { name: /Go-live/ })[0].textContent).toContain('+14');
    expect(within(screen.getByTestId('project-mta')).getByRole('row', { name: /Go-live/ }).textContent).toContain('Slipping (+14 days)');
    // The MTA chart (its own chunk) gets the page's series, above its table.
    expect(screen.getByTestId('mta-chart-standin').textContent).toBe('1');
    expect(screen.getByTestId('burn-chart-standin').textContent).toBe('2'); // the burn chart gets the budget's lines
    const budget = within(screen.getByTestId('project-budget'));
    expect(budget.getByRole('row', { name: /Total 2026/ }).textContent).toContain('120,000.50');
    expect(budget.getByRole('row', { name: /Project total/ }).textContent).toContain('290,000');
    const evm = within(screen.getByTestId('project-evm'));
    expect(evm.getByRole('row', { name: /SPI/ }).textContent).toContain('0.93');
    expect(evm.getByRole('row', { name: /CPI = EV/ }).textContent).toContain('Not available: division by zero (AC is 0)');
    expect(evm.getByRole('row', { name: /Estimate at completion/ }).textContent).toContain('Formula: EAC = BAC / CPI');
    expect(evm.getByRole('row', { name: /Actual cost/ }).textContent).toContain('Derived from the budget lines\' actuals');
    // The RAID log's, the stage gates' and the benefits' pages exist: three area links, opened for the project.
    const areas = within(screen.getByTestId('project-areas')).getAllByRole('link');
    expect(areas.map(a => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Risks, issues and decisions', 'https://contoso.sharepoint.com/sites/pmo/SitePages/Raid.aspx?projectId=12'],
      ['Stage gates', 'https://contoso.sharepoint.com/sites/pmo/SitePages/Gates.aspx?projectId=12'],
      ['Benefits', 'https://contoso.sharepoint.com/sites/pmo/SitePages/Benefits.aspx?projectId=12']
    ]);
    // They sit right below the title, as a navigation landmark with a name, before every section.
    const nav = screen.getByRole('navigation', { name: 'The project\'s areas' });
    expect(nav).toBe(screen.getByTestId('project-areas'));
    const heading = screen.getByRole('heading', { level: 1 });
    const sections = Array.from(screen.getByTestId('project-page').children);
    expect(sections.indexOf(nav)).toBe(sections.indexOf(heading) + 1);
  });

  it('shows EV indices with two decimals, amounts whole and negatives with the minus sign U+2212, in German too', async () => {
    useTestLocale('de-de');
    // SPI = 1, CPI = 0.7: the trial saw "1" and "0,7"; EAC = 5000 / 0.7 = 7142.857… saw cents; CV and VAC are negative.
    renderPage(page({ earnedValue: earnedValueDetailed({ pv: 700, ev: 700, ac: 1000, bac: 5000 }), latestReport: report({ evm: { pv: 700, ev: 700, ac: 1000, bac: 5000, eacMethod: 'cpi', sources: { pv: 'given', ev: 'given', ac: 'given', bac: 'given' } } }) }), 'de-de');
    const evm = await screen.findByTestId('project-evm');
    const value = (figure: string): string => (evm.querySelector(`[data-figure="${figure}"] td`) as HTMLElement).textContent ?? '';
    expect(value('spi')).toBe('1,00');
    expect(value('cpi')).toBe('0,70');
    expect(value('eac')).toBe('7.143');
    expect(value('etc')).toBe('6.143');
    expect(value('cv')).toBe('\u2212300');
    expect(value('vac')).toBe('\u22122.143');
    expect(evm.textContent).not.toMatch(/-\d/);
  });

  it('lists dimensions in the PMO\'s configured order on the page and in the trend table, whatever order the report stored', async () => {
    const configured: IReportRules = { ...rules, dimensions: ['schedule', 'cost', 'scope', 'quality', 'risk'].map(dimension => ({ dimension })) };
    // A report filed from the RAG columns (the demo's): Risks before Quality, overall last.
    const stored = report({ dimensions: [{ dimension: 'schedule', rag: 'Green' }, { dimension: 'cost', rag: 'Green' }, { dimension: 'scope', rag: 'Green' }, { dimension: 'risk', rag: 'Amber' }, { dimension: 'quality', rag: 'Red' }, { dimension: 'overall', rag: 'Red' }] });
    renderPage(page({ rules: configured, latestReport: stored }));
    const rows = (testId: string): string[] => Array.from(screen.getByTestId(testId).querySelectorAll('tbody th')).map(th => th.textContent ?? '');
    await screen.findByTestId('project-rag');
    expect(rows('project-rag')).toEqual(['Overall', 'Schedule', 'Cost', 'Scope', 'Quality', 'Risks']);
    expect(rows('project-trend')).toEqual(['Overall', 'Schedule', 'Cost', 'Scope', 'Quality', 'Risks']);
  });

  it('numbers the trend table\'s columns of two reports on the same date, so that no two read the same', async () => {
    const trend = [
      { reportId: 4, reportDate: '2026-10-30', rag: { overall: 'Green' as const } },
      { reportId: 5, reportDate: '2026-11-30', rag: { overall: 'Green' as const } },
      { reportId: 6, reportDate: '2026-11-30', rag: { overall: 'Amber' as const } }
    ];
    renderPage(page({ trend }));
    const table = await screen.findByTestId('project-trend');
    expect(Array.from(table.querySelectorAll('thead th')).map(th => th.textContent)).toEqual(['Dimension', 'Oct 30, 2026', 'Nov 30, 2026 (1)', 'Nov 30, 2026 (2)']);
  });

  it('writes the published time in the report date\'s style plus the time (the trial saw "30-11-2026, 14:00" next to "30 nov 2026")', async () => {
    useTestLocale('nl-nl');
    renderPage(page({ latestReport: report({ reportDate: '2026-11-30', publishedDate: '2026-11-30T14:00:00Z' }) }), 'nl-nl');
    const meta = (await screen.findByTestId('project-report-date')).textContent ?? '';
    expect(publishedText('2026-11-30T14:00:00Z', 'nl-nl', 'UTC')).toBe('30 nov 2026, 14:00');
    expect(meta).toContain('30 nov 2026');
    expect(meta).toContain(publishedText('2026-11-30T14:00:00Z', 'nl-nl'));
    expect(meta).not.toMatch(/\d\d-\d\d-\d{4}/);
  });

  it('shows "no report" (never green) without a published report, and no form to a reader', async () => {
    renderPage(page({ latestReport: undefined, canFile: false }));
    expect((await screen.findByTestId('project-no-report')).textContent).toContain('No status report has been published');
    const status = screen.getByTestId('project-status');
    expect(status.querySelector('[data-rag]')?.getAttribute('data-rag')).toBe('None');
    expect(status.textContent).not.toContain('Green');
    expect(screen.getByTestId('project-evm').textContent).toContain('there is none yet');
    expect(screen.queryByTestId('project-start')).toBeNull();
    expect(screen.queryByTestId('project-continue')).toBeNull();
  });

  it('an override of a suggestion needs a justification to publish, named in the problem with both RAGs; a draft saves half-way', async () => {
    const s = renderPage(formPage());
    const form = within(await openForm());
    const schedule = within(form.getByRole('radiogroup', { name: 'RAG: Schedule' }));
    expect(form.getByText('Suggested: Amber (SPI 0.93)')).toBeTruthy();
    expect(form.queryByLabelText(/Justification for “Schedule”/)).toBeNull();
    fireEvent.click(schedule.getByRole('radio', { name: 'Green' }));
    const justification = form.getByLabelText(/Justification for “Schedule”/);
    expect(justification.getAttribute('required')).not.toBeNull();
    // A draft saves without the justification yet (the PM may stop half-way).
    fireEvent.click(form.getByTestId('report-save'));
    await waitFor(() => expect(s.statusReports.saves).toHaveLength(1));
    expect(s.statusReports.saves[0].ratings!.filter(r => r.dimension === 'schedule')[0]).toMatchObject({ rag: 'Green', justification: '' });
    // Publishing asks for it: the problem names the dimension and both RAGs, its link moves focus to the field; nothing is published.
    fireEvent.click(schedule.getByRole('radio', { name: 'Green' }));
    fireEvent.click(form.getByTestId('report-publish'));
    await act(async () => { fireEvent.click(screen.getByTestId('publish-yes')); });
    const problem = '“Schedule”: you chose Green instead of the suggested Amber. Give a justification.';
    const link = await screen.findByRole('link', { name: problem });
    const field = form.getByLabelText(/Justification for “Schedule”/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0])?.textContent).toBe(problem);
    fireEvent.click(link);
    expect(document.activeElement).toBe(field);
    expect(s.statusReports.published).toEqual([]);
    expect(s.statusReports.saves).toHaveLength(1);
    fireEvent.change(field, { target: { value: 'The vendor recovered the delay.' } });
    fireEvent.click(form.getByTestId('report-save'));
    await waitFor(() => expect(s.statusReports.saves).toHaveLength(2));
    const sent = s.statusReports.saves[1].ratings!.filter(r => r.dimension === 'schedule')[0];
    expect(sent).toMatchObject({ rag: 'Green', justification: 'The vendor recovered the delay.' });
    expect(await screen.findByText('Draft saved.')).toBeTruthy();
  });

  it('suggests from the EV inputs as typed: a following rating moves with its suggestion, a kept one becomes an override with its justification field', async () => {
    useTestLocale('nl-nl');
    const withCpi: IReportRules = { ...rules, rules: [...rules.rules, { code: 'CPI', title: 'CPI', dimension: 'cost', metric: 'Cpi', rule: { greenThreshold: 0.95, amberThreshold: 0.9, higherIsBetter: true } }] };
    const s = renderPage(formPage({ rules: withCpi }), 'nl-nl');
    const form = within(await openForm());
    const cost = within(form.getByRole('radiogroup', { name: /Kosten/ }));
    expect(cost.getByRole('radio', { name: 'Groen' })).toHaveProperty('checked', true); // AC 0: no CPI, no suggestion
    expect(form.queryByLabelText(/Onderbouwing voor ‘Kosten’/)).toBeNull();
    fireEvent.change(form.getByLabelText('Werkelijke kosten (AC)'), { target: { value: '1.234,5' } });
    expect(form.getByText('Voorgesteld: Rood (CPI 0,75)')).toBeTruthy(); // 930 / 1.234,5
    expect(form.getByLabelText(/Onderbouwing voor ‘Kosten’/)).toBeTruthy();
    // Schedule followed its suggestion (Amber at SPI 0,93): a typed PV of 2.000 makes it Red, no override.
    fireEvent.change(form.getByLabelText('Geplande waarde (PV)'), { target: { value: '2.000' } });
    const schedule = within(form.getByRole('radiogroup', { name: /Planning/ }));
    expect(schedule.getByRole('radio', { name: 'Rood' })).toHaveProperty('checked', true);
    expect(form.queryByLabelText(/Onderbouwing voor ‘Planning’/)).toBeNull();
    fireEvent.click(form.getByTestId('report-save'));
    await waitFor(() => expect(s.statusReports.saves).toHaveLength(1));
    const sent = s.statusReports.saves[0];
    expect(sent).toMatchObject({ ac: 1234.5, pv: 2000 });
    expect(sent.ratings!.filter(r => r.dimension === 'cost')[0]).toMatchObject({ rag: 'Green' });
    expect(sent.ratings!.filter(r => r.dimension === 'schedule')[0].rag).toBeUndefined(); // follows: the service takes the suggestion
  });

  it('reads EV inputs in the user\'s locale, refuses ambiguous ones naming the field, and sends empty ones to be derived', async () => {
    useTestLocale('de-de');
    const s = renderPage(formPage(), 'de-de');
    const form = within(await openForm());
    expect(form.getByLabelText('Planwert (PV)').closest('div')?.textContent).toContain('Abgeleitet aus der Budgetplanung der Basis: 1.000');
    fireEvent.change(form.getByLabelText('Planwert (PV)'), { target: { value: '1.5' } });
    fireEvent.change(form.getByLabelText('Gesamtbudget (BAC)'), { target: { value: '250.000' } });
    fireEvent.click(form.getByTestId('report-save'));
    expect(await screen.findByRole('link', { name: '„Planwert (PV)“: Geben Sie einen Betrag wie 1.234.567,89 ein.' })).toBeTruthy();
    expect(s.statusReports.saves).toEqual([]);
    fireEvent.change(form.getByLabelText('Planwert (PV)'), { target: { value: '' } });
    fireEvent.click(form.getByTestId('report-save'));
    await waitFor(() => expect(s.statusReports.saves).toHaveLength(1));
    expect(s.statusReports.saves[0]).toMatchObject({ pv: null, bac: 250000, eacMethod: 'cpi' });
  });

  it('a stale draft says so and reloads it; publishing asks first, then the page reads itself again', async () => {
    const s = renderPage(page(), 'en-us', { saveDraft: () => Promise.reject(new ReportConflictError()) });
    const form = within(await openForm());
    fireEvent.change(form.getByLabelText('Next steps'), { target: { value: 'Mine' } });
    fireEvent.click(form.getByTestId('report-save'));
    expect((await screen.findByTestId('report-notice')).textContent).toContain('Someone else changed this draft');
    expect((form.getByLabelText('Achievements') as HTMLTextAreaElement).value).toBe('Changed by Sanne');
    const loadsBefore = s.loads();
    fireEvent.click(form.getByTestId('report-publish'));
    expect(screen.getByTestId('publish-confirm').textContent).toContain('A published report can\'t be changed');
    expect(document.activeElement).toBe(screen.getByTestId('publish-yes')); // the keyboard lands on the confirmation
    expect(s.statusReports.published).toEqual([]);
    await act(async () => { fireEvent.click(screen.getByTestId('publish-yes')); });
    await waitFor(() => expect(s.statusReports.published).toEqual([77]));
    expect((await screen.findByTestId('project-published')).textContent).toContain('is published');
    expect(screen.queryByTestId('report-form')).toBeNull();
    await waitFor(() => expect(s.loads()).toBe(loadsBefore + 1));
  });
});

/** A milestone service double that records its calls; `fail` makes the next write fail with it. */
function milestoneService(): IMilestoneService & { calls: string[]; fail?: unknown } {
  const calls: string[] = [];
  const m = page().milestones[0];
  const service = {
    calls,
    fail: undefined as unknown,
    list: () => Promise.resolve([m]),
    create: (_: number, input: { title: string }) => { calls.push(`create ${input.title}`); return Promise.resolve(m); },
    update: (id: number, changes: object, etag: string) => {
      calls.push(`update ${id} ${JSON.stringify(changes)} ${etag}`);
      if (service.fail) { const f = service.fail; service.fail = undefined; return Promise.reject(f); }
      return Promise.resolve(m);
    },
    rebaseline: (id: number, day: string, reason: string, etag: string) => { calls.push(`rebaseline ${id} ${day} ${reason} ${etag}`); return Promise.resolve(m); },
    remove: (id: number, etag: string) => { calls.push(`remove ${id} ${etag}`); return Promise.resolve(); },
    snapshotForReport: () => Promise.resolve(0),
    getMta: () => Promise.resolve(page().mta)
  };
  return service;
}

describe('Project page: milestone editing', () => {
  function renderEditable(p: IProjectPage = page()): { s: ReturnType<typeof services>; ms: ReturnType<typeof milestoneService> } {
    const s = services(p);
    const ms = milestoneService();
    render(<Project controlling={s.controlling} statusReports={s.statusReports} milestones={ms} locale="en-us" projectId={12} siteUrl="https://contoso.sharepoint.com/sites/pmo" today="2026-11-30" />);
    return { s, ms };
  }

  it('offers no editing to a reader', async () => {
    renderEditable(page({ canFile: false }));
    await screen.findByTestId('project-milestones');
    expect(screen.queryByTestId('ms-add')).toBeNull();
    expect(screen.queryByTestId('ms-edit-1')).toBeNull();
  });

  it('refuses a re-baselining without a reason, naming the field, and sends nothing; with one it keeps the ETag and reads the page again', async () => {
    const { s, ms } = renderEditable();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Go-live”' }));
    const editor = within(await screen.findByTestId('milestone-editor'));
    expect(editor.getByTestId('ms-history-empty').textContent).toBe('The baseline has not been changed.');
    const date = editor.getByLabelText(/New baseline date/);
    fireEvent.change(date, { target: { value: '04/15/2027' } });
    fireEvent.blur(date);
    fireEvent.click(editor.getByTestId('ms-rebaseline-save'));
    const reason = editor.getByLabelText(/Reason for the new baseline/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(editor.getByTestId('ms-problems').textContent).toContain('“Reason for the new baseline”: give the reason for the new baseline.');
    expect(document.getElementById(reason.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).toContain('“Reason for the new baseline”');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(ms.calls).toEqual([]);
    fireEvent.change(reason, { target: { value: 'Board approved CR-12' } });
    const loads = s.loads();
    await act(async () => { fireEvent.click(editor.getByTestId('ms-rebaseline-save')); });
    expect(ms.calls).toEqual(['rebaseline 1 2027-04-15 Board approved CR-12 "1"']);
    expect((await screen.findByTestId('ms-done')).textContent).toContain('New baseline of “Go-live”: Apr 15, 2027.');
    await waitFor(() => expect(s.loads()).toBe(loads + 1));
  });

  it('saves forecast and actual dates with the ETag; a conflict says so and reads the page again', async () => {
    const { s, ms } = renderEditable();
    fireEvent.click(await screen.findByTestId('ms-edit-1'));
    const editor = within(await screen.findByTestId('milestone-editor'));
    const actual = editor.getByLabelText(/Actual date/);
    fireEvent.change(actual, { target: { value: '03/20/2027' } });
    fireEvent.blur(actual);
    ms.fail = Object.assign(new Error('HTTP 412 Precondition Failed'), { status: 412 });
    const loads = s.loads();
    await act(async () => { fireEvent.click(editor.getByTestId('ms-save')); });
    expect((await screen.findByTestId('ms-notice')).textContent).toContain('Someone else changed this milestone');
    await waitFor(() => expect(s.loads()).toBe(loads + 1));
    await act(async () => { fireEvent.click(editor.getByTestId('ms-save')); });
    expect(ms.calls).toEqual([
      'update 1 {"title":"Go-live","forecastDate":"2027-03-15","actualDate":"2027-03-20","status":"Planned"} "1"',
      'update 1 {"title":"Go-live","forecastDate":"2027-03-15","actualDate":"2027-03-20","status":"Planned"} "1"'
    ]);
    expect((await screen.findByTestId('ms-done')).textContent).toBe('Milestone “Go-live” saved.');
  });

  it('adds a milestone only with a name, the problem naming the field', async () => {
    const { ms } = renderEditable();
    fireEvent.click(await screen.findByTestId('ms-add'));
    const editor = within(await screen.findByTestId('milestone-editor'));
    fireEvent.click(editor.getByTestId('ms-save'));
    expect(editor.getByTestId('ms-problems').textContent).toBe('“Milestone”: enter a value.');
    expect(ms.calls).toEqual([]);
    fireEvent.change(editor.getByLabelText(/^Milestone/), { target: { value: 'Training done' } });
    await act(async () => { fireEvent.click(editor.getByTestId('ms-save')); });
    expect(ms.calls).toEqual(['create Training done']);
  });
});

describe('Project page: budget lines', () => {
  function renderBudget(locale: string): { s: ReturnType<typeof services>; sent: unknown[] } {
    const s = services(page());
    const sent: unknown[] = [];
    const budget: IBudgetService = {
      getBudget: () => Promise.resolve(page().budget),
      add: (projectId, line) => { sent.push(['add', projectId, line]); return Promise.resolve(page().budget.lines[0]); },
      update: (id, changes, etag) => { sent.push(['update', id, changes, etag]); return Promise.resolve(page().budget.lines[0]); },
      remove: (id, etag) => { sent.push(['remove', id, etag]); return Promise.resolve(); }
    };
    render(<Project controlling={s.controlling} statusReports={s.statusReports} budget={budget} locale={locale} projectId={12} siteUrl="https://contoso.sharepoint.com/sites/pmo" today="2026-11-30" />);
    return { s, sent };
  }
  afterEach(() => useTestLocale('en-us'));

  it('reads amounts in the user\'s locale ("1.234,5" in German is 1234.5), refuses ambiguous ones naming the field, and sends nothing then', async () => {
    useTestLocale('de-de');
    const { sent } = renderBudget('de-de');
    fireEvent.click(await screen.findByTestId('bl-add'));
    const editor = within(await screen.findByTestId('budget-editor'));
    expect((editor.getByLabelText(/Geschäftsjahr/) as HTMLInputElement).value).toBe('2026');
    fireEvent.change(editor.getByTestId('bl-costType'), { target: { value: 'Capex' } });
    fireEvent.change(editor.getByLabelText(/^Geplant/), { target: { value: '1.5' } });
    fireEvent.click(editor.getByTestId('bl-save'));
    expect(editor.getByTestId('bl-problems').textContent).toBe('„Geplant“: Geben Sie einen Betrag wie 1.234.567,89 ein.');
    expect(editor.getByLabelText(/^Geplant/).getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
    fireEvent.change(editor.getByLabelText(/^Geplant/), { target: { value: '1.234,5' } });
    await act(async () => { fireEvent.click(editor.getByTestId('bl-save')); });
    expect(sent).toEqual([['add', 12, { fiscalYear: 2026, costType: 'Capex', category: 'InternalStaff', planned: 1234.5, forecast: null, actual: null }]]);
    expect((await screen.findByTestId('bl-done')).textContent).toBe('Budgetzeile 2026 · Capex · Internes Personal gespeichert.');
  });

  it('edits a line with the ETag it was read with, its amounts shown as the page shows money, and reads the page again', async () => {
    const { s, sent } = renderBudget('en-us');
    fireEvent.click(await screen.findByTestId('bl-edit-1'));
    const editor = within(await screen.findByTestId('budget-editor'));
    expect((editor.getByLabelText(/^Actual/) as HTMLInputElement).value).toBe('120,000.50');
    fireEvent.change(editor.getByLabelText(/^Forecast/), { target: { value: '260,000' } });
    await act(async () => { fireEvent.click(editor.getByTestId('bl-save')); });
    expect(sent).toEqual([['update', 1, { fiscalYear: 2026, costType: 'Opex', category: 'InternalStaff', planned: 250000, forecast: 260000, actual: 120000.5 }, '"1"']]);
    expect(s.loads()).toBeGreaterThan(1);
  });
});
