/**
 * People development, maturity: the P3M3 self-assessment in the user's language with save and resume,
 * submitting (the result per perspective and overall, added to the department's anonymous sums), the
 * qualification plan from the gaps to the PMO's targets, and the PMO's organisation view, which shows a
 * department and quarter only with 5 or more respondents (README, People development).
 *
 * Individual answers stay the person's own: MaturityAssessments has item-level security (2/2) and no
 * group has 'Override List Behaviors' on it. The organisation view reads MaturityResults only: one item
 * per department and quarter with counts and sums, which each respondent's own client updates when
 * they submit (ETag-guarded, re-read and retried on 412).
 */
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../platform/pnp';
import { readDateOnly } from '../domain/dates';
import { hasSessionBegun } from '../domain/training';
import {
  addContribution, emptyGroupAggregate, groupView, maturityResult, MIN_GROUP_SIZE, PERSPECTIVES, qualificationPlan as planOf, quarterOf,
  type IGroupAggregate, type IPlanTraining, type IMaturityQuestion, type IMaturityResult, type MaturityLevel, type Perspective
} from '../domain/maturity';
import { ChangedMeanwhileError, isDuplicateValueError } from './errors';
import { etagOf, num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import { odataEq } from './odata';
import type { IListLocation, ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { MATURITY_TARGETS_CONFIG_KEY } from '../schema/settings';
import {
  lookupId, MaturityAssessmentsList, MaturityQuestionsList, MaturityResultsList, PmoHubConfigList, projected, TrainingAttendanceList, TrainingModulesList, TrainingSessionsList, type CheckedRow
} from '../schema/refs';

/** One question as the person answers it, in their language (English where it has no text in it). */
export interface IQuestionView {
  id: number;
  /** The question's code (the key of the answers). */
  key: string;
  perspective: Perspective;
  order: number;
  text: string;
  /** The five answers, level 1 → 5. */
  answers: string[];
  /** The language of `text` and `answers`: the user's, or 'en' when the question has none in it. */
  language: string;
  active: boolean;
}

/** The person's assessment of the current quarter (or their last submitted one). */
export interface IMyAssessment {
  id?: number;
  etag?: string;
  /** 'YYYY-Qn'. */
  quarter: string;
  /** 'New': nothing saved for the current quarter yet. */
  state: 'New' | 'Draft' | 'Submitted';
  answers: Record<string, number>;
  /** The result of the answers, by the level rule (computed, also for a draft: progress per perspective). */
  result: IMaturityResult;
  /** The result last submitted (and counted in the department's sums), if any. */
  submitted?: IMaturityResult;
  department?: string;
}

/** A department and quarter the organisation view shows (5 or more respondents). */
export interface IMaturityGroup {
  department: string;
  quarter: string;
  respondents: number;
  /** Average level per perspective and overall. */
  averages: Record<Perspective | 'overall', number>;
  /** How many respondents have each overall level (1–5). */
  overallCounts: [number, number, number, number, number];
}

/** The organisation view: only groups of MIN_GROUP_SIZE or more; the others are counted, never returned. */
export interface IOrganisationView {
  groups: IMaturityGroup[];
  /** Department-quarter groups not shown (fewer than 5 respondents). */
  hiddenGroups: number;
  quarters: string[];
  departments: string[];
  minGroupSize: number;
}

/**
 * Whether a recommended module can be enrolled in now: 'enrol' with its soonest session to come, or
 * 'noSession'; `firstComplete` advises the module to complete first (the plan's rule in src/domain/maturity/plan.ts).
 */
export type QualificationAvailability =
  | { kind: 'enrol'; nextStartUtc: string; firstComplete?: { id: number; code: string; title: string } }
  | { kind: 'noSession'; firstComplete?: { id: number; code: string; title: string } };

/** One line of the qualification plan, with the recommended modules' titles, those that can be enrolled in first. */
export interface IQualificationLine {
  perspective: Perspective;
  current: MaturityLevel | undefined;
  target: MaturityLevel;
  gap: number;
  modules: Array<{ id: number; code: string; title: string; level: number; availability: QualificationAvailability }>;
}

/** A question as the PMO edits it. */
export interface IQuestionInput {
  id?: number;
  code: string;
  perspective: string;
  order: number;
  /** Texts per language ('en' required): the question and its five answers, level 1 → 5. */
  texts: Record<string, { q: string; a: string[] }>;
  active?: boolean;
}

/** Why the maturity service refused, before anything was written, and the field it is about. */
export class MaturityRefusedError extends Error {
  public readonly refusal: 'invalid' | 'required' | 'incomplete' | 'notPermitted' | 'notFound' | 'busy' | 'taken';
  public readonly field: string;
  /** 'taken': the item that already has the value (a question's code: its English text), when it could be read. */
  public readonly takenBy?: string;
  /** 'taken' by a question: that question's text per language ('de' → its German text), to name it in the user's language. */
  public readonly takenByTexts?: Readonly<Record<string, string>>;
  public constructor(refusal: MaturityRefusedError['refusal'], field: string, takenBy?: string, takenByTexts?: Readonly<Record<string, string>>) {
    super(`${refusal}: ${field}`);
    this.name = 'MaturityRefusedError';
    this.refusal = refusal;
    this.field = field;
    this.takenBy = takenBy;
    this.takenByTexts = takenByTexts;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, MaturityRefusedError.prototype);
  }
}

/** The maturity self-assessment, its plan and the organisation view. */
export interface IMaturityService {
  /** The active questions in the user's language (`locale` 'de-de' or 'de'), by order; English per question where missing. */
  questionnaire(locale: string): Promise<IQuestionView[]>;
  /** The current quarter's assessment (draft or submitted), else the last submitted one, else a new one. */
  myAssessment(): Promise<IMyAssessment>;
  /**
   * Saves the answers as the current quarter's draft (values 1–5 of active questions; MaturityRefusedError
   * naming `answers.<code>`).
   * @param seen the assessment the sheet was read with (`myAssessment()` or the last save's answer): the
   *   update is sent with its ETag, so a change saved meanwhile (another tab or device) is refused with
   *   412 (kind 'conflict'); when the sheet showed another item than the quarter's draft now stored (one
   *   added meanwhile), the save throws ChangedMeanwhileError (kind 'conflict') and writes nothing.
   *   Without it the save writes over whatever is stored (last writer wins).
   */
  saveDraft(answers: Readonly<Record<string, number>>, seen?: Pick<IMyAssessment, 'id' | 'etag'>): Promise<IMyAssessment>;
  /**
   * Submits the current quarter's answers: refused ('incomplete', field 'answers') unless every
   * perspective has a level. Adds the result to the department's sums for the quarter (subtracting the
   * person's earlier submission of the same quarter), ETag-guarded with re-reads on 412, then stores it.
   */
  submit(): Promise<IMyAssessment>;
  /** The gaps between the last submitted result and the PMO's targets, with the modules that close them. */
  qualificationPlan(): Promise<{ result?: IMaturityResult; targets: Record<Perspective, MaturityLevel>; lines: IQualificationLine[] }>;
  /** PMO: departments × quarters; groups under 5 respondents are never returned. */
  organisationView(): Promise<IOrganisationView>;
  /** The PMO's target level per perspective (3 where none is set). */
  targets(): Promise<Record<Perspective, MaturityLevel>>;
  /** PMO: saves the targets (each 1–5). */
  saveTargets(targets: Readonly<Record<string, number>>): Promise<void>;
  /** Whether the user maintains the questionnaire and sees the organisation view (the PMO). */
  canManage(): Promise<boolean>;
  /** PMO: every question (inactive too) with its texts in every language. */
  allQuestions(): Promise<Array<IQuestionInput & { id: number }>>;
  /** PMO: adds or updates a question; returns its id. */
  saveQuestion(input: IQuestionInput): Promise<number>;
}

// ---------------------------------------------------------------- implementation

/** What the maturity service receives. */
export interface IMaturityServiceDeps {
  siteTimeZone: ISiteTimeZoneSource;
  /** The clock (tests pass one). */
  now?: () => Date;
}

const Q = MaturityQuestionsList.fields;
const A = MaturityAssessmentsList.fields;
const R = MaturityResultsList.fields;
const CF = PmoHubConfigList.fields;
const PAGE = 5000;
const LANGS: ReadonlyArray<string> = ['en', 'de', 'fr', 'nl', 'it'];
/** Attempts at a department's sums under concurrent submissions (each re-reads after a 412). */
const RESULT_ATTEMPTS = 12;
/** The department of a respondent SharePoint knows none for. */
export const NO_DEPARTMENT = '—';

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
type IQuestionItem = CheckedRow<'MaturityQuestions', { Id: number; Title?: string | null; Code?: string | null; Perspective?: string | null; SortOrder?: number | null; IsActive?: boolean | null; QuestionTexts?: string | null }>;
type IAssessmentItem = CheckedRow<'MaturityAssessments', {
  Id: number; AuthorId?: number | null; Quarter?: string | null; AssessmentState?: string | null; AnswersJson?: string | null; LevelsJson?: string | null; Department?: string | null;
  AssessmentDate?: string | null; Respondent?: { Department?: string | null } | null; ContributionToken?: string | null; PendingSubmission?: string | null;
}>;
type IResultItem = CheckedRow<'MaturityResults', { Id: number; ResultKey?: string | null; Department?: string | null; Quarter?: string | null; Respondents?: number | null; LevelSums?: string | null; OverallCounts?: string | null; ContributionTokens?: string | null }>;
/* eslint-enable @rushstack/no-new-null */

const QUESTION_SELECT = [Q.Id, Q.Title, Q.Code, Q.Perspective, Q.SortOrder, Q.IsActive, Q.QuestionTexts];
const ASSESSMENT_SELECT = [A.Id, 'AuthorId', A.Quarter, A.AssessmentState, A.AnswersJson, A.LevelsJson, A.Department, A.AssessmentDate, A.ContributionToken, A.PendingSubmission];
const RESULT_SELECT = [R.Id, R.ResultKey, R.Department, R.Quarter, R.Respondents, R.LevelSums, R.OverallCounts, R.ContributionTokens];

/** A submission as it is counted in a department's sums: its token, result and department. */
interface IContribution {
  token: string;
  result: IMaturityResult;
  department: string;
}

/** A new submission token: 128 random bits as hex (names no one; only the respondent's own item holds it). */
function newToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/** A stored pending submission (PendingSubmission), or undefined when absent or unreadable. */
export function pendingOf(json: string | null | undefined): IContribution | undefined { // eslint-disable-line @rushstack/no-new-null -- REST null
  const raw = parseJson(json) as { token?: unknown; result?: unknown; department?: unknown } | undefined;
  const result = storedResult(raw && raw.result !== undefined ? JSON.stringify(raw.result) : undefined);
  return raw && typeof raw.token === 'string' && typeof raw.department === 'string' && result ? { token: raw.token, result, department: raw.department } : undefined;
}

/** The tokens a MaturityResults item counts. */
function tokensOf(r: IResultItem | undefined): string[] {
  const raw = parseJson(r?.ContributionTokens);
  return Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : [];
}

function parseJson(value: string | null | undefined): unknown { // eslint-disable-line @rushstack/no-new-null -- REST null
  if (!value) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** The texts of a question by language, from QuestionTexts; only entries with a question and five answers. */
export function questionTexts(json: string | null | undefined): Record<string, { q: string; a: string[] }> { // eslint-disable-line @rushstack/no-new-null -- REST null
  const raw = parseJson(json);
  const out: Record<string, { q: string; a: string[] }> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const lang of LANGS) {
    const t = (raw as Record<string, { q?: unknown; a?: unknown }>)[lang];
    if (t && typeof t.q === 'string' && t.q.trim() && Array.isArray(t.a) && t.a.length === 5 && t.a.every(x => typeof x === 'string')) out[lang] = { q: t.q, a: t.a as string[] };
  }
  return out;
}

/** Answers from AnswersJson: only integer levels 1–5. */
export function answersOf(json: string | null | undefined): Record<string, number> { // eslint-disable-line @rushstack/no-new-null -- REST null
  const raw = parseJson(json);
  const out: Record<string, number> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) out[k] = v;
  return out;
}

/** A result stored in LevelsJson, when complete (every perspective and overall a level). */
export function storedResult(json: string | null | undefined): IMaturityResult | undefined { // eslint-disable-line @rushstack/no-new-null -- REST null
  const raw = parseJson(json) as Partial<IMaturityResult> | undefined;
  const ok = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;
  if (!raw || !raw.perspectives || !ok(raw.overall) || !PERSPECTIVES.every(p => ok((raw.perspectives as Record<string, unknown>)[p]))) return undefined;
  return raw as IMaturityResult;
}

/** A MaturityResults item's sums (missing values count 0). */
export function aggregateOf(r: IResultItem): IGroupAggregate {
  const a = emptyGroupAggregate();
  a.respondents = num(r.Respondents) ?? 0;
  const sums = parseJson(r.LevelSums) as Record<string, unknown> | undefined;
  for (const k of [...PERSPECTIVES, 'overall' as const]) a.levelSums[k] = typeof sums?.[k] === 'number' ? (sums[k] as number) : 0;
  const counts = parseJson(r.OverallCounts);
  if (Array.isArray(counts) && counts.length === 5) a.overallCounts = counts.map(c => (typeof c === 'number' ? c : 0)) as IGroupAggregate['overallCounts'];
  return a;
}

/** {@link IMaturityService} over PnPjs. */
export class MaturityService implements IMaturityService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IMaturityServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IMaturityServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(l: IListLocation): ListHandle {
    return listOn(this.sp, this.site, l);
  }

  private async today(): Promise<string> {
    const now = this.deps.now ? this.deps.now() : new Date();
    return readDateOnly(now.toISOString(), await this.deps.siteTimeZone.get()) ?? now.toISOString().slice(0, 10);
  }

  private async questionItems(): Promise<IQuestionItem[]> {
    return (await this.list(MaturityQuestionsList).items.select(...QUESTION_SELECT).top(PAGE)()) as IQuestionItem[];
  }

  private static view(r: IQuestionItem, lang: string): IQuestionView | undefined {
    const perspective = r.Perspective as Perspective;
    if (PERSPECTIVES.indexOf(perspective) < 0) return undefined;
    const texts = questionTexts(r.QuestionTexts);
    const language = texts[lang] ? lang : texts.en ? 'en' : Object.keys(texts)[0];
    if (!language) return undefined;
    return { id: r.Id, key: text(r.Code) ?? String(r.Id), perspective, order: num(r.SortOrder) ?? 0, text: texts[language].q, answers: texts[language].a, language, active: r.IsActive !== false };
  }

  public async questionnaire(locale: string): Promise<IQuestionView[]> {
    const lang = (locale ?? 'en').slice(0, 2).toLowerCase();
    return (await this.questionItems()).filter(r => r.IsActive !== false).map(r => MaturityService.view(r, lang))
      .filter((q): q is IQuestionView => !!q).sort((a, b) => a.order - b.order || a.id - b.id);
  }

  private async questionModel(): Promise<IMaturityQuestion[]> {
    return (await this.questionnaire('en')).map(q => ({ key: q.key, perspective: q.perspective, order: q.order }));
  }

  private async myItems(): Promise<IAssessmentItem[]> {
    const me = ((await this.sp.web.currentUser.select('Id')()) as { Id: number }).Id;
    return (await this.list(MaturityAssessmentsList).items.select(...ASSESSMENT_SELECT).filter(`AuthorId eq ${me}`).orderBy(A.Id, false).top(PAGE)()) as IAssessmentItem[];
  }

  private static assessmentOf(item: IAssessmentItem | undefined, quarter: string, questions: ReadonlyArray<IMaturityQuestion>): IMyAssessment {
    const answers = answersOf(item?.AnswersJson);
    const state = !item ? 'New' : item.AssessmentState === 'Submitted' ? 'Submitted' : 'Draft';
    return {
      id: item?.Id, etag: item ? etagOf(item as { 'odata.etag'?: string }) : undefined, quarter: text(item?.Quarter) ?? quarter, state, answers,
      result: maturityResult(questions, answers), submitted: storedResult(item?.LevelsJson), department: text(item?.Department)
    };
  }

  public async myAssessment(): Promise<IMyAssessment> {
    const [items, questions, day] = await Promise.all([this.myItems(), this.questionModel(), this.today()]);
    const quarter = quarterOf(day);
    const current = items.filter(i => i.Quarter === quarter)[0] ?? items.filter(i => i.AssessmentState === 'Submitted')[0];
    return MaturityService.assessmentOf(current, quarter, questions);
  }

  public async saveDraft(answers: Readonly<Record<string, number>>, seen?: Pick<IMyAssessment, 'id' | 'etag'>): Promise<IMyAssessment> {
    const [items, questions, day] = await Promise.all([this.myItems(), this.questionModel(), this.today()]);
    const keys = new Set(questions.map(q => q.key));
    for (const [k, v] of Object.entries(answers ?? {})) {
      if (!keys.has(k) || !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5)) throw new MaturityRefusedError('invalid', `answers.${k}`);
    }
    const quarter = quarterOf(day);
    const current = items.filter(i => i.Quarter === quarter)[0];
    const values = { [A.AnswersJson]: JSON.stringify(answers), [A.AssessmentState]: 'Draft' };
    if (current && seen && (seen.id !== current.Id || !seen.etag)) throw new ChangedMeanwhileError(`The assessment of ${quarter} was added since it was read (saved in another session).`);
    if (current) await this.list(MaturityAssessmentsList).items.getById(current.Id).update(values, seen?.etag ?? etagOf(current as { 'odata.etag'?: string }));
    else {
      const me = ((await this.sp.web.currentUser.select('Id', 'Title')()) as { Id: number; Title?: string });
      await this.list(MaturityAssessmentsList).items.add({
        ...values, [A.Title]: `${me.Title ?? ''} ${quarter}`.trim(), [lookupId(A.Respondent)]: me.Id, [A.AssessmentDate]: `${day}T00:00:00Z`, [A.AssessmentScope]: 'Self', [A.Quarter]: quarter
      });
    }
    return this.myAssessment();
  }

  public async submit(): Promise<IMyAssessment> {
    const [items, questions, day] = await Promise.all([this.myItems(), this.questionModel(), this.today()]);
    const quarter = quarterOf(day);
    let item = items.filter(i => i.Quarter === quarter)[0];
    if (!item) throw new MaturityRefusedError('required', 'answers');
    const result = maturityResult(questions, answersOf(item.AnswersJson));
    if (result.overall === undefined) throw new MaturityRefusedError('incomplete', 'answers');
    // A submission stopped half-way is completed first (its token makes it count once).
    const stopped = pendingOf(item.PendingSubmission);
    if (stopped) item = await this.completeSubmission(item, quarter, stopped, day);
    // The respondent's department as SharePoint knows it (the user information list, from the directory).
    const mine = (await this.list(MaturityAssessmentsList).items.select(A.Id, projected(A.Respondent, 'Department')).expand(A.Respondent).filter(`${A.Id} eq ${item.Id}`).top(1)()) as IAssessmentItem[];
    const department = text(mine[0]?.Respondent?.Department) ?? NO_DEPARTMENT;
    const contribution: IContribution = { token: newToken(), result, department };
    // Written on the person's own item before any sum changes: if the submission stops after this, the next one completes it.
    await this.list(MaturityAssessmentsList).items.getById(item.Id).update({ [A.PendingSubmission]: JSON.stringify(contribution) });
    await this.completeSubmission(item, quarter, contribution, day);
    return this.myAssessment();
  }

  /**
   * Counts a submission in its department's sums exactly once and records it on the person's item:
   * the earlier submission of the quarter (its token) leaves its department's sums if they still count
   * it, the new one joins its department's sums unless they already count it, then the item holds the
   * new result and token and no pending submission. Every step can be repeated without counting twice.
   */
  private async completeSubmission(item: IAssessmentItem, quarter: string, next: IContribution, day: string): Promise<IAssessmentItem> {
    const earlier = storedResult(item.LevelsJson);
    const earlierToken = text(item.ContributionToken);
    const earlierDepartment = text(item.Department);
    // An earlier submission without a token (counted before tokens, e.g. the demo's) leaves by its result alone.
    const leave = (a: IGroupAggregate, tokens: string[]): [IGroupAggregate, string[]] => {
      if (!earlier) return [a, tokens];
      if (!earlierToken) return a.respondents > 0 ? [addContribution(a, earlier, -1), tokens] : [a, tokens];
      return tokens.indexOf(earlierToken) >= 0 ? [addContribution(a, earlier, -1), tokens.filter(t => t !== earlierToken)] : [a, tokens];
    };
    const join = (a: IGroupAggregate, tokens: string[]): [IGroupAggregate, string[]] =>
      tokens.indexOf(next.token) >= 0 ? [a, tokens] : [addContribution(a, next.result, 1), [...tokens, next.token]];
    if (earlierDepartment && earlierDepartment !== next.department) {
      await this.applyToGroup(earlierDepartment, quarter, leave);
      await this.applyToGroup(next.department, quarter, join);
    } else {
      await this.applyToGroup(next.department, quarter, (a, tokens) => { const [b, t] = leave(a, tokens); return join(b, t); });
    }
    const values = {
      [A.AssessmentState]: 'Submitted', [A.LevelsJson]: JSON.stringify(next.result), [A.OverallLevel]: next.result.overall, [A.Department]: next.department,
      [A.AssessmentDate]: `${day}T00:00:00Z`, [A.ContributionToken]: next.token, [A.PendingSubmission]: null // eslint-disable-line @rushstack/no-new-null -- clears the column
    };
    await this.list(MaturityAssessmentsList).items.getById(item.Id).update(values);
    return { ...item, LevelsJson: values[A.LevelsJson] as string, Department: next.department, ContributionToken: next.token, PendingSubmission: null }; // eslint-disable-line @rushstack/no-new-null -- as REST gives it
  }

  /**
   * Changes a department's sums for a quarter: reads the item (by its unique key), writes the change with
   * the ETag read, and on 412 (someone else submitted meanwhile) reads again and retries; a missing item
   * is added (the unique key refuses a second concurrent add, which then re-reads and updates). The
   * change gets the sums and the tokens of the submissions they count, and gives both back.
   */
  private async applyToGroup(department: string, quarter: string, change: (a: IGroupAggregate, tokens: string[]) => [IGroupAggregate, string[]]): Promise<void> {
    const key = `${department}|${quarter}`;
    const list = this.list(MaturityResultsList);
    for (let attempt = 0; attempt < RESULT_ATTEMPTS; attempt++) {
      const rows = (await list.items.select(...RESULT_SELECT).filter(odataEq(R.ResultKey, key)).top(1)()) as IResultItem[];
      const tokens = tokensOf(rows[0]);
      const before = rows[0] ? aggregateOf(rows[0]) : emptyGroupAggregate();
      const [next, nextTokens] = change(before, tokens);
      if (next === before && nextTokens === tokens) return; // counted as it should be already
      const values = {
        [R.Respondents]: Math.max(0, next.respondents), [R.LevelSums]: JSON.stringify(next.levelSums), [R.OverallCounts]: JSON.stringify(next.overallCounts),
        [R.ContributionTokens]: JSON.stringify(nextTokens)
      };
      try {
        if (rows[0]) await list.items.getById(rows[0].Id).update(values, etagOf(rows[0] as { 'odata.etag'?: string }));
        else await list.items.add({ ...values, [R.Title]: key.slice(0, 255), [R.ResultKey]: key, [R.Department]: department, [R.Quarter]: quarter });
        return;
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (status !== 412 && status !== 409 && !(status === 400 && !rows[0])) throw e;
        await new Promise(resolve => setTimeout(resolve, 20 + Math.floor(Math.random() * 80 * (attempt + 1))));
      }
    }
    throw new MaturityRefusedError('busy', 'answers');
  }

  public async targets(): Promise<Record<Perspective, MaturityLevel>> {
    const rows = (await this.list(PmoHubConfigList).items.select(CF.Id, CF.ConfigValue).filter(odataEq(CF.ConfigKey, MATURITY_TARGETS_CONFIG_KEY)).top(1)()) as Array<{ ConfigValue?: string }>;
    const raw = parseJson(rows[0]?.ConfigValue) as Record<string, unknown> | undefined;
    const out = {} as Record<Perspective, MaturityLevel>;
    for (const p of PERSPECTIVES) {
      const v = raw?.[p];
      out[p] = typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? (v as MaturityLevel) : 3;
    }
    return out;
  }

  /** The sessions to come (start from now, not cancelled or held) and the modules the user completed, for the plan's availability. */
  private async planTraining(): Promise<IPlanTraining> {
    const S = TrainingSessionsList.fields;
    const TA = TrainingAttendanceList.fields;
    const now = this.deps.now ? this.deps.now() : new Date();
    const me = ((await this.sp.web.currentUser.select('Id')()) as { Id: number }).Id;
    const [sessions, completions] = await Promise.all([
      this.list(TrainingSessionsList).items.select(S.Id, lookupId(S.TrainingModule), S.SessionStart, S.SessionStatus).filter(`${S.SessionStart} gt datetime'${now.toISOString()}'`).top(PAGE)() as Promise<Array<Record<string, unknown>>>,
      this.list(TrainingAttendanceList).items.select(TA.Id, lookupId(TA.TrainingModule), TA.Completed).filter(`${lookupId(TA.Participant)} eq ${me}`).top(PAGE)() as Promise<Array<Record<string, unknown>>>
    ]);
    return {
      sessions: sessions.map(r => {
        const startUtc = text(r[S.SessionStart]) ?? '';
        const status = text(r[S.SessionStatus]);
        // The same rule as the catalogue's "bookable": not cancelled or held, not begun (the waiting list takes everyone else).
        return { moduleId: num(r[lookupId(S.TrainingModule)]) ?? 0, startUtc, bookable: status !== 'Cancelled' && status !== 'Completed' && !hasSessionBegun(startUtc, now) };
      }),
      completedModuleIds: completions.filter(r => r[TA.Completed] === true).map(r => num(r[lookupId(TA.TrainingModule)]) ?? 0)
    };
  }

  public async qualificationPlan(): Promise<{ result?: IMaturityResult; targets: Record<Perspective, MaturityLevel>; lines: IQualificationLine[] }> {
    const M = TrainingModulesList.fields;
    const [items, targets, moduleRows, training] = await Promise.all([
      this.myItems(), this.targets(),
      this.list(TrainingModulesList).items.select(M.Id, M.Code, M.Title, M.MaturityPerspectives, M.TargetLevel, M.IsActive, lookupId(M.LearningPath), M.PathStep).top(PAGE)() as Promise<Array<Record<string, unknown>>>,
      this.planTraining()
    ]);
    const result = items.map(i => (i.AssessmentState === 'Submitted' ? storedResult(i.LevelsJson) : undefined)).filter(r => !!r)[0];
    if (!result) return { targets, lines: [] };
    const modules = moduleRows.map(m => ({
      id: m.Id as number, perspectives: ((m[M.MaturityPerspectives] as string[] | null) ?? []) as Perspective[], level: num(m[M.TargetLevel]) ?? 0, active: m[M.IsActive] !== false,
      pathId: num(m[lookupId(M.LearningPath)]), pathStep: num(m[M.PathStep]), code: text(m[M.Code]) ?? '', title: text(m[M.Title]) ?? ''
    }));
    const byId = new Map(modules.map(m => [m.id, m] as const));
    const named = (id: number): { id: number; code: string; title: string } => ({ id, code: byId.get(id)?.code ?? '', title: byId.get(id)?.title ?? '' });
    const lines = planOf(result, targets, modules, training).map(l => ({
      perspective: l.perspective, current: l.current, target: l.target, gap: l.gap,
      modules: l.recommendations.filter(r => byId.has(r.moduleId)).map(r => {
        const m = byId.get(r.moduleId) as (typeof modules)[number];
        const a = r.availability;
        const availability: QualificationAvailability = a.firstComplete === undefined ? { ...a, firstComplete: undefined } : { ...a, firstComplete: named(a.firstComplete) };
        return { id: m.id, code: m.code, title: m.title, level: m.level, availability };
      })
    }));
    return { result, targets, lines };
  }

  public async canManage(): Promise<boolean> {
    return this.list(MaturityQuestionsList).currentUserHasPermissions(PermissionKind.EditListItems);
  }

  private async requirePmo(field: string): Promise<void> {
    if (!(await this.canManage())) throw new MaturityRefusedError('notPermitted', field);
  }

  public async organisationView(): Promise<IOrganisationView> {
    await this.requirePmo('organisation');
    const rows: IResultItem[] = [];
    for await (const page of this.list(MaturityResultsList).items.select(...RESULT_SELECT).top(PAGE)) rows.push(...(page as IResultItem[]));
    const groups: IMaturityGroup[] = [];
    let hidden = 0;
    for (const r of rows) {
      const a = aggregateOf(r);
      const v = groupView(a);
      if (!v.shown || a.respondents < MIN_GROUP_SIZE) {
        if (a.respondents > 0) hidden++;
        continue;
      }
      groups.push({ department: text(r.Department) ?? NO_DEPARTMENT, quarter: text(r.Quarter) ?? '', respondents: v.respondents, averages: v.averages, overallCounts: a.overallCounts });
    }
    groups.sort((x, y) => x.department.localeCompare(y.department) || x.quarter.localeCompare(y.quarter));
    const uniq = (xs: string[]): string[] => Array.from(new Set(xs)).sort();
    return { groups, hiddenGroups: hidden, quarters: uniq(groups.map(g => g.quarter)), departments: uniq(groups.map(g => g.department)), minGroupSize: MIN_GROUP_SIZE };
  }

  public async saveTargets(targets: Readonly<Record<string, number>>): Promise<void> {
    await this.requirePmo('targets');
    const out: Record<string, number> = {};
    for (const p of PERSPECTIVES) {
      const v = targets[p];
      if (!(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5)) throw new MaturityRefusedError('invalid', `targets.${p}`);
      out[p] = v;
    }
    const items = this.list(PmoHubConfigList).items;
    const rows = (await items.select(CF.Id).filter(odataEq(CF.ConfigKey, MATURITY_TARGETS_CONFIG_KEY)).top(1)()) as Array<{ Id: number }>;
    if (rows[0]) await items.getById(rows[0].Id).update({ [CF.ConfigValue]: JSON.stringify(out) });
    else await items.add({ [CF.Title]: MATURITY_TARGETS_CONFIG_KEY, [CF.ConfigKey]: MATURITY_TARGETS_CONFIG_KEY, [CF.ConfigValue]: JSON.stringify(out) });
  }

  public async allQuestions(): Promise<Array<IQuestionInput & { id: number }>> {
    return (await this.questionItems()).map(r => ({
      id: r.Id, code: text(r.Code) ?? '', perspective: text(r.Perspective) ?? '', order: num(r.SortOrder) ?? 0, texts: questionTexts(r.QuestionTexts), active: r.IsActive !== false
    })).sort((a, b) => a.order - b.order || a.id - b.id);
  }

  public async saveQuestion(input: IQuestionInput): Promise<number> {
    await this.requirePmo('question');
    const code = (input.code ?? '').trim();
    if (code.length < 2 || code.length > 32) throw new MaturityRefusedError(code ? 'invalid' : 'required', 'code');
    if (PERSPECTIVES.indexOf(input.perspective as Perspective) < 0) throw new MaturityRefusedError('invalid', 'perspective');
    if (!(Number.isInteger(input.order) && input.order >= 0)) throw new MaturityRefusedError('invalid', 'order');
    for (const [lang, t] of Object.entries(input.texts ?? {})) {
      if (LANGS.indexOf(lang) < 0) throw new MaturityRefusedError('invalid', `texts.${lang}`);
      if (!t || !(t.q ?? '').trim()) throw new MaturityRefusedError('required', `texts.${lang}.q`);
      if (!Array.isArray(t.a) || t.a.length !== 5) throw new MaturityRefusedError('invalid', `texts.${lang}.a`);
      t.a.forEach((x, i) => { if (typeof x !== 'string' || !x.trim()) throw new MaturityRefusedError('required', `texts.${lang}.a.${i + 1}`); });
    }
    if (!input.texts?.en) throw new MaturityRefusedError('required', 'texts.en.q');
    // A question's code is unique (MaturityQuestions.Code, EnforceUniqueValues): the question that has it is named.
    const holder = await this.questionWithCode(code, input.id);
    if (holder) throw new MaturityRefusedError('taken', 'code', holder.title, holder.texts);
    const values = {
      [Q.Title]: input.texts.en.q.trim().slice(0, 255), [Q.Code]: code, [Q.Perspective]: input.perspective, [Q.SortOrder]: input.order,
      [Q.QuestionTexts]: JSON.stringify(input.texts), [Q.IsActive]: input.active !== false
    };
    try {
      if (input.id !== undefined) {
        await this.list(MaturityQuestionsList).items.getById(input.id).update(values);
        return input.id;
      }
      return ((await this.list(MaturityQuestionsList).items.add(values)) as { Id: number }).Id;
    } catch (e) {
      // Saved at the same moment under the same code: SharePoint keeps the second out.
      if (isDuplicateValueError(e)) {
        const other = await this.questionWithCode(code, input.id);
        throw new MaturityRefusedError('taken', 'code', other?.title, other?.texts);
      }
      throw e;
    }
  }

  /**
   * Another question (not `exceptId`) whose code is `code`, compared as SharePoint compares unique values
   * (trimmed, case-insensitive): its English text (else its code) and its text in each language it has.
   */
  private async questionWithCode(code: string, exceptId?: number): Promise<{ title: string; texts: Record<string, string> } | undefined> {
    const rows = (await this.list(MaturityQuestionsList).items.select(Q.Id, Q.Code, Q.Title, Q.QuestionTexts).top(PAGE)()) as Array<Record<string, unknown>>;
    const same = rows.filter(r => r.Id !== exceptId && (text(r[Q.Code]) ?? '').trim().toLowerCase() === code.trim().toLowerCase())[0];
    if (!same) return undefined;
    const texts: Record<string, string> = {};
    for (const [lang, t] of Object.entries(questionTexts(text(same[Q.QuestionTexts])))) texts[lang] = t.q;
    return { title: text(same[Q.Title]) ?? text(same[Q.Code]) ?? code, texts };
  }
}
