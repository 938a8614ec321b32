/** The local PMO site: routes a URL to the SharePoint frame or the Teams view, and creates the services. */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { createPmoServices, type IPmoServices } from '../../src/services';
import { localEnvironment } from '../../src/services/environment';
import { PmoSiteUnreachableError, resolvePmoSite } from '../../src/services/pmoSite';
import { PmoSiteUnreachable } from '../../src/components/PageAccess';
import type { IDemoUser } from '../directory';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import * as strings from 'PmoHubStrings';
import * as schemaStrings from 'SchemaStrings';
import { currentLocale, currentUser } from './session';
import { PAGES, pageForPath, type TeamsTheme } from './pages';
import { navigationPages, pageAccess } from '../../src/services/pageAccess';
import { NoAccess } from '../../src/components/PageAccess';
import { SharePointFrame } from './SharePointFrame';
import { TeamsFrame } from './TeamsFrame';
import { WorkbenchPage } from './WorkbenchPage';
import { workbenchStrings } from './strings';
import { formatString } from '../../src/domain/text';
import './site.css';

const SITE_PATH = '/sites/pmo';

/**
 * The SharePoint site a Teams tab runs in: its team's site, `?site=/sites/<name>` (a team other than
 * the PMO site's own), else the PMO site (the team whose site is the PMO site).
 */
function teamSitePath(param: string | null): string {
  return param && /^\/sites\/[A-Za-z0-9_-]{1,80}$/.test(param) ? param : SITE_PATH;
}

/** The services of the PMO site, as the given user, in the given language. */
function servicesFor(siteUrl: string, user: IDemoUser, locale: string): IPmoServices {
  return createPmoServices(localEnvironment({
    siteUrl,
    graphUrl: `${location.origin}/graph/v1.0`,
    user: user.userPrincipalName,
    locale
  }), { ...strings, ...schemaStrings }); // PMO Setup writes the schema's titles, as its web part passes them
}


/** Renders the page into #root and unmounts it when the page goes away. */
function show(element: React.ReactElement, root: HTMLElement): void {
  ReactDom.render(element, root);
  window.addEventListener('pagehide', () => { ReactDom.unmountComponentAtNode(root); }, { once: true });
}

/**
 * The Teams view: a channel tab runs in its team's site (`?site=`), so its services bind to the PMO
 * site through the same resolution as the web parts in Teams (the tenant property, src/services/pmoSite.ts);
 * a PMO site the user cannot read is said so in the tab, with its address.
 */
async function showTeams(root: HTMLElement, user: IDemoUser, locale: string): Promise<void> {
  const q = new URLSearchParams(location.search);
  const hostSite = location.origin + teamSitePath(q.get('site'));
  const bind = (url: string): IPmoServices['env']['sp'] => localEnvironment({ siteUrl: url, graphUrl: `${location.origin}/graph/v1.0`, user: user.userPrincipalName, locale }).sp;
  let siteUrl = hostSite;
  let unreachable: PmoSiteUnreachableError | undefined;
  try {
    siteUrl = await resolvePmoSite(bind(hostSite), hostSite, bind);
  } catch (e) {
    if (!(e instanceof PmoSiteUnreachableError)) throw e;
    unreachable = e;
  }
  const services = servicesFor(siteUrl, user, locale);
  const wrap = (el: React.ReactElement): React.ReactElement =>
    <ErrorBoundary>{el}</ErrorBoundary>;
  const joined = await services.env.graph.api('/me/joinedTeams').select('id,displayName').get() as { value: Array<{ id: string; displayName: string }> };
  const theme = (['default', 'dark', 'contrast'].indexOf(q.get('theme') ?? '') >= 0 ? q.get('theme') : 'default') as TeamsTheme;
  const teamId = q.get('team') ?? joined.value[0]?.id;
  const team = joined.value.find(t => t.id === teamId);
  document.title = `${team?.displayName ?? 'Teams'} | Microsoft Teams`;
  if (unreachable) {
    show(
      <TeamsFrame user={user} locale={locale} teams={joined.value} teamId={teamId} theme={theme} tabs={[]}>
        <PmoSiteUnreachable siteUrl={unreachable.siteUrl} status={unreachable.status} />
      </TeamsFrame>,
      root
    );
    return;
  }
  const overview = await services.home.getSiteOverview();
  const offered = navigationPages(overview);
  const tabs = PAGES.filter(p => p.teamsTab && offered.indexOf(p.sitePage) >= 0);
  // A tab the user may not use (its list is hidden from them) says so, as its page does.
  const denied = PAGES.find(p => p.teamsTab && p.name === q.get('tab') && pageAccess(p.sitePage, overview) === 'forbidden');
  const tab = tabs.find(p => p.name === q.get('tab')) ?? (denied ? undefined : tabs[0]);
  show(
    <TeamsFrame user={user} locale={locale} teams={joined.value} teamId={teamId} theme={theme} tabs={tabs} tab={tab}>
      {team && (denied ? <NoAccess pageTitle={strings[denied.titleKey]} /> : tab && wrap(tab.render({ services, siteUrl, teams: { teamId: team.id, teamName: team.displayName, theme } })))}
    </TeamsFrame>,
    root
  );
}

async function boot(): Promise<void> {
  const root = document.getElementById('root') as HTMLElement;
  const user = currentUser();
  const locale = currentLocale();
  const siteUrl = location.origin + SITE_PATH;
  const services = servicesFor(siteUrl, user, locale);
  const wrap = (el: React.ReactElement): React.ReactElement =>
    <ErrorBoundary>{el}</ErrorBoundary>;

  if (location.pathname === '/' ) {
    location.replace(SITE_PATH);
    return;
  }

  if (location.pathname.replace(/\/$/, '') === '/teams') {
    await showTeams(root, user, locale);
    return;
  }

  const [web, overview] = await Promise.all([services.env.sp.web.select('Title')<{ Title: string }>(), services.home.getSiteOverview()]);
  const isWorkbenchPage = /\/SitePages\/Workbench\.aspx$/i.test(location.pathname);
  const page = isWorkbenchPage ? undefined : pageForPath(location.pathname, SITE_PATH);
  // A page that needs a permission on the site (PMO Setup) still opens by its address: its web part
  // says who may use it, as it does on SharePoint, where nothing stands between a page and a user.
  const access = page ? pageAccess(page.sitePage, page.sitePage.requires ? { ...overview, canManageSite: true } : overview) : 'missing';
  const offered = navigationPages(overview);
  const navigation = PAGES.filter(p => offered.indexOf(p.sitePage) >= 0);
  document.title = `${page ? strings[page.titleKey] : workbenchStrings(locale).workbench} – ${web.Title}`;
  show(
    <SharePointFrame siteTitle={web.Title} sitePath={SITE_PATH} user={user} locale={locale} page={page} access={access} navigation={navigation} workbenchPage={isWorkbenchPage}>
      {isWorkbenchPage ? <WorkbenchPage locale={locale} /> : page && access === 'open' && wrap(page.render({ services, siteUrl }))}
    </SharePointFrame>,
    root
  );
}

boot().catch((e: Error) => {
  const root = document.getElementById('root') as HTMLElement;
  root.innerHTML = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = formatString(workbenchStrings(currentLocale()).couldNotStart, e.message);
  root.appendChild(p);
});
