import * as React from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { PmoHome } from './PmoHome';
import type { IHomeService, ISiteOverview } from '../../services/HomeService';
import { useTestLocale } from '../../../tools/jest/locale';

/** A service double: component tests check rendering; the real HomeService runs against the emulator in its own test. */
function serviceOf(result: () => Promise<ISiteOverview>): IHomeService {
  return { getSiteOverview: jest.fn(result) };
}

const fullSite: ISiteOverview = {
  userDisplayName: 'Anna Schmidt',
  listUrls: ['Lists/ProjectRequests', 'Lists/Projects', 'Lists/StatusReports', 'Lists/Risks', 'Lists/Scores', 'Lists/Resources', 'Lists/KpiDefinitions', 'Lists/TrainingModules', 'Lists/MaturityQuestions'],
  pageUrls: ['SitePages/Home.aspx', 'SitePages/Portfolio.aspx', 'SitePages/Requests.aspx', 'SitePages/Setup.aspx'],
  canManageSite: true
};

describe('PmoHome', () => {
  afterEach(() => useTestLocale('en-us'));

  it('shows a loading state, then greets the user and links every page of a set-up site', async () => {
    render(<PmoHome service={serviceOf(() => Promise.resolve(fullSite))} siteUrl="https://contoso.sharepoint.com/sites/pmo/" showUnavailable={true} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('Hello, Anna Schmidt')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'PMO areas' });
    const links = Array.from(nav.querySelectorAll('a')).map(a => a.getAttribute('href'));
    expect(links).toEqual(['Requests', 'Portfolio', 'Setup'].map(p => `https://contoso.sharepoint.com/sites/pmo/SitePages/${p}.aspx`));
    expect(screen.queryByText('Not set up yet')).toBeNull();
  });

  it('links no page the site does not have, even when its list exists (no tile leads to a missing page)', async () => {
    render(<PmoHome service={serviceOf(() => Promise.resolve({ ...fullSite, pageUrls: ['SitePages/Home.aspx', 'SitePages/Portfolio.aspx'] }))} siteUrl="/sites/pmo" showUnavailable={true} />);
    await screen.findByText('Hello, Anna Schmidt');
    expect(screen.getAllByRole('link').map(a => a.getAttribute('href'))).toEqual(['/sites/pmo/SitePages/Portfolio.aspx']);
    for (const gone of ['Status reports', 'Risks and issues', 'Scoring and decisions', 'Resources and capacity', 'Reports and KPIs', 'Trainings', 'Maturity assessment', 'Project requests', 'Prioritization']) {
      expect(screen.queryByText(gone)).toBeNull();
    }
  });

  it('marks areas whose lists are missing as not set up, and hides them when asked', async () => {
    // A blank site where a site owner put PMO Setup on a page: only that page exists.
    const blank: ISiteOverview = { userDisplayName: 'Olivia Bennett', listUrls: [], pageUrls: ['SitePages/Setup.aspx'], canManageSite: true };
    const { unmount } = render(<PmoHome service={serviceOf(() => Promise.resolve(blank))} siteUrl="/sites/pmo" showUnavailable={true} />);
    await screen.findByText('Hello, Olivia Bennett');
    expect(screen.getAllByText('Not set up yet')).toHaveLength(8); // Project requests, Scoring and decisions, Portfolio, Reports and KPIs (the Dashboard), Prioritization, Resources and capacity, Trainings, Maturity assessment
    expect(screen.getAllByRole('link')).toHaveLength(1); // only PMO Setup needs no list
    unmount();

    render(<PmoHome service={serviceOf(() => Promise.resolve(blank))} siteUrl="/sites/pmo" showUnavailable={false} />);
    await screen.findByText('Hello, Olivia Bennett');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('link', { name: /PMO Setup/ })).toBeTruthy();
  });

  it('leaves out pages whose list the user cannot read on a set-up site instead of calling them not set up', async () => {
    const visitorView: ISiteOverview = { ...fullSite, userDisplayName: 'Thomas Wright', listUrls: fullSite.listUrls.filter(u => u !== 'Lists/ProjectRequests'), canManageSite: false };
    render(<PmoHome service={serviceOf(() => Promise.resolve(visitorView))} siteUrl="/sites/pmo" showUnavailable={true} />);
    await screen.findByText('Hello, Thomas Wright');
    expect(screen.queryByText('Project requests')).toBeNull();
    expect(screen.queryByText('Not set up yet')).toBeNull();
    // PMO Setup is for those who can manage the site: not offered to a visitor (or a PMO officer).
    expect(screen.getAllByRole('link').map(a => a.getAttribute('href'))).toEqual(['/sites/pmo/SitePages/Portfolio.aspx']);
  });

  it('opens the pages in a new window from a Teams tab, and says so to screen readers', async () => {
    render(<PmoHome service={serviceOf(() => Promise.resolve(fullSite))} siteUrl="/sites/pmo" showUnavailable={true} openInNewWindow={true} />);
    await screen.findByText('Hello, Anna Schmidt');
    const links = screen.getAllByRole('link');
    expect(links.map(a => [a.getAttribute('target'), a.getAttribute('rel')])).toEqual(links.map(() => ['_blank', 'noopener noreferrer']));
    expect(links[0].textContent).toContain('(opens in a new window)');
  });

  it('shows the error with a retry that loads again', async () => {
    let calls = 0;
    const service = serviceOf(() => (++calls === 1 ? Promise.reject(Object.assign(new Error('Service Unavailable'), { status: 503 })) : Promise.resolve(fullSite)));
    render(<PmoHome service={service} siteUrl="/sites/pmo" showUnavailable={true} />);
    expect(await screen.findByText(/SharePoint is busy/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText('Hello, Anna Schmidt')).toBeTruthy());
    expect(calls).toBe(2);
  });

  it('uses the property pane title and renders in German', async () => {
    useTestLocale('de-de');
    render(<PmoHome service={serviceOf(() => Promise.resolve(fullSite))} siteUrl="/sites/pmo" title="Unser PMO" showUnavailable={true} />);
    expect(await screen.findByText('Hallo, Anna Schmidt')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Unser PMO');
    expect(screen.getByRole('navigation', { name: 'PMO-Bereiche' })).toBeTruthy();
    expect(screen.getByText('Projektanträge')).toBeTruthy();
  });
});
