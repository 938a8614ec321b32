/** A Teams-like frame: app rail, the team's channel header and its tabs, with Teams' three themes. */
import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { createTheme, type IPartialTheme } from '@fluentui/react/lib/Styling';
import type { IDemoUser } from '../directory';
import type { TeamsTheme, IWorkbenchPage } from './pages';
import { themeVariables } from '../../src/components/controls/themeVariables';
import { HostThemeContext } from '../../src/components/controls/hostTheme';
import { workbenchStrings } from './strings';

/**
 * Teams' colours, as the full Fluent palettes SPFx passes a web part in Teams (every neutral is set:
 * Fluent derives placeholders, borders and disabled text from them), and the CSS variables of the frame.
 */
const THEMES: Record<TeamsTheme, { theme: IPartialTheme; vars: Record<string, string> }> = {
  default: {
    theme: { palette: { themePrimary: '#5b5fc7', neutralPrimary: '#242424', white: '#ffffff' } },
    vars: { '--bodyText': '#242424', '--cardBackground': '#ffffff', '--themePrimary': '#5b5fc7', '--neutralLight': '#e0e0e0', '--neutralSecondary': '#616161', '--pageBackground': '#f5f5f5' }
  },
  dark: {
    theme: { isInverted: true, palette: { themePrimary: '#7f85f5', themeDarkAlt: '#9499f7', themeDark: '#aaaef9', black: '#ffffff', neutralDark: '#faf9f8', neutralPrimary: '#ffffff', neutralPrimaryAlt: '#e1e1e1', neutralSecondary: '#d6d6d6', neutralSecondaryAlt: '#bdbdbd', neutralTertiary: '#c8c8c8', neutralTertiaryAlt: '#6d6d6d', neutralQuaternary: '#575757', neutralQuaternaryAlt: '#484848', neutralLight: '#3d3d3d', neutralLighter: '#2d2d2d', neutralLighterAlt: '#2b2b2b', white: '#292929' }, semanticColors: { bodyBackground: '#292929', bodyText: '#ffffff', infoBackground: '#3d3d3d', messageText: '#ffffff', messageLink: '#aaaef9', successBackground: '#2d3a21', warningBackground: '#4a3b16', errorBackground: '#4a2325', blockingBackground: '#4a2325', severeWarningBackground: '#4a2e16' } },
    vars: { '--bodyText': '#ffffff', '--cardBackground': '#292929', '--themePrimary': '#7f85f5', '--neutralLight': '#3d3d3d', '--neutralSecondary': '#d6d6d6', '--pageBackground': '#1f1f1f' }
  },
  contrast: {
    theme: { isInverted: true, palette: { themePrimary: '#ffff01', themeDarkAlt: '#ffff01', themeDark: '#ffff01', black: '#ffffff', neutralDark: '#ffffff', neutralPrimary: '#ffffff', neutralPrimaryAlt: '#ffffff', neutralSecondary: '#ffffff', neutralSecondaryAlt: '#ffffff', neutralTertiary: '#ffffff', neutralTertiaryAlt: '#ffffff', neutralQuaternary: '#ffffff', neutralQuaternaryAlt: '#ffffff', neutralLight: '#ffffff', neutralLighter: '#000000', neutralLighterAlt: '#000000', white: '#000000' }, semanticColors: { bodyBackground: '#000000', bodyText: '#ffffff', disabledBodyText: '#3ff23f', disabledText: '#3ff23f', disabledSubtext: '#3ff23f', infoBackground: '#000000', messageText: '#ffffff', messageLink: '#ffff01', successBackground: '#000000', warningBackground: '#000000', errorBackground: '#000000', blockingBackground: '#000000', severeWarningBackground: '#000000' } },
    vars: { '--bodyText': '#ffffff', '--cardBackground': '#000000', '--themePrimary': '#ffff01', '--neutralLight': '#ffffff', '--neutralSecondary': '#ffffff', '--pageBackground': '#000000' }
  }
};

export interface ITeamsFrameProps {
  user: IDemoUser;
  locale: string;
  teams: Array<{ id: string; displayName: string }>;
  teamId?: string;
  theme: TeamsTheme;
  tabs: ReadonlyArray<IWorkbenchPage>;
  tab?: IWorkbenchPage;
  children?: React.ReactNode;
}

function link(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) q.delete(k); else q.set(k, v);
  }
  return `/teams?${q.toString()}`;
}

export function TeamsFrame(props: ITeamsFrameProps): React.ReactElement {
  const t = THEMES[props.theme];
  // What SPFx passes a web part in Teams (onThemeChanged): the CSS variables BasePmoWebPart sets
  // from it, and the theme itself for the Fluent surfaces (HostThemeContext). No Fluent
  // ThemeProvider wraps the tab, as none does in real Teams: PMO Hub must theme its Fluent
  // controls itself.
  const theme = React.useMemo(() => createTheme(t.theme), [t]);
  const team = props.teams.find(x => x.id === props.teamId);
  const s = workbenchStrings(props.locale);
  return (
    <div className={`teams-app teams-${props.theme}`} style={{ ...themeVariables(theme), ...t.vars } as React.CSSProperties}>
      <nav className="teams-rail" aria-label={s.teamsApps}>
        <span aria-hidden="true">{s.activity}</span>
        <span aria-hidden="true">{s.chat}</span>
        <strong>Teams</strong>
        <a href="/sites/pmo">SharePoint</a>
      </nav>
      <nav className="teams-list" aria-label={s.yourTeams}>
        <h2>Teams</h2>
        <ul>
          {props.teams.map(x => (
            <li key={x.id}><a href={link({ team: x.id })} aria-current={x.id === props.teamId ? 'page' : undefined}>{x.displayName}</a></li>
          ))}
        </ul>
        <label className="teams-theme">
          <span>{s.theme}</span>
          <select aria-label={s.teamsTheme} value={props.theme} onChange={e => location.assign(link({ theme: e.target.value }))} data-testid="teams-theme">
            <option value="default">{s.themeDefault}</option>
            <option value="dark">{s.themeDark}</option>
            <option value="contrast">{s.themeContrast}</option>
          </select>
        </label>
      </nav>
      <div className="teams-main">
        <header className="teams-header">
          <h1>{team ? `${team.displayName} › ${s.channelGeneral}` : 'Teams'}</h1>
          <nav aria-label={s.channelTabs} className="teams-tabs">
            <span aria-hidden="true">{s.posts}</span>
            <span aria-hidden="true">{s.files}</span>
            {props.tabs.map(p => (
              <a key={p.name} href={link({ tab: p.name })} aria-current={props.tab?.name === p.name ? 'page' : undefined}>{strings[p.titleKey]}</a>
            ))}
          </nav>
        </header>
        <main className="teams-content" data-testid="teams-tab-content">
          {team ? <HostThemeContext.Provider value={theme}>{props.children}</HostThemeContext.Provider> : <p>{s.noTeam}</p>}
        </main>
      </div>
    </div>
  );
}
