/**
 * Intake of project requests (project orders / mandates), pure: the state machine and who may move
 * a request, validation with messages that name the field, the cost plan (capex and opex per year)
 * and the resource demand (days per role and month) as stored JSON, and the mapping of an approved
 * request to a project. No I/O; localized texts come in as a strings record.
 */
import { formatString } from './text';
import { INTAKE_STATES, isCode, PRIORITIES, type IntakeState, type Priority } from './vocabulary';

export type { IntakeState };

/** Every intake state, in workflow order: the vocabulary's INTAKE_STATES. */
export const INTAKE_STATE_ORDER: ReadonlyArray<IntakeState> = INTAKE_STATES;

/** Urgency codes (ProjectRequests.Urgency): the priority codes. */
export type Urgency = Priority;

/** Every urgency, lowest first: the vocabulary's PRIORITIES. */
export const URGENCIES: ReadonlyArray<Urgency> = PRIORITIES;

/** The moves of the intake workflow. */
const TRANSITIONS: { [S in IntakeState]: ReadonlyArray<IntakeState> } = {
  // The requester submits or withdraws a draft (a withdrawn draft stays for the record, read only).
  Draft: ['Submitted', 'Withdrawn'],
  // The PMO reviews a submitted request, or rejects it at once (e.g. out of scope), with a reason.
  Submitted: ['InReview', 'Rejected'],
  InReview: ['ReadyForScoring', 'Rejected', 'Deferred'],
  ReadyForScoring: ['Approved', 'Rejected', 'Deferred'],
  Approved: [],
  Rejected: [],
  Deferred: ['InReview'],
  Withdrawn: []
};

/** States a decision must give a reason for. */
const NEEDS_REASON: ReadonlyArray<IntakeState> = ['Rejected', 'Deferred'];

/** Whether a state is a known intake state code. */
export function isIntakeState(value: unknown): value is IntakeState {
  return isCode(INTAKE_STATES, value);
}

/** The states a request in `from` can move to (ignoring who asks). */
export function nextStates(from: IntakeState): ReadonlyArray<IntakeState> {
  return TRANSITIONS[from];
}

/** Whether moving to `to` needs a reason (reject and defer). */
export function needsReason(to: IntakeState): boolean {
  return NEEDS_REASON.indexOf(to) >= 0;
}

/** Who is asking for a move. */
export interface IIntakeActor {
  /** PMO officers and owners move requests through intake; everyone else is a requester. */
  isPmo: boolean;
  /** Whether the actor filed (created) the request. */
  isAuthor: boolean;
}

/** Why a move is refused. */
export type TransitionRefusal =
  | 'notAllowed'      // the workflow has no such move
  | 'notPermitted'    // the actor may not make this move
  | 'converted'       // the request became a project: it is final
  | 'roundOpen'       // an open scoring round still holds the request: close or cancel it first
  | 'reasonRequired'; // reject and defer need a reason

/** The result of {@link checkTransition}; a 'roundOpen' refusal names the round (its title). */
export type TransitionCheck = { ok: true } | { ok: false; refusal: TransitionRefusal; round?: string };

/** What a move depends on besides the request: an open scoring round that holds it (its title). */
export interface ITransitionContext {
  openRound?: string;
}

/**
 * Whether `actor` may move a request from `from` to `to`. Requesters submit their own drafts (a
 * draft is private, so nobody else submits it, PMO included); the PMO makes every other move.
 * A converted request is final. A request "Ready for scoring" that an open scoring round holds
 * (`context.openRound`) stays there until the round is closed or cancelled: every move out of it,
 * a board decision included, is refused ('roundOpen', naming the round). Rejecting and deferring
 * need a non-blank reason.
 */
export function checkTransition(from: IntakeState, to: IntakeState, actor: IIntakeActor, converted: boolean, reason?: string, context: ITransitionContext = {}): TransitionCheck {
  if (converted) return { ok: false, refusal: 'converted' };
  if (TRANSITIONS[from].indexOf(to) < 0) return { ok: false, refusal: 'notAllowed' };
  if (from === 'Draft' ? !actor.isAuthor : !actor.isPmo) return { ok: false, refusal: 'notPermitted' };
  if (from === 'ReadyForScoring' && context.openRound !== undefined) return { ok: false, refusal: 'roundOpen', round: context.openRound };
  if (needsReason(to) && !(reason && reason.trim())) return { ok: false, refusal: 'reasonRequired' };
  return { ok: true };
}

/** The moves `actor` may make from `from` (empty for a converted request). */
export function allowedMoves(from: IntakeState, actor: IIntakeActor, converted: boolean): IntakeState[] {
  return TRANSITIONS[from].filter(to => {
    const c = checkTransition(from, to, actor, converted, 'x');
    return c.ok;
  });
}

/** Whether the requester can still edit the request (only drafts of their own, never a converted one). */
export function isEditable(state: IntakeState, actor: IIntakeActor, converted: boolean): boolean {
  return !converted && state === 'Draft' && actor.isAuthor;
}

/** Whether the author may delete the request: their own drafts only (a submitted request stays on record). */
export function canDelete(state: IntakeState, actor: IIntakeActor, converted: boolean): boolean {
  return !converted && state === 'Draft' && actor.isAuthor;
}

/** Whether the PMO may convert the request into a project: approved and not converted yet. */
export function canConvert(state: IntakeState, actor: IIntakeActor, converted: boolean): boolean {
  return actor.isPmo && state === 'Approved' && !converted;
}

// ------------------------------------------------------------------------------------ the request

/** Capex and opex of one calendar year. */
export interface ICostYear {
  year: number;
  capex: number;
  opex: number;
}

/** Days of one role in one month. `role` is the Roles list item id. */
export interface IDemandCell {
  role: number;
  /** 'YYYY-MM'. */
  month: string;
  days: number;
}

/** A person picked as sponsor. */
export interface IPersonRef {
  /** SharePoint site user id, once known. */
  id?: number;
  /** Sign-in name (user principal name), used to resolve the site user. */
  login?: string;
  displayName: string;
  email?: string;
}

/** The compliance questions; undefined means not answered yet. */
export interface IComplianceAnswers {
  personalData?: boolean;
  iso27001Scope?: boolean;
  nis2Relevant?: boolean;
  procurementNeeded?: boolean;
}

/** The compliance questions in the order the form asks them. */
export const COMPLIANCE_QUESTIONS: ReadonlyArray<keyof IComplianceAnswers> = ['personalData', 'iso27001Scope', 'nis2Relevant', 'procurementNeeded'];

/** What a requester fills in. Dates are 'YYYY-MM-DD'. */
export interface IRequestInput {
  title: string;
  businessUnit: string;
  problemStatement: string;
  goals: string;
  /** StrategicObjectives item ids. */
  objectiveIds: number[];
  expectedBenefits: string;
  costPlan: ICostYear[];
  desiredStart?: string;
  desiredEnd?: string;
  urgency: Urgency;
  sponsor?: IPersonRef;
  /** The project manager the requester proposes (optional): the PMO confirms or changes it on conversion. */
  proposedManager?: IPersonRef;
  compliance: IComplianceAnswers;
  resourceDemand: IDemandCell[];
}

/** An empty request with the defaults of the form. */
export function emptyRequest(): IRequestInput {
  return {
    title: '', businessUnit: '', problemStatement: '', goals: '', objectiveIds: [], expectedBenefits: '',
    costPlan: [], urgency: 'Medium', compliance: {}, resourceDemand: []
  };
}

// ------------------------------------------------------------------------------------- validation

/** The fields of the form a message can point at (also the ids the form focuses). */
export type RequestField =
  | 'title' | 'businessUnit' | 'problemStatement' | 'goals' | 'objectives' | 'expectedBenefits' | 'costPlan'
  | 'desiredStart' | 'desiredEnd' | 'urgency' | 'sponsor' | 'proposedManager' | 'resourceDemand' | keyof IComplianceAnswers;

/** The loc key of each field's display name (the list column titles where there is one). */
export const FIELD_LABEL_KEYS: { [F in RequestField]: string } = {
  title: 'Request_Field_Title',
  businessUnit: 'Field_BusinessUnit',
  problemStatement: 'Field_ProblemStatement',
  goals: 'Field_Goals',
  objectives: 'Field_StrategicObjectives',
  expectedBenefits: 'Field_ExpectedBenefits',
  costPlan: 'Field_CostPlanJson',
  desiredStart: 'Field_DesiredStart',
  desiredEnd: 'Field_DesiredEnd',
  urgency: 'Field_Urgency',
  sponsor: 'Field_Sponsor',
  proposedManager: 'Field_ProposedManager',
  resourceDemand: 'Field_ResourceDemandJson',
  personalData: 'Field_PersonalData',
  iso27001Scope: 'Field_Iso27001Scope',
  nis2Relevant: 'Field_Nis2Relevant',
  procurementNeeded: 'Field_ProcurementNeeded'
};

/** What is wrong with a field. */
export type ValidationCode = 'required' | 'chooseOne' | 'tooLong' | 'dateInvalid' | 'dateOrder' | 'yearInvalid' | 'yearDuplicate' | 'costInvalid' | 'demandInvalid' | 'answerRequired'
  // what the service checks besides (src/domain/intakeValues.ts), and what it makes of SharePoint's refusals
  | 'objectiveUnknown' | 'objectiveDuplicate' | 'choiceInvalid' | 'costTooLarge' | 'costPrecision' | 'demandTooMany' | 'demandRoleUnknown'
  | 'demandMonthInvalid' | 'demandOutsideDates' | 'demandDuplicate' | 'demandTooLarge' | 'demandPrecision' | 'userUnknown' | 'valueRefused';

/** One problem of a request, with what the message needs besides the field's name. */
export interface IValidationIssue {
  field: RequestField;
  code: ValidationCode;
  /** Extra values of the message (a year, 'capex'/'opex', a role id and a month, a maximum length). */
  params?: ReadonlyArray<string | number>;
}

/** Longest title SharePoint stores (a Text column). */
export const TITLE_MAX_LENGTH: number = 255;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a 'YYYY-MM-DD' string is a real calendar date. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function blank(s: string | undefined): boolean {
  return !s || !s.trim();
}

function validNumber(n: unknown): boolean {
  return typeof n === 'number' && isFinite(n) && n >= 0;
}

/**
 * The problems of a request. A draft needs only a title (and whatever it holds must be well
 * formed); a submission needs title, business unit, problem statement, goals, at least one
 * strategic objective, a sponsor, desired start before desired end, and every compliance question
 * answered. Costs per year and demand days must be finite numbers of 0 or more in both cases.
 */
export function validateRequest(r: IRequestInput, mode: 'draft' | 'submit'): IValidationIssue[] {
  const out: IValidationIssue[] = [];
  const submit = mode === 'submit';
  if (blank(r.title)) out.push({ field: 'title', code: 'required' });
  else if (r.title.trim().length > TITLE_MAX_LENGTH) out.push({ field: 'title', code: 'tooLong', params: [TITLE_MAX_LENGTH] });
  if (submit) {
    if (blank(r.businessUnit)) out.push({ field: 'businessUnit', code: 'required' });
    if (blank(r.problemStatement)) out.push({ field: 'problemStatement', code: 'required' });
    if (blank(r.goals)) out.push({ field: 'goals', code: 'required' });
    if (r.objectiveIds.length === 0) out.push({ field: 'objectives', code: 'chooseOne' });
    if (!r.sponsor || (r.sponsor.id === undefined && !r.sponsor.login)) out.push({ field: 'sponsor', code: 'required' });
  }
  const start = r.desiredStart;
  const end = r.desiredEnd;
  if (start && !isIsoDate(start)) out.push({ field: 'desiredStart', code: 'dateInvalid' });
  if (end && !isIsoDate(end)) out.push({ field: 'desiredEnd', code: 'dateInvalid' });
  if (submit && !start) out.push({ field: 'desiredStart', code: 'required' });
  if (submit && !end) out.push({ field: 'desiredEnd', code: 'required' });
  if (start && end && isIsoDate(start) && isIsoDate(end) && start >= end) out.push({ field: 'desiredEnd', code: 'dateOrder' });

  const years: number[] = [];
  for (const y of r.costPlan) {
    if (typeof y.year !== 'number' || Math.floor(y.year) !== y.year || y.year < 2000 || y.year > 2100) {
      out.push({ field: 'costPlan', code: 'yearInvalid', params: [String(y.year)] });
      continue;
    }
    if (years.indexOf(y.year) >= 0) out.push({ field: 'costPlan', code: 'yearDuplicate', params: [y.year] });
    years.push(y.year);
    if (!validNumber(y.capex)) out.push({ field: 'costPlan', code: 'costInvalid', params: [y.year, 'capex'] });
    if (!validNumber(y.opex)) out.push({ field: 'costPlan', code: 'costInvalid', params: [y.year, 'opex'] });
  }
  for (const c of r.resourceDemand) {
    if (!validNumber(c.days)) out.push({ field: 'resourceDemand', code: 'demandInvalid', params: [c.role, c.month] });
  }
  if (submit) {
    for (const q of COMPLIANCE_QUESTIONS) if (typeof r.compliance[q] !== 'boolean') out.push({ field: q, code: 'answerRequired' });
  }
  return out;
}

/** Names a role (by Roles item id) for a message; the id itself when unknown. */
export type RoleNamer = (roleId: number) => string;

/**
 * The message of an issue in the user's language, naming the field: e.g. "Business unit is
 * required." or "Capex and opex per year: the opex of 2027 must be a number of 0 or more."
 * @param strings PmoHubStrings (or a locale's strings in Node).
 */
export function validationMessage(issue: IValidationIssue, strings: Readonly<Record<string, string>>, roleName?: RoleNamer, monthName?: (month: string) => string): string {
  const label = strings[FIELD_LABEL_KEYS[issue.field]] || issue.field;
  const p = issue.params ?? [];
  const template = strings[`Request_Validation_${issue.code}`] || '{0}';
  switch (issue.code) {
    case 'costInvalid':
      return formatString(template, label, p[1] === 'capex' ? strings.Request_Capex : strings.Request_Opex, p[0]);
    case 'demandInvalid':
      return formatString(template, label, roleName ? roleName(Number(p[0])) : String(p[0]), monthName ? monthName(String(p[1])) : String(p[1]));
    case 'dateOrder':
      return formatString(template, label, strings[FIELD_LABEL_KEYS.desiredStart]);
    default:
      return formatString(template, label, ...p);
  }
}

/** The first issue per field (what the form shows at the field). */
export function issuesByField(issues: ReadonlyArray<IValidationIssue>): Partial<Record<RequestField, IValidationIssue>> {
  const out: Partial<Record<RequestField, IValidationIssue>> = {};
  for (const i of issues) if (!out[i.field]) out[i.field] = i;
  return out;
}

// -------------------------------------------------------------------------------------- cost plan

/** Rounds an amount to cents. */
function cents(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The cost plan as stored in CostPlanJson: `[{ year, capex, opex }]`, by year, amounts to cents. */
export function costPlanToJson(plan: ReadonlyArray<ICostYear>): string {
  const rows = plan.map(y => ({ year: y.year, capex: cents(y.capex), opex: cents(y.opex) })).sort((a, b) => a.year - b.year);
  return JSON.stringify(rows);
}

/** Reads CostPlanJson; empty for null, blank or malformed text, and skips malformed rows. */
export function costPlanFromJson(json: string | undefined): ICostYear[] {
  const rows = parseArray(json);
  const out: ICostYear[] = [];
  for (const r of rows) {
    const year = Number(r.year);
    const capex = Number(r.capex ?? 0);
    const opex = Number(r.opex ?? 0);
    if (Math.floor(year) !== year || !isFinite(capex) || !isFinite(opex)) continue;
    out.push({ year, capex, opex });
  }
  return out.sort((a, b) => a.year - b.year);
}

/** Capex, opex and their sum over all years, to cents (summed in cents, so 0.1 + 0.2 is 0.3). */
export function costTotals(plan: ReadonlyArray<ICostYear>): { capex: number; opex: number; total: number } {
  let capex = 0;
  let opex = 0;
  for (const y of plan) {
    capex += Math.round((isFinite(y.capex) ? y.capex : 0) * 100);
    opex += Math.round((isFinite(y.opex) ? y.opex : 0) * 100);
  }
  return { capex: capex / 100, opex: opex / 100, total: (capex + opex) / 100 };
}

/** The calendar years from start to end (both 'YYYY-MM-DD'); empty without valid dates. */
export function yearsBetween(start: string | undefined, end: string | undefined): number[] {
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || start > end) return [];
  const out: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) out.push(y);
  return out;
}

// -------------------------------------------------------------------------------- resource demand

/** The grid shows at most this many months (three years); longer requests plan the rest later. */
export const MAX_DEMAND_MONTHS: number = 36;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The months of the demand grid ('YYYY-MM'): from the desired start's month to the desired end's,
 * at most `max`. Without valid dates (or with the end first), the 12 months from `today`'s month.
 */
export function demandMonths(start: string | undefined, end: string | undefined, today: string, max: number = MAX_DEMAND_MONTHS): string[] {
  let y: number;
  let m: number;
  let count: number;
  if (start && end && isIsoDate(start) && isIsoDate(end) && start <= end) {
    y = Number(start.slice(0, 4));
    m = Number(start.slice(5, 7));
    count = (Number(end.slice(0, 4)) - y) * 12 + Number(end.slice(5, 7)) - m + 1;
  } else {
    y = Number(today.slice(0, 4));
    m = Number(today.slice(5, 7));
    count = 12;
  }
  const out: string[] = [];
  for (let i = 0; i < Math.min(count, max); i++) {
    const mm = m - 1 + i;
    out.push(`${y + Math.floor(mm / 12)}-${two((mm % 12) + 1)}`);
  }
  return out;
}

/** The demand as stored in ResourceDemandJson: `[{ role, month, days }]`, without empty cells, by month then role. */
export function demandToJson(cells: ReadonlyArray<IDemandCell>): string {
  const rows = cells
    .filter(c => c.days > 0)
    .map(c => ({ role: c.role, month: c.month, days: Math.round(c.days * 10) / 10 }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.role - b.role));
  return JSON.stringify(rows);
}

/** Reads ResourceDemandJson; empty for null, blank or malformed text, and skips malformed rows. */
export function demandFromJson(json: string | undefined): IDemandCell[] {
  const out: IDemandCell[] = [];
  for (const r of parseArray(json)) {
    const role = Number(r.role);
    const days = Number(r.days);
    const month = String(r.month ?? '');
    if (!(role > 0) || !/^\d{4}-\d{2}$/.test(month) || !isFinite(days)) continue;
    out.push({ role, month, days });
  }
  return out;
}

/** Sets the days of one cell (a value of 0 removes the cell). */
export function setDemand(cells: ReadonlyArray<IDemandCell>, role: number, month: string, days: number): IDemandCell[] {
  const rest = cells.filter(c => !(c.role === role && c.month === month));
  return days === 0 ? rest : [...rest, { role, month, days }];
}

/** Days per role over all months. */
export function demandByRole(cells: ReadonlyArray<IDemandCell>): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of cells) out.set(c.role, Math.round(((out.get(c.role) ?? 0) + (isFinite(c.days) ? c.days : 0)) * 10) / 10);
  return out;
}

function parseArray(json: string | undefined): Array<Record<string, unknown>> {
  if (!json || !json.trim()) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : [];
  } catch {
    return [];
  }
}

// -------------------------------------------------------------------------------- intake log

/** One state change of a request, as the request itself keeps it (IntakeLogJson). */
export interface IIntakeLogEntry {
  /** ISO date and time. */
  at: string;
  /** Display name of who made the change. */
  by: string;
  from?: IntakeState;
  to: IntakeState;
  comment?: string;
  reason?: string;
  /** Set on the entry that records the conversion into a project (the state stays Approved). */
  project?: IProjectLink;
}

/** The project a request became: its item id and project code. */
export interface IProjectLink {
  id: number;
  code: string;
}

function projectLinkOf(v: unknown): IProjectLink | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const p = v as Record<string, unknown>;
  return typeof p.id === 'number' && p.id > 0 && typeof p.code === 'string' && p.code ? { id: p.id, code: p.code } : undefined;
}

/** Reads IntakeLogJson; empty for null or malformed text, skips malformed entries, oldest first. */
export function intakeLogFromJson(json: string | undefined): IIntakeLogEntry[] {
  const out: IIntakeLogEntry[] = [];
  for (const r of parseArray(json)) {
    if (!isIntakeState(r.to) || typeof r.at !== 'string') continue;
    out.push({
      at: r.at,
      by: typeof r.by === 'string' ? r.by : '',
      from: isIntakeState(r.from) ? r.from : undefined,
      to: r.to,
      comment: typeof r.comment === 'string' && r.comment ? r.comment : undefined,
      reason: typeof r.reason === 'string' && r.reason ? r.reason : undefined,
      project: projectLinkOf(r.project)
    });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The log with one entry more, as JSON. */
export function appendIntakeLog(json: string | undefined, entry: IIntakeLogEntry): string {
  return JSON.stringify([...intakeLogFromJson(json), entry]);
}

// ------------------------------------------------------------------------------ request → project

/** What a project created from a request carries (the service maps it to Projects columns). */
export interface IProjectFromRequest {
  title: string;
  /** Projects.ProjectCode: derived from the request id, unique, so a request yields one project. */
  code: string;
  department: string;
  summary: string;
  sponsorId?: number;
  /** Programmes item id, when the PMO places the project in a programme. */
  programmeId?: number;
  objectiveIds: number[];
  startDate?: string;
  endDate?: string;
  /** Capex plus opex over all years. */
  budget: number;
  /** The request it came from (Projects.Request). */
  requestId: number;
}

/** The project code of the project converted from request `id`: REQ-000042. */
export function projectCodeFor(requestId: number): string {
  const s = String(requestId);
  return `REQ-${s.length >= 6 ? s : '000000'.slice(s.length) + s}`;
}

/** Maps an approved request to the project it becomes (in `programmeId`'s programme, when given). */
export function requestToProject(requestId: number, r: IRequestInput, programmeId?: number): IProjectFromRequest {
  return {
    programmeId,
    title: r.title.trim(),
    code: projectCodeFor(requestId),
    department: r.businessUnit.trim(),
    summary: r.problemStatement.trim(),
    sponsorId: r.sponsor?.id,
    objectiveIds: r.objectiveIds.slice(),
    startDate: r.desiredStart,
    endDate: r.desiredEnd,
    budget: costTotals(r.costPlan).total,
    requestId
  };
}
