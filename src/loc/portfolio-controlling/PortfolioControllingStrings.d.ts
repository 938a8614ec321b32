/**
 * PortfolioControllingStrings: the strings of the Portfolio's controlling view (earned value per programme
 * and portfolio, RAG distribution per dimension), in their own SPFx resource module (config/config.json
 * localizedResources) so that PmoHubStrings does not grow for one view and the Project web part's
 * ProjectStrings stay out of the Portfolio. Every key exists in all five locale files of this folder;
 * src/loc/locales.test.ts checks it.
 */
declare interface IPortfolioControllingStrings {
  [key: string]: string;
  PortfolioControlling_Heading: string;
  PortfolioControlling_Intro: string;
  PortfolioControlling_NoRunningProjects: string;
  PortfolioControlling_EvHeading: string;
  PortfolioControlling_TotalsCaption: string;
  PortfolioControlling_CountsCaption: string;
  PortfolioControlling_Sum_pv: string;
  PortfolioControlling_Sum_ev: string;
  PortfolioControlling_Sum_ac: string;
  PortfolioControlling_Sum_bac: string;
  PortfolioControlling_Spi: string;
  PortfolioControlling_Cpi: string;
  PortfolioControlling_Running: string;
  PortfolioControlling_Reported: string;
  PortfolioControlling_NotReported: string;
  PortfolioControlling_SpiLeftOut: string;
  PortfolioControlling_CpiLeftOut: string;
  PortfolioControlling_NotAvailable: string;
  PortfolioControlling_Reason_noSpiInputs: string;
  PortfolioControlling_Reason_noCpiInputs: string;
  PortfolioControlling_Reason_divisionByZero_pv: string;
  PortfolioControlling_Reason_divisionByZero_ac: string;
  PortfolioControlling_Reason_other: string;
  PortfolioControlling_KpiMark: string;
  PortfolioControlling_ProgrammesHeading: string;
  PortfolioControlling_ProgrammesCaption: string;
  PortfolioControlling_Col_programme: string;
  PortfolioControlling_Col_running: string;
  PortfolioControlling_Col_counted: string;
  PortfolioControlling_UnknownProgramme: string;
  PortfolioControlling_RagHeading: string;
  PortfolioControlling_RagCaption: string;
  PortfolioControlling_Col_dimension: string;
  PortfolioControlling_Col_total: string;
  PortfolioControlling_NotRated: string;
  PortfolioControlling_NoReportNote: string;
  PortfolioControlling_Uncounted: string;
  PortfolioControlling_Dim_overall: string;
  PortfolioControlling_Dim_schedule: string;
  PortfolioControlling_Dim_cost: string;
  PortfolioControlling_Dim_scope: string;
  PortfolioControlling_Dim_quality: string;
  PortfolioControlling_Dim_risk: string;
  PortfolioControlling_Dim_resources: string;
}

declare module 'PortfolioControllingStrings' {
  const strings: IPortfolioControllingStrings;
  export = strings;
}
