/**
 * PMO Hub's one strings module. SPFx loads `lib/loc/<locale>.js` for the page's UI culture
 * (config/config.json `localizedResources`). Every key exists in all five locale files; a test fails
 * otherwise. Keys are grouped by prefix: `Home_` (PMO Home), `Request_`, `Portfolio_`, …; the titles of lists,
 * columns, groups and views are in SchemaStrings (src/loc/schema).
 */
declare interface IPmoHubStrings {
  [key: string]: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  LoadingLabel: string;
  ErrorTitle: string;
  RetryButton: string;
  ClearSearchLabel: string;
  /** A date field's hint: {0} a date in the user's format (31 December of this year). */
  DateField_Hint: string;
  /** A label and its value, with the language's punctuation (French: a no-break space before the colon). */
  LabelValue: string;
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
  PmoSite_UnreachableTitle: string;
  PmoSite_NoAccessText: string;
  PmoSite_NotFoundText: string;
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

  // Prioritization (web part, optimizer, scenarios, decisions)
  Prioritization_WebPartTitle: string;
  Gates_WebPartTitle: string;
  Project_WebPartTitle: string;
  Raid_WebPartTitle: string;
  Methodology_WebPartTitle: string;
  Benefits_WebPartTitle: string;
  Capacity_WebPartTitle: string;
  Training_WebPartTitle: string;
  Dashboard_WebPartTitle: string;
  Home_Tile_Prioritization_Title: string;
  Home_Tile_Prioritization_Desc: string;
  Request_DecisionHeading: string;
  Request_DecisionText: string;
  Request_Refused_roundOpen: string;
}

declare module 'PmoHubStrings' {
  const strings: IPmoHubStrings;
  export = strings;
}
