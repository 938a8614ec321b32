/**
 * Typed references to the PMO site's lists: the one place services, components and the seed take
 * list URLs, column internal names and choice values from. Each `<Key>List` is derived from the
 * list's definition in pmoSchema.ts, so a column that the list does not define is a compile error
 * (`ProjectsList.fields.Nope`), and a renamed column breaks every use at once.
 *
 * ```ts
 * sp.web.getList(site.listPath(ProjectsList)).items   // site: ISiteAddress (src/services/site.ts)
 *   .select(ProjectsList.fields.Title, lookupId(ProjectsList.fields.Programme))
 *   .filter(odataEq(ProjectsList.fields.LifecycleStatus, 'Active'))
 * ```
 */
import { lists } from './pmoSchema';
import type { IListSchema } from './types';
import type { RagDimension } from '../domain/portfolio';

/** One list of the schema, as the compiler sees it. */
type SchemaList = (typeof lists)[number];

/** The key of a list of the schema ('Projects', 'ProjectRequests', …). */
export type ListKey = SchemaList['key'];

type ListOf<K extends ListKey> = Extract<SchemaList, { key: K }>;
type ColumnOf<K extends ListKey> = ListOf<K>['fields'][number];

/** Columns SharePoint gives every list item (and, for a library, every file) that PMO Hub reads. */
export const BUILT_IN_FIELDS = ['Id', 'ID', 'Title', 'Author', 'AuthorId', 'Editor', 'EditorId', 'Created', 'Modified', 'Attachments', 'AttachmentFiles', 'File', 'FileLeafRef', 'FileRef', 'OData__UIVersionString', 'HasUniqueRoleAssignments'] as const;

/** A built-in column name. */
export type BuiltInField = (typeof BUILT_IN_FIELDS)[number];

/** The internal names a list's items have: its own columns and the built-ins. */
export type FieldName<K extends ListKey> = ColumnOf<K>['name'] | BuiltInField;

/** The list's Choice and MultiChoice columns. */
export type ChoiceField<K extends ListKey> = Extract<ColumnOf<K>, { type: 'Choice' | 'MultiChoice' }>['name'];

/** A typed reference to one list of the schema. */
export interface IListRef<K extends ListKey> {
  /** The schema key, e.g. 'Projects'. */
  readonly key: K;
  /** Web-relative URL, e.g. 'Lists/Projects' (a library: 'PmoTemplates'). */
  readonly url: string;
  /** Each internal name of the list, as itself: `ProjectsList.fields.Budget === 'Budget'`. */
  readonly fields: { readonly [P in FieldName<K>]: P };
  /** The stored values of each choice column, in the schema's order. */
  readonly choices: { readonly [P in ChoiceField<K>]: ReadonlyArray<string> };
}

/**
 * The typed reference of a list, built from its definition.
 * @throws Error naming the key when the schema has no such list (a programming error).
 */
export function listRef<K extends ListKey>(key: K): IListRef<K> {
  const list = (lists as ReadonlyArray<IListSchema>).filter(l => l.key === key)[0];
  if (!list) throw new Error(`The schema has no list '${key}'`);
  const fields: Record<string, string> = {};
  const choices: Record<string, ReadonlyArray<string>> = {};
  for (const name of BUILT_IN_FIELDS) fields[name] = name;
  for (const f of list.fields) {
    fields[f.name] = f.name;
    if (f.choices) choices[f.name] = f.choices;
  }
  return { key, url: list.url, fields, choices } as unknown as IListRef<K>;
}

/** The REST name of a lookup or person column's id: `lookupId('Programme')` → 'ProgrammeId'. */
export function lookupId<N extends string>(field: N): `${N}Id` {
  return `${field}Id`;
}

/** A projected column of a lookup or person column (select and expand it): `projected('ProjectManager', 'Title')` → 'ProjectManager/Title'. */
export function projected<N extends string, P extends string>(field: N, property: P): `${N}/${P}` {
  return `${field}/${property}`;
}

export const PmoHubConfigList: IListRef<'PmoHubConfig'> = listRef('PmoHubConfig');
export const StrategicObjectivesList: IListRef<'StrategicObjectives'> = listRef('StrategicObjectives');
export const ProgrammesList: IListRef<'Programmes'> = listRef('Programmes');
export const BusinessUnitsList: IListRef<'BusinessUnits'> = listRef('BusinessUnits');
export const ProjectsList: IListRef<'Projects'> = listRef('Projects');
export const ProjectRequestsList: IListRef<'ProjectRequests'> = listRef('ProjectRequests');
export const RequestHistoryList: IListRef<'RequestHistory'> = listRef('RequestHistory');
export const ScoringModelsList: IListRef<'ScoringModels'> = listRef('ScoringModels');
export const ScoringCriteriaList: IListRef<'ScoringCriteria'> = listRef('ScoringCriteria');
export const ScoringRoundsList: IListRef<'ScoringRounds'> = listRef('ScoringRounds');
export const ScoresList: IListRef<'Scores'> = listRef('Scores');
export const ScoreDraftsList: IListRef<'ScoreDrafts'> = listRef('ScoreDrafts');
export const PortfolioScenariosList: IListRef<'PortfolioScenarios'> = listRef('PortfolioScenarios');
export const StatusReportsList: IListRef<'StatusReports'> = listRef('StatusReports');
export const StatusReportDraftsList: IListRef<'StatusReportDrafts'> = listRef('StatusReportDrafts');
export const MilestonesList: IListRef<'Milestones'> = listRef('Milestones');
export const MilestoneSnapshotsList: IListRef<'MilestoneSnapshots'> = listRef('MilestoneSnapshots');
export const RisksList: IListRef<'Risks'> = listRef('Risks');
export const RiskSnapshotsList: IListRef<'RiskSnapshots'> = listRef('RiskSnapshots');
export const IssuesList: IListRef<'Issues'> = listRef('Issues');
export const DecisionsList: IListRef<'Decisions'> = listRef('Decisions');
export const ChangeRequestsList: IListRef<'ChangeRequests'> = listRef('ChangeRequests');
export const LessonsList: IListRef<'Lessons'> = listRef('Lessons');
export const BenefitsList: IListRef<'Benefits'> = listRef('Benefits');
export const BenefitMeasurementsList: IListRef<'BenefitMeasurements'> = listRef('BenefitMeasurements');
export const BudgetLinesList: IListRef<'BudgetLines'> = listRef('BudgetLines');
export const RolesList: IListRef<'Roles'> = listRef('Roles');
export const ResourcesList: IListRef<'Resources'> = listRef('Resources');
export const AbsencesList: IListRef<'Absences'> = listRef('Absences');
export const AssignmentsList: IListRef<'Assignments'> = listRef('Assignments');
export const GatesList: IListRef<'Gates'> = listRef('Gates');
export const GateChecklistItemsList: IListRef<'GateChecklistItems'> = listRef('GateChecklistItems');
export const GateReviewsList: IListRef<'GateReviews'> = listRef('GateReviews');
export const GateReviewDraftsList: IListRef<'GateReviewDrafts'> = listRef('GateReviewDrafts');
export const GateWaiversList: IListRef<'GateWaivers'> = listRef('GateWaivers');
export const GateConditionsList: IListRef<'GateConditions'> = listRef('GateConditions');
export const KpiDefinitionsList: IListRef<'KpiDefinitions'> = listRef('KpiDefinitions');
export const KpiSnapshotsList: IListRef<'KpiSnapshots'> = listRef('KpiSnapshots');
export const TrainingModulesList: IListRef<'TrainingModules'> = listRef('TrainingModules');
export const TrainingSessionsList: IListRef<'TrainingSessions'> = listRef('TrainingSessions');
export const EnrolmentsList: IListRef<'Enrolments'> = listRef('Enrolments');
export const MaturityQuestionsList: IListRef<'MaturityQuestions'> = listRef('MaturityQuestions');
export const MaturityAssessmentsList: IListRef<'MaturityAssessments'> = listRef('MaturityAssessments');
export const CommunitiesList: IListRef<'Communities'> = listRef('Communities');
export const LearningPathsList: IListRef<'LearningPaths'> = listRef('LearningPaths');
export const TrainingAttendanceList: IListRef<'TrainingAttendance'> = listRef('TrainingAttendance');
export const MaturityResultsList: IListRef<'MaturityResults'> = listRef('MaturityResults');
export const CommunityMembersList: IListRef<'CommunityMembers'> = listRef('CommunityMembers');
export const PortfolioViewsList: IListRef<'PortfolioViews'> = listRef('PortfolioViews');
export const MyPortfolioViewsList: IListRef<'MyPortfolioViews'> = listRef('MyPortfolioViews');
export const TemplatesList: IListRef<'Templates'> = listRef('Templates');
export const ProjectDocumentsList: IListRef<'ProjectDocuments'> = listRef('ProjectDocuments');
export const MethodologyStagesList: IListRef<'MethodologyStages'> = listRef('MethodologyStages');
export const ReportsList: IListRef<'Reports'> = listRef('Reports');

/**
 * The Projects column that carries each RAG dimension of the latest published report (the same
 * names on StatusReports): the one mapping from the domain's dimensions to columns.
 */
export const RAG_COLUMNS = {
  overall: ProjectsList.fields.RagOverall,
  schedule: ProjectsList.fields.RagSchedule,
  cost: ProjectsList.fields.RagCost,
  scope: ProjectsList.fields.RagScope,
  risk: ProjectsList.fields.RagRisk
} as const satisfies Record<RagDimension, string>;

/**
 * The column of each standard status report dimension (StatusReports, StatusReportDrafts and, for the
 * latest published report, Projects): the portfolio's five and, since schema 6, quality and resources.
 * Dimensions the PMO adds beyond these live only in RagDetailsJson.
 */
export const REPORT_RAG_COLUMNS = {
  ...RAG_COLUMNS,
  quality: StatusReportsList.fields.RagQuality,
  resources: StatusReportsList.fields.RagResources
} as const;

/**
 * A row type checked against its list at compile time: every key must be a column of the list, the
 * id of one of its lookup/person columns (`ProgrammeId`) or an OData annotation; otherwise the type
 * becomes `{ unknownColumns: … }` and every use of it fails to compile, naming the stray keys.
 */
export type CheckedRow<K extends ListKey, T> = [Exclude<keyof T, FieldName<K> | `${FieldName<K>}Id` | `odata.${string}` | '__metadata'>] extends [never]
  ? T
  : { unknownColumns: Exclude<keyof T, FieldName<K> | `${FieldName<K>}Id` | `odata.${string}` | '__metadata'> };
