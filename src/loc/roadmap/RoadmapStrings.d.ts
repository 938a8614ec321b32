/**
 * RoadmapStrings: the strings of the Portfolio's roadmap (its view switcher and the timeline), in their own
 * SPFx resource module (config/config.json localizedResources) so that PmoHubStrings does not grow for one
 * view. Every key exists in all five locale files of this folder; src/loc/locales.test.ts checks it.
 */
declare interface IRoadmapStrings {
  [key: string]: string;
  Roadmap_ViewsLabel: string;
  Roadmap_TabProjects: string;
  Roadmap_TabRoadmap: string;
  Roadmap_TabControlling: string;
  Roadmap_Label: string;
  Roadmap_KeyboardHint: string;
  Roadmap_ZoomLabel: string;
  Roadmap_ZoomQuarter: string;
  Roadmap_ZoomYear: string;
  Roadmap_PreviousQuarter: string;
  Roadmap_NextQuarter: string;
  Roadmap_PreviousYear: string;
  Roadmap_NextYear: string;
  Roadmap_Today: string;
  Roadmap_TodayLine: string;
  Roadmap_QuarterTemplate: string;
  Roadmap_WindowRange: string;
  Roadmap_ColProject: string;
  Roadmap_ColTimeline: string;
  Roadmap_NoProgramme: string;
  Roadmap_RowDated: string;
  Roadmap_RowUndated: string;
  Roadmap_State_Green: string;
  Roadmap_State_Amber: string;
  Roadmap_State_Red: string;
  Roadmap_State_None: string;
  Roadmap_State_Ended: string;
  Roadmap_Milestones_one: string;
  Roadmap_Milestones: string;
  Roadmap_MilestoneForecast: string;
  Roadmap_MilestoneReached: string;
  Roadmap_MilestonePlanned: string;
  Roadmap_StartsEarlier: string;
  Roadmap_EndsLater: string;
  Roadmap_Undated: string;
  Roadmap_BeforeWindow: string;
  Roadmap_AfterWindow: string;
  Roadmap_LoadingMilestones: string;
  Roadmap_Legend: string;
  Roadmap_LegendReached: string;
  Roadmap_LegendOpen: string;
}

declare module 'RoadmapStrings' {
  const strings: IRoadmapStrings;
  export = strings;
}
