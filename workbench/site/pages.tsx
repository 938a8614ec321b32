/**
 * The local PMO site's pages: the pages of the schema (src/schema/pages.ts), each rendering its web
 * part's root component with services from `createPmoServices(localEnvironment(...))` — the same
 * components and services as in SharePoint. Which pages exist is the site's own answer (its Site
 * Pages library, as provisioning made it); who may use them is the rule of services/pageAccess.
 */
import * as React from 'react';
import type { IPmoServices } from '../../src/services';
import { PmoHome } from '../../src/components/PmoHome';
import { PmoSetup } from '../../src/components/PmoSetup';
import { Portfolio } from '../../src/components/Portfolio';
import { ProjectRequest } from '../../src/components/ProjectRequest';
import { Scoring } from '../../src/components/Scoring';
import { Prioritization } from '../../src/components/Prioritization';
import { Project, projectIdFrom } from '../../src/components/Project';
import { Raid } from '../../src/components/Raid';
import { Gates } from '../../src/components/Gates';
import { Methodology } from '../../src/components/Methodology';
import { Benefits } from '../../src/components/Benefits';
import { Capacity } from '../../src/components/Capacity';
import { Training } from '../../src/components/Training';
import { Dashboard } from '../../src/components/Dashboard';
import { Maturity } from '../../src/components/Maturity';
import { isPrintAddress } from '../../src/components/Reports/printAddress';
import { lifecycleFrom } from '../../src/components/Methodology/lifecycleParam';
import { MethodologyPage, pageByFile, sitePages, WEB_PART_IDS } from '../../src/schema/pages';
import type { ISitePageSchema } from '../../src/schema/types';

/** What a page host gives a web part (the workbench's stand-in for the SPFx context). */
export interface IPageContext {
  services: IPmoServices;
  /** Absolute URL of the PMO site. */
  siteUrl: string;
  /** Set when the web part runs as a Teams tab. */
  teams?: { teamId: string; teamName: string; theme: TeamsTheme };
}

export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** A page of the local site: the schema's page and how its web part renders. */
export interface IWorkbenchPage {
  /** Page file name without .aspx, e.g. 'Home' → SitePages/Home.aspx. */
  name: string;
  /** Loc key of the page title (also the navigation label). */
  titleKey: string;
  /** Whether the web part on this page is Teams-enabled (shown as a tab in the Teams view). */
  teamsTab: boolean;
  /** The page as the schema describes it. */
  sitePage: ISitePageSchema;
  render(ctx: IPageContext): React.ReactElement;
}

/** How each of the solution's web parts renders on the local site, by web part id. */
const WEB_PARTS: Readonly<Record<string, (ctx: IPageContext) => React.ReactElement>> = {
  [WEB_PART_IDS.pmoHome]: ctx => <PmoHome service={ctx.services.home} siteUrl={ctx.siteUrl} showUnavailable={true} openInNewWindow={!!ctx.teams} />,
  [WEB_PART_IDS.portfolio]: ctx => (
    <Portfolio
      service={ctx.services.portfolio}
      controlling={ctx.services.controlling}
      siteUrl={ctx.siteUrl}
      locale={ctx.services.env.locale}
      showRollup={true}
      teams={ctx.teams ? { groupId: ctx.teams.teamId, teamName: ctx.teams.teamName, theme: ctx.teams.theme } : undefined}
    />
  ),
  [WEB_PART_IDS.projectRequest]: ctx => <ProjectRequest service={ctx.services.requests} locale={ctx.services.env.locale} startView="new" />,
  [WEB_PART_IDS.scoring]: ctx => <Scoring service={ctx.services.scoring} locale={ctx.services.env.locale} teams={!!ctx.teams} />,
  [WEB_PART_IDS.pmoSetup]: ctx => <PmoSetup service={ctx.services.setup} locale={ctx.services.env.locale} />,
  [WEB_PART_IDS.prioritization]: ctx => <Prioritization service={ctx.services.prioritization} decisions={ctx.services.decisions} locale={ctx.services.env.locale} />,
  [WEB_PART_IDS.project]: ctx => (
    <Project
      controlling={ctx.services.controlling}
      statusReports={ctx.services.statusReports}
      milestones={ctx.services.milestones}
      budget={ctx.services.budget}
      capacity={ctx.services.capacity}
      projects={ctx.services.projects}
      reports={ctx.services.dashboard}
      print={isPrintAddress(window.location.search)}
      locale={ctx.services.env.locale}
      projectId={projectIdFrom(undefined, window.location.search)}
      siteUrl={ctx.siteUrl}
      teams={ctx.teams ? { groupId: ctx.teams.teamId } : undefined}
    />
  ),
  [WEB_PART_IDS.raid]: ctx => (
    <Raid
      controlling={ctx.services.controlling}
      risks={ctx.services.risks}
      raidLog={ctx.services.raidLog}
      changes={ctx.services.changes}
      raid={ctx.services.raid}
      locale={ctx.services.env.locale}
      projectId={projectIdFrom(undefined, window.location.search)}
      siteUrl={ctx.siteUrl}
      teamsTheme={ctx.teams?.theme}
    />
  ),
  [WEB_PART_IDS.gates]: ctx => (
    <Gates
      gates={ctx.services.gates}
      endReports={ctx.services.endReports}
      locale={ctx.services.env.locale}
      projectId={projectIdFrom(undefined, window.location.search)}
      siteUrl={ctx.siteUrl}
      teamsTheme={ctx.teams?.theme}
    />
  ),
  [WEB_PART_IDS.methodology]: ctx => (
    <Methodology
      methodology={ctx.services.methodology}
      locale={ctx.services.env.locale}
      defaultLifecycle={lifecycleFrom(MethodologyPage.webPart.properties?.lifecycle)}
      siteUrl={ctx.siteUrl}
      teamsTheme={ctx.teams?.theme}
    />
  ),
  [WEB_PART_IDS.benefits]: ctx => (
    <Benefits
      controlling={ctx.services.controlling}
      benefits={ctx.services.benefits}
      locale={ctx.services.env.locale}
      projectId={projectIdFrom(undefined, window.location.search)}
      siteUrl={ctx.siteUrl}
      teamsTheme={ctx.teams?.theme}
    />
  ),
  [WEB_PART_IDS.capacity]: ctx => <Capacity capacity={ctx.services.capacity} locale={ctx.services.env.locale} siteUrl={ctx.siteUrl} teamsTheme={ctx.teams?.theme} />,
  [WEB_PART_IDS.dashboard]: ctx => <Dashboard dashboard={ctx.services.dashboard} portfolio={ctx.services.portfolio} locale={ctx.services.env.locale} siteUrl={ctx.siteUrl} teamsTheme={ctx.teams?.theme} />,
  [WEB_PART_IDS.training]: ctx => <Training training={ctx.services.training} communities={ctx.services.communities} locale={ctx.services.env.locale} siteUrl={ctx.siteUrl} teamsTheme={ctx.teams?.theme} />,
  [WEB_PART_IDS.maturity]: ctx => <Maturity maturity={ctx.services.maturity} locale={ctx.services.env.locale} siteUrl={ctx.siteUrl} teamsTheme={ctx.teams?.theme} />
};

/** The local page of a schema page; throws when the local site cannot render its web part (a test checks every page). */
export function workbenchPage(sitePage: ISitePageSchema): IWorkbenchPage {
  const render = WEB_PARTS[sitePage.webPart.id];
  if (!render) throw new Error(`The local site cannot render ${sitePage.webPart.alias} (page ${sitePage.file}): add it to WEB_PARTS in workbench/site/pages.tsx`);
  return { name: sitePage.file.replace(/\.aspx$/i, ''), titleKey: sitePage.title, teamsTab: sitePage.teamsTab, sitePage, render };
}

/** Every page of the schema, in its order (PMO Setup last). */
export const PAGES: ReadonlyArray<IWorkbenchPage> = sitePages.map(workbenchPage);

/** The page for a path like /sites/pmo, /sites/pmo/SitePages/Home.aspx; undefined when the schema has none. */
export function pageForPath(pathname: string, sitePath: string): IWorkbenchPage | undefined {
  const rest = pathname.slice(sitePath.length).replace(/^\/+/, '');
  if (rest === '' || /^sitepages\/?$/i.test(rest)) return PAGES[0];
  const m = /^SitePages\/([^/]+\.aspx)$/i.exec(rest);
  const sitePage = m ? pageByFile(m[1]) : undefined;
  return sitePage ? PAGES.filter(p => p.sitePage === sitePage)[0] : undefined;
}
