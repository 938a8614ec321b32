import * as React from 'react';
import { render, screen, fireEvent, waitFor, act } from '@testing-library/react';
import { PmoSetup } from './PmoSetup';
import type { ISetupProgress, ISetupService, ISetupStatus } from '../../services/SetupService';
import { useTestLocale } from '../../../tools/jest/locale';

/** A service double driven by the test: the real SetupService runs against the emulator in its own test. */
class FakeSetup implements ISetupService {
  public status: ISetupStatus;
  public progress?: (p: ISetupProgress) => void;
  public finish?: (r: { changes: number }) => void;
  public fail?: (e: Error) => void;
  public constructor(status: ISetupStatus) { this.status = status; }
  public getStatus(): Promise<ISetupStatus> { return Promise.resolve(this.status); }
  public run(onProgress: (p: ISetupProgress) => void): Promise<{ changes: number }> {
    this.progress = onProgress;
    return new Promise((resolve, reject) => { this.finish = resolve; this.fail = reject; });
  }
}

const blank: ISetupStatus = {
  siteVersion: undefined,
  solutionVersion: 2,
  changes: [
    { area: 'list', target: 'Projects', text: "List 'Projects' created at Lists/Projects" },
    { area: 'list', target: 'Risks', text: "List 'Risks' created at Lists/Risks" }
  ],
  upToDate: false,
  canManage: true
};

/** A set-up site changed by hand: cut choices, a deleted view, a removed grant. */
const drifted: ISetupStatus = {
  siteVersion: 2,
  solutionVersion: 2,
  changes: [
    { area: 'field', target: 'Projects.LifecycleStatus', text: "Field 'Projects.LifecycleStatus': updated Choices" },
    { area: 'view', target: 'Projects/ActiveProjects', text: "View 'Projects/ActiveProjects' created" },
    { area: 'view', target: 'Projects/ActiveProjects', text: "View 'Projects/ActiveProjects': columns set" },
    { area: 'permissions', target: "List 'Scores' · strategyBoard", text: "List 'Scores': granted role 7 to principal 9" }
  ],
  upToDate: false,
  canManage: true
};

describe('PmoSetup', () => {
  afterEach(() => useTestLocale('en-us'));

  it('shows what is missing on a blank site, runs set-up with a progress bar and ends up to date', async () => {
    const svc = new FakeSetup(blank);
    render(<PmoSetup service={svc} locale="en-us" />);
    expect(await screen.findByText('Missing on this site (2)')).toBeTruthy();
    expect(screen.getByTestId('site-version').textContent).toBe('Not set up');
    expect(screen.getByTestId('solution-version').textContent).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Set up the PMO site' }));
    act(() => svc.progress?.({ step: 'Lists/Projects', done: 3, total: 12 }));
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByText('Step 3 of 12: Lists/Projects')).toBeTruthy();
    svc.status = { ...blank, siteVersion: 2, changes: [], upToDate: true };
    await act(async () => svc.finish?.({ changes: 57 }));
    expect(await screen.findByText(/The PMO site is up to date\. 57 changes made\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Set up/ })).toBeNull();
  });

  it('offers an upgrade on an older site, and names the failing list when it stops', async () => {
    const svc = new FakeSetup({ ...blank, siteVersion: 1, changes: [{ area: 'field', target: 'Risks.Proximity', text: "Field 'Risks.Proximity' created" }] });
    render(<PmoSetup service={svc} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Upgrade the PMO site' }));
    await act(async () => svc.fail?.(new Error('List "Risks", field "Proximity": the value is not valid')));
    await waitFor(() => expect(screen.getByText(/Set-up stopped:/)).toBeTruthy());
    expect(screen.getByText(/List "Risks", field "Proximity"/)).toBeTruthy();
  });

  it('reports drift on a set-up site, each thing once, and repairs it', async () => {
    const svc = new FakeSetup(drifted);
    render(<PmoSetup service={svc} locale="en-us" />);
    expect(await screen.findByRole('heading', { level: 2, name: "Differs from PMO Hub's schema (3)" })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map(li => li.textContent)).toEqual([
      'Column: Projects.LifecycleStatus',
      'View: Projects/ActiveProjects',
      "Permissions: List 'Scores' · strategyBoard"
    ]);
    expect(screen.queryByTestId('setup-uptodate')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Repair the PMO site' }));
    svc.status = { ...drifted, changes: [], upToDate: true };
    await act(async () => svc.finish?.({ changes: 3 }));
    expect(await screen.findByText(/The PMO site is up to date\. 3 changes made\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Repair the PMO site' })).toBeNull();
  });

  it('reports drift in German', async () => {
    useTestLocale('de-de');
    render(<PmoSetup service={new FakeSetup(drifted)} locale="en-us" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Weicht vom Schema von PMO Hub ab (3)' })).toBeTruthy();
    expect(screen.getByText('Spalte: Projects.LifecycleStatus')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'PMO-Website reparieren' })).toBeTruthy();
  });

  it('tells a user who is not a site owner that only owners can set up the site', async () => {
    render(<PmoSetup service={new FakeSetup({ ...blank, canManage: false })} locale="en-us" />);
    expect(await screen.findByText('Only site owners can set up or upgrade the PMO site.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/Missing on this site/)).toBeNull();
  });

  it('renders in Italian', async () => {
    useTestLocale('it-it');
    render(<PmoSetup service={new FakeSetup({ ...blank, siteVersion: 2, changes: [], upToDate: true })} locale="en-us" />);
    expect(await screen.findByText('Il sito PMO è aggiornato.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Configurazione PMO');
  });
});
