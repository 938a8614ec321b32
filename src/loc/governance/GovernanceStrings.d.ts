/**
 * GovernanceStrings: the strings of governance (gate reviews, benefits, the end project report): the end
 * project report's headings, column titles and labels (EndReport_*), the codes it shows (Choice_<Field>_<Code>),
 * and the texts of the problems the governance domain reports (Gate_Problem_<code>, Benefit_Reason_<reason>).
 * Their own SPFx resource module (config/config.json localizedResources), so that PmoHubStrings does not grow
 * for one area. Every key exists in all five locale files of this folder; src/loc/locales.test.ts checks it.
 */
declare interface IGovernanceStrings {
  [key: string]: string;
  EndReport_Title: string;
  EndReport_GeneratedOn: string;
  EndReport_FillIn: string;
  EndReport_FileName: string;
  EndReport_ProjectManagerReport: string;
  EndReport_BusinessCaseReview: string;
  EndReport_ObjectivesReview: string;
  EndReport_TeamPerformance: string;
  EndReport_ProductsReview: string;
  EndReport_Lessons: string;
  EndReport_FollowOnActions: string;
  EndReport_KeyFigures: string;
  EndReport_Costs: string;
  EndReport_Benefits: string;
  EndReport_Objectives: string;
  EndReport_Milestones: string;
  EndReport_LessonsTable: string;
  EndReport_OpenRisks: string;
  EndReport_OpenIssues: string;
  EndReport_ObjectivesAchieved: string;
  EndReport_ObjectivesTotal: string;
  EndReport_BudgetPlanned: string;
  EndReport_BudgetActual: string;
  EndReport_BudgetVariance: string;
  EndReport_MilestonesLate: string;
  EndReport_OpenRisksHandedOver: string;
  EndReport_OpenIssuesHandedOver: string;
  EndReport_Achieved: string;
  EndReport_NotAchieved: string;
  EndReport_NotAssessed: string;
  EndReport_Overdue: string;
  EndReport_Days: string;
  EndReport_Column_Actual: string;
  EndReport_Column_AgeDays: string;
  EndReport_Column_Baseline: string;
  EndReport_Column_Benefit: string;
  EndReport_Column_Category: string;
  EndReport_Column_DueDate: string;
  EndReport_Column_Figure: string;
  EndReport_Column_Forecast: string;
  EndReport_Column_Issue: string;
  EndReport_Column_Lesson: string;
  EndReport_Column_Milestone: string;
  EndReport_Column_Objective: string;
  EndReport_Column_Overdue: string;
  EndReport_Column_Owner: string;
  EndReport_Column_Planned: string;
  EndReport_Column_PlannedDate: string;
  EndReport_Column_Priority: string;
  EndReport_Column_Progress: string;
  EndReport_Column_Proximity: string;
  EndReport_Column_Realised: string;
  EndReport_Column_Recommendation: string;
  EndReport_Column_Result: string;
  EndReport_Column_Risk: string;
  EndReport_Column_Score: string;
  EndReport_Column_SlipDays: string;
  EndReport_Column_Status: string;
  EndReport_Column_Target: string;
  EndReport_Column_Type: string;
  EndReport_Column_Value: string;
  EndReport_Column_Variance: string;
  EndReport_Column_VariancePercent: string;
  Choice_BenefitStatus_Planned: string;
  Choice_BenefitStatus_OnTrack: string;
  Choice_BenefitStatus_AtRisk: string;
  Choice_BenefitStatus_Realised: string;
  Choice_BenefitStatus_NotRealised: string;
  Choice_LessonCategory_Planning: string;
  Choice_LessonCategory_Stakeholders: string;
  Choice_LessonCategory_Procurement: string;
  Choice_LessonCategory_Technology: string;
  Choice_LessonCategory_Compliance: string;
  Choice_LessonCategory_Team: string;
  Choice_LessonCategory_Other: string;
  Choice_LessonType_WentWell: string;
  Choice_LessonType_ToImprove: string;
  Choice_RiskStatus_Open: string;
  Choice_RiskStatus_Mitigating: string;
  Choice_RiskStatus_Occurred: string;
  Choice_RiskStatus_Closed: string;
  Choice_IssueStatus_Open: string;
  Choice_IssueStatus_InProgress: string;
  Choice_IssueStatus_Resolved: string;
  Choice_IssueStatus_Closed: string;
  Choice_Priority_Low: string;
  Choice_Priority_Medium: string;
  Choice_Priority_High: string;
  Choice_Priority_Critical: string;
  Gate_Problem_evidenceUrlInvalid: string;
  Gate_Problem_evidenceRequired: string;
  Gate_Problem_waiverByRequired: string;
  Gate_Problem_waiverDateInvalid: string;
  Gate_Problem_waiverReasonRequired: string;
  Gate_Problem_conditionTextRequired: string;
  Gate_Problem_conditionOwnerRequired: string;
  Gate_Problem_conditionDueInvalid: string;
  Gate_Problem_unknownDecision: string;
  Gate_Problem_blockingItems: string;
  Gate_Problem_conditionsRequired: string;
  Gate_Problem_conditionsOnlyWithGoWithConditions: string;
  Gate_Problem_unknownStage: string;
  Gate_Problem_invalidDeliveryStage: string;
  Gate_Problem_noGate: string;
  Gate_Problem_wrongGate: string;
  Gate_Problem_projectNotActive: string;
  Gate_Problem_lifecycleMismatch: string;
  Benefit_Reason_baselineMissing: string;
  Benefit_Reason_targetMissing: string;
  Benefit_Reason_baselineEqualsTarget: string;
  Benefit_Reason_noMeasurement: string;
}

declare module 'GovernanceStrings' {
  const strings: IGovernanceStrings;
  export = strings;
}
