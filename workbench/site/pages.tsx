/**
 * The local PMO site's pages: each renders one web part's root component with services from
 * `createPmoServices(localEnvironment(...))` — the same components and services as in SharePoint.
 */
import * as React from 'react';
import type { IPmoServices } from '../../src/services';
import { PmoHome } from '../../src/components/PmoHome';
import { PmoSetup } from '../../src/components/PmoSetup';
import { Portfolio } from '../../src/components/Portfolio';
import { ProjectRequest } from '../../src/components/ProjectRequest';

/** What a page host gives a web part (the workbench's stand-in for the SPFx context). */
export interface IPageContext {
  services: IPmoServices;
  /** Absolute URL of the PMO site. */
  siteUrl: string;
  /** Set when the web part runs as a Teams tab. */
  teams?: { teamId: string; teamName: string; theme: TeamsTheme };
}

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface IWorkbenchPage {
  /** Page file name without .aspx, e.g. 'Home' → SitePages/Home.aspx. */
  name: string;
  /** Loc key of the page title (also the navigation label). */
  titleKey: string;
  /** Whether the web part on this page is Teams-enabled (shown as a tab in the Teams view). */
  teamsTab: boolean;
  render(ctx: IPageContext): React.ReactElement;
}

export const PAGES: ReadonlyArray<IWorkbenchPage> = [
  {
    name: 'Home',
    titleKey: 'Home_WebPartTitle',
    teamsTab: true,
    render: ctx => <PmoHome service={ctx.services.home} siteUrl={ctx.siteUrl} showUnavailable={true} />
  },
  {
    name: 'Portfolio',
    titleKey: 'Portfolio_WebPartTitle',
    teamsTab: true,
    render: ctx => (
      <Portfolio
        service={ctx.services.portfolio}
        siteUrl={ctx.siteUrl}
        locale={ctx.services.env.locale}
        showRollup={true}
        teams={ctx.teams ? { groupId: ctx.teams.teamId, teamName: ctx.teams.teamName, theme: ctx.teams.theme } : undefined}
      />
    )
  },
  {
    name: 'Requests',
    titleKey: 'Request_WebPartTitle',
    teamsTab: true,
    render: ctx => <ProjectRequest service={ctx.services.requests} locale={ctx.services.env.locale} startView="new" />
  },
  // ↑ one entry per page (each ending with a comma); add new pages above this line (PMO Setup stays last)
  {
    name: 'Setup',
    titleKey: 'Setup_WebPartTitle',
    teamsTab: false,
    render: ctx => <PmoSetup service={ctx.services.setup} />
  }
];

/** The page for a path like /sites/pmo, /sites/pmo/SitePages/Home.aspx; undefined when there is none. */
export function pageForPath(pathname: string, sitePath: string): IWorkbenchPage | undefined {
  const rest = pathname.slice(sitePath.length).replace(/^\/+/, '');
  if (rest === '' || /^sitepages\/?$/i.test(rest)) return PAGES[0];
  const m = /^SitePages\/([^/]+)\.aspx$/i.exec(rest);
  return m ? PAGES.find(p => p.name.toLowerCase() === m[1].toLowerCase()) : undefined;
}
