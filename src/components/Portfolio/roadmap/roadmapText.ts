/** The roadmap's words: a row's and a milestone's accessible names, the window's name, in the user's language. */
import * as strings from 'RoadmapStrings';
import { formatDateOnly } from '../../../domain/dates';
import { formatPlural, formatString } from '../../../domain/text';
import { lastDayOf, windowLabel, type IRoadmapMarker, type IRoadmapRow, type IRoadmapWindow, type RoadmapBarState } from '../../../domain/roadmap';

/** A day as the roadmap writes it: "Mar 3, 2027" / "3. März 2027". */
export function dayText(day: string | undefined, locale: string): string {
  return formatDateOnly(day, locale, 'medium');
}

/** A bar's state in words, as part of a row's name: "overall amber", "no status report". */
export function stateText(state: RoadmapBarState): string {
  return strings[`Roadmap_State_${state}`] ?? state;
}

/** A row's accessible name: "Bürgerportal, Mar 1, 2026 to Jun 30, 2027, overall amber, 3 milestones". */
export function rowName(r: IRoadmapRow, locale: string): string {
  const count = formatPlural({ one: strings.Roadmap_Milestones_one, other: strings.Roadmap_Milestones }, r.milestones.length, locale, r.milestones.length);
  return r.dated
    ? formatString(strings.Roadmap_RowDated, r.row.title, dayText(r.row.startDate, locale), dayText(r.row.endDate, locale), stateText(r.state), count)
    : formatString(strings.Roadmap_RowUndated, r.row.title, stateText(r.state), count);
}

/** A milestone's accessible name and tooltip: "Milestone Go-live, forecast Mar 3, 2027" (reached: "…, reached …"). */
export function milestoneName(m: IRoadmapMarker, locale: string): string {
  const template = m.reached ? strings.Roadmap_MilestoneReached : m.milestone.forecastDate ? strings.Roadmap_MilestoneForecast : strings.Roadmap_MilestonePlanned;
  return formatString(template, m.milestone.title, dayText(m.day, locale));
}

/** The window's short name: "Q2 2027" or "2027". */
export function windowName(window: IRoadmapWindow, locale: string): string {
  return windowLabel(window, locale, strings.Roadmap_QuarterTemplate);
}

/** The window with its days: "Q2 2027: Apr 1, 2027 to Jun 30, 2027". */
export function windowRange(window: IRoadmapWindow, locale: string): string {
  return formatString(strings.Roadmap_WindowRange, windowName(window, locale), dayText(window.start, locale), dayText(lastDayOf(window), locale));
}
