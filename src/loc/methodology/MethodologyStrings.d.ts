/**
 * MethodologyStrings: the strings of the "Methodology" web part (the methodology guide): its own texts, the
 * names of the lifecycles' stages, gates, roles and required products (the domain's codes in
 * src/domain/governance/lifecycleDefinitions.ts) and the stages' purposes the domain names by key
 * (Methodology_<Lifecycle>_<Stage>_Purpose), shown when the PMO wrote no text of its own. Its own SPFx
 * resource module (config/config.json localizedResources), so that only that web part loads it. Every key
 * exists in all five locale files of this folder; src/loc/locales.test.ts checks it. The page's title stays
 * in PmoHubStrings (Methodology_WebPartTitle), for the site navigation.
 */
declare interface IMethodologyStrings {
  [key: string]: string;
  Methodology_WebPartDescription: string;
  Methodology_DefaultLifecycleLabel: string;
  Methodology_LifecycleLabel: string;
  Methodology_Lifecycle_prince2: string;
  Methodology_Lifecycle_agile: string;
  Methodology_Lifecycle_hybrid: string;
  Methodology_MapLabel: string;
  Methodology_MapHint: string;
  Methodology_StageNumber: string;
  Methodology_Gate: string;
  Methodology_Selected: string;
  Methodology_Repeats_stage: string;
  Methodology_Repeats_release: string;
  Methodology_Purpose: string;
  Methodology_Roles: string;
  Methodology_GateCriteria: string;
  Methodology_GateCriteriaNone: string;
  Methodology_RequiredProducts: string;
  Methodology_Templates: string;
  Methodology_TemplatesEmpty: string;
  Methodology_TemplateLanguage: string;
  Methodology_TemplateProcess: string;
  Methodology_NoContent: string;
  Methodology_OtherLanguage: string;
  Methodology_StageTitle_prince2_StartingUp: string;
  Methodology_StageTitle_prince2_Initiation: string;
  Methodology_StageTitle_prince2_Delivery: string;
  Methodology_StageTitle_prince2_Closing: string;
  Methodology_StageTitle_hybrid_StartingUp: string;
  Methodology_StageTitle_hybrid_Initiation: string;
  Methodology_StageTitle_hybrid_Delivery: string;
  Methodology_StageTitle_hybrid_Closing: string;
  Methodology_StageTitle_agile_Discovery: string;
  Methodology_StageTitle_agile_Alpha: string;
  Methodology_StageTitle_agile_Beta: string;
  Methodology_StageTitle_agile_Live: string;
  Methodology_Prince2_StartingUp_Purpose: string;
  Methodology_Prince2_Initiation_Purpose: string;
  Methodology_Prince2_Delivery_Purpose: string;
  Methodology_Prince2_Closing_Purpose: string;
  Methodology_Hybrid_StartingUp_Purpose: string;
  Methodology_Hybrid_Initiation_Purpose: string;
  Methodology_Hybrid_Delivery_Purpose: string;
  Methodology_Hybrid_Closing_Purpose: string;
  Methodology_Agile_Discovery_Purpose: string;
  Methodology_Agile_Alpha_Purpose: string;
  Methodology_Agile_Beta_Purpose: string;
  Methodology_Agile_Live_Purpose: string;
  Methodology_Role_Executive: string;
  Methodology_Role_SeniorUser: string;
  Methodology_Role_SeniorSupplier: string;
  Methodology_Role_ProjectManager: string;
  Methodology_Role_TeamManager: string;
  Methodology_Role_ProjectAssurance: string;
  Methodology_Role_ProjectSupport: string;
  Methodology_Role_ChangeAuthority: string;
  Methodology_Role_ServiceOwner: string;
  Methodology_Role_ProductManager: string;
  Methodology_Role_DeliveryManager: string;
  Methodology_Role_UserResearcher: string;
  Methodology_Role_TechnicalArchitect: string;
  Methodology_Role_Pmo: string;
  Methodology_Gate_AuthoriseInitiation: string;
  Methodology_Gate_AuthoriseProject: string;
  Methodology_Gate_EndStage: string;
  Methodology_Gate_EndRelease: string;
  Methodology_Gate_AuthoriseClosure: string;
  Methodology_Gate_DiscoveryReview: string;
  Methodology_Gate_AlphaAssessment: string;
  Methodology_Gate_LiveAssessment: string;
  Methodology_Gate_ServiceHandover: string;
  Methodology_Product_ProjectMandate: string;
  Methodology_Product_ProjectBrief: string;
  Methodology_Product_OutlineBusinessCase: string;
  Methodology_Product_ProjectProductDescription: string;
  Methodology_Product_InitiationStagePlan: string;
  Methodology_Product_DailyLog: string;
  Methodology_Product_LessonsLog: string;
  Methodology_Product_ProjectInitiationDocumentation: string;
  Methodology_Product_BusinessCase: string;
  Methodology_Product_BenefitsManagementApproach: string;
  Methodology_Product_RiskManagementApproach: string;
  Methodology_Product_QualityManagementApproach: string;
  Methodology_Product_ChangeControlApproach: string;
  Methodology_Product_CommunicationManagementApproach: string;
  Methodology_Product_ProjectPlan: string;
  Methodology_Product_RiskRegister: string;
  Methodology_Product_IssueRegister: string;
  Methodology_Product_QualityRegister: string;
  Methodology_Product_EndProjectReport: string;
  Methodology_Product_LessonsReport: string;
  Methodology_Product_HandoverChecklist: string;
  Methodology_Product_StagePlan: string;
  Methodology_Product_WorkPackage: string;
  Methodology_Product_CheckpointReport: string;
  Methodology_Product_HighlightReport: string;
  Methodology_Product_EndStageReport: string;
  Methodology_Product_ExceptionReport: string;
  Methodology_Product_DiscoveryReport: string;
  Methodology_Product_UserNeeds: string;
  Methodology_Product_Prototypes: string;
  Methodology_Product_ProductBacklog: string;
  Methodology_Product_ReleasePlan: string;
  Methodology_Product_SecurityAssessment: string;
  Methodology_Product_AccessibilityStatement: string;
}

declare module 'MethodologyStrings' {
  const strings: IMethodologyStrings;
  export = strings;
}
