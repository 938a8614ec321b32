import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Portfolio } from '../Portfolio';
import type { IPortfolioData, IPortfolioService } from '../../../services/PortfolioService';
import type { IPortfolioRow } from '../../../domain/portfolio';
import type { IRoadmapMilestone } from '../../../domain/roadmap';
import { useTestLocale } from '../../../../tools/jest/locale';

jest.setTimeout(30000);

const DTP = { id: 1, title: 'Digital Transformation' };
const PSM = { id: 2, title: 'Public Services' };

function row(id: number, extra: Partial<IPortfolioRow>): IPortfolioRow {
  return { id, title: `Project ${id}`, rag: {}, objectives: [], status: 'Active', ...extra };
}

const rows: IPortfolioRow[] = [
  row(1, { title: 'Bürgerportal', programme: PSM, rag: { overall: 'Amber' }, startDate: '2026-03-01', endDate: '2027-06-30' }),
  row(2, { title: 'ERP upgrade', programme: DTP, rag: { overall: 'Red' }, startDate: '2026-09-01', endDate: '2026-12-31' }),
  row(3, { title: 'Modern workplace', programme: DTP, startDate: '2026-05-01', endDate: '2026-08-31' }),
  row(4, { title: 'Archive scanning', status: 'Closed', rag: { overall: 'Green' } })
];

const milestones = new Map<number, IRoadmapMilestone[]>([
  [1, [
    { id: 10, title: 'Design', baselineDate: '2026-05-01', forecastDate: '2026-05-10', actualDate: '2026-05-12' },
    { id: 11, title: 'Go-live', baselineDate: '2026-12-01', forecastDate: '2027-03-03' },
    { id: 12, title: 'Pilot', forecastDate: '2026-10-15' }
  ]]
]);

function service(getRoadmapMilestones: () => Promise<Map<number, IRoadmapMilestone[]>> = () => Promise.resolve(milestones)): IPortfolioService & { getRoadmapMilestones: jest.Mock } {
  const data: IPortfolioData = { rows, programmes: [DTP, PSM], objectives: [], views: [], canShareViews: false, canEditProjects: false, currentUserId: 1 };
  return {
    load: jest.fn(() => Promise.resolve(data)),
    getRoadmapMilestones: jest.fn(getRoadmapMilestones),
    getPhotoUrl: jest.fn(() => Promise.resolve(undefined)),
    projectsListUrl: () => 'x'
  } as unknown as IPortfolioService & { getRoadmapMilestones: jest.Mock };
}

const base = { siteUrl: 'https://contoso.sharepoint.com/sites/pmo/', locale: 'en-us', showRollup: true, today: '2026-11-30' };

async function openRoadmap(svc: IPortfolioService): Promise<HTMLElement> {
  render(<Portfolio service={svc} {...base} />);
  await screen.findByText('4 of 4 projects');
  fireEvent.click(screen.getByRole('tab', { name: 'Roadmap' }));
  return screen.findByRole('grid', { name: 'Roadmap of the projects shown' });
}

const rowNames = (grid: HTMLElement): string[] => within(grid).getAllByTestId('roadmap-row').map(r => r.getAttribute('aria-label') ?? '');

describe('Portfolio roadmap', () => {
  afterEach(() => useTestLocale('en-us'));

  it('reads milestones only when the Roadmap tab is opened, then shows lanes by programme with named rows', async () => {
    const svc = service();
    render(<Portfolio service={svc} {...base} />);
    await screen.findByText('4 of 4 projects');
    expect(screen.getByRole('tab', { name: 'Projects', selected: true })).toBeTruthy();
    expect(svc.getRoadmapMilestones).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('tab', { name: 'Roadmap' }));
    const grid = await screen.findByRole('grid', { name: 'Roadmap of the projects shown' });
    expect(svc.getRoadmapMilestones).toHaveBeenCalledTimes(1);
    expect(within(grid).getAllByTestId('roadmap-lane').map(l => l.textContent)).toEqual(['Digital Transformation', 'Public Services', 'No programme']);
    await waitFor(() => expect(rowNames(grid)[2]).toMatch(/3 milestones$/));
    expect(rowNames(grid)).toEqual([
      'ERP upgrade, Sep 1, 2026 to Dec 31, 2026, overall red, 0 milestones',
      'Modern workplace, May 1, 2026 to Aug 31, 2026, no status report, 0 milestones',
      'Bürgerportal, Mar 1, 2026 to Jun 30, 2027, overall amber, 3 milestones',
      'Archive scanning, no start or end date, ended, no current status, 0 milestones'
    ]);
    // Colour is never the only cue: the state in words and a pattern class; no report is not green.
    const bars = within(grid).getAllByTestId('roadmap-bar');
    expect(bars.map(b => b.getAttribute('data-state'))).toEqual(['Red', 'None', 'Amber']);
    expect(within(grid).getByText('No report')).toBeTruthy();
    expect(within(grid).getByText('No start or end date')).toBeTruthy();
    const link = within(grid).getByRole('link', { name: 'Bürgerportal' });
    expect(link.getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Project.aspx?projectId=1');
    // Milestones: reached filled, open hollow, each named with its date.
    expect(within(grid).getByRole('img', { name: 'Milestone Design, reached May 12, 2026' })).toBeTruthy();
    expect(within(grid).getByRole('img', { name: 'Milestone Pilot, forecast Oct 15, 2026' })).toBeTruthy();
    // Go-live (Mar 2027) lies outside the year 2026: counted, not drawn.
    expect(within(grid).queryByRole('img', { name: /Go-live/ })).toBeNull();
    expect(screen.getByTestId('roadmap-today')).toBeTruthy();
  });

  it('zooms and moves the window: ticks, clipping and the window\'s name follow', async () => {
    const grid = await openRoadmap(service());
    const ticks = (): string[] => within(grid).getAllByTestId('roadmap-tick').map(t => t.textContent ?? '');
    expect(ticks()).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    fireEvent.click(screen.getByRole('button', { name: 'Quarter' }));
    expect(screen.getByRole('button', { name: 'Quarter' }).getAttribute('aria-pressed')).toBe('true');
    expect(ticks()).toEqual(['Oct', 'Nov', 'Dec']);
    expect(screen.getByTestId('roadmap-window').textContent).toBe('Q4 2026: Oct 1, 2026 to Dec 31, 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Next quarter' }));
    expect(ticks()).toEqual(['Jan', 'Feb', 'Mar']);
    expect(screen.queryByTestId('roadmap-today')).toBeNull();
    await waitFor(() => expect(within(grid).getByRole('img', { name: 'Milestone Go-live, forecast Mar 3, 2027' })).toBeTruthy());
    expect(within(grid).getAllByText('Ended before this period')).toHaveLength(2);
    const amber = within(grid).getAllByTestId('roadmap-bar').filter(b => b.getAttribute('data-state') === 'Amber')[0];
    expect(within(amber).getByTitle('Starts before this period')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(ticks()).toEqual(['Oct', 'Nov', 'Dec']);
    fireEvent.click(screen.getByRole('button', { name: 'Year' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(ticks()).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
  });

  it('moves with the keyboard: one tab stop, Up/Down/Home/End between projects, Right/Left through milestones, Enter opens', async () => {
    const grid = await openRoadmap(service());
    await waitFor(() => expect(rowNames(grid)[2]).toMatch(/3 milestones$/));
    const rowsEls = within(grid).getAllByTestId('roadmap-row');
    expect(rowsEls.map(r => r.tabIndex)).toEqual([0, -1, -1, -1]);
    act(() => rowsEls[0].focus());
    fireEvent.keyDown(rowsEls[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rowsEls[1]);
    fireEvent.keyDown(rowsEls[1], { key: 'End' });
    expect(document.activeElement).toBe(rowsEls[3]);
    fireEvent.keyDown(rowsEls[3], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rowsEls[2]);
    fireEvent.keyDown(rowsEls[2], { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Milestone Design, reached May 12, 2026');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Milestone Pilot, forecast Oct 15, 2026');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' }); // the last one in the window
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Milestone Pilot, forecast Oct 15, 2026');
    expect(rowsEls.map(r => r.tabIndex)).toEqual([-1, -1, -1, -1]);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(rowsEls[2]);
    fireEvent.keyDown(rowsEls[2], { key: 'Home' });
    expect(document.activeElement).toBe(rowsEls[0]);
    const link = within(rowsEls[0]).getByRole('link');
    const clicked = jest.fn((e: Event) => e.preventDefault());
    link.addEventListener('click', clicked);
    fireEvent.keyDown(rowsEls[0], { key: 'Enter' });
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('follows the toolbar\'s search, and says when the milestones could not be read (with a retry)', async () => {
    let fail = true;
    const svc = service(() => (fail ? Promise.reject(new Error('Throttled')) : Promise.resolve(milestones)));
    const grid = await openRoadmap(svc);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(rowNames(grid)).toHaveLength(4);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowNames(grid)[2]).toMatch(/3 milestones$/));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search projects' }), { target: { value: 'upgrade' } });
    expect(rowNames(screen.getByRole('grid', { name: 'Roadmap of the projects shown' }))).toEqual(['ERP upgrade, Sep 1, 2026 to Dec 31, 2026, overall red, 0 milestones']);
  });

  it('speaks Dutch', async () => {
    useTestLocale('nl-nl');
    render(<Portfolio service={service()} {...base} locale="nl-nl" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Roadmap' }));
    const grid = await screen.findByRole('grid', { name: 'Roadmap van de getoonde projecten' });
    await waitFor(() => expect(rowNames(grid)[2]).toBe('Bürgerportal, 1 mrt 2026 tot en met 30 jun 2027, algemeen oranje, 3 mijlpalen'));
    expect(within(grid).getAllByTestId('roadmap-tick').map(t => t.textContent)).toEqual(['K1 2026', 'K2 2026', 'K3 2026', 'K4 2026']);
  });
});
