/**
 * ReportStrings: the words of PMO Hub's reports — the labels the PowerPoint and Excel builders write
 * (IReportLabels: headings, column titles, sheet names, templates, file names, states) and the report
 * panels (the Dashboard's multi-project report and stored reports, the Project page's status report
 * and its printable page) — in their own SPFx resource module, loaded by the Dashboard and the Project
 * web parts (config/config.json localizedResources). Every key exists in all five locale files of
 * this folder; src/loc/locales.test.ts checks it. Keys ending in `_one` are the singular of the key
 * without it (formatPlural).
 */
declare interface IReportStrings {
  [key: string]: string;
  Report_Portfolio_Heading: string;
  Report_Portfolio_Intro: string;
  Report_Source: string;
  Report_Source_Filter: string;
  Report_Source_Shared: string;
  Report_Source_Personal: string;
  Report_Source_Loading: string;
  Report_Scope_Filter: string;
  Report_Scope_View: string;
  Report_Pptx: string;
  Report_Xlsx: string;
  Report_Making: string;
  Report_Reading: string;
  Report_Progress: string;
  Report_Progress_one: string;
  Report_Cancel: string;
  Report_Cancelled: string;
  Report_Downloaded: string;
  Report_Failed: string;
  Report_NoProjects: string;
  Report_Store: string;
  Report_StoreHint: string;
  Report_Stored: string;
  Report_StoreFailed: string;
  Report_Stored_Heading: string;
  Report_Stored_Caption: string;
  Report_Stored_Refresh: string;
  Report_Stored_Empty: string;
  Report_Stored_Col_Date: string;
  Report_Stored_Col_Kind: string;
  Report_Stored_Col_File: string;
  Report_Stored_Col_Subject: string;
  Report_Stored_Col_By: string;
  Report_Stored_Col_At: string;
  Report_Kind_ProjectReport: string;
  Report_Kind_PortfolioReport: string;
  Report_Kind_ReportWorkbook: string;
  Report_Project_Heading: string;
  Report_Project_Pptx: string;
  Report_Project_Print: string;
  Report_Print_Button: string;
  Report_Print_Back: string;
  Report_NoRag: string;
  Report_None_dimensions: string;
  Report_None_milestones: string;
  Report_None_risksAndIssues: string;
  Report_None_decisions: string;
  Report_None_kpis: string;
  Report_None_projects: string;
  Report_More_dimensions: string;
  Report_More_milestones: string;
  Report_More_risksAndIssues: string;
  Report_More_decisions: string;
  Report_More_kpis: string;
  Report_More_projects: string;
  Report_NoEarnedValue: string;
  Report_KpiStatus_green: string;
  Report_KpiStatus_amber: string;
  Report_KpiStatus_red: string;
  Report_KpiStatus_noData: string;
  Report_Priority_Low: string;
  Report_Priority_Medium: string;
  Report_Priority_High: string;
  Report_Priority_Critical: string;
  Report_Milestone_achieved: string;
  Report_Milestone_achievedLate: string;
  Report_Milestone_late: string;
  Report_Milestone_slipping: string;
  Report_Milestone_onTrack: string;
  Report_Milestone_cancelled: string;
  Report_Milestone_unknown: string;
  Report_Evm_bac: string;
  Report_Evm_pv: string;
  Report_Evm_ev: string;
  Report_Evm_ac: string;
  Report_Evm_sv: string;
  Report_Evm_cv: string;
  Report_Evm_spi: string;
  Report_Evm_cpi: string;
  Report_Evm_eac: string;
  Report_Evm_etc: string;
  Report_Evm_vac: string;
  Report_Raid_risk: string;
  Report_Raid_issue: string;
  Report_Raid_decision: string;
  Report_Col_code: string;
  Report_Col_project: string;
  Report_Col_manager: string;
  Report_Col_programme: string;
  Report_Col_stage: string;
  Report_Col_status: string;
  Report_Col_statusDate: string;
  Report_Col_dimension: string;
  Report_Col_rag: string;
  Report_Col_comment: string;
  Report_Col_milestone: string;
  Report_Col_baseline: string;
  Report_Col_forecast: string;
  Report_Col_actual: string;
  Report_Col_state: string;
  Report_Col_slipDays: string;
  Report_Col_kind: string;
  Report_Col_item: string;
  Report_Col_scoreOrPriority: string;
  Report_Col_score: string;
  Report_Col_priority: string;
  Report_Col_owner: string;
  Report_Col_due: string;
  Report_Col_decision: string;
  Report_Col_budget: string;
  Report_Col_startDate: string;
  Report_Col_endDate: string;
  Report_Col_nextMilestone: string;
  Report_Col_nextMilestoneDate: string;
  /** The status report's achievements and next steps, as the Project page, its report form and the reports name them. */
  Report_Achievements: string;
  Report_NextSteps: string;
  /** The status report's standard dimensions by code, as the Project page, its report form and the reports name them (one source of dimension names). */
  Report_Dim_overall: string;
  Report_Dim_schedule: string;
  Report_Dim_cost: string;
  Report_Dim_scope: string;
  Report_Dim_quality: string;
  Report_Dim_risk: string;
  Report_Dim_resources: string;
  Report_Heading_projectReport: string;
  Report_Heading_portfolioSummary: string;
  Report_Heading_ragOverview: string;
  Report_Heading_ragDistribution: string;
  Report_Heading_ragPerDimension: string;
  Report_Heading_milestones: string;
  Report_Heading_earnedValue: string;
  Report_Heading_risksAndIssues: string;
  Report_Heading_decisions: string;
  Report_Heading_appendixRisks: string;
  Report_Heading_appendixDecisions: string;
  Report_Sheet_projects: string;
  Report_Sheet_status: string;
  Report_Sheet_milestones: string;
  Report_Sheet_risks: string;
  Report_Sheet_budget: string;
  Report_Template_continued: string;
  Report_Template_statusDate: string;
  Report_Template_manager: string;
  Report_Template_stage: string;
  Report_Template_generatedAt: string;
  Report_Template_appendixNote: string;
  Report_Template_chartAlternative: string;
  Report_Template_chartCount: string;
  Report_File_projectReport: string;
  Report_File_portfolioReport: string;
}

declare module 'ReportStrings' {
  const strings: IReportStrings;
  export = strings;
}
