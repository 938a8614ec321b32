import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { IKpiDefinition, IKpiTrend } from '../../domain/kpi';
import { DashboardRefusedError, type IDashboardData, type IDashboardFilter, type IDashboardKpi, type IDashboardService, type IKpiDefinitionRow } from '../../services/DashboardService';
import { useTestLocale } from '../../../tools/jest/locale';
import { Dashboard } from './Dashboard';
import type { IDashboardChartsProps } from './charts/DashboardCharts';

const site = 'https://contoso.sharepoint.com/sites/pmo';
const PERIODS = ['2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-15'];

const def = (code: string, name: string, formula: IKpiDefinition['formula'], unit: IKpiDefinition['unit'], higherIsBetter: boolean, green: number, amber: number): IKpiDefinition =>
  ({ code, name, description: '', formula, unit, higherIsBetter, greenThreshold: green, amberThreshold: amber, active: true });

const trendOf = (values: Array<number | undefined>, direction: IKpiTrend['direction'], change?: number): IKpiTrend => ({
  points: PERIODS.map((end, i) => ({ end, result: values[i] === undefined ? { kind: 'noData', reason: 'noReports' } : { kind: 'value', value: values[i] as number, basis: 4 } })),
  direction,
  ...(change === undefined ? {} : { change })
});

/** Three KPIs: a share of green projects (amber), benefits without data, open high risks (red). */
const KPIS: IDashboardKpi[] = [
  { id: 1, definition: def('KPI-GREEN', 'Projects reporting green', 'RagShareGreen', 'percent', true, 70, 50), result: { kind: 'value', value: 66.66, basis: 12 }, status: 'amber', trend: trendOf([60, 62, 70, 72, 70, 66.66], 'improving', 6.7) },
  { id: 2, definition: def('KPI-BEN', 'Benefits realised', 'BenefitsRealisedShare', 'percent', true, 80, 60), result: { kind: 'noData', reason: 'noBenefitsDue' }, status: 'noData', trend: trendOf([], 'noData') },
  { id: 3, definition: def('KPI-RISK', 'Open high risks', 'OpenHighRisks', 'count', false, 0, 3), result: { kind: 'value', value: 7, basis: 20 }, status: 'red', trend: trendOf([4, 5, 5, 6, 7, 7], 'worsening', 3) }
];

const rowOf = (id: number, d: IKpiDefinition): IKpiDefinitionRow => ({
  id, etag: `"${id}"`, definition: d, problems: [],
  input: { code: d.code, name: d.name, description: d.description, formula: d.formula, unit: d.unit, higherIsBetter: d.higherIsBetter, greenThreshold: d.greenThreshold, amberThreshold: d.amberThreshold, active: d.active }
});

function data(filter: IDashboardFilter, canConfigure: boolean): IDashboardData {
  return {
    at: '2026-11-15', periods: PERIODS.slice(), filter, projectCount: filter.programmeIds ? 4 : 12, kpis: KPIS, canConfigure, figuresAsOf: '2026-11-15',
    definitions: KPIS.map(k => rowOf(k.id, k.definition)).concat([{ id: 9, etag: '"9"', input: { code: 'X', name: 'Broken' }, problems: [{ code: 'codeRequired', field: 'code' }] }]),
    configuration: { version: '"5"' },
    charts: { rag: { counts: { Green: 8, Amber: 3, Red: 1 }, notReported: 0 }, budget: [], earnedValue: [], milestones: { onTime: 4, late: 1, lateOpen: 1 }, intake: [{ state: 'Submitted', count: 2 }] },
    options: { programmes: [{ id: 1, title: 'Digital Transformation' }, { id: 2, title: 'Finance Systems' }], departments: ['Finance', 'IT'], objectives: [{ id: 5, title: 'Green IT' }] }
  };
}

/** A service double: the real DashboardService runs against the emulator in its own tests. */
function service(canConfigure: boolean = true): IDashboardService & { filters: IDashboardFilter[] } {
  const filters: IDashboardFilter[] = [];
  return {
    filters,
    getDashboard: jest.fn(async (f: IDashboardFilter = {}) => { filters.push(f); return data(f, canConfigure); }),
    saveConfiguration: jest.fn(async () => undefined),
    saveKpiDefinition: jest.fn(async input => {
      if (input.code === 'KPI-GREEN') throw new DashboardRefusedError('codeTaken', 'code');
      return rowOf(10, { ...def(String(input.code), String(input.name), 'OverdueIssues', 'count', false, Number(input.greenThreshold), Number(input.amberThreshold)) });
    }),
    refreshFigures: jest.fn(async () => []),
    getReportData: jest.fn(),
    getProjectReportData: jest.fn(),
    storeReport: jest.fn(),
    listReports: jest.fn(async () => []),
    canStoreReports: jest.fn(async () => true)
  };
}

/** The charts as a plain list (react-charting draws in the browser tests). */
function FakeCharts(props: IDashboardChartsProps): React.ReactElement {
  return <p data-testid="fake-charts">{`Green ${props.charts.rag.counts.Green}`}</p>;
}

const renderDashboard = async (svc: IDashboardService, search: string = '?user=olivia', locale: string = 'en-us'): Promise<void> => {
  render(<Dashboard dashboard={svc} locale={locale} siteUrl={site} search={search} charts={FakeCharts} />);
  await screen.findAllByTestId('dashboard-kpi');
};

const tile = (code: string): HTMLElement => screen.getAllByTestId('dashboard-kpi').filter(t => t.getAttribute('data-code') === code)[0];

describe('the Dashboard web part', () => {
  beforeEach(() => {
    useTestLocale('en-us');
    window.history.replaceState(null, '', '/sites/pmo/SitePages/Dashboard.aspx?user=olivia');
  });

  it('shows each KPI\'s value in its unit, its status in words and shape, its trend in words and every month for screen readers', async () => {
    await renderDashboard(service());
    expect(screen.getByTestId('dashboard-scope').textContent).toBe('12 projects in the filter, figures as of Nov 15, 2026');
    const green = tile('KPI-GREEN');
    expect(within(green).getByTestId('dashboard-kpi-value').textContent).toBe('66.7%');
    expect(within(green).getByTestId('dashboard-kpi-status').textContent).toBe('Amber: watch');
    expect(green.getAttribute('data-status')).toBe('amber');
    expect(within(green).getByTestId('dashboard-kpi-trend').textContent).toContain('Improving: +6.7 points since June 2026');
    expect(within(green).getByTestId('dashboard-kpi-trend').textContent).toContain('Values over the last 6 months: June 2026: 60.0%; July 2026: 62.0%;');
    expect(within(green).getByText('Green at 70.0% or more, amber at 50.0% or more')).toBeTruthy();
    const risks = tile('KPI-RISK');
    expect(within(risks).getByTestId('dashboard-kpi-value').textContent).toBe('7');
    expect(within(risks).getByTestId('dashboard-kpi-trend').textContent).toContain('Worsening: +3 since June 2026');
    expect(screen.getByTestId('fake-charts').textContent).toBe('Green 8');
  });

  it('says "No data" with the reason for a KPI without data: never 0, never green', async () => {
    await renderDashboard(service());
    const benefits = tile('KPI-BEN');
    expect(within(benefits).getByTestId('dashboard-kpi-value').textContent).toBe('No data');
    expect(benefits.getAttribute('data-status')).toBe('noData');
    expect(within(benefits).getByTestId('dashboard-kpi-status').textContent).toBe('No data');
    expect(within(benefits).getByTestId('dashboard-kpi-reason').textContent).toBe('No benefit with a baseline and a target was due to be realised yet.');
    expect(benefits.textContent).not.toContain('Green: on target');
    expect(within(benefits).queryByTestId('dashboard-sparkline')?.querySelectorAll('circle').length ?? 0).toBe(0);
  });

  it('links each tile to its projects in the Portfolio, filtered like the dashboard', async () => {
    await renderDashboard(service(), '?programme=1&user=olivia');
    const href = within(tile('KPI-GREEN')).getByTestId('dashboard-kpi-link').getAttribute('href') ?? '';
    expect(href).toBe(`${site}/SitePages/Portfolio.aspx?programme=1&status=Proposed&status=Active&status=OnHold&rag=Green`);
    expect(within(tile('KPI-RISK')).getByTestId('dashboard-kpi-link').getAttribute('href')).toBe(`${site}/SitePages/Portfolio.aspx?programme=1`);
    expect(within(tile('KPI-GREEN')).getByRole('link').textContent).toBe('Projects reporting green (show its projects in the Portfolio)');
  });

  it('filters by programme, department and objective, reads the dashboard again and keeps the filter in the address', async () => {
    const svc = service();
    await renderDashboard(svc);
    expect(svc.filters).toEqual([{}]);
    fireEvent.change(screen.getByLabelText('Programme'), { target: { value: '2' } });
    await waitFor(() => expect(svc.filters).toEqual([{}, { programmeIds: [2] }]));
    await screen.findByText('4 projects in the filter, figures as of Nov 15, 2026');
    expect(window.location.search).toBe('?user=olivia&programme=2');
    fireEvent.change(screen.getByLabelText('Department'), { target: { value: 'Finance' } });
    await waitFor(() => expect(svc.filters[svc.filters.length - 1]).toEqual({ programmeIds: [2], departments: ['Finance'] }));
    expect(window.location.search).toBe('?user=olivia&programme=2&department=Finance');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(svc.filters[svc.filters.length - 1]).toEqual({}));
    expect(window.location.search).toBe('?user=olivia');
  });

  it('opens on the filter its address carries', async () => {
    const svc = service();
    await renderDashboard(svc, '?objective=5&department=IT');
    expect(svc.filters).toEqual([{ departments: ['IT'], objectiveIds: [5] }]);
    expect((screen.getByLabelText('Strategic objective') as HTMLSelectElement).value).toBe('5');
  });

  it('offers the KPI configuration to the PMO only', async () => {
    await renderDashboard(service(false));
    expect(screen.queryByRole('button', { name: 'Configure the KPIs' })).toBeNull();
  });

  it('lets the PMO choose which KPIs show and in which order', async () => {
    const svc = service();
    await renderDashboard(svc);
    fireEvent.click(screen.getByRole('button', { name: 'Configure the KPIs' }));
    const chooser = await screen.findByTestId('kpi-config');
    expect(within(chooser).getAllByTestId('kpi-config-row').map(r => r.getAttribute('data-code'))).toEqual(['KPI-GREEN', 'KPI-BEN', 'KPI-RISK']);
    fireEvent.click(within(chooser).getByLabelText('Benefits realised'));
    fireEvent.click(within(chooser).getByRole('button', { name: 'Move “Open high risks” up' }));
    // First now: its "Move up" is off, and the focus moves to its "Move down".
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move “Open high risks” down');
    await act(async () => { fireEvent.click(within(chooser).getByRole('button', { name: 'Save the choice' })); });
    // Sent with the version of the configuration as read (a configuration saved meanwhile is refused).
    expect(svc.saveConfiguration).toHaveBeenCalledWith({ kpiCodes: ['KPI-RISK', 'KPI-GREEN'], version: '"5"' });
    expect(within(chooser).getByTestId('kpi-config-notice').textContent).toBe('Saved: the dashboard shows 2 KPIs.');
    expect(svc.getDashboard).toHaveBeenCalledTimes(2);
  });

  it('names the field of each problem of a KPI definition, sends nothing while one remains, and reads the thresholds in the user\'s locale', async () => {
    useTestLocale('de-de');
    const svc = service();
    await renderDashboard(svc, '', 'de-de');
    fireEvent.click(screen.getByRole('button', { name: 'KPIs konfigurieren' }));
    const defs = await screen.findByTestId('kpi-definitions');
    expect(within(defs).getByTestId('kpi-def-row-problems').textContent).toBe('„Kürzel“: Geben Sie ein Kürzel mit 2 bis 32 Zeichen ein.');
    fireEvent.click(within(defs).getByRole('button', { name: 'KPI hinzufügen' }));
    await act(async () => { fireEvent.click(screen.getByTestId('kpi-def-save')); });
    const problems = screen.getByTestId('kpi-def-problems');
    expect(within(problems).getAllByRole('link').map(a => a.textContent)).toEqual([
      '„Kürzel“: Geben Sie ein Kürzel mit 2 bis 32 Zeichen ein.', '„Name“: Geben Sie einen Namen ein.', '„Formel“: Wählen Sie eine Formel aus.',
      '„Schwellenwert Grün“: Geben Sie eine Zahl ein.', '„Schwellenwert Gelb“: Geben Sie eine Zahl ein.'
    ]);
    expect(screen.getByLabelText(/^Kürzel/).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('kpi-def-code');
    expect(svc.saveKpiDefinition).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Kürzel/), { target: { value: 'KPI-LATE' } });
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Überfällige Issues' } });
    fireEvent.change(screen.getByLabelText(/^Formel/), { target: { value: 'OverdueIssues' } });
    // A new KPI takes the formula's direction and default thresholds, written in the user's locale.
    expect((screen.getByLabelText(/^Schwellenwert Gelb/) as HTMLInputElement).value).toBe('5');
    expect(screen.getByTestId('kpi-def-unit').textContent).toBe('Einheit: Anzahl');
    fireEvent.change(screen.getByLabelText(/^Schwellenwert Grün/), { target: { value: '1,5' } });
    fireEvent.change(screen.getByLabelText(/^Schwellenwert Gelb/), { target: { value: '1.5' } });
    await act(async () => { fireEvent.click(screen.getByTestId('kpi-def-save')); });
    // "1.5" is not a German number (1.5 would be read as fifteen): refused at its field.
    expect(screen.getByLabelText(/^Schwellenwert Gelb/).getAttribute('aria-invalid')).toBe('true');
    expect(svc.saveKpiDefinition).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Schwellenwert Gelb/), { target: { value: '4,5' } });
    await act(async () => { fireEvent.click(screen.getByTestId('kpi-def-save')); });
    expect(svc.saveKpiDefinition).toHaveBeenCalledWith({
      code: 'KPI-LATE', name: 'Überfällige Issues', description: '', formula: 'OverdueIssues', unit: 'count', higherIsBetter: false, greenThreshold: 1.5, amberThreshold: 4.5, active: true
    }, undefined);
    expect((await screen.findByTestId('kpi-def-saved')).textContent).toBe('Der KPI „Überfällige Issues“ wurde gespeichert.');
    useTestLocale('en-us');
  });

  it('shows the service\'s refusal at the field it names', async () => {
    const svc = service();
    await renderDashboard(svc);
    fireEvent.click(screen.getByRole('button', { name: 'Configure the KPIs' }));
    const defs = await screen.findByTestId('kpi-definitions');
    fireEvent.click(within(defs).getByRole('button', { name: 'Edit “Projects reporting green”' }));
    expect((screen.getByLabelText(/^Green threshold/) as HTMLInputElement).value).toBe('70');
    await act(async () => { fireEvent.click(screen.getByTestId('kpi-def-save')); });
    expect(svc.saveKpiDefinition).toHaveBeenCalledWith(expect.objectContaining({ code: 'KPI-GREEN', greenThreshold: 70 }), { id: 1, etag: '"1"' });
    expect(screen.getByLabelText(/^Code/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('kpi-def-problems').textContent).toContain('“Code”: another KPI has this code already. Choose another one.');
  });

  it('says so when the user may not read the dashboard (403)', async () => {
    const svc = service();
    svc.getDashboard = jest.fn(async () => { throw Object.assign(new Error('Access denied'), { status: 403 }); });
    render(<Dashboard dashboard={svc} locale="en-us" siteUrl={site} search="" charts={FakeCharts} />);
    await screen.findByText(/You can't use this page|can’t use this page/);
  });
});
