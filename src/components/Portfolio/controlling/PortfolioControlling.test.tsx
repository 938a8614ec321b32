/**
 * @jest-environment ./tools/jest/jsdomWithFetch.js
 */
/**
 * The Portfolio's controlling view against the emulator: the real ControllingService (PnPjs) reads a
 * provisioned site holding the hand-computed example of src/services/test-utils/controllingExample.ts.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PortfolioControlling } from './PortfolioControlling';
import { provisionSite } from '../../../provisioning/provisionSite';
import { pmoSchema } from '../../../schema/pmoSchema';
import { blankSite, type ITestSite } from '../../../provisioning/test-utils/site';
import { localEnvironment } from '../../../services/environment';
import { ControllingService, type IControllingService } from '../../../services/ControllingService';
import { siteAddress } from '../../../services/site';
import { seedControllingExample, type IControllingExample } from '../../../services/test-utils/controllingExample';
import { loadLocale, useTestLocale } from '../../../../tools/jest/locale';

jest.setTimeout(120_000);

let site: ITestSite;
let example: IControllingExample;
let controlling: IControllingService;

beforeAll(async () => {
  site = await blankSite();
  await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
  example = await seedControllingExample(site.sp);
  const env = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
  controlling = new ControllingService(env.sp, siteAddress(site.siteUrl), env.siteTimeZone);
});
afterAll(async () => {
  await site?.stop();
});
afterEach(() => useTestLocale('en-us'));

const programmes = (): Array<{ id: number; title: string }> => [{ id: example.programmeId, title: 'Archive programme' }];
const cells = (row: HTMLElement): string[] => within(row).getAllByRole('cell').map(c => c.textContent ?? '');

describe('PortfolioControlling', () => {
  it('shows the portfolio\'s sums, SPI and CPI as ratios of sums marked against the KPI rules, and who is left out', async () => {
    render(<PortfolioControlling controlling={controlling} programmes={programmes()} locale="en-us" />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    const totals = await screen.findByRole('table', { name: 'Sums over the running projects with a published status report' });
    const row = (name: RegExp): string => cells(within(totals).getByRole('rowheader', { name }).closest('tr') as HTMLElement).join(' ');
    expect(row(/^Planned value/)).toBe('6,000');
    expect(row(/^Earned value/)).toBe('5,500');
    expect(row(/^Actual cost/)).toBe('3,700');
    expect(row(/^Budget at completion/)).toBe('19,000');
    // SPI = 5,500 / 6,000 = 0.9167 → Amber (green ≥ 0.95, amber ≥ 0.90); CPI = (900 + 3,100) / (1,200 + 2,500) = 1.081 → Green.
    expect(row(/^Schedule performance index/)).toBe('0.92 Against the KPI thresholds: Amber');
    expect(row(/^Cost performance index/)).toBe('1.08 Against the KPI thresholds: Green');
    const counts = screen.getByRole('table', { name: 'Projects in the roll-up' });
    const count = (name: string): string => cells(within(counts).getByRole('rowheader', { name }).closest('tr') as HTMLElement)[0];
    expect(count('Running projects')).toBe('4');
    expect(count('With a published status report')).toBe('3');
    expect(count('No report (not in the sums)')).toBe('1');
    expect(count('Left out of SPI (PV or EV missing)')).toBe('0');
    expect(count('Left out of CPI (EV or AC missing)')).toBe('1');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('shows earned value per programme, "No programme" included, with the reason a figure is not available', async () => {
    render(<PortfolioControlling controlling={controlling} programmes={programmes()} locale="en-us" />);
    const table = await screen.findByRole('table', { name: /^Per programme/ });
    const rowOf = (name: string): string[] => cells(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement);
    // Archive: Alpha + Beta counted (Delta has no report, Omega is closed): SPI 4,000 / 4,000, CPI 4,000 / 3,700.
    expect(rowOf('Archive programme')).toEqual(['3', '2', '4,000', '4,000', '3,700', '1.00 Against the KPI thresholds: Green', '1.08 Against the KPI thresholds: Green']);
    // Gamma alone: SPI 1,500 / 2,000 = 0.75 → Red; no AC, so no CPI.
    expect(rowOf('No programme')).toEqual(['1', '1', '2,000', '1,500', '0', '0.75 Against the KPI thresholds: Red', 'Not available: no project reports both EV and AC']);
  });

  it('counts RAG per dimension with "no report" apart, never as green', async () => {
    render(<PortfolioControlling controlling={controlling} programmes={programmes()} locale="en-us" />);
    const table = await screen.findByRole('table', { name: 'Running projects per RAG, by dimension' });
    expect(within(table).getAllByRole('columnheader').map(h => h.textContent)).toEqual(['Dimension', 'Red', 'Amber', 'Green', 'Not rated', 'No report', 'Total']);
    const rowOf = (name: string): string[] => cells(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement);
    expect(within(table).getAllByRole('rowheader').map(h => h.textContent)).toEqual(['Overall', 'Schedule', 'Cost', 'Scope', 'Quality', 'Risks', 'Resources']);
    expect(rowOf('Overall')).toEqual(['1', '1', '1', '0', '1', '4']);
    expect(rowOf('Schedule')).toEqual(['0', '1', '0', '2', '1', '4']);
    expect(rowOf('Cost')).toEqual(['0', '0', '0', '3', '1', '4']);
    const bar = screen.getByTestId('controlling-rag-bars').querySelector('[data-bar="overall"]') as HTMLElement;
    expect(Array.from(bar.querySelectorAll('[data-segment]')).map(s => `${s.getAttribute('data-segment') ?? ''}:${s.textContent ?? ''}`)).toEqual(['Red:1', 'Amber:1', 'Green:1', 'noReport:1']);
  });

  it('formats amounts in the user\'s locale', async () => {
    useTestLocale('de-de');
    render(<PortfolioControlling controlling={controlling} programmes={programmes()} locale="de-de" />);
    const totals = await screen.findByRole('table', { name: 'Summen über die laufenden Projekte mit einem veröffentlichten Statusbericht' });
    expect(cells(within(totals).getByRole('rowheader', { name: /^Gesamtbudget/ }).closest('tr') as HTMLElement)).toEqual(['19.000']);
    expect(cells(within(totals).getByRole('rowheader', { name: /^Termin-Leistungsindex/ }).closest('tr') as HTMLElement)[0]).toMatch(/^0,92 /);
  });

  it('shows an error with "Try again", which loads again', async () => {
    const broken = new ControllingService(localEnvironment({ siteUrl: site.siteUrl.replace('/sites/pmo', '/sites/nowhere'), graphUrl: site.graphUrl, retries: 0 }).sp, siteAddress(site.siteUrl.replace('/sites/pmo', '/sites/nowhere')), controlling as unknown as never);
    let calls = 0;
    const flaky: IControllingService = {
      getProjectPage: id => controlling.getProjectPage(id),
      getPortfolioControlling: () => (++calls === 1 ? broken.getPortfolioControlling() : controlling.getPortfolioControlling()),
      getTeamProjects: groupId => controlling.getTeamProjects(groupId)
    };
    render(<PortfolioControlling controlling={flaky} programmes={programmes()} locale="en-us" />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(retry);
    expect(await screen.findByRole('table', { name: 'Projects in the roll-up' })).toBeTruthy();
    expect(calls).toBe(2);
  });
});
