/**
 * MaturityStrings: the strings of the "Maturity" web part (the P3M3 self-assessment, the result as a
 * radar chart with its table and the level rule, the qualification plan, the PMO's organisation view and
 * targets), in their own SPFx resource module so that only that web part loads them (config/config.json
 * localizedResources). Every key exists in all five locale files of this folder; src/loc/locales.test.ts
 * checks it. Keys ending in `_one` are the singular of the key without it (formatPlural). The page's
 * title is PmoHubStrings' Home_Tile_Maturity_Title (the site navigation and the PMO Home tile).
 */
declare interface IMaturityStrings {
  [key: string]: string;
  Maturity_WebPartDescription: string;
  Maturity_Intro: string;
  Maturity_Tabs: string;
  Maturity_Tab_Assessment: string;
  Maturity_Tab_Result: string;
  Maturity_Tab_Organisation: string;
  Maturity_Perspective_OrganizationalGovernance: string;
  Maturity_Perspective_ManagementControl: string;
  Maturity_Perspective_BenefitsManagement: string;
  Maturity_Perspective_RiskManagement: string;
  Maturity_Perspective_StakeholderManagement: string;
  Maturity_Perspective_FinanceManagement: string;
  Maturity_Perspective_ResourceManagement: string;
  Maturity_Level_1: string;
  Maturity_Level_2: string;
  Maturity_Level_3: string;
  Maturity_Level_4: string;
  Maturity_Level_5: string;
  Maturity_LevelText: string;
  Maturity_NoLevel: string;
  Maturity_Perspectives: string;
  Maturity_Progress: string;
  Maturity_ProgressOf: string;
  Maturity_State_New: string;
  Maturity_State_Draft: string;
  Maturity_State_Submitted: string;
  Maturity_AnswerOption: string;
  Maturity_Save: string;
  Maturity_Saved: string;
  Maturity_Submit: string;
  Maturity_Submitted: string;
  Maturity_ShowResult: string;
  Maturity_Previous: string;
  Maturity_Next: string;
  Maturity_Unanswered: string;
  Maturity_UnansweredSummary: string;
  Maturity_UnansweredSummary_one: string;
  Maturity_InvalidAnswer: string;
  Maturity_Busy: string;
  Maturity_NotPermitted: string;
  Maturity_NoQuestions: string;
  Maturity_Rule: string;
  Maturity_Result_Heading: string;
  Maturity_Result_None: string;
  Maturity_Overall: string;
  Maturity_Radar_Title: string;
  Maturity_Radar_Desc: string;
  Maturity_Legend_Yours: string;
  Maturity_Legend_Target: string;
  Maturity_Table_Caption: string;
  Maturity_Col_Perspective: string;
  Maturity_Col_Level: string;
  Maturity_Col_Target: string;
  Maturity_Col_Gap: string;
  Maturity_Plan_Heading: string;
  Maturity_Plan_Intro: string;
  Maturity_Plan_None: string;
  Maturity_Plan_Line: string;
  Maturity_Plan_NoModules: string;
  Maturity_Plan_Module: string;
  Maturity_Enrol: string;
  Maturity_EnrolIn: string;
  Maturity_Org_Heading: string;
  Maturity_Org_Intro: string;
  Maturity_Org_Hidden: string;
  Maturity_Org_Hidden_one: string;
  Maturity_Org_None: string;
  Maturity_Org_Department: string;
  Maturity_Org_Caption: string;
  Maturity_Org_Cell: string;
  Maturity_Org_NotShown: string;
  Maturity_Org_Quarter: string;
  Maturity_Org_PerspectiveCaption: string;
  Maturity_Org_Overall: string;
  Maturity_Org_Respondents: string;
  Maturity_Q_Heading: string;
  Maturity_Q_Intro: string;
  Maturity_Q_Add: string;
  Maturity_Q_Edit: string;
  Maturity_Q_Code: string;
  Maturity_Q_Order: string;
  Maturity_Q_Active: string;
  Maturity_Q_Language: string;
  Maturity_Q_Languages: string;
  Maturity_Q_Question: string;
  Maturity_Q_Answer: string;
  Maturity_Q_Yes: string;
  Maturity_Q_No: string;
  Maturity_Q_Save: string;
  Maturity_Q_Cancel: string;
  Maturity_Q_Saved: string;
  Maturity_Q_New: string;
  Maturity_Q_Editing: string;
  Maturity_Q_InLanguage: string;
  Maturity_Q_Required: string;
  Maturity_Q_CodeInvalid: string;
  Maturity_Q_OrderInvalid: string;
  Maturity_Q_Problems: string;
  Maturity_Targets_Heading: string;
  Maturity_Targets_Intro: string;
  Maturity_Targets_Save: string;
  Maturity_Targets_Saved: string;
  Maturity_Targets_Field: string;
  Maturity_Plan_NextSession: string;
  Maturity_Plan_NoSession: string;
  Maturity_Plan_FirstComplete: string;
  Maturity_Q_CodeTaken: string;
}

declare module 'MaturityStrings' {
  const strings: IMaturityStrings;
  export = strings;
}
