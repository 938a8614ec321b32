import * as dashboardStrings from 'DashboardStrings';
import { formatString } from '../../domain/text';
import type { IDashboardFilter, IDashboardOptions } from '../../services/DashboardService';

/**
 * The dashboard's filter in words, for the multi-project report's scope and the stored report's
 * subject: "Programme: Digital Transformation Programme; Department: Finance", or "All projects".
 * An id no longer among the options is written as it is.
 */
export function filterDescription(filter: IDashboardFilter, options: IDashboardOptions): string {
  const parts: string[] = [];
  const title = (list: ReadonlyArray<{ id: number; title: string }>, id: number): string => list.filter(x => x.id === id)[0]?.title ?? String(id);
  if (filter.programmeIds?.length) parts.push(formatString(dashboardStrings.Dashboard_FilterText_Programme, filter.programmeIds.map(id => title(options.programmes, id)).join(', ')));
  if (filter.departments?.length) parts.push(formatString(dashboardStrings.Dashboard_FilterText_Department, filter.departments.join(', ')));
  if (filter.objectiveIds?.length) parts.push(formatString(dashboardStrings.Dashboard_FilterText_Objective, filter.objectiveIds.map(id => title(options.objectives, id)).join(', ')));
  return parts.length > 0 ? parts.join('; ') : dashboardStrings.Dashboard_FilterText_All;
}
