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
  listUrls: ['Lists/ProjectRequests', 'Lists/Projects', 'Lists/StatusReports', 'Lists/Risks', 'Lists/Scores', 'Lists/Resources', 'Lists/KpiDefinitions', 'Lists/TrainingModules', 'Lists/MaturityQuestions']
};

describe('PmoHome', () => {
  afterEach(() => useTestLocale('en-us'));

  it('shows a loading state, then greets the user and links every area of a set-up site', async () => {
    render(<PmoHome service={serviceOf(() => Promise.resolve(fullSite))} siteUrl="https://contoso.sharepoint.com/sites/pmo/" showUnavailable={true} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('Hello, Anna Schmidt')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'PMO areas' });
    const links = nav.querySelectorAll('a');
    expect(links).toHaveLength(10);
    expect(screen.getByRole('link', { name: /Portfolio/ }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx');
    expect(screen.queryByText('Not set up yet')).toBeNull();
  });

  it('marks areas whose lists are missing as not set up, and hides them when asked', async () => {
    const blank: ISiteOverview = { userDisplayName: 'Olivia Bennett', listUrls: [] };
    const { unmount } = render(<PmoHome service={serviceOf(() => Promise.resolve(blank))} siteUrl="/sites/pmo" showUnavailable={true} />);
    await screen.findByText('Hello, Olivia Bennett');
    expect(screen.getAllByText('Not set up yet')).toHaveLength(9);
    expect(screen.getAllByRole('link')).toHaveLength(1); // only PMO Setup needs no list
    unmount();

    render(<PmoHome service={serviceOf(() => Promise.resolve(blank))} siteUrl="/sites/pmo" showUnavailable={false} />);
    await screen.findByText('Hello, Olivia Bennett');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('link', { name: /PMO Setup/ })).toBeTruthy();
  });

  it('leaves out areas the user cannot see on a set-up site instead of calling them not set up', async () => {
    const projectManagerView: ISiteOverview = { userDisplayName: 'Emma Clarke', listUrls: fullSite.listUrls.filter(u => u !== 'Lists/Scores') };
    render(<PmoHome service={serviceOf(() => Promise.resolve(projectManagerView))} siteUrl="/sites/pmo" showUnavailable={true} />);
    await screen.findByText('Hello, Emma Clarke');
    expect(screen.queryByText('Scoring and decisions')).toBeNull();
    expect(screen.queryByText('Not set up yet')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(9);
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
