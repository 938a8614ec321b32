/**
 * The forms reliability.fuzz submits: for each, the fields a user fills (their kind and the column
 * each is stored in), a valid baseline, the form's own check (the function its web part calls before
 * sending; messages in the strings of the current locale), how the form maps a service's refusal to
 * its fields, and the service write it sends, as the web part's form sends it. Loaded after the
 * resource modules are hooked (userMessage.hookResources): the checks live beside the components.
 */
import { readAmount } from '../../src/domain/numbers';
import { formatString } from '../../src/domain/text';
import { amountProblemText } from '../../src/components/controls/amountText';
import { validateRequest, validationMessage, emptyRequest, FIELD_LABEL_KEYS, type IRequestInput, type RequestField } from '../../src/domain/intake';
import type { IsoDay } from '../../src/domain/dates';
import { riskProblems, riskChangesOf, type IRiskValues } from '../../src/components/Raid/RiskForm';
import { issueProblems, type IIssueValues } from '../../src/components/Raid/IssueForm';
import { changeProblems, changeInputOf, changeRefusalProblems, readDays, type IChangeValues } from '../../src/components/Raid/ChangeForm';
import { decisionProblems, type IDecisionValues } from '../../src/components/Raid/DecisionsTab';
import { lessonProblems } from '../../src/components/Raid/LessonsTab';
import { refusalProblems } from '../../src/components/Raid/useEntryForm';
import { fieldLabel as raidLabel } from '../../src/components/Raid/labels';
import { benefitProblems, benefitInputOf, type IBenefitValues } from '../../src/components/Benefits/BenefitForm';
import { measurementProblems, type IMeasurementValues } from '../../src/components/Benefits/MeasurementForm';
import { fieldLabel as benefitLabel } from '../../src/components/Benefits/labels';
import { benefitRefusal } from '../../src/components/Benefits/useForm';
import { milestoneProblems, milestoneFieldLabel, refusalProblem as milestoneRefusal, type IMilestoneValues, type MilestoneField } from '../../src/components/Project/editing/milestoneForm';
import { budgetFieldLabel, budgetRefusal, readBudgetValues, type BudgetField, type IBudgetValues } from '../../src/components/Project/editing/budgetForm';
import { checkCommunity } from '../../src/components/Training/manage/CommunityForm';
import { fieldLabel as trainingLabel, NUMBER_RULES, numberValue, refusalText as trainingRefusalText } from '../../src/components/Training/refusal';
import { checkModule, checkSession, refusedBy, type IModuleValues, type ModuleField, type SessionField, type SessionValues } from '../../src/components/Training/manage/forms';
import { zonedToUtc } from '../../src/domain/training';
import { KPI_FORMULA_CODES } from '../../src/domain/kpi';
import { ABSENCE_TYPES, fieldLabel as capacityLabel, readAbsence, type AbsenceField, type IAbsenceValues } from '../../src/components/Capacity/pool/poolValues';
import { refusedBy as capacityRefusedBy } from '../../src/components/Capacity/pool/PoolForms';
import { kpiFieldLabel, kpiFormProblems, kpiInputOf, withFormula, type IKpiFormValues, type KpiFormField } from '../../src/components/Dashboard/config/kpiForm';
import { kpiRefusal } from '../../src/components/Dashboard/config/KpiDefinitionForm';
import { CommunityRefusedError } from '../../src/services/CommunityService';
import { RequestRefusedError } from '../../src/services/RequestService';
import {
  BenefitMeasurementsList, BenefitsList, BudgetLinesList, ChangeRequestsList, CommunitiesList, DecisionsList, IssuesList, LessonsList, MilestonesList,
  AbsencesList, KpiDefinitionsList, ProjectRequestsList, ProjectsList, RequestHistoryList, RisksList, TrainingModulesList, TrainingSessionsList
} from '../../src/schema/refs';
import type { IPmoServices } from '../../src/services';
import type { FuzzKind } from './fuzzValues';

/** Values as a form holds them: text as typed, selects as keys, days as yyyy-mm-dd. */
export type FormValues = Record<string, string | undefined>;

/** A field the fuzz fills with hostile values. */
export interface IFuzzField {
  /** The form's field key. */
  key: string;
  kind: FuzzKind;
  /** The list column it is stored in (internal name, from the schema's references); read back for silent changes. */
  column: string;
  /** The choices of a select. */
  choices?: ReadonlyArray<string>;
  /** What the form stores for the typed value (default by kind: trimmed text or null, the number read in en-us, the day). */
  expect?(v: FormValues): unknown;
}

/** What the forms share: the project they work in, a benefit to measure, the users. */
export interface IFuzzContext {
  projectId: number;
  benefitId: number;
  /** The project's manager (writes the project's registers). */
  manager: string;
  /** A PMO officer (communities). */
  pmo: string;
  /** A trainer of the PMO (training modules and sessions). */
  trainer: string;
  /** A training module (the sessions' module). */
  moduleId: number;
  /** A requester (intake). */
  requester: string;
  /** The intake's reference data: a business unit and a strategic objective. */
  businessUnit: string;
  objectiveId: number;
}

/** A form of PMO Hub as the fuzz submits it. */
export interface IFuzzForm {
  name: string;
  /** The list the form's item is created in. */
  listUrl: string;
  /** Every list the service may write (snapshotted before and after each case). */
  lists: ReadonlyArray<string>;
  /** Who fills the form. */
  user(c: IFuzzContext): string;
  fields: ReadonlyArray<IFuzzField>;
  /** A valid input (the fuzz replaces one or more fields). */
  baseline(c: IFuzzContext): FormValues;
  /** The string key of the date control's message for text that is not a date ({0} the label, {1} an example day). */
  dayInvalid?: string;
  /** Pairs of fields whose order matters: [start, end] (end before start is a case). */
  order?: ReadonlyArray<[string, string]>;
  /** The form's check before sending (messages in the current locale's strings), by field. */
  check(v: FormValues): Record<string, string>;
  /** The form's fields named by a service refusal, with their messages; a text for the whole form; undefined: not a refusal the form knows. */
  refused(e: unknown): Record<string, string> | string | undefined;
  /** A field's visible label in the current locale's strings. */
  label(field: string): string;
  /** The service write, as the form sends it. */
  send(s: IPmoServices, v: FormValues, c: IFuzzContext): Promise<unknown>;
}

const LOCALE = 'en-us';
const str = (v: FormValues, k: string): string => v[k] ?? '';
const day = (v: FormValues, k: string): IsoDay | undefined => (v[k] ? (v[k] as IsoDay) : undefined);
const asRecord = (p: object): Record<string, string> => p as Record<string, string>;

/** A number read from text in en-us as the form reads it (undefined for none or unreadable). */
export function amountOf(text: string): number | undefined {
  const r = readAmount(text, LOCALE);
  return r.ok ? r.value : undefined;
}

const RISK_RESPONSES = ['Avoid', 'Reduce', 'Fallback', 'Transfer', 'Accept', 'Share'];
const PRIORITIES = IssuesList.choices.Priority;

const risk: IFuzzForm = {
  dayInvalid: 'Raid_Problem_date',
  name: 'risk', listUrl: RisksList.url, lists: [RisksList.url], user: c => c.manager,
  fields: [
    { key: 'title', kind: 'text', column: RisksList.fields.Title },
    { key: 'probability', kind: 'rating', column: RisksList.fields.Probability, expect: v => Number(v.probability) },
    { key: 'impact', kind: 'rating', column: RisksList.fields.Impact, expect: v => Number(v.impact) },
    { key: 'proximity', kind: 'day', column: RisksList.fields.Proximity },
    { key: 'response', kind: 'choice', column: RisksList.fields.RiskResponse, choices: RISK_RESPONSES },
    { key: 'mitigation', kind: 'note', column: RisksList.fields.Mitigation }
  ],
  baseline: () => ({ title: 'Supplier delay', probability: '3', impact: '4', owner: '', proximity: '2027-06-30', response: 'Reduce', status: 'Open', mitigation: 'Weekly call with the supplier.' }),
  check: v => asRecord(riskProblems(v as unknown as IRiskValues)),
  refused: e => refusalProblems<string>(e) as Record<string, string> | undefined,
  label: raidLabel,
  send: (s, v, c) => {
    const changes = riskChangesOf(v as unknown as IRiskValues);
    return s.risks.create(c.projectId, {
      title: changes.title, probability: Number(v.probability), impact: Number(v.impact), ownerId: v.owner ? Number(v.owner) : undefined,
      proximity: day(v, 'proximity'), response: str(v, 'response') || undefined, mitigation: changes.mitigation || undefined
    });
  }
};

const issue: IFuzzForm = {
  dayInvalid: 'Raid_Problem_date',
  name: 'issue', listUrl: IssuesList.url, lists: [IssuesList.url], user: c => c.manager,
  fields: [
    { key: 'title', kind: 'text', column: IssuesList.fields.Title },
    { key: 'priority', kind: 'choice', column: IssuesList.fields.Priority, choices: PRIORITIES },
    { key: 'dueDate', kind: 'day', column: IssuesList.fields.DueDate },
    { key: 'summary', kind: 'note', column: IssuesList.fields.Summary }
  ],
  baseline: () => ({ title: 'Test server unavailable', priority: 'Medium', owner: '', dueDate: '2027-04-15', status: 'Open', summary: 'The test server is down since Monday.', resolution: '' }),
  check: v => asRecord(issueProblems(v as unknown as IIssueValues)),
  refused: e => refusalProblems<string>(e) as Record<string, string> | undefined,
  label: raidLabel,
  send: (s, v, c) => s.raidLog.createIssue(c.projectId, {
    title: str(v, 'title').trim(), priority: str(v, 'priority'), ownerId: v.owner ? Number(v.owner) : undefined, dueDate: day(v, 'dueDate'), summary: str(v, 'summary').trim() || undefined
  })
};

const change: IFuzzForm = {
  name: 'change request', listUrl: ChangeRequestsList.url, lists: [ChangeRequestsList.url], user: c => c.manager,
  fields: [
    { key: 'title', kind: 'text', column: ChangeRequestsList.fields.Title },
    { key: 'priority', kind: 'choice', column: ChangeRequestsList.fields.Priority, choices: ChangeRequestsList.choices.Priority },
    { key: 'summary', kind: 'note', column: ChangeRequestsList.fields.Summary },
    { key: 'scopeImpact', kind: 'note', column: ChangeRequestsList.fields.ScopeImpact },
    { key: 'scheduleImpactDays', kind: 'days', column: ChangeRequestsList.fields.ScheduleImpactDays, expect: v => (str(v, 'scheduleImpactDays').trim() ? readDays(str(v, 'scheduleImpactDays')) ?? null : null) },
    { key: 'costImpact', kind: 'amount', column: ChangeRequestsList.fields.CostImpact }
  ],
  baseline: () => ({ title: 'Add the archive interface', priority: 'High', summary: 'The archive needs an interface.', scopeImpact: 'One more interface.', scheduleImpactDays: '14', costImpact: '25,000' }),
  check: v => asRecord(changeProblems(v as unknown as IChangeValues, LOCALE)),
  refused: e => changeRefusalProblems<string>(e) as Record<string, string> | undefined,
  label: raidLabel,
  send: (s, v, c) => s.changes.create(c.projectId, changeInputOf(v as unknown as IChangeValues, LOCALE))
};

const decision: IFuzzForm = {
  dayInvalid: 'Raid_Problem_date',
  name: 'decision', listUrl: DecisionsList.url, lists: [DecisionsList.url], user: c => c.manager,
  fields: [
    { key: 'title', kind: 'text', column: DecisionsList.fields.Title },
    { key: 'date', kind: 'day', column: DecisionsList.fields.DecisionDate },
    { key: 'rationale', kind: 'note', column: DecisionsList.fields.Rationale }
  ],
  baseline: () => ({ title: 'Go with the cloud hosting', date: '2027-02-01', outcome: 'Noted', rationale: 'Lower running costs.' }),
  check: v => asRecord(decisionProblems({ ...(v as unknown as IDecisionValues), decidedBy: [] })),
  refused: e => refusalProblems<string>(e) as Record<string, string> | undefined,
  label: raidLabel,
  send: (s, v, c) => s.raidLog.addDecision(c.projectId, { title: str(v, 'title').trim(), date: v.date as IsoDay, outcome: str(v, 'outcome'), rationale: str(v, 'rationale').trim(), decidedByIds: [] })
};

const lesson: IFuzzForm = {
  name: 'lesson', listUrl: LessonsList.url, lists: [LessonsList.url], user: c => c.manager,
  fields: [
    { key: 'title', kind: 'text', column: LessonsList.fields.Title },
    { key: 'category', kind: 'choice', column: LessonsList.fields.LessonCategory, choices: LessonsList.choices.LessonCategory },
    { key: 'happened', kind: 'note', column: LessonsList.fields.Summary },
    { key: 'recommendation', kind: 'note', column: LessonsList.fields.Recommendation }
  ],
  baseline: () => ({ title: 'Involve the works council early', category: 'Stakeholders', type: 'ToImprove', happened: 'The council asked late.', recommendation: 'Invite it to the kick-off.' }),
  check: v => asRecord(lessonProblems(v as Record<'title' | 'category' | 'type' | 'happened' | 'recommendation', string>)),
  refused: e => refusalProblems<string>(e) as Record<string, string> | undefined,
  label: raidLabel,
  send: (s, v, c) => s.raidLog.addLesson({
    title: str(v, 'title').trim(), projectId: c.projectId, category: str(v, 'category'), type: str(v, 'type'), summary: str(v, 'happened').trim() || undefined, recommendation: str(v, 'recommendation').trim() || undefined
  })
};

/** How the benefits forms map a BenefitRefusedError (Benefits/useForm). */
function benefitRefused(fields: ReadonlyArray<string>): (e: unknown) => Record<string, string> | undefined {
  return e => benefitRefusal(fields, e) as Record<string, string> | undefined;
}

const benefit: IFuzzForm = {
  dayInvalid: 'Benefits_Problem_date',
  name: 'benefit', listUrl: BenefitsList.url, lists: [BenefitsList.url], user: c => c.manager,
  fields: [
    { key: 'title', kind: 'text', column: BenefitsList.fields.Title },
    { key: 'measure', kind: 'text', column: BenefitsList.fields.BenefitMeasure },
    { key: 'unit', kind: 'text', column: BenefitsList.fields.Unit },
    { key: 'baseline', kind: 'amount', column: BenefitsList.fields.BaselineValue },
    { key: 'target', kind: 'amount', column: BenefitsList.fields.TargetValue },
    { key: 'plannedDate', kind: 'day', column: BenefitsList.fields.DueDate }
  ],
  baseline: () => ({ title: 'Shorter handling time', measure: 'Median days per case', unit: 'days', owner: '', baseline: '12', target: '5', plannedDate: '2028-01-31', status: 'Planned' }),
  check: v => asRecord(benefitProblems(v as unknown as IBenefitValues, LOCALE)),
  refused: benefitRefused(['title', 'measure', 'unit', 'owner', 'baseline', 'target', 'plannedDate', 'status']),
  label: benefitLabel,
  send: (s, v, c) => s.benefits.addBenefit(c.projectId, benefitInputOf(v as unknown as IBenefitValues, LOCALE))
};

const measurement: IFuzzForm = {
  dayInvalid: 'Benefits_Problem_date',
  name: 'measurement', listUrl: BenefitMeasurementsList.url, lists: [BenefitMeasurementsList.url, BenefitsList.url], user: c => c.manager,
  fields: [
    { key: 'value', kind: 'amount', column: BenefitMeasurementsList.fields.RealisedValue },
    { key: 'on', kind: 'day', column: BenefitMeasurementsList.fields.MeasureDate },
    { key: 'comment', kind: 'note', column: BenefitMeasurementsList.fields.Comment }
  ],
  baseline: () => ({ value: '9.5', on: '2027-05-31', comment: 'Measured on May cases.' }),
  check: v => asRecord(measurementProblems(v as unknown as IMeasurementValues, LOCALE)),
  refused: benefitRefused(['value', 'on', 'comment']),
  label: benefitLabel,
  send: (s, v, c) => {
    const r = readAmount(str(v, 'value'), LOCALE);
    return s.benefits.addMeasurement(c.benefitId, { value: r.ok && r.value !== undefined ? r.value : NaN, on: v.on as IsoDay, comment: str(v, 'comment').trim() || undefined });
  }
};

const milestone: IFuzzForm = {
  dayInvalid: 'Project_Ms_Problem_date',
  name: 'milestone', listUrl: MilestonesList.url, lists: [MilestonesList.url, ProjectsList.url], user: c => c.manager,
  fields: [
    { key: 'title', kind: 'text', column: MilestonesList.fields.Title },
    { key: 'baselineDate', kind: 'day', column: MilestonesList.fields.BaselineDate },
    // An empty forecast is the baseline (the product's rule for a new milestone: on plan until moved).
    { key: 'forecastDate', kind: 'day', column: MilestonesList.fields.ForecastDate, expect: v => v.forecastDate || v.baselineDate || null }
  ],
  baseline: () => ({ title: 'Pilot live', baselineDate: '2027-09-30', forecastDate: '2027-10-15', status: 'Planned' }),
  check: v => asRecord(milestoneProblems(v as unknown as IMilestoneValues)),
  refused: e => milestoneRefusal(e, false) as Record<string, string> | undefined,
  label: f => milestoneFieldLabel(f as MilestoneField),
  send: (s, v, c) => s.milestones.create(c.projectId, { title: str(v, 'title').trim(), baselineDate: day(v, 'baselineDate'), forecastDate: day(v, 'forecastDate') })
};

const budgetLine: IFuzzForm = {
  name: 'budget line', listUrl: BudgetLinesList.url, lists: [BudgetLinesList.url], user: c => c.manager,
  fields: [
    { key: 'fiscalYear', kind: 'number', column: BudgetLinesList.fields.FiscalYear, expect: v => Number(str(v, 'fiscalYear').trim()) },
    { key: 'costType', kind: 'choice', column: BudgetLinesList.fields.CostType, choices: BudgetLinesList.choices.CostType },
    { key: 'category', kind: 'choice', column: BudgetLinesList.fields.CostCategory, choices: BudgetLinesList.choices.CostCategory },
    { key: 'planned', kind: 'amount', column: BudgetLinesList.fields.PlannedAmount },
    { key: 'forecast', kind: 'amount', column: BudgetLinesList.fields.ForecastAmount },
    { key: 'actual', kind: 'amount', column: BudgetLinesList.fields.ActualAmount }
  ],
  baseline: () => ({ fiscalYear: '2027', costType: 'Opex', category: 'InternalStaff', planned: '120,000', forecast: '125,000.50', actual: '' }),
  check: v => {
    const r = readBudgetValues(v as unknown as IBudgetValues, LOCALE);
    return 'problems' in r ? asRecord(r.problems) : {};
  },
  refused: e => budgetRefusal(e) as Record<string, string> | undefined,
  label: f => budgetFieldLabel(f as BudgetField),
  send: (s, v, c) => {
    const r = readBudgetValues(v as unknown as IBudgetValues, LOCALE);
    if ('problems' in r) throw new Error('the form sends no line with problems');
    return s.budget.add(c.projectId, r.line);
  }
};

const COMMUNITY_FIELDS = ['title', 'summary', 'teamsLink', 'nextEvents'];

const community: IFuzzForm = {
  name: 'community', listUrl: CommunitiesList.url, lists: [CommunitiesList.url], user: c => c.pmo,
  fields: [
    { key: 'title', kind: 'text', column: CommunitiesList.fields.Title },
    { key: 'summary', kind: 'note', column: CommunitiesList.fields.Summary },
    { key: 'topic', kind: 'choice', column: CommunitiesList.fields.CommunityTopic, choices: CommunitiesList.choices.CommunityTopic }
  ],
  baseline: () => ({ title: 'Agile coaches', summary: 'Monthly exchange of the agile coaches.', topic: 'Agile', teamsLink: '', nextEvents: '' }),
  check: v => asRecord(checkCommunity(v as unknown as Parameters<typeof checkCommunity>[0])),
  refused: e => {
    if (!(e instanceof CommunityRefusedError)) return undefined;
    return COMMUNITY_FIELDS.indexOf(e.field) >= 0 ? { [e.field]: trainingRefusalText(e) } : trainingRefusalText(e);
  },
  label: trainingLabel,
  send: (s, v) => s.communities.save({ title: str(v, 'title').trim(), summary: str(v, 'summary').trim() || undefined, topic: str(v, 'topic'), teamsLink: str(v, 'teamsLink').trim() || undefined, nextEvents: str(v, 'nextEvents') })
};

/** A training module as the PMO's module form sends it (Training/manage/forms). */
const trainingModule: IFuzzForm = {
  name: 'training module', listUrl: TrainingModulesList.url, lists: [TrainingModulesList.url], user: c => c.trainer,
  fields: [
    { key: 'code', kind: 'text', column: TrainingModulesList.fields.Code },
    { key: 'title', kind: 'text', column: TrainingModulesList.fields.Title },
    { key: 'summary', kind: 'note', column: TrainingModulesList.fields.Summary },
    { key: 'durationHours', kind: 'number', column: TrainingModulesList.fields.DurationHours, expect: v => numberValue(str(v, 'durationHours'), LOCALE, NUMBER_RULES.hours) ?? null },
    { key: 'prerequisites', kind: 'note', column: TrainingModulesList.fields.Prerequisites },
    { key: 'pathStep', kind: 'number', column: TrainingModulesList.fields.PathStep, expect: v => numberValue(str(v, 'pathStep'), LOCALE, NUMBER_RULES.order) ?? null }
  ],
  baseline: () => ({ code: 'FZ-01', title: 'Risk workshop', summary: 'Identify and rate risks together.', durationHours: '3.5', prerequisites: 'None.', materials: '', pathStep: '' }),
  check: v => asRecord(checkModule(moduleValuesOf(v), LOCALE)),
  refused: e => refusedBy<ModuleField>(MODULE_FIELDS)(e) as Record<string, string> | string | undefined,
  label: trainingLabel,
  send: (s, v) => {
    const m = moduleValuesOf(v);
    return s.training.saveModule({
      code: m.code.trim(), title: m.title.trim(), summary: m.summary.trim() || undefined, level: m.level, format: m.format, language: m.language,
      durationHours: numberValue(m.durationHours, LOCALE, NUMBER_RULES.hours), prerequisites: m.prerequisites.trim() || undefined, materials: m.materials.trim() || undefined,
      pathStep: numberValue(m.pathStep, LOCALE, NUMBER_RULES.order), audience: [], perspectives: [], active: true
    });
  }
};

const MODULE_FIELDS: ReadonlyArray<ModuleField> = ['code', 'title', 'summary', 'durationHours', 'prerequisites', 'materials', 'pathStep'];

/** The module form's values from the fuzz's (the selects at their defaults). */
function moduleValuesOf(v: FormValues): IModuleValues {
  return {
    code: str(v, 'code'), title: str(v, 'title'), summary: str(v, 'summary'), durationHours: str(v, 'durationHours'), prerequisites: str(v, 'prerequisites'), materials: str(v, 'materials'),
    pathStep: str(v, 'pathStep'), level: 'Foundation', format: 'Classroom', language: 'en', pathId: '', targetLevel: '', audience: [], perspectives: [], active: true
  };
}

/** The UTC instant of a local time typed in the session form ('YYYY-MM-DD HH:mm' in `zone`), as the service stores it; undefined when there is none. */
function sessionInstant(local: string, zone: string): string | undefined {
  try {
    return new Date(zonedToUtc(local.trim().replace(' ', 'T'), zone)).toISOString();
  } catch {
    return undefined;
  }
}

const SESSION_FIELDS: ReadonlyArray<SessionField> = ['moduleId', 'localStart', 'localEnd', 'timeZone', 'venue', 'onlineUrl', 'capacity', 'language', 'trainerId'];

/** A training session as the session form sends it (times typed in the session's own zone). */
const trainingSession: IFuzzForm = {
  name: 'training session', listUrl: TrainingSessionsList.url, lists: [TrainingSessionsList.url], user: c => c.trainer,
  fields: [
    { key: 'localStart', kind: 'time', column: TrainingSessionsList.fields.SessionStart, expect: v => sessionInstant(str(v, 'localStart'), str(v, 'timeZone').trim()) ?? null },
    { key: 'localEnd', kind: 'time', column: TrainingSessionsList.fields.SessionEnd, expect: v => sessionInstant(str(v, 'localEnd'), str(v, 'timeZone').trim()) ?? null },
    { key: 'timeZone', kind: 'choice', column: TrainingSessionsList.fields.SessionTimeZone, choices: ['Europe/Brussels', 'America/New_York', 'Asia/Kolkata', 'Pacific/Apia'] },
    { key: 'venue', kind: 'text', column: TrainingSessionsList.fields.Venue },
    { key: 'capacity', kind: 'number', column: TrainingSessionsList.fields.MaxParticipants, expect: v => numberValue(str(v, 'capacity'), LOCALE, NUMBER_RULES.seats) ?? null }
  ],
  order: [['localStart', 'localEnd']],
  baseline: c => ({ moduleId: String(c.moduleId), localStart: '2027-06-15 09:00', localEnd: '2027-06-15 12:30', timeZone: 'Europe/Brussels', venue: 'Room 4.12', onlineUrl: '', capacity: '12', language: 'en', trainerId: '' }),
  check: v => asRecord(checkSession(v as SessionValues, LOCALE)),
  refused: e => refusedBy<SessionField>(SESSION_FIELDS)(e) as Record<string, string> | string | undefined,
  label: trainingLabel,
  send: (s, v) => s.training.saveSession({
    moduleId: Number(v.moduleId), localStart: str(v, 'localStart').trim().replace(' ', 'T'), localEnd: str(v, 'localEnd').trim().replace(' ', 'T'), timeZone: str(v, 'timeZone').trim(),
    venue: str(v, 'venue').trim() || undefined, onlineUrl: str(v, 'onlineUrl').trim() || undefined, capacity: numberValue(str(v, 'capacity'), LOCALE, NUMBER_RULES.seats) ?? 0,
    language: str(v, 'language') || undefined, trainerId: v.trainerId ? Number(v.trainerId) : undefined
  })
};

/** The KPI definition form's values from the fuzz's ('higher'/'lower' as held, active). */
function kpiValuesOf(v: FormValues): IKpiFormValues {
  return {
    code: str(v, 'code'), name: str(v, 'name'), description: str(v, 'description'), formula: str(v, 'formula'), higherIsBetter: v.higherIsBetter === 'lower' ? 'lower' : 'higher',
    greenThreshold: str(v, 'greenThreshold'), amberThreshold: str(v, 'amberThreshold'), active: true
  };
}

/** A KPI definition as the PMO's KPI form sends it (Dashboard/config): a formula of the catalogue, its direction and thresholds typed in en-us. */
const kpiDefinition: IFuzzForm = {
  name: 'KPI definition', listUrl: KpiDefinitionsList.url, lists: [KpiDefinitionsList.url], user: c => c.pmo,
  fields: [
    { key: 'code', kind: 'text', column: KpiDefinitionsList.fields.Code },
    { key: 'name', kind: 'text', column: KpiDefinitionsList.fields.Title },
    { key: 'description', kind: 'note', column: KpiDefinitionsList.fields.Summary },
    { key: 'formula', kind: 'choice', column: KpiDefinitionsList.fields.KpiFormula, choices: KPI_FORMULA_CODES },
    { key: 'greenThreshold', kind: 'amount', column: KpiDefinitionsList.fields.GreenThreshold },
    { key: 'amberThreshold', kind: 'amount', column: KpiDefinitionsList.fields.AmberThreshold }
  ],
  baseline: () => {
    const v = withFormula({ code: 'FZ-KPI', name: 'Schedule health', description: 'Share of projects on schedule.', formula: '', higherIsBetter: 'higher', greenThreshold: '', amberThreshold: '', active: true }, KPI_FORMULA_CODES[0], LOCALE);
    return { ...v, active: undefined };
  },
  check: v => asRecord(kpiFormProblems(kpiValuesOf(v), LOCALE)),
  refused: e => kpiRefusal(e) as Record<string, string> | undefined,
  label: f => kpiFieldLabel(f as KpiFormField),
  send: (s, v) => s.dashboard.saveKpiDefinition(kpiInputOf(kpiValuesOf(v), LOCALE))
};

const ABSENCE_FIELDS: ReadonlyArray<AbsenceField> = ['person', 'type', 'start', 'end', 'title'];

/** An absence as the capacity pool's absence form sends it (a PMO officer: everyone's public holiday, a person's leave). */
const absence: IFuzzForm = {
  name: 'absence', listUrl: AbsencesList.url, lists: [AbsencesList.url], user: c => c.pmo, dayInvalid: 'Capacity_Problem_Date',
  fields: [
    // No title: the days ("2027-12-24 – 2027-12-26") are its title, as the form says.
    { key: 'title', kind: 'text', column: AbsencesList.fields.Title, expect: v => str(v, 'title').trim() || `${str(v, 'start')} – ${str(v, 'end')}` },
    { key: 'type', kind: 'choice', column: AbsencesList.fields.AbsenceType, choices: ABSENCE_TYPES },
    { key: 'start', kind: 'day', column: AbsencesList.fields.StartDate },
    { key: 'end', kind: 'day', column: AbsencesList.fields.EndDate }
  ],
  order: [['start', 'end']],
  baseline: () => ({ person: '', type: 'PublicHoliday', start: '2027-12-24', end: '2027-12-26', title: 'Christmas' }),
  check: v => asRecord(readAbsence(v as unknown as IAbsenceValues).problems),
  refused: e => capacityRefusedBy<AbsenceField>(ABSENCE_FIELDS)(e) as Record<string, string> | string | undefined,
  label: capacityLabel,
  send: async (s, v) => {
    const r = readAbsence(v as unknown as IAbsenceValues);
    if (!r.input) throw new Error('the form sends no absence with problems');
    return s.capacity.addAbsence(r.input);
  }
};

/** The intake request's input from the form's values (text as typed; one year's cost plan: a blank cell is 0, as the cost plan table reads it). */
function requestInput(v: FormValues, c: IFuzzContext): IRequestInput {
  const capex = readAmount(str(v, 'capex'), LOCALE);
  return {
    ...emptyRequest(), title: str(v, 'title'), businessUnit: c.businessUnit, problemStatement: str(v, 'problemStatement'), goals: str(v, 'goals'),
    expectedBenefits: str(v, 'expectedBenefits'), objectiveIds: [c.objectiveId], desiredStart: day(v, 'desiredStart'), desiredEnd: day(v, 'desiredEnd'),
    costPlan: [{ year: 2027, capex: capex.ok ? capex.value ?? 0 : NaN, opex: 0 }], urgency: 'Medium'
  };
}

/** The cost plan cell's label ("Capex 2027"), as the cost plan table names it. */
function capexCellLabel(): string {
  const s = requestStrings();
  return formatString(s.Request_CellLabel, s.Request_Col_Capex, 2027);
}

/** The form's key of a request field: the cost plan's problems are at the cell the fuzz fills. */
const requestKey = (f: RequestField): string => f;

const request: IFuzzForm = {
  dayInvalid: 'Request_Date_Invalid',
  name: 'intake request', listUrl: ProjectRequestsList.url, lists: [ProjectRequestsList.url, RequestHistoryList.url], user: c => c.requester,
  fields: [
    { key: 'title', kind: 'text', column: ProjectRequestsList.fields.Title },
    { key: 'problemStatement', kind: 'note', column: ProjectRequestsList.fields.ProblemStatement },
    { key: 'goals', kind: 'note', column: ProjectRequestsList.fields.Goals },
    { key: 'expectedBenefits', kind: 'note', column: ProjectRequestsList.fields.ExpectedBenefits },
    { key: 'desiredStart', kind: 'day', column: ProjectRequestsList.fields.DesiredStart },
    { key: 'desiredEnd', kind: 'day', column: ProjectRequestsList.fields.DesiredEnd },
    { key: 'capex', kind: 'amount', column: ProjectRequestsList.fields.CapexTotal, expect: v => amountOf(str(v, 'capex')) ?? 0 }
  ],
  order: [['desiredStart', 'desiredEnd']],
  baseline: () => ({ title: 'Online building permits', problemStatement: 'Paper forms slow down permits.', goals: 'Handle 80 % of permits online.', expectedBenefits: 'Shorter handling.', desiredStart: '2027-03-01', desiredEnd: '2027-12-31', capex: '150,000' }),
  check: v => {
    const out: Record<string, string> = {};
    const cell = readAmount(str(v, 'capex'), LOCALE);
    if (!cell.ok) out.capex = amountProblemText(cell.problem, capexCellLabel(), LOCALE);
    for (const i of validateRequest(requestInput(v, FORM_CONTEXT), 'draft')) {
      if (!out[requestKey(i.field)] && !(i.field === 'costPlan' && out.capex)) out[requestKey(i.field)] = validationMessage(i, requestStrings());
    }
    return out;
  },
  refused: e => {
    if (!(e instanceof RequestRefusedError) || e.refusal !== 'invalid') return undefined;
    const out: Record<string, string> = {};
    for (const i of e.issues) out[requestKey(i.field)] = validationMessage(i, requestStrings());
    return out;
  },
  label: f => (f === 'capex' ? capexCellLabel() : requestStrings()[FIELD_LABEL_KEYS[f as RequestField]] ?? f),
  send: async (s, v, c) => s.requests.saveDraft(requestInput(v, c))
};

/** The request form's strings (the resource module's object, switched per locale by the fuzz). */
function requestStrings(): Readonly<Record<string, string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the resource module, resolved to the strings object
  return require('PmoHubStrings') as Record<string, string>;
}

/** The context the request form's check reads (only its business unit and objective, which are valid). */
const FORM_CONTEXT: IFuzzContext = { projectId: 0, benefitId: 0, manager: '', pmo: '', trainer: '', moduleId: 0, requester: '', businessUnit: 'x', objectiveId: 1 };

/** Every form the fuzz submits, in turn. */
export const FUZZ_FORMS: ReadonlyArray<IFuzzForm> = [request, risk, issue, change, decision, lesson, benefit, measurement, milestone, budgetLine, community, trainingModule, trainingSession, kpiDefinition, absence];
