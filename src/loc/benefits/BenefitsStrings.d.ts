/**
 * BenefitsStrings: the strings of the "Benefits" web part (a project's benefits register and its
 * measurements), in their own SPFx resource module so that only that web part loads them
 * (config/config.json localizedResources). The benefit statuses, the register's column titles and the
 * reasons a progress is missing are GovernanceStrings' (Choice_BenefitStatus_*, EndReport_Column_*,
 * Benefit_Reason_*). Every key exists in all five locale files of this folder; src/loc/locales.test.ts
 * checks it. The page's title stays in PmoHubStrings (Benefits_WebPartTitle), for the site navigation.
 */
declare interface IBenefitsStrings {
  [key: string]: string;
  Benefits_WebPartDescription: string;
  Benefits_BoundProjectLabel: string;
  Benefits_BoundProjectHint: string;
  Benefits_ProjectHeading: string;
  Benefits_OpenProject: string;
  Benefits_NotFound: string;
  Benefits_NoProject: string;
  Benefits_OpenPortfolio: string;
  Benefits_ReadOnly: string;
  Benefits_Heading: string;
  Benefits_Empty: string;
  Benefits_Add: string;
  Benefits_NewHeading: string;
  Benefits_Edit: string;
  Benefits_EditBenefit: string;
  Benefits_Record: string;
  Benefits_RecordFor: string;
  Benefits_History: string;
  Benefits_HistoryOf: string;
  Benefits_ShowHistory: string;
  Benefits_HideHistory: string;
  Benefits_HistoryEmpty: string;
  Benefits_Save: string;
  Benefits_Cancel: string;
  Benefits_Working: string;
  Benefits_Saved: string;
  Benefits_Recorded: string;
  Benefits_Conflict: string;
  Benefits_Gone: string;
  Benefits_Problems: string;
  Benefits_Problem_required: string;
  Benefits_Problem_invalid: string;
  Benefits_Problem_tooLong: string;
  Benefits_Problem_dateRange: string;
  Benefits_Problem_date: string;
  Benefits_Problem_number: string;
  Benefits_Problem_numberTooLarge: string;
  Benefits_NoOwner: string;
  Benefits_Field_title: string;
  Benefits_Field_measure: string;
  Benefits_Field_unit: string;
  Benefits_Field_owner: string;
  Benefits_Field_baseline: string;
  Benefits_Field_target: string;
  Benefits_Field_plannedDate: string;
  Benefits_Field_status: string;
  Benefits_Field_value: string;
  Benefits_Field_on: string;
  Benefits_Field_comment: string;
  Benefits_Col_Realised: string;
  Benefits_Col_MeasuredOn: string;
  Benefits_Col_Actions: string;
  Benefits_Progress: string;
  Benefits_Suggested: string;
}

declare module 'BenefitsStrings' {
  const strings: IBenefitsStrings;
  export = strings;
}
