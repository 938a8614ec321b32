/** The portfolio in a Teams tab: the filter the tab starts with, from the team it is in. */
import type { IPortfolioFilters } from './filters';
import type { IPortfolioRef, IPortfolioRow } from './row';
import { foldText } from './search';

/** What a Teams tab knows about its team. */
export interface ITeamScope {
  /** Entra group id of the team. */
  groupId: string;
  /** The team's display name. */
  name: string;
}

/** A programme as the Teams default needs it. */
export interface IProgrammeLink extends IPortfolioRef {
  /** Entra group id of the programme's team (Programmes.TeamsGroupId). */
  teamsGroupId?: string;
}

/**
 * The filter a Teams tab starts with: the programme linked to the team's group (Programmes.
 * TeamsGroupId; failing that, the programme most of the team's projects belong to, by
 * Projects.TeamsGroupId), else the department named like the team ("Finance" for "Finance" or
 * "Finance Department"), else no filter.
 */
export function teamDefaultFilters(team: ITeamScope, programmes: ReadonlyArray<IProgrammeLink>, rows: ReadonlyArray<IPortfolioRow>): IPortfolioFilters {
  const gid = team.groupId.toLowerCase();
  const linked = programmes.filter(p => (p.teamsGroupId ?? '').toLowerCase() === gid)[0];
  if (linked) return { programmeIds: [linked.id] };
  const votes: Record<number, number> = {};
  let best: number | undefined;
  for (const r of rows) {
    if (!r.programme || (r.teamsGroupId ?? '').toLowerCase() !== gid) continue;
    votes[r.programme.id] = (votes[r.programme.id] ?? 0) + 1;
    if (best === undefined || votes[r.programme.id] > votes[best]) best = r.programme.id;
  }
  if (best !== undefined) return { programmeIds: [best] };
  const teamName = foldText(team.name).trim();
  const depts: string[] = [];
  for (const r of rows) if (r.department && depts.indexOf(r.department) < 0) depts.push(r.department);
  const dept = depts.filter(d => {
    const f = foldText(d).trim();
    return f === teamName || `${f} department` === teamName || `department ${f}` === teamName || `${f} team` === teamName;
  })[0];
  return dept ? { departments: [dept] } : {};
}
