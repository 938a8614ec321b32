import { PermissionKind } from '@pnp/sp/security';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { SPFI } from '../platform/pnp';
import { graphSearchClause, odataEq } from './odata';
import { etagOf } from './itemValues';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { readDateOnly, writeDateOnly, type ISiteTimeZone } from '../domain/dates';
import { MAX_SEARCH_LENGTH, cleanSearchInput } from '../domain/text';
import { describeError, SearchTextTooLongError } from './errors';
import type { IProjectService } from './ProjectService';
import type { ICapacityService } from './CapacityService';
import type { IListLocation, ISiteAddress } from './site';
import { listOn, type ListHandle } from './lists';
import { loadPmoMemberIds } from './pmoMembers';
import { foldTrustedHistory, type IHistoryRowFacts, type ITrustedHistory } from '../domain/intakeTrust';
import { checkRequestValues, type IIntakeChoices } from '../domain/intakeValues';
import { listByKey, pmoSchema } from '../schema/pmoSchema';
import { BusinessUnitsList, lookupId, ProgrammesList, ProjectRequestsList, projected, RequestHistoryList, RolesList, ScoringRoundsList, StrategicObjectivesList, type CheckedRow } from '../schema/refs';
import { OPEN_ROUNDS_FILTER, openRoundHolding, ROUND_HOLD_FIELDS, type IRoundRow } from './scoringRows';
import {
  appendIntakeLog, canConvert, canDelete, checkTransition, costPlanFromJson, costPlanToJson, costTotals, demandFromJson, demandToJson,
  intakeLogFromJson, isEditable, isIntakeState, needsReason, projectCodeFor, requestToProject, validateRequest,
  type IIntakeLogEntry, type IntakeState, type IPersonRef, type IRequestInput, type IValidationIssue, type RequestField, type TransitionRefusal, type Urgency
} from '../domain/intake';

/** A request as the lists show it: what "My requests" and the PMO's list need. */
export interface IRequestSummary {
  id: number;
  title: string;
  state: IntakeState;
  businessUnit: string;
  urgency: Urgency;
  /** Capex plus opex over all years. */
  budget: number;
  /** ISO date and time of submission; undefined for a draft. */
  submitted?: string;
  /** ISO date and time of the last change. */
  modified: string;
  requesterId: number;
  requesterName: string;
  /** The Projects item the request became, once converted. */
  projectId?: number;
  /** That project's code (Projects.ProjectCode), once converted. */
  projectCode?: string;
}

/** A whole request: the form's input plus what SharePoint and the workflow add. */
export interface IProjectRequest extends IRequestSummary {
  input: IRequestInput;
  decisionReason?: string;
  /** File names of the attachments. */
  attachments: string[];
  /** The item's ETag (concurrency token of the next write). */
  etag: string;
}

/** One state change, for the history timeline. */
export interface IHistoryEntry extends IIntakeLogEntry {}

/** A request with its history, oldest change first. */
export interface IRequestWithHistory {
  request: IProjectRequest;
  history: IHistoryEntry[];
}

/** A person found by the sponsor search (Microsoft Graph). */
export interface IPersonResult {
  /** Entra object id. */
  id: string;
  displayName: string;
  mail?: string;
  userPrincipalName: string;
  jobTitle?: string;
  department?: string;
}

/** What the form offers to choose from. */
export interface IIntakeReferenceData {
  /** Active strategic objectives. */
  objectives: Array<{ id: number; title: string; code?: string }>;
  /** Active roles of the resource pool (rows of the demand grid). */
  roles: Array<{ id: number; title: string; code?: string }>;
  /** Active business units the PMO maintains (BusinessUnits), by title: the form's choices. */
  businessUnits: Array<{ id: number; title: string; code?: string }>;
  /** Active and planned programmes, by title: a converted project can join one. */
  programmes: Array<{ id: number; title: string; code?: string }>;
}

/** The signed-in user as intake sees them. */
export interface IIntakeUser {
  id: number;
  displayName: string;
  /** PMO officers and owners (they manage the requests list) move requests and see all of them. */
  isPmo: boolean;
}

/** A file to attach (a browser File is a Blob with a name). */
export interface IAttachmentFile {
  name: string;
  content: Blob | ArrayBuffer | string;
}

/** Attachment changes that go with a save. */
export interface IAttachmentChanges {
  add?: ReadonlyArray<IAttachmentFile>;
  /** Names of attachments to remove. */
  remove?: ReadonlyArray<string>;
}

/** Progress of a save or submission with attachments. */
export interface ISaveProgress {
  step: 'saving' | 'uploading' | 'submitting';
  /** The file being uploaded. */
  file?: string;
  done: number;
  total: number;
  /**
   * The request's id and ETag once the draft is written (the 'saving' event comes after the write): a
   * save or submission that fails after this point leaves this draft, and the next attempt must name
   * it (and the latest ETag) instead of filing a new one.
   */
  id?: number;
  etag?: string;
  /** Files of this save attached so far: a repeated attempt must not send them again. */
  attached?: string[];
}

/** An attachment that could not be added or removed. */
export interface IAttachmentFailure {
  name: string;
  error: unknown;
}

/** The result of saveDraft and submit. */
export interface ISaveResult {
  request: IProjectRequest;
  /** True when the request is submitted now. */
  submitted: boolean;
  /** Attachments that failed; a submission with failures stays a draft. */
  failedAttachments: IAttachmentFailure[];
}

/** What the PMO decides when converting a request (the confirmation). */
export interface IConvertOptions {
  /** The project manager: a site user (id) or a person found by the people search (login). */
  projectManager?: IPersonRef;
  /** The programme (Programmes item id) the project joins; none when undefined. */
  programmeId?: number;
}

/** The result of convertToProject. */
export interface IConvertResult {
  projectId: number;
  /** The project's code (Projects.ProjectCode), e.g. REQ-000042. */
  projectCode: string;
  /** The Portfolio page with the project's panel open. */
  projectUrl: string;
  /** False when the request had been converted before (nothing new was created). */
  created: boolean;
}

/** Why intake refused an action (besides SharePoint's own errors). */
export type RequestRefusal = TransitionRefusal | 'notEditable' | 'invalid' | 'projectManagerRequired';

/** Thrown when the workflow or validation refuses an action; nothing was written. */
export class RequestRefusedError extends Error {
  public readonly refusal: RequestRefusal;
  /** The validation issues when `refusal` is 'invalid'. */
  public readonly issues: IValidationIssue[];
  /** The title of the open scoring round that holds the request when `refusal` is 'roundOpen'. */
  public readonly round?: string;

  public constructor(refusal: RequestRefusal, issues: IValidationIssue[] = [], round?: string) {
    super(`Project request refused: ${refusal}${issues.length ? ` (${issues.map(i => `${i.field}: ${i.code}`).join(', ')})` : ''}${round !== undefined ? ` (scoring round "${round}" is open: close or cancel it first)` : ''}`);
    this.name = 'RequestRefusedError';
    this.refusal = refusal;
    this.issues = issues;
    this.round = round;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, RequestRefusedError.prototype);
  }
}

/** Project requests (intake): file, save, submit, review, decide, convert. */
export interface IRequestService {
  /** The signed-in user and whether they belong to the PMO. */
  getCurrentUser(): Promise<IIntakeUser>;
  /** Active strategic objectives and roles for the form. */
  getReferenceData(): Promise<IIntakeReferenceData>;
  /**
   * Saves a new or existing draft (needs only a title); then adds and removes attachments (an added
   * file replaces an attachment of the same name, so repeating a failed save leaves one copy).
   * @param etag The ETag of the draft as the user saw it (IProjectRequest.etag, or the last progress
   *   event's): when someone changed the draft since, the save fails with 412 (describeError: 'conflict').
   */
  saveDraft(input: IRequestInput, id?: number, attachments?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void, etag?: string): Promise<ISaveResult>;
  /**
   * Validates, saves the draft and its attachments, then submits: the state change and the first
   * RequestHistory row (after the guarded state change). An attachment that fails leaves the request a draft.
   * Throws {@link RequestRefusedError} ('invalid', with the issues) before writing anything. Repeating a
   * submission that failed half-way (with the id and ETag of its last progress event) completes it:
   * a request already submitted by its author gets its history row if it lacks one, and nothing else.
   * @param etag The ETag of the draft as the user saw it (see saveDraft).
   */
  submit(input: IRequestInput, id?: number, attachments?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void, etag?: string): Promise<ISaveResult>;
  /** The signed-in user's own requests, newest first. */
  listMine(): Promise<IRequestSummary[]>;
  /** Every request (PMO), newest first, optionally only in some states. */
  listAll(states?: ReadonlyArray<IntakeState>): Promise<IRequestSummary[]>;
  /** One request with its history. */
  get(id: number): Promise<IRequestWithHistory>;
  /**
   * Moves a request to another state with a RequestHistory row, written after the state change guarded by the
   * item's ETag (a concurrent change answers 412: describeError says 'conflict'). The one path of every
   * move, board decisions included: a request "Ready for scoring" that an open scoring round holds is
   * not moved ({@link RequestRefusedError} 'roundOpen', naming the round in `round`: close or cancel it first).
   * @param etag The ETag of the request as the user saw it (IProjectRequest.etag); when someone
   *   changed the request since, the move fails with 412 instead of overriding their change.
   */
  transition(id: number, to: IntakeState, comment?: string, reason?: string, etag?: string): Promise<IRequestWithHistory>;
  /**
   * Creates the Projects item of an approved request (PMO) with the project manager and programme
   * the PMO confirmed, the request's dates, objectives, sponsor and budget, and records the
   * conversion in the request's history. A second call returns the same project.
   * Throws {@link RequestRefusedError} ('projectManagerRequired') without a project manager.
   */
  convertToProject(id: number, options?: IConvertOptions): Promise<IConvertResult>;
  /**
   * Records a request's score from a closed scoring round (PMO): ProjectRequests.TotalScore and the
   * model version it was scored with (ScoringModel), so the lists sort and show it. Each write carries
   * the ETag just read; a concurrent change (412) is read again and the score written again (at most
   * three times). Idempotent. Throws {@link RequestRefusedError} 'notPermitted' for others.
   */
  recordScore(id: number, score: { total: number; modelId: number }): Promise<void>;
  /** The address of a project: the Portfolio page with the project's panel open (`?project=<id>`). */
  projectUrl(projectId: number): string;
  /** Deletes a draft (its author only), guarded by the ETag the user saw (a concurrent change answers 412). */
  deleteDraft(id: number, etag?: string): Promise<void>;
  /** The address of an attachment (SharePoint serves it to whoever may read the request). */
  attachmentUrl(id: number, name: string): string;
  /** An attachment's content, read as the signed-in user (404 for those who may not read the request). */
  downloadAttachment(id: number, name: string): Promise<Blob>;
  /** People whose name or e-mail starts with the text (Microsoft Graph), at most 10. */
  searchPeople(text: string): Promise<IPersonResult[]>;
}

/** The services a request's workflow composes. */
export interface IRequestServiceDeps {
  /** The project register: a conversion creates the project through it. */
  projects: IProjectService;
  /** Resource capacity: approval and conversion write the request's demand as committed assignments through it. */
  capacity: Pick<ICapacityService, 'commitRequestDemand'>;
  /** The site's time zone: desired start and end are date-only columns written and read for it. */
  siteTimeZone: ISiteTimeZoneSource;
}

/** The form field of each ProjectRequests column the service writes (to name the field of a value SharePoint refuses). */
const FIELD_OF_COLUMN: Readonly<Record<string, RequestField>> = {
  Title: 'title', BusinessUnit: 'businessUnit', ProblemStatement: 'problemStatement', Goals: 'goals', ExpectedBenefits: 'expectedBenefits',
  StrategicObjectives: 'objectives', CostPlanJson: 'costPlan', CapexTotal: 'costPlan', OpexTotal: 'costPlan', DesiredStart: 'desiredStart',
  DesiredEnd: 'desiredEnd', Urgency: 'urgency', Sponsor: 'sponsor', ProposedManager: 'proposedManager', PersonalData: 'personalData', Iso27001Scope: 'iso27001Scope',
  Nis2Relevant: 'nis2Relevant', ProcurementNeeded: 'procurementNeeded', ResourceDemandJson: 'resourceDemand'
};

/** SharePoint's longest plain multi-line text (a Note without unlimited length), in characters. */
const NOTE_MAX_LENGTH: number = 63999;

/** The request's text fields and their columns: each is checked against its column's length before a write. */
const TEXT_COLUMNS: ReadonlyArray<[RequestField, keyof IRequestInput, string]> = [
  ['businessUnit', 'businessUnit', ProjectRequestsList.fields.BusinessUnit], ['problemStatement', 'problemStatement', ProjectRequestsList.fields.ProblemStatement],
  ['goals', 'goals', ProjectRequestsList.fields.Goals], ['expectedBenefits', 'expectedBenefits', ProjectRequestsList.fields.ExpectedBenefits]
];

/** Text longer than its column holds (Text: the schema's maxLength or 255; Note: 63,999), as issues naming the field. */
function lengthIssues(input: IRequestInput): IValidationIssue[] {
  const out: IValidationIssue[] = [];
  for (const [field, key, column] of TEXT_COLUMNS) {
    const schema = listByKey(pmoSchema, ProjectRequestsList.key).fields.filter(f => f.name === column)[0];
    const max = schema?.type === 'Text' ? schema.maxLength ?? 255 : NOTE_MAX_LENGTH;
    const value = input[key];
    if (typeof value === 'string' && value.trim().length > max) out.push({ field, code: 'tooLong', params: [max] });
  }
  return out;
}

/**
 * A value SharePoint refused (400) as a refusal naming the form's field, when its message names a
 * column ('Title' (Title), StrategicObjectivesId, …); the error itself otherwise.
 */
function refusalOf(e: unknown): unknown {
  const d = describeError(e);
  if (d.kind !== 'validation') return e;
  // The words of the message (identifiers), a lookup's `…Id` read as its column.
  const words = d.detail.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
  const column = words.map(w => w.replace(/Id$/, '')).filter(w => Object.prototype.hasOwnProperty.call(FIELD_OF_COLUMN, w))[0];
  return column ? new RequestRefusedError('invalid', [{ field: FIELD_OF_COLUMN[column], code: 'valueRefused' }]) : e;
}

/** SharePoint Online's claims prefix of Entra users. */
const CLAIMS_PREFIX = 'i:0#.f|membership|';

const R = ProjectRequestsList.fields;

/** The columns a full read selects of a person column: its id and the person's id, name, e-mail and sign-in name. */
function personColumns(column: string): string[] {
  return [lookupId(column), projected(column, 'Id'), projected(column, 'Title'), projected(column, 'EMail'), projected(column, 'Name')];
}
const H = RequestHistoryList.fields;
const SUMMARY_FIELDS: ReadonlyArray<string> = [
  R.Id, R.Title, R.IntakeState, R.BusinessUnit, R.Urgency, R.CapexTotal, R.OpexTotal, R.SubmittedDate, R.Modified, lookupId(R.Project),
  projected(R.Project, 'ProjectCode'), projected(R.Author, 'Id'), projected(R.Author, 'Title')
];
/** What a summary read expands. */
const SUMMARY_EXPAND: ReadonlyArray<string> = [R.Author, R.Project];
const FULL_FIELDS: ReadonlyArray<string> = [
  ...SUMMARY_FIELDS, R.ProblemStatement, R.Goals, R.ExpectedBenefits, lookupId(R.StrategicObjectives), R.CostPlanJson, R.DesiredStart, R.DesiredEnd,
  ...personColumns(R.Sponsor), ...personColumns(R.ProposedManager),
  R.PersonalData, R.Iso27001Scope, R.Nis2Relevant, R.ProcurementNeeded, R.DecisionReason, R.ResourceDemandJson, R.IntakeLogJson,
  projected(R.AttachmentFiles, 'FileName')
];
/** What a full read expands. */
const FULL_EXPAND: ReadonlyArray<string> = [...SUMMARY_EXPAND, R.Sponsor, R.ProposedManager, R.AttachmentFiles];

/* eslint-disable @rushstack/no-new-null -- SharePoint REST (a legacy API) answers null for empty columns and takes null to clear one */
/** The request's person fields, resolved to site users before a write. */
const PERSON_FIELDS: ReadonlyArray<'sponsor' | 'proposedManager'> = ['sponsor', 'proposedManager'];

/** Site user ids of the request's people (null: nobody). */
interface IPeopleIds { sponsor: number | null; proposedManager: number | null }

/** A person column as expanded (SharePoint's JSON). */
interface IPersonShape { Id?: number; Title?: string; EMail?: string; Name?: string }

/** A ProjectRequests item as read with FULL_FIELDS (SharePoint's JSON). */
interface IRequestRowShape {
  Id: number;
  Title: string | null;
  IntakeState: string | null;
  BusinessUnit: string | null;
  Urgency: string | null;
  CapexTotal: number | null;
  OpexTotal: number | null;
  SubmittedDate: string | null;
  Modified: string;
  ProjectId: number | null;
  Project?: { ProjectCode?: string | null } | null;
  Author?: { Id: number; Title: string };
  ProblemStatement?: string | null;
  Goals?: string | null;
  ExpectedBenefits?: string | null;
  StrategicObjectivesId?: number[] | { results: number[] } | null;
  CostPlanJson?: string | null;
  DesiredStart?: string | null;
  DesiredEnd?: string | null;
  SponsorId?: number | null;
  Sponsor?: IPersonShape | null;
  ProposedManagerId?: number | null;
  ProposedManager?: IPersonShape | null;
  PersonalData?: boolean | null;
  Iso27001Scope?: boolean | null;
  Nis2Relevant?: boolean | null;
  ProcurementNeeded?: boolean | null;
  DecisionReason?: string | null;
  ResourceDemandJson?: string | null;
  IntakeLogJson?: string | null;
  AttachmentFiles?: Array<{ FileName: string }> | { results: Array<{ FileName: string }> };
  'odata.etag'?: string;
  __metadata?: { etag?: string };
}
/** A ProjectRequests item as read, checked against the list's columns. */
type IRequestRow = CheckedRow<'ProjectRequests', IRequestRowShape>;

interface IHistoryRowShape {
  Id: number;
  FromState: string | null;
  ToState: string;
  TransitionComment: string | null;
  DecisionReason?: string | null;
  Created: string;
  AuthorId: number;
  Author?: { Title: string };
}
type IHistoryRow = CheckedRow<'RequestHistory', IHistoryRowShape>;

function results<T>(v: T[] | { results: T[] } | null | undefined): T[] {
  if (!v) return [];
  return Array.isArray(v) ? v : v.results ?? [];
}

function urgencyOf(v: string | null | undefined): Urgency {
  return v === 'Low' || v === 'High' || v === 'Critical' ? v : 'Medium';
}

function bool(v: boolean | null | undefined): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/* eslint-enable @rushstack/no-new-null */

/** What a RequestHistory query selects (and expands: Author). */
const HISTORY_FIELDS: ReadonlyArray<string> = [H.Id, H.FromState, H.ToState, H.TransitionComment, H.DecisionReason, H.Created, lookupId(H.Author), projected(H.Author, 'Title')];

function historyFacts(h: IHistoryRow): IHistoryRowFacts {
  return {
    id: h.Id, from: h.FromState ?? undefined, to: h.ToState, authorId: h.AuthorId, authorName: h.Author?.Title ?? '', created: h.Created,
    comment: h.TransitionComment ?? undefined, reason: h.DecisionReason ?? undefined
  };
}

function summaryOf(r: IRequestRow): IRequestSummary {
  return {
    id: r.Id,
    title: r.Title ?? '',
    state: isIntakeState(r.IntakeState) ? r.IntakeState : 'Submitted',
    businessUnit: r.BusinessUnit ?? '',
    urgency: urgencyOf(r.Urgency),
    budget: Math.round(((r.CapexTotal ?? 0) + (r.OpexTotal ?? 0)) * 100) / 100,
    submitted: r.SubmittedDate ?? undefined,
    modified: r.Modified,
    requesterId: r.Author?.Id ?? 0,
    requesterName: r.Author?.Title ?? '',
    projectId: r.ProjectId ?? undefined,
    // The code as the project has it now; the one conversion derives, when the project is gone from view.
    projectCode: r.ProjectId ? r.Project?.ProjectCode || projectCodeFor(r.Id) : undefined
  };
}

/** A person column's id and expanded person → the person (undefined when the column is empty). */
function personOf(id: IRequestRow['SponsorId'], p: IRequestRow['Sponsor']): IPersonRef | undefined {
  return id
    ? { id, displayName: p?.Title ?? '', email: p?.EMail ?? undefined, login: p?.Name ? p.Name.replace(CLAIMS_PREFIX, '') : undefined }
    : undefined;
}

/** A ProjectRequests row → the request; its date-only columns become the site's days. */
function requestOf(r: IRequestRow, zone: ISiteTimeZone): IProjectRequest {
  return {
    ...summaryOf(r),
    input: {
      title: r.Title ?? '',
      businessUnit: r.BusinessUnit ?? '',
      problemStatement: r.ProblemStatement ?? '',
      goals: r.Goals ?? '',
      objectiveIds: results(r.StrategicObjectivesId),
      expectedBenefits: r.ExpectedBenefits ?? '',
      costPlan: costPlanFromJson(r.CostPlanJson ?? undefined),
      desiredStart: readDateOnly(r.DesiredStart, zone),
      desiredEnd: readDateOnly(r.DesiredEnd, zone),
      urgency: urgencyOf(r.Urgency),
      sponsor: personOf(r.SponsorId, r.Sponsor),
      proposedManager: personOf(r.ProposedManagerId, r.ProposedManager),
      compliance: {
        personalData: bool(r.PersonalData),
        iso27001Scope: bool(r.Iso27001Scope),
        nis2Relevant: bool(r.Nis2Relevant),
        procurementNeeded: bool(r.ProcurementNeeded)
      },
      resourceDemand: demandFromJson(r.ResourceDemandJson ?? undefined)
    },
    decisionReason: r.DecisionReason ?? undefined,
    attachments: results(r.AttachmentFiles).map(a => a.FileName),
    etag: etagOf(r)
  };
}

/** {@link IRequestService} over PnPjs (ProjectRequests, RequestHistory, Projects) and Microsoft Graph (people). */
export class RequestService implements IRequestService {
  private readonly sp: SPFI;
  private readonly graph: Client;
  private readonly site: ISiteAddress;
  private readonly deps: IRequestServiceDeps;
  private me?: Promise<IIntakeUser>;
  private pmoMembers?: Promise<Set<number>>;
  private choices?: Promise<IIntakeChoices>;

  /**
   * @param sp PnPjs root of the PMO site.
   * @param graph Microsoft Graph client (people search).
   * @param site The PMO site's address; lists are addressed by URL, never by (localized) title.
   * @param deps The services a request's workflow uses (conversion creates the project through the register).
   */
  public constructor(sp: SPFI, graph: Client, site: ISiteAddress, deps: IRequestServiceDeps) {
    this.sp = sp;
    this.graph = graph;
    this.site = site;
    this.deps = deps;
  }

  /** The ids a request may refer to: active objectives and roles (read once per service). */
  private intakeChoices(): Promise<IIntakeChoices> {
    if (!this.choices) {
      this.choices = this.getReferenceData().then(r => ({ objectiveIds: r.objectives.map(o => o.id), roleIds: r.roles.map(x => x.id), businessUnits: r.businessUnits.map(u => u.title) }));
      this.choices.catch(() => { this.choices = undefined; });
    }
    return this.choices;
  }

  /** Site user ids of the PMO's members (known once per service). */
  private pmoMemberIds(): Promise<Set<number>> {
    if (!this.pmoMembers) {
      this.pmoMembers = loadPmoMemberIds(this.sp, this.site);
      this.pmoMembers.catch(() => { this.pmoMembers = undefined; });
    }
    return this.pmoMembers;
  }

  /** The RequestHistory rows of one request the caller may read, oldest first. */
  private historyOf(sp: SPFI, id: number): Promise<IHistoryRow[]> {
    return this.list(sp, RequestHistoryList).items.select(...HISTORY_FIELDS).expand(H.Author)
      .filter(odataEq(H.RequestNumber, Number(id))).orderBy(H.Id).top(500)<IHistoryRow[]>();
  }

  /**
   * The moves of a request that count (src/domain/intakeTrust.ts): its state and history as written
   * by those allowed to make each move. Needs the whole history, so only for readers of every row
   * (the PMO and the board); a requester reads only the rows they wrote.
   */
  private async trusted(row: IRequestRow, rows?: IHistoryRow[]): Promise<ITrustedHistory> {
    const history = rows ?? (await this.historyOf(this.sp, row.Id));
    const claim = {
      state: row.IntakeState ?? undefined, submittedAt: row.SubmittedDate ?? undefined, authorName: row.Author?.Title ?? '',
      project: row.ProjectId ? { id: row.ProjectId, code: row.Project?.ProjectCode || projectCodeFor(row.Id) } : undefined
    };
    return foldTrustedHistory(history.map(historyFacts), row.Author?.Id ?? 0, await this.pmoMemberIds(), claim);
  }

  /** The site's time zone (known once per environment). */
  private zone(): Promise<ISiteTimeZone> {
    return this.deps.siteTimeZone.get();
  }

  private list(sp: SPFI, list: IListLocation): ListHandle {
    return listOn(sp, this.site, list);
  }

  public getCurrentUser(): Promise<IIntakeUser> {
    if (!this.me) {
      const load = async (): Promise<IIntakeUser> => {
        const [user, isPmo] = await Promise.all([
          this.sp.web.currentUser.select('Id', 'Title')<{ Id: number; Title: string }>(),
          this.list(this.sp, ProjectRequestsList).currentUserHasPermissions(PermissionKind.ManageLists)
        ]);
        return { id: user.Id, displayName: user.Title, isPmo };
      };
      this.me = load();
      this.me.catch(() => { this.me = undefined; });
    }
    return this.me;
  }

  public async getReferenceData(): Promise<IIntakeReferenceData> {
    const [batched, execute] = this.sp.batched();
    const O = StrategicObjectivesList.fields;
    const objectivesP = this.list(batched, StrategicObjectivesList).items
      .select(O.Id, O.Title, O.Code).filter(odataEq(O.ObjectiveStatus, 'Active')).orderBy(O.Code).top(500)<Array<{ Id: number; Title: string; Code: string | null }>>();
    const RL = RolesList.fields;
    const rolesP = this.list(batched, RolesList).items
      .select(RL.Id, RL.Title, RL.Code).filter(odataEq(RL.IsActive, true)).orderBy(RL.Title).top(500)<Array<{ Id: number; Title: string; Code: string | null }>>();
    const B = BusinessUnitsList.fields;
    const unitsP = this.list(batched, BusinessUnitsList).items
      .select(B.Id, B.Title, B.Code).filter(odataEq(B.IsActive, true)).orderBy(B.Title).top(500)<Array<{ Id: number; Title: string; Code: string | null }>>();
    const G = ProgrammesList.fields;
    const programmesP = this.list(batched, ProgrammesList).items
      .select(G.Id, G.Title, G.Code).filter(`${odataEq(G.ProgrammeStatus, 'Active')} or ${odataEq(G.ProgrammeStatus, 'Planned')}`).orderBy(G.Title).top(500)<Array<{ Id: number; Title: string; Code: string | null }>>();
    await execute();
    const [objectives, roles, units, programmes] = await Promise.all([objectivesP, rolesP, unitsP, programmesP]);
    const map = (r: { Id: number; Title: string; Code: string | null }): { id: number; title: string; code?: string } => ({ id: r.Id, title: r.Title, code: r.Code ?? undefined });
    return { objectives: objectives.map(map), roles: roles.map(map), businessUnits: units.map(map), programmes: programmes.map(map) };
  }

  /**
   * Every problem of the input at once, or nothing: the form's rules, every value as SharePoint will
   * store it (nothing dropped or rounded), and people the site knows. Throws {@link RequestRefusedError}.
   * @returns the request's people (sponsor, proposed manager) as site user ids, resolved on the way
   *   (ensureUser by sign-in name when only the login is known), for the write that follows
   */
  private async checkValues(input: IRequestInput, mode: 'draft' | 'submit'): Promise<IPeopleIds> {
    const issues = [...validateRequest(input, mode), ...lengthIssues(input), ...checkRequestValues(input, await this.intakeChoices(), mode)];
    const people: IPeopleIds = { sponsor: null, proposedManager: null };
    for (const field of PERSON_FIELDS) {
      if (issues.some(i => i.field === field)) continue;
      try {
        people[field] = await this.siteUserId(input[field], field);
      } catch (e) {
        if (!(e instanceof RequestRefusedError)) throw e;
        issues.push(...e.issues);
      }
    }
    if (issues.length) throw new RequestRefusedError('invalid', issues);
    return people;
  }

  /**
   * A person's site user id: the id when known, else ensureUser by sign-in name; null for nobody.
   * A person the site cannot resolve is refused as `userUnknown` of `field`.
   */
  private async siteUserId(s: IPersonRef | undefined, field: RequestField): Promise<number | null> {
    if (!s) return null;
    if (s.id !== undefined) return s.id;
    if (!s.login) return null;
    try {
      const user = (await this.sp.web.ensureUser(CLAIMS_PREFIX + s.login)) as unknown as { Id?: number; data?: { Id: number } };
      return user.Id ?? user.data?.Id ?? null;
    } catch (e) {
      // "The specified user … could not be found." (500 or 400): the field's person, not a raw SharePoint message.
      const kind = describeError(e).kind;
      if (kind === 'throttled' || kind === 'network' || kind === 'forbidden') throw e;
      throw new RequestRefusedError('invalid', [{ field, code: 'userUnknown' }]);
    }
  }

  private payload(input: IRequestInput, people: IPeopleIds, zone: ISiteTimeZone): Record<string, unknown> {
    const totals = costTotals(input.costPlan);
    const c = input.compliance;
    const text = (v: string): string | null => (v.trim() ? v.trim() : null);
    return {
      [R.Title]: input.title.trim(),
      [R.BusinessUnit]: text(input.businessUnit),
      [R.ProblemStatement]: text(input.problemStatement),
      [R.Goals]: text(input.goals),
      [R.ExpectedBenefits]: text(input.expectedBenefits),
      [lookupId(R.StrategicObjectives)]: input.objectiveIds.slice(),
      [R.CostPlanJson]: costPlanToJson(input.costPlan),
      [R.CapexTotal]: totals.capex,
      [R.OpexTotal]: totals.opex,
      [R.DesiredStart]: writeDateOnly(input.desiredStart, zone),
      [R.DesiredEnd]: writeDateOnly(input.desiredEnd, zone),
      [R.Urgency]: input.urgency,
      [lookupId(R.Sponsor)]: people.sponsor,
      [lookupId(R.ProposedManager)]: people.proposedManager,
      [R.PersonalData]: c.personalData ?? null,
      [R.Iso27001Scope]: c.iso27001Scope ?? null,
      [R.Nis2Relevant]: c.nis2Relevant ?? null,
      [R.ProcurementNeeded]: c.procurementNeeded ?? null,
      [R.ResourceDemandJson]: demandToJson(input.resourceDemand)
    };
  }

  /** The open scoring round that holds the request, if any (ScoringRounds, which the PMO and the board read). */
  private async openRoundHolding(id: number): Promise<{ id: number; title: string } | undefined> {
    const rows = await this.list(this.sp, ScoringRoundsList).items.select(...ROUND_HOLD_FIELDS).filter(OPEN_ROUNDS_FILTER).top(5000)<IRoundRow[]>();
    return openRoundHolding(rows, id);
  }

  private async readRow(id: number): Promise<IRequestRow> {
    return this.list(this.sp, ProjectRequestsList).items.getById(id)
      .select(...FULL_FIELDS).expand(...FULL_EXPAND)<IRequestRow>();
  }

  /**
   * Writes the draft: an add, or an update guarded by the ETag the user saw (`etag`; the item's
   * current one when the caller has none). Returns its id and its ETag after the write.
   * @param checked the people of an input already checked (a submission's stricter check); the
   *   draft's own check runs when omitted
   */
  private async writeDraft(input: IRequestInput, id: number | undefined, etag: string | undefined, checked?: IPeopleIds): Promise<{ id: number; etag: string }> {
    const people = checked ?? await this.checkValues(input, 'draft');
    const me = await this.getCurrentUser();
    const zone = await this.zone();
    const items = this.list(this.sp, ProjectRequestsList).items;
    if (id !== undefined) {
      const row = await this.readRow(id);
      const state = isIntakeState(row.IntakeState) ? row.IntakeState : 'Submitted';
      if (!isEditable(state, { isPmo: me.isPmo, isAuthor: row.Author?.Id === me.id }, !!row.ProjectId)) throw new RequestRefusedError('notEditable');
      // PnPjs answers the item's new ETag (the response's ETag header).
      const payload = this.payload(input, people, zone);
      const updated = (await items.getById(id).update(payload, etag ?? etagOf(row)).catch((e: unknown) => { throw refusalOf(e); })) as { etag?: string | null }; // eslint-disable-line @rushstack/no-new-null -- a missing header reads as null
      return { id, etag: updated?.etag ?? etagOf(await items.getById(id).select(R.Id)<{ 'odata.etag'?: string }>()) };
    }
    const payload = { ...this.payload(input, people, zone), [R.IntakeState]: 'Draft' };
    const created = (await items.add(payload).catch((e: unknown) => { throw refusalOf(e); })) as { Id: number; 'odata.etag'?: string };
    return { id: created.Id, etag: etagOf(created) };
  }

  /**
   * Removes, then adds attachments one by one; collects the failures instead of stopping. Removing an
   * attachment that is already gone counts as done (a repeated save). Each progress event names the
   * files attached so far (`attached`), and the last one the item's ETag after them, so that a save
   * repeated after a failure neither uploads a file twice nor mistakes its own uploads for someone else's change.
   */
  private async applyAttachments(id: number, changes: IAttachmentChanges | undefined, onProgress?: (p: ISaveProgress) => void): Promise<IAttachmentFailure[]> {
    const failures: IAttachmentFailure[] = [];
    const item = this.list(this.sp, ProjectRequestsList).items.getById(id);
    for (const name of changes?.remove ?? []) {
      try {
        await item.attachmentFiles.getByName(name).delete();
      } catch (error) {
        if (describeError(error).kind !== 'notFound') failures.push({ name, error });
      }
    }
    const add = changes?.add ?? [];
    const attached: string[] = [];
    for (let i = 0; i < add.length; i++) {
      onProgress?.({ step: 'uploading', file: add[i].name, done: i, total: add.length, id, attached: attached.slice() });
      try {
        await item.attachmentFiles.add(add[i].name, add[i].content);
        attached.push(add[i].name);
      } catch (error) {
        failures.push({ name: add[i].name, error });
      }
    }
    if (add.length || (changes?.remove ?? []).length) {
      // Attachments change the item's version: the ETag after them (if it can be read now; the next step reads the item anyway).
      const after = await item.select(R.Id)<{ 'odata.etag'?: string }>().then(etagOf, () => undefined);
      if (add.length) onProgress?.({ step: 'uploading', done: add.length, total: add.length, id, etag: after, attached });
      else if (after) onProgress?.({ step: 'saving', done: 1, total: 1, id, etag: after });
    }
    return failures;
  }

  public async saveDraft(input: IRequestInput, id?: number, attachments?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void, etag?: string): Promise<ISaveResult> {
    const saved = await this.writeDraft(input, id, etag);
    onProgress?.({ step: 'saving', done: 1, total: 1, id: saved.id, etag: saved.etag });
    const failedAttachments = await this.applyAttachments(saved.id, attachments, onProgress);
    return { request: requestOf(await this.readRow(saved.id), await this.zone()), submitted: false, failedAttachments };
  }

  public async submit(input: IRequestInput, id?: number, attachments?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void, etag?: string): Promise<ISaveResult> {
    const people = await this.checkValues(input, 'submit');
    const me = await this.getCurrentUser();
    if (id !== undefined) {
      // Refuse before writing anything when the request is not the user's draft any more.
      const row = await this.readRow(id);
      const state = isIntakeState(row.IntakeState) ? row.IntakeState : 'Submitted';
      if (state === 'Submitted' && row.Author?.Id === me.id && !row.ProjectId) return this.completeSubmission(row, me);
      const check = checkTransition(state, 'Submitted', { isPmo: me.isPmo, isAuthor: row.Author?.Id === me.id }, !!row.ProjectId);
      if (!check.ok) throw new RequestRefusedError(check.refusal);
    }
    const saved = await this.writeDraft(input, id, etag, people);
    onProgress?.({ step: 'saving', done: 1, total: 1, id: saved.id, etag: saved.etag });
    const failedAttachments = await this.applyAttachments(saved.id, attachments, onProgress);
    if (failedAttachments.length) {
      return { request: requestOf(await this.readRow(saved.id), await this.zone()), submitted: false, failedAttachments };
    }
    const row = await this.readRow(saved.id);
    onProgress?.({ step: 'submitting', done: 0, total: 1, id: saved.id, etag: etagOf(row) });
    await this.move(row, me, 'Submitted');
    return { request: requestOf(await this.readRow(saved.id), await this.zone()), submitted: true, failedAttachments: [] };
  }

  /**
   * A submission repeated after it failed between the state change and its history row: adds the
   * author's Draft → Submitted row when the request has none, and reports the request as submitted.
   */
  private async completeSubmission(row: IRequestRow, me: IIntakeUser): Promise<ISaveResult> {
    const mine = (await this.historyOf(this.sp, row.Id)).filter(h => h.AuthorId === me.id && h.ToState === 'Submitted');
    if (!mine.length) {
      await this.list(this.sp, RequestHistoryList).items.add({
        [H.Title]: `#${row.Id} Draft → Submitted`, [H.RequestNumber]: row.Id, [H.FromState]: 'Draft', [H.ToState]: 'Submitted'
      });
    }
    return { request: requestOf(await this.readRow(row.Id), await this.zone()), submitted: true, failedAttachments: [] };
  }

  /**
   * The state change, guarded by the ETag the row was read with (a concurrent change fails with 412
   * and nothing is written), then its RequestHistory row. The two writes are sequential, not one
   * changeset: SharePoint Online runs the requests of a changeset one by one without rollback, so a
   * history row batched with a refused update would still be written. The request's own log
   * (IntakeLogJson) travels inside the guarded update and is therefore always complete.
   */
  private async move(row: IRequestRow, me: IIntakeUser, to: IntakeState, comment?: string, reason?: string): Promise<void> {
    const from = isIntakeState(row.IntakeState) ? row.IntakeState : 'Submitted';
    const now = new Date().toISOString();
    const log = appendIntakeLog(row.IntakeLogJson ?? undefined, { at: now, by: me.displayName, from, to, comment: comment?.trim() || undefined, reason: reason?.trim() || undefined });
    const changes: Record<string, unknown> = { [R.IntakeState]: to, [R.IntakeLogJson]: log };
    if (to === 'Submitted') changes[R.SubmittedDate] = now;
    if (needsReason(to)) changes[R.DecisionReason] = reason?.trim() ?? null;
    await this.list(this.sp, ProjectRequestsList).items.getById(row.Id).update(changes, etagOf(row));
    await this.list(this.sp, RequestHistoryList).items.add({
      [H.Title]: `#${row.Id} ${from} → ${to}`.slice(0, 255),
      [H.RequestNumber]: row.Id,
      [H.FromState]: from,
      [H.ToState]: to,
      [H.TransitionComment]: comment?.trim() || null,
      [H.DecisionReason]: reason?.trim() || null
    });
  }

  private async listWhere(filter: string | undefined): Promise<IRequestSummary[]> {
    let query = this.list(this.sp, ProjectRequestsList).items.select(...SUMMARY_FIELDS).expand(...SUMMARY_EXPAND).orderBy(R.Id, false).top(5000);
    if (filter) query = query.filter(filter);
    const out: IRequestSummary[] = [];
    // Page by page (5,000 rows each, SharePoint's maximum), following odata.nextLink.
    const pages = query[Symbol.asyncIterator]();
    for (;;) {
      const page = await pages.next();
      if (page.done) break;
      for (const r of page.value as IRequestRow[]) out.push(summaryOf(r));
    }
    return out;
  }

  public async listMine(): Promise<IRequestSummary[]> {
    const me = await this.getCurrentUser();
    // Author is indexed (queriedBy): the filter stays within the list view threshold.
    return this.listWhere(odataEq(lookupId(R.Author), me.id));
  }

  public async listAll(states?: ReadonlyArray<IntakeState>): Promise<IRequestSummary[]> {
    const valid = (states ?? []).filter(isIntakeState);
    const me = await this.getCurrentUser();
    // Every request, then the state its counted history reached (the author's state column may lie),
    // then the states asked for. The author's own requests keep the column, as get() shows them.
    const [all, history, pmoIds] = await Promise.all([this.listWhere(undefined), this.allHistoryFacts(), this.pmoMemberIds()]);
    const byRequest = new Map<number, IHistoryRowFacts[]>();
    for (const h of history) {
      const rows = byRequest.get(h.request) ?? [];
      rows.push(h.facts);
      byRequest.set(h.request, rows);
    }
    const out = all.map(r => (!me.isPmo && r.requesterId === me.id ? r : { ...r, state: foldTrustedHistory(byRequest.get(r.id) ?? [], r.requesterId, pmoIds, { state: r.state, submittedAt: r.submitted, authorName: r.requesterName }).state }));
    return valid.length ? out.filter(r => valid.indexOf(r.state) >= 0) : out;
  }

  /** Every RequestHistory row the caller may read (page by page in ID order, safe above the view threshold). */
  private async allHistoryFacts(): Promise<Array<{ request: number; facts: IHistoryRowFacts }>> {
    const out: Array<{ request: number; facts: IHistoryRowFacts }> = [];
    const query = this.list(this.sp, RequestHistoryList).items.select(H.Id, H.RequestNumber, H.FromState, H.ToState, lookupId(H.Author), H.Created).top(5000);
    for await (const page of query) {
      // eslint-disable-next-line @rushstack/no-new-null -- SharePoint REST answers null for empty columns
      for (const h of page as Array<IHistoryRow & { RequestNumber: number | null }>) {
        if (h.RequestNumber) out.push({ request: h.RequestNumber, facts: historyFacts(h) });
      }
    }
    return out;
  }

  public async get(id: number): Promise<IRequestWithHistory> {
    const me = await this.getCurrentUser();
    const [batched, execute] = this.sp.batched();
    const rowP = this.list(batched, ProjectRequestsList).items.getById(id).select(...FULL_FIELDS).expand(...FULL_EXPAND)<IRequestRow>();
    const historyP = this.historyOf(batched, id);
    const zoneP = this.deps.siteTimeZone.get(batched.web);
    await execute();
    const [row, zone] = await Promise.all([rowP, zoneP]);
    const visibleRows = await historyP.catch((): IHistoryRow[] => []);
    const request = requestOf(row, zone);
    if (!me.isPmo && request.requesterId === me.id) {
      // RequestHistory has item-level security: the author reads only the rows they wrote. The PMO
      // writes each of its moves into the request's own log (IntakeLogJson) as well; only the author
      // and the PMO can change that log, and PMO Hub reads it only for the author.
      const log = intakeLogFromJson(row.IntakeLogJson ?? undefined);
      return { request, history: log.length ? log : (await this.trusted(row, visibleRows)).entries };
    }
    // Everyone else (the PMO, the board) sees the state and the moves as written by those allowed to make them.
    const trusted = await this.trusted(row, visibleRows);
    return { request: { ...request, state: trusted.state }, history: trusted.entries };
  }

  public async transition(id: number, to: IntakeState, comment?: string, reason?: string, etag?: string): Promise<IRequestWithHistory> {
    const me = await this.getCurrentUser();
    const row = await this.readRow(id);
    // The PMO moves from the state the counted history reached, never from the state column, which
    // the request's author can write (edit-own); the author moves only their own draft.
    const from = me.isPmo ? (await this.trusted(row)).state : isIntakeState(row.IntakeState) ? row.IntakeState : 'Submitted';
    // A request an open scoring round holds stays "Ready for scoring" (only the PMO, who reads the rounds, moves it on).
    const openRound = me.isPmo && from === 'ReadyForScoring' ? await this.openRoundHolding(id) : undefined;
    const check = checkTransition(from, to, { isPmo: me.isPmo, isAuthor: row.Author?.Id === me.id }, !!row.ProjectId, reason, { openRound: openRound?.title });
    if (!check.ok) throw new RequestRefusedError(check.refusal, [], check.round);
    if (to === 'Submitted') {
      const issues = validateRequest(requestOf(row, await this.zone()).input, 'submit');
      if (issues.length) throw new RequestRefusedError('invalid', issues);
    }
    await this.move(etag ? { ...row, IntakeState: from, 'odata.etag': etag, __metadata: undefined } : { ...row, IntakeState: from }, me, to, comment, reason);
    if (to === 'Approved') await this.commitApprovedDemand(id);
    return this.get(id);
  }

  /**
   * An approved request's demand becomes committed assignments (CapacityService.commitRequestDemand).
   * Only the PMO approves, and the PMO writes Assignments (the list inherits the site: PMO officers
   * Design, owners Full Control). Where a site gives the approver no write access there (SharePoint
   * answers 403), the approval stands and the conversion, which always commits, writes the rows.
   */
  private async commitApprovedDemand(id: number): Promise<void> {
    try {
      await this.deps.capacity.commitRequestDemand(id);
    } catch (e) {
      if (describeError(e).kind !== 'forbidden') throw e;
    }
  }

  public async recordScore(id: number, score: { total: number; modelId: number }): Promise<void> {
    const me = await this.getCurrentUser();
    if (!me.isPmo) throw new RequestRefusedError('notPermitted');
    const item = this.list(this.sp, ProjectRequestsList).items.getById(id);
    const total = Math.round(score.total * 100) / 100;
    for (let attempt = 1; ; attempt++) {
      const row = await item.select(R.Id, R.TotalScore, lookupId(R.ScoringModel))<{ Id: number; TotalScore: number | null; ScoringModelId: number | null; 'odata.etag'?: string }>(); // eslint-disable-line @rushstack/no-new-null -- SharePoint answers null for empty columns
      if (row.TotalScore === total && row.ScoringModelId === score.modelId) return;
      try {
        await item.update({ [R.TotalScore]: total, [lookupId(R.ScoringModel)]: score.modelId }, etagOf(row));
        return;
      } catch (e) {
        if (describeError(e).kind !== 'conflict' || attempt >= 3) throw e;
      }
    }
  }

  public async convertToProject(id: number, options: IConvertOptions = {}): Promise<IConvertResult> {
    const me = await this.getCurrentUser();
    const row = await this.readRow(id);
    const done = (projectId: number, projectCode: string, created: boolean): IConvertResult => ({ projectId, projectCode, projectUrl: this.projectUrl(projectId), created });
    if (row.ProjectId) {
      // Converted before: the PMO's call completes the committed demand (idempotent), in case that conversion stopped before it.
      if (me.isPmo) await this.deps.capacity.commitRequestDemand(id, row.ProjectId);
      return done(row.ProjectId, row.Project?.ProjectCode || projectCodeFor(id), false);
    }
    // Approved as the PMO's own history says, not as the (author-writable) state column says.
    const state = me.isPmo ? (await this.trusted(row)).state : 'Draft';
    if (!canConvert(state, { isPmo: me.isPmo, isAuthor: row.Author?.Id === me.id }, false)) {
      throw new RequestRefusedError(me.isPmo ? 'notAllowed' : 'notPermitted');
    }
    // The project manager is the one the PMO confirmed, never silently the officer who converts.
    const managerId = await this.siteUserId(options.projectManager, 'proposedManager');
    if (managerId === null) throw new RequestRefusedError('projectManagerRequired');
    const project = requestToProject(id, requestOf(row, await this.zone()).input, options.programmeId);
    const { projectId, created } = await this.deps.projects.createFromRequest(id, project, managerId);
    // The link and the history entry, guarded by the ETag the request was read with.
    const log = appendIntakeLog(row.IntakeLogJson ?? undefined, { at: new Date().toISOString(), by: me.displayName, from: state, to: state, project: { id: projectId, code: project.code } });
    await this.list(this.sp, ProjectRequestsList).items.getById(id).update({ [lookupId(R.Project)]: projectId, [R.IntakeLogJson]: log }, etagOf(row));
    await this.list(this.sp, RequestHistoryList).items.add({
      [H.Title]: `#${id} → ${project.code}`.slice(0, 255),
      [H.RequestNumber]: id,
      [H.FromState]: state,
      [H.ToState]: state,
      [H.TransitionComment]: project.code
    });
    // The request's demand as the project's committed assignments: rows written at approval are linked, missing ones added.
    await this.deps.capacity.commitRequestDemand(id, projectId);
    return done(projectId, project.code, created);
  }

  public projectUrl(projectId: number): string {
    return this.site.pageUrl(`SitePages/Portfolio.aspx?project=${projectId}`);
  }

  public async deleteDraft(id: number, etag?: string): Promise<void> {
    const me = await this.getCurrentUser();
    const row = await this.readRow(id);
    const state = isIntakeState(row.IntakeState) ? row.IntakeState : 'Submitted';
    if (!canDelete(state, { isPmo: me.isPmo, isAuthor: row.Author?.Id === me.id }, !!row.ProjectId)) throw new RequestRefusedError('notEditable');
    // Only when nobody changed it since the user saw it (412 otherwise).
    await this.list(this.sp, ProjectRequestsList).items.getById(id).delete(etag ?? etagOf(row));
  }

  public attachmentUrl(id: number, name: string): string {
    return this.site.pageUrl(`${ProjectRequestsList.url}/Attachments/${id}/${encodeURIComponent(name)}`);
  }

  public downloadAttachment(id: number, name: string): Promise<Blob> {
    return this.list(this.sp, ProjectRequestsList).items.getById(id).attachmentFiles.getByName(name).getBlob();
  }

  public async searchPeople(text: string): Promise<IPersonResult[]> {
    // The text goes to Graph as typed, cleaned and bounded (cleanSearchInput): graphSearchClause escapes
    // double quotes and backslashes inside the quoted clause, so they can neither end the clause nor add another one.
    const input = cleanSearchInput(text);
    if (input.tooLong) throw new SearchTextTooLongError(input.length, MAX_SEARCH_LENGTH);
    const clean = input.text;
    if (!clean) return [];
    // $search needs ConsistencyLevel: eventual. The Graph client does not URL-encode query values.
    const search = `${graphSearchClause('displayName', clean)} OR ${graphSearchClause('mail', clean)}`;
    const res = (await this.graph.api('/users')
      .header('ConsistencyLevel', 'eventual')
      .search(encodeURIComponent(search))
      // Only basic profile properties: User.ReadBasic.All covers them (jobTitle/department would need User.Read.All).
      .select('id,displayName,mail,userPrincipalName')
      .top(10)
      .get()) as { value: Array<{ id: string; displayName: string; mail: string | null; userPrincipalName: string; jobTitle: string | null; department: string | null }> };
    return res.value.map(u => ({
      id: u.id,
      displayName: u.displayName,
      mail: u.mail ?? undefined,
      userPrincipalName: u.userPrincipalName,
      jobTitle: u.jobTitle ?? undefined,
      department: u.department ?? undefined
    }));
  }
}
