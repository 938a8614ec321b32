/**
 * The report documents' labels (IReportLabels) in the user's language: the report's own words from
 * ReportStrings, the codes the Portfolio names (RAG, stages, lifecycle states) from PmoHubStrings, as
 * the grid shows them, and the status report's dimensions, achievements and next steps from
 * ReportStrings' Report_Dim_* keys, which the Project page's "Latest status" and report form name them
 * with too (one source of dimension names), so that a report says what the Portfolio and the Project
 * page say. ProjectStrings stays out: the Dashboard would load it before its first render.
 */
import * as strings from 'PmoHubStrings';
import * as reportStrings from 'ReportStrings';
import { KPI_STATUSES } from '../../domain/kpi';
import type { Rag } from '../../domain/portfolio';
import { REPORT_EVM_COLUMNS, REPORT_LISTS, REPORT_MILESTONE_STATES, type IReportLabels, type IReportListLabels, type ReportEvmKey, type ReportList, type ReportMilestoneState, type ReportRaidKind } from '../../domain/reports';

const get = (module: Readonly<Record<string, string>>, key: string, fallback: string): string => module[key] || fallback;

function record<K extends string>(keys: ReadonlyArray<K>, text: (k: K) => string): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = text(k);
  return out;
}

const COLUMNS: ReadonlyArray<keyof IReportLabels['columns']> = [
  'code', 'project', 'manager', 'programme', 'stage', 'status', 'statusDate', 'dimension', 'rag', 'comment', 'milestone', 'baseline', 'forecast', 'actual', 'state',
  'slipDays', 'kind', 'item', 'scoreOrPriority', 'score', 'priority', 'owner', 'due', 'decision', 'budget', 'startDate', 'endDate', 'nextMilestone', 'nextMilestoneDate'
];
const HEADINGS: ReadonlyArray<keyof IReportLabels['headings']> = [
  'projectReport', 'portfolioSummary', 'ragOverview', 'ragDistribution', 'ragPerDimension', 'milestones', 'earnedValue', 'risksAndIssues', 'decisions', 'appendixRisks', 'appendixDecisions'
];
const SHEETS: ReadonlyArray<keyof IReportLabels['sheets']> = ['projects', 'status', 'milestones', 'risks', 'budget'];
const TEMPLATES: ReadonlyArray<keyof IReportLabels['templates']> = ['continued', 'statusDate', 'manager', 'stage', 'generatedAt', 'appendixNote', 'chartAlternative', 'chartCount'];
const RAIDS: ReadonlyArray<ReportRaidKind> = ['risk', 'issue', 'decision'];

/** Each list's "none" and "+n more" in the grammar of its noun (Report_None_<list>, Report_More_<list>). */
function listLabels(r: Readonly<Record<string, string>>): IReportLabels['lists'] {
  const out = {} as Record<ReportList, IReportListLabels>;
  for (const k of REPORT_LISTS) out[k] = { none: get(r, `Report_None_${k}`, 'None'), more: get(r, `Report_More_${k}`, '+{0} more') };
  return out;
}

/** Every label a report builder writes, in the user's language (the strings modules of the current locale). */
export function reportLabels(): IReportLabels {
  const r = reportStrings as unknown as Record<string, string>;
  const p = strings as unknown as Record<string, string>;
  return {
    rag: record<Rag>(['Green', 'Amber', 'Red'], k => get(p, `Portfolio_Rag_${k}`, k)),
    noRag: get(r, 'Report_NoRag', 'Not reported'),
    noCurrentRag: get(p, 'Portfolio_RagNoCurrent', 'No current status'),
    dimension: (code, title) => title || get(r, `Report_Dim_${code}`, code),
    stage: code => get(p, `Portfolio_Stage_${code}`, code),
    status: code => get(p, `Portfolio_Status_${code}`, code),
    priority: code => get(r, `Report_Priority_${code}`, code),
    milestoneStates: record<ReportMilestoneState>(REPORT_MILESTONE_STATES, k => get(r, `Report_Milestone_${k}`, k)),
    kpiStatuses: record(KPI_STATUSES, k => get(r, `Report_KpiStatus_${k}`, k)),
    evm: record<ReportEvmKey>(REPORT_EVM_COLUMNS, k => get(r, `Report_Evm_${k}`, k.toUpperCase())),
    raidKinds: record<ReportRaidKind>(RAIDS, k => get(r, `Report_Raid_${k}`, k)),
    lists: listLabels(r),
    noEarnedValue: get(r, 'Report_NoEarnedValue', 'No earned-value data'),
    columns: record(COLUMNS, k => get(r, `Report_Col_${k}`, k)),
    headings: { ...record(HEADINGS, k => get(r, `Report_Heading_${k}`, k)), achievements: get(r, 'Report_Achievements', 'Achievements'), nextSteps: get(r, 'Report_NextSteps', 'Next steps') },
    sheets: record(SHEETS, k => get(r, `Report_Sheet_${k}`, k)),
    templates: record(TEMPLATES, k => get(r, `Report_Template_${k}`, k)),
    files: { projectReport: get(r, 'Report_File_projectReport', 'Status report'), portfolioReport: get(r, 'Report_File_portfolioReport', 'Portfolio report') }
  };
}
