import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { PmoSiteUnreachable } from './PmoSiteUnreachable';

describe('PmoSiteUnreachable', () => {
  const site = 'https://contoso.sharepoint.com/sites/pmo';

  it('tells a user without read access on the PMO site to ask the PMO, naming the site', () => {
    render(<PmoSiteUnreachable siteUrl={site} status={403} />);
    expect(screen.getByRole('heading', { name: "The PMO site can't be opened" })).toBeTruthy();
    const text = screen.getByTestId('pmo-site-unreachable').textContent ?? '';
    expect(text).toContain(site);
    expect(text).toMatch(/Ask the PMO to give you access/);
  });

  it('asks for the address to be checked when the site is missing or did not answer', () => {
    render(<PmoSiteUnreachable siteUrl={site} status={404} />);
    const text = screen.getByTestId('pmo-site-unreachable').textContent ?? '';
    expect(text).toContain(site);
    expect(text).toMatch(/administrator to check the PMO site's address/);
    expect(text).not.toMatch(/Ask the PMO to give you access/);
  });
});
