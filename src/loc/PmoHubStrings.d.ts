/**
 * PMO Hub's one strings module. SPFx loads `lib/loc/<locale>.js` for the page's UI culture
 * (config/config.json `localizedResources`). Every key exists in all five locale files; a test fails
 * otherwise. Keys are grouped by prefix: `Home_` (PMO Home), `List_`/`Field_` (information architecture), …
 */
declare interface IPmoHubStrings {
  [key: string]: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  LoadingLabel: string;
  ErrorTitle: string;
  RetryButton: string;
  ClearSearchLabel: string;
  Amount_Invalid: string;
  Amount_Decimals: string;
  Amount_TooLarge: string;

  Home_WebPartTitle: string;
  Home_WebPartDescription: string;
  Home_TitleFieldLabel: string;
  Home_IntroFieldLabel: string;
  Home_ShowUnavailableFieldLabel: string;
  Home_DefaultTitle: string;
  Home_Greeting: string;
  Home_Intro: string;
  Home_NavLabel: string;
  Home_OpensInNewWindow: string;
  Home_NotSetUp: string;
  Home_Empty: string;
  Home_Tile_Requests_Title: string;
  Home_Tile_Requests_Desc: string;
  Home_Tile_Portfolio_Title: string;
  Home_Tile_Portfolio_Desc: string;
  Home_Tile_Status_Title: string;
  Home_Tile_Status_Desc: string;
  Home_Tile_Risks_Title: string;
  Home_Tile_Risks_Desc: string;
  Home_Tile_Scoring_Title: string;
  Home_Tile_Scoring_Desc: string;
  Home_Tile_Resources_Title: string;
  Home_Tile_Resources_Desc: string;
  Home_Tile_Reports_Title: string;
  Home_Tile_Reports_Desc: string;
  Home_Tile_Training_Title: string;
  Home_Tile_Training_Desc: string;
  Home_Tile_Maturity_Title: string;
  Home_Tile_Maturity_Desc: string;
  Home_Tile_Setup_Title: string;
  Home_Tile_Setup_Desc: string;
  Page_NoAccessTitle: string;
  Page_NoAccessText: string;
  Setup_DriftTitle: string;
  Setup_DriftIntro: string;
  Setup_RepairButton: string;
  Setup_Area_list: string;
  Setup_Area_field: string;
  Setup_Area_view: string;
  Setup_Area_group: string;
  Setup_Area_permissionLevel: string;
  Setup_Area_permissions: string;
  Setup_Area_page: string;
  Setup_Area_config: string;
  Setup_Area_upgrade: string;

  // Scoring and decisions: Saaty's verbal scale ({0} = the more important criterion), tie-break reasons,
  // model and score issues, refusals of the scoring and decision services.
  Ahp_Judgement_1: string;
  Ahp_Judgement_2: string;
  Ahp_Judgement_3: string;
  Ahp_Judgement_4: string;
  Ahp_Judgement_5: string;
  Ahp_Judgement_6: string;
  Ahp_Judgement_7: string;
  Ahp_Judgement_8: string;
  Ahp_Judgement_9: string;
  Ahp_ConsistencyRatio: string;
  Ahp_InconsistentWarning: string;
  Scoring_TieBreak_highestWeightCriterion: string;
  Scoring_TieBreak_fewerDisagreements: string;
  Scoring_TieBreak_lowerRequestNumber: string;
  Scoring_Disagreement: string;
  Scoring_Incomplete: string;
  Scoring_Issue_required: string;
  Scoring_Issue_noCriteria: string;
  Scoring_Issue_tooManyCriteria: string;
  Scoring_Issue_weightInvalid: string;
  Scoring_Issue_weightsZero: string;
  Scoring_Issue_scaleInvalid: string;
  Scoring_Issue_levelOutsideScale: string;
  Scoring_Issue_levelDuplicate: string;
  Scoring_Issue_wsjfRoles: string;
  Scoring_Issue_wsjfScale: string;
  Scoring_Issue_matrixSize: string;
  Scoring_Issue_matrixInvalid: string;
  Scoring_ScoreIssue_missing: string;
  Scoring_ScoreIssue_outsideScale: string;
  Scoring_ScoreIssue_notOnScale: string;
  Scoring_ScoreIssue_unknownCriterion: string;
  Scoring_ScoreIssue_unknownRequest: string;
  Scoring_ScoreIssue_commentTooLong: string;
  Scoring_Refusal_notPmo: string;
  Scoring_Refusal_notInvited: string;
  Scoring_Refusal_roundNotOpen: string;
  Scoring_Refusal_alreadySubmitted: string;
  Scoring_Refusal_notReadyForScoring: string;
  Scoring_Refusal_invalid: string;
  Scoring_Refusal_modelNotUsable: string;
  Scoring_Refusal_noResult: string;
  Decision_Refusal_rationaleRequired: string;
  Decision_Refusal_notDecidable: string;
}

declare module 'PmoHubStrings' {
  const strings: IPmoHubStrings;
  export = strings;
}
