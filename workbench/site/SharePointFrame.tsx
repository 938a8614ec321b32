/** A SharePoint-like page frame: suite bar, site header with navigation, and the page canvas. */
import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { demoUsers, type IDemoUser, type DemoRole } from '../directory';
import { LOCALE_NAMES, switchLocale, switchUser } from './session';
import type { IWorkbenchPage } from './pages';
import { NoAccess } from '../../src/components/PageAccess';
import type { PageAccess } from '../../src/services/pageAccess';
import { workbenchStrings, type IWorkbenchStrings } from './strings';

/** The label of each demo role's group in the user switcher. */
const ROLE_LABELS: Record<DemoRole, keyof IWorkbenchStrings> = {
  owner: 'roleOwner',
  pmoOfficer: 'rolePmoOfficer',
  projectManager: 'roleProjectManager',
  boardMember: 'roleBoardMember',
  requester: 'roleRequester',
  trainee: 'roleTrainee',
  reader: 'roleReader'
};

export interface ISharePointFrameProps {
  siteTitle: string;
  sitePath: string;
  user: IDemoUser;
  locale: string;
  /** The page to show; undefined renders SharePoint's "page not found". */
  page?: IWorkbenchPage;
  /** Whether the site has the page and the user may use it ('missing' renders "page not found"). */
  access?: PageAccess;
  /** The pages of the site navigation: those that exist and whose list the user can read. */
  navigation: ReadonlyArray<IWorkbenchPage>;
  /** Extra workbench-only pages (fault injection, notifications). */
  workbenchPage?: boolean;
  children?: React.ReactNode;
}

function Switchers(props: { user: IDemoUser; locale: string }): React.ReactElement {
  const roles = Object.keys(ROLE_LABELS) as DemoRole[];
  const t = workbenchStrings(props.locale);
  return (
    <div className="wb-switchers">
      <label className="wb-switch">
        <span>{t.language}</span>
        <select value={props.locale} onChange={e => switchLocale(e.target.value)} data-testid="locale-switcher">
          {LOCALE_NAMES.map(l => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </label>
      <label className="wb-switch">
        <span>{t.signedInAs}</span>
        <select value={props.user.userPrincipalName} onChange={e => switchUser(e.target.value)} data-testid="user-switcher">
          {roles.map(role => (
            <optgroup key={role} label={t[ROLE_LABELS[role]]}>
              {demoUsers.filter(u => u.role === role).map(u => <option key={u.id} value={u.userPrincipalName}>{u.displayName}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <img className="wb-avatar" src={`/graph/v1.0/users/${props.user.id}/photo/$value`} alt="" width={32} height={32} />
    </div>
  );
}

export function SharePointFrame(props: ISharePointFrameProps): React.ReactElement {
  const { page, sitePath } = props;
  const t = workbenchStrings(props.locale);
  return (
    <div className="sp-page">
      <header className="sp-suitebar" role="banner">
        <span className="sp-waffle" aria-hidden="true">⋮⋮⋮</span>
        <span className="sp-brand">SharePoint <small>{t.brandSubtitle}</small></span>
        <a className="sp-teamslink" href={`/teams?lang=${props.locale}`}>{t.teamsView}</a>
        <Switchers user={props.user} locale={props.locale} />
      </header>
      <div className="sp-siteheader">
        <div className="sp-sitelogo" aria-hidden="true">PMO</div>
        <div>
          <div className="sp-sitetitle">{props.siteTitle}</div>
          <nav aria-label={t.siteNavigation} className="sp-sitenav">
            <ul>
              {props.navigation.map(p => (
                <li key={p.name}>
                  <a href={`${sitePath}/SitePages/${p.name}.aspx`} aria-current={page?.name === p.name ? 'page' : undefined}>{strings[p.titleKey]}</a>
                </li>
              ))}
              <li><a href={`${sitePath}/SitePages/Workbench.aspx`} aria-current={props.workbenchPage ? 'page' : undefined}>{t.workbench}</a></li>
            </ul>
          </nav>
        </div>
      </div>
      <main className="sp-canvas" data-testid="page-canvas">
        {props.workbenchPage || (page && props.access === 'open')
          ? <div className="sp-webpart">{props.children}</div>
          : page && props.access === 'forbidden'
            ? <div className="sp-webpart"><NoAccess pageTitle={strings[page.titleKey]} /></div>
            : <div className="sp-notfound"><h1>{t.notFoundTitle}</h1><p>{t.notFoundText}</p></div>}
      </main>
    </div>
  );
}
