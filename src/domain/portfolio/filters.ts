/** The filters of the portfolio's filter pane: matching a row, counting and compacting them. */
import type { RagDimension, RagFilterValue } from './rag';
import type { IPortfolioRow } from './row';
import { foldText } from './search';

/** The filters of the filter pane. An empty or missing list does not filter. */
export interface IPortfolioFilters {
  statuses?: string[];
  stages?: string[];
  programmeIds?: number[];
  /** Include projects without a programme (in addition to programmeIds). */
  withoutProgramme?: boolean;
  departments?: string[];
  projectManagerIds?: number[];
  /** RAG values of `ragDimension` (overall when omitted). */
  rag?: RagFilterValue[];
  ragDimension?: RagDimension;
  objectiveIds?: number[];
}

function has<T>(list: ReadonlyArray<T> | undefined): list is ReadonlyArray<T> {
  return !!list && list.length > 0;
}

/** Whether a row passes every filter. Values of one filter are OR-ed, filters are AND-ed. */
export function matchesFilters(row: IPortfolioRow, f: IPortfolioFilters): boolean {
  if (has(f.statuses) && f.statuses.indexOf(row.status ?? '') < 0) return false;
  if (has(f.stages) && f.stages.indexOf(row.stage ?? '') < 0) return false;
  if (has(f.programmeIds) || f.withoutProgramme) {
    const inList = !!row.programme && has(f.programmeIds) && f.programmeIds.indexOf(row.programme.id) >= 0;
    const none = !row.programme && !!f.withoutProgramme;
    if (!inList && !none) return false;
  }
  if (has(f.departments)) {
    const dept = foldText(row.department ?? '');
    if (!f.departments.some(d => foldText(d) === dept)) return false;
  }
  if (has(f.projectManagerIds) && (!row.projectManager || f.projectManagerIds.indexOf(row.projectManager.id) < 0)) return false;
  if (has(f.rag)) {
    const value: RagFilterValue = row.rag[f.ragDimension ?? 'overall'] ?? 'None';
    if (f.rag.indexOf(value) < 0) return false;
  }
  if (has(f.objectiveIds)) {
    const ids = f.objectiveIds;
    if (!row.objectives.some(o => ids.indexOf(o.id) >= 0)) return false;
  }
  return true;
}

/** The number of filters in use (for the "Filters (n)" button). */
export function activeFilterCount(f: IPortfolioFilters): number {
  let n = 0;
  if (has(f.statuses)) n++;
  if (has(f.stages)) n++;
  if (has(f.programmeIds) || f.withoutProgramme) n++;
  if (has(f.departments)) n++;
  if (has(f.projectManagerIds)) n++;
  if (has(f.rag)) n++;
  if (has(f.objectiveIds)) n++;
  return n;
}

/** Drops empty filter lists so that stored views stay small and compare equal. */
export function compactFilters(f: IPortfolioFilters): IPortfolioFilters {
  const out: IPortfolioFilters = {};
  if (has(f.statuses)) out.statuses = f.statuses.slice();
  if (has(f.stages)) out.stages = f.stages.slice();
  if (has(f.programmeIds)) out.programmeIds = f.programmeIds.slice();
  if (f.withoutProgramme) out.withoutProgramme = true;
  if (has(f.departments)) out.departments = f.departments.slice();
  if (has(f.projectManagerIds)) out.projectManagerIds = f.projectManagerIds.slice();
  if (has(f.rag)) out.rag = f.rag.slice();
  if (has(f.rag) && f.ragDimension && f.ragDimension !== 'overall') out.ragDimension = f.ragDimension;
  if (has(f.objectiveIds)) out.objectiveIds = f.objectiveIds.slice();
  return out;
}
