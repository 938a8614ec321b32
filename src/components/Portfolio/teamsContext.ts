import type { IPortfolioTeamsContext } from './IPortfolioProps';

/** The part of TeamsJS v2's `app.Context` the portfolio reads. */
export interface ITeamsAppContextLike {
  team?: { groupId?: string; displayName?: string };
  app?: { theme?: string };
}

/**
 * The portfolio's Teams props from TeamsJS' context: the team's group and name, and the theme
 * ('default', 'dark' or 'contrast'). Undefined outside a team (SharePoint, personal app).
 */
export function toPortfolioTeamsContext(ctx: ITeamsAppContextLike | undefined): IPortfolioTeamsContext | undefined {
  const team = ctx && ctx.team;
  if (!team || !team.groupId) return undefined;
  const theme = ctx && ctx.app ? ctx.app.theme : undefined;
  return {
    groupId: team.groupId,
    teamName: team.displayName ?? '',
    theme: theme === 'dark' || theme === 'contrast' ? theme : 'default'
  };
}
