import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { etagOf } from './itemValues';
import { ChangedMeanwhileError } from './errors';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import type { IRequestService, IRequestSummary } from './RequestService';
import { isIsoDay, writeDateOnly, type IsoDay } from '../domain/dates';
import { isCode, INTAKE_STATES, type IntakeState } from '../domain/vocabulary';
import {
  aggregateRound, ahpWeights, checkScores, modelConfirmations, mostInconsistentPair, planModelEdit, validateModel, withAhpWeights,
  type IAhpResult, type IInconsistentPair, type IModelConfirmation, type IModelContent, type IModelIssue, type IModelVersion, type IScoreEntry, type IScoreIssue, type ModelEditPlan, type ScoreState
} from '../domain/scoring';
import { lookupId, ProjectRequestsList, ScoreDraftsList, ScoresList, ScoringCriteriaList, ScoringModelsList, ScoringRoundsList } from '../schema/refs';
import { loadGroupUsers } from './pmoMembers';
import {
  compareRoundsNewestFirst, CRITERION_FIELDS, MODEL_FIELDS, modelOf, ROUND_FIELDS, roundOf, SCORE_FIELDS,
  type ICriterionRow, type IModelRow, type IRoundCandidate, type IRoundRow, type IScoreRow, type IScoringRound, type IStoredRoundResult, type LeftOutReason
} from './scoringRows';

export type { IScoringRound, IStoredRoundResult, IRoundCandidate, ILeftOutRequest, LeftOutReason } from './scoringRows';

/** Why the scoring service refused an action (`Scoring_Refusal_<code>` in src/loc); nothing was written. */
export type ScoringRefusal = 'notPmo' | 'notInvited' | 'roundNotOpen' | 'alreadySubmitted' | 'notReadyForScoring' | 'inOpenRound' | 'invalid' | 'modelNotUsable' | 'noResult' | 'notScorable' | 'needsConfirmation';

/**
 * The one intake state in which a round's request can be scored. A request that leaves it while the
 * round is open (the board decided it, the PMO sent it back, it was withdrawn) is left out of the
 * round: read-only on the sheet, refused by save and submit, not aggregated at close.
 */
const SCORABLE_STATE: IntakeState = 'ReadyForScoring';

/** One problem of a round or a score submission; `field` names the form field ('title', 'members', 'requests.42', …). */
export interface IRoundIssue {
  field: string;
  code: 'required' | 'invalid' | 'notReadyForScoring' | 'inOpenRound';
}

/** Thrown when the scoring service refuses an action, with the issues naming the fields. */
export class ScoringRefusedError extends Error {
  public readonly refusal: ScoringRefusal;
  /** Model issues (saving a model), score issues (saving scores) or round issues (opening a round). */
  public readonly modelIssues: IModelIssue[];
  public readonly scoreIssues: IScoreIssue[];
  public readonly roundIssues: IRoundIssue[];
  /** 'needsConfirmation': what the PMO must confirm to save the model as it is (e.g. an inconsistent AHP matrix as Active). */
  public readonly confirmations: IModelConfirmation[];

  public constructor(refusal: ScoringRefusal, issues: { model?: IModelIssue[]; scores?: IScoreIssue[]; round?: IRoundIssue[]; confirm?: IModelConfirmation[] } = {}) {
    const all = [...(issues.model ?? []).map(i => `${i.field}: ${i.code}`), ...(issues.scores ?? []).map(i => `request ${i.request}, criterion ${i.criterion}: ${i.code}`), ...(issues.round ?? []).map(i => `${i.field}: ${i.code}`)];
    super(`Scoring refused: ${refusal}${all.length ? ` (${all.join(', ')})` : ''}`);
    this.name = 'ScoringRefusedError';
    this.refusal = refusal;
    this.modelIssues = issues.model ?? [];
    this.scoreIssues = issues.scores ?? [];
    this.roundIssues = issues.round ?? [];
    this.confirmations = issues.confirm ?? [];
    Object.setPrototypeOf(this, ScoringRefusedError.prototype);
  }
}

/** The signed-in user as scoring sees them. */
export interface IScoringUser {
  id: number;
  displayName: string;
  /** PMO officers and owners: models, rounds, closing, reading every score. */
  isPmo: boolean;
}

/** How a model is saved. */
export interface IModelSaveOptions {
  /** The PMO confirmed what {@link modelConfirmations} asks (e.g. an inconsistent AHP matrix saved as Active). */
  confirmed?: boolean;
}

/** The result of saving a model: the version now current and how the edit was saved. */
export interface IModelSaveResult {
  model: IModelVersion;
  /** 'unchanged', 'inPlace' or 'newVersion' (the edited version was locked by a round: it is now 'Superseded'). */
  saved: ModelEditPlan['kind'];
}

/** The result of saving an AHP matrix: the model and the matrix's weights and consistency. */
export interface IAhpSaveResult extends IModelSaveResult {
  ahp: IAhpResult;
  /** The judgement to revise first (warn when ahp.consistencyRatio > 0.10). */
  inconsistentPair?: IInconsistentPair;
}

/** What the PMO chooses when opening a round. */
export interface IRoundInput {
  title: string;
  /** The model version to lock (ScoringModels item id; Active or Draft). */
  modelId: number;
  /** Request numbers; each must be "Ready for scoring". */
  requests: ReadonlyArray<number>;
  /** Active projects to re-prioritise (Projects item ids), optional. */
  projects?: ReadonlyArray<number>;
  /** Board members (site user ids). */
  members: ReadonlyArray<number>;
  /** Date-only deadline, YYYY-MM-DD. */
  deadline: IsoDay;
  /** Disagreement threshold: spread as a share of each criterion's scale, 0–1 (default 0.3). */
  spreadThreshold?: number;
  summary?: string;
}

/** A member's scores in a round. */
export interface IMyScores {
  round: IScoringRound;
  entries: IScoreEntry[];
  /** 'Submitted' once every request and criterion is submitted; 'Draft' otherwise (also with no score yet). */
  state: ScoreState;
  /**
   * The ETag of each of the member's score rows as read, by list and cell (`d:<request>:<criterion>` for
   * a draft in ScoreDrafts, `s:<request>:<criterion>` for a submitted score in Scores). Passed back
   * to {@link IScoringService.saveDraftScores} / {@link IScoringService.submitScores} as `seen`, a save
   * from a sheet that another session (another tab or device) saved meanwhile is refused as a conflict.
   */
  versions?: Readonly<Record<string, string>>;
}

/** A person as the scoring screens name them (a site user). */
export interface IScoringPerson {
  /** Site user id. */
  id: number;
  displayName: string;
}

/** How far one invited member is in a round: never their values (blind until close). */
export interface IMemberProgress {
  /** Site user id. */
  member: number;
  /** 'none': nothing saved; 'draft': some scores saved; 'submitted': every score submitted. */
  state: 'none' | 'draft' | 'submitted';
}

/** A candidate request of a round as the scoring screens show it. */
export interface IRoundRequest {
  /** The request number (ProjectRequests item id). */
  id: number;
  title: string;
}

/** A round's request with whether the round can still score it (see {@link IScoringService.getRoundRequests}). */
export interface IRoundRequestStatus extends IRoundRequest {
  /** Its intake state now (ProjectRequests.IntakeState); undefined when it can no longer be read. */
  state?: IntakeState;
  /** True while the request is "Ready for scoring"; false once it left that state. */
  scorable: boolean;
  /** Why a request is not scorable: its intake state, or 'unavailable' when it can no longer be read. */
  leftOut?: LeftOutReason;
}

/** The result of closing a round. */
export interface IRoundClosure {
  round: IScoringRound;
  result: IStoredRoundResult;
  /** False when the round had been closed before (the stored result is returned, nothing written). */
  closedNow: boolean;
}

/**
 * Scoring models, rounds and the board's scores. Models are versioned (a round locks its version;
 * a later change of what the ranking depends on makes a new version). Scores are blind: SharePoint's
 * item-level security lets a member read and edit only their own; the PMO reads all.
 */
export interface IScoringService {
  /** The signed-in user and whether they belong to the PMO. */
  getCurrentUser(): Promise<IScoringUser>;
  /** The latest version of every model (every version with `allVersions`), by title. */
  listModels(options?: { allVersions?: boolean }): Promise<IModelVersion[]>;
  /** One model version with its criteria. */
  getModel(id: number): Promise<IModelVersion>;
  /** Every version of a model (by ModelKey), oldest first. */
  listVersions(modelKey: string): Promise<IModelVersion[]>;
  /**
   * Creates a model (version 1, a new ModelKey). AHP weights come from `content.ahpMatrix`.
   * Throws {@link ScoringRefusedError} 'notPmo', 'invalid' (model issues naming the field) or
   * 'needsConfirmation' (an AHP model as Active with a consistency ratio above 0.10: the error's
   * `confirmations` name the ratio and the pair; save again with `options.confirmed`).
   */
  createModel(content: IModelContent, options?: IModelSaveOptions): Promise<IModelVersion>;
  /**
   * Saves an edit of a model version: in place while no round locked it (or for texts and status),
   * as a new version otherwise (the edited one becomes 'Superseded'). AHP weights come from the matrix.
   * @param etag The version's ETag as the user saw it: a concurrent change answers 412 ('conflict').
   * Throws 'needsConfirmation' as {@link createModel} does.
   */
  saveModel(id: number, content: IModelContent, etag?: string, options?: IModelSaveOptions): Promise<IModelSaveResult>;
  /** Saves an AHP model's pairwise matrix (weights computed by the domain), with its consistency. */
  saveAhpMatrix(id: number, matrix: number[][], etag?: string): Promise<IAhpSaveResult>;
  /** The ETag of a model version (for saveModel). */
  modelEtag(id: number): Promise<string>;
  /**
   * Opens a round (PMO): requests must be "Ready for scoring" (intake's trusted state) and in no
   * other open round, and the model version gets locked. Throws 'notPmo', 'modelNotUsable',
   * 'notReadyForScoring', 'inOpenRound' or 'invalid' (round issues naming the field).
   */
  openRound(input: IRoundInput): Promise<IScoringRound>;
  /**
   * The requests a new round can take: "Ready for scoring" and in no open round (a request is
   * scored in one open round at a time). The same rule {@link openRound} enforces.
   */
  listRoundableRequests(): Promise<IRequestSummary[]>;
  /** Rounds, newest first (by the day they were opened, then id: compareRoundsNewestFirst); only those with the given status when one is given. */
  listRounds(status?: IScoringRound['status']): Promise<IScoringRound[]>;
  /** The open rounds the signed-in user is invited to, newest first (the one order of every rounds list). */
  listMyOpenRounds(): Promise<IScoringRound[]>;
  getRound(id: number): Promise<IScoringRound>;
  /** The signed-in member's scores of a round (only their own: SharePoint shows nobody else's). */
  getMyScores(roundId: number): Promise<IMyScores>;
  /**
   * Saves the member's draft (values on the scale; some may be missing) in ScoreDrafts, where only they
   * read and edit it. Throws 'notInvited',
   * 'roundNotOpen', 'alreadySubmitted', 'notScorable' (a score for a request that left "Ready for
   * scoring": score issues 'notScorable' naming each such request) or 'invalid' (score issues naming
   * request and criterion). Only the scorable requests need or take scores.
   * @param seen the `versions` of the scores the sheet was read with (getMyScores or the last save's
   *   answer): when a row was added, changed or removed since (the member saved in another session),
   *   the save throws ChangedMeanwhileError (kind 'conflict', 412) and writes nothing; each update is
   *   also sent with its ETag, so SharePoint refuses a change made in between (412). Without it the
   *   save writes over whatever is stored (last writer wins).
   */
  saveDraftScores(roundId: number, entries: ReadonlyArray<IScoreEntry>, seen?: Readonly<Record<string, string>>): Promise<IMyScores>;
  /**
   * Submits the member's scores: every request and criterion needs a value. They are added to Scores,
   * where the board can add but not change or delete (a submitted score is final in SharePoint itself),
   * and the member's drafts of the round are deleted. Repeating a submission completes it (only the
   * missing scores are added); a cell already submitted with another value is refused ('alreadySubmitted').
   * `seen` as for saveDraftScores.
   */
  submitScores(roundId: number, entries: ReadonlyArray<IScoreEntry>, seen?: Readonly<Record<string, string>>): Promise<IMyScores>;
  /**
   * Closes a round (PMO): aggregates the submitted scores of the requests still scorable
   * (src/domain/scoring aggregateRound), lists the others in `result.leftOut` with the reason, and
   * writes the result once, guarded by the round's ETag. Repeating it returns the stored result.
   */
  closeRound(roundId: number): Promise<IRoundClosure>;
  /** Cancels an open round (PMO); its scores stay, no result is written. */
  cancelRound(roundId: number): Promise<IScoringRound>;
  /** The members of the Strategy Board group, by name (the PMO picks a round's members from them; empty when hidden from the caller). */
  listBoardMembers(): Promise<IScoringPerson[]>;
  /** Site users by id, in the order given (an unknown id is left out). */
  getPeople(ids: ReadonlyArray<number>): Promise<IScoringPerson[]>;
  /** The titles of requests by number, in the order given (a request the caller may not read is left out). */
  getRequests(ids: ReadonlyArray<number>): Promise<IRoundRequest[]>;
  /**
   * A round's requests in the round's order, each with whether the round can still score it: only
   * while the request is "Ready for scoring" (the one place this rule lives; save, submit, progress
   * and close apply it). The others carry why they are left out (their state, or 'unavailable').
   */
  getRoundRequests(round: IScoringRound): Promise<IRoundRequestStatus[]>;
  /**
   * Who of a round's members has saved or submitted (PMO): states only, never values. Throws
   * {@link ScoringRefusedError} 'notPmo'.
   */
  getRoundProgress(roundId: number): Promise<IMemberProgress[]>;
}

/** What the scoring service receives from the other services. */
export interface IScoringServiceDeps {
  /** Intake: the trusted state of requests ("Ready for scoring") and the PMO check. */
  requests: IRequestService;
  siteTimeZone: ISiteTimeZoneSource;
}

const M = ScoringModelsList.fields;
const C = ScoringCriteriaList.fields;
const RD = ScoringRoundsList.fields;
const S = ScoresList.fields;

/** {@link IScoringService} over PnPjs (ScoringModels, ScoringCriteria, ScoringRounds, Scores). */
export class ScoringService implements IScoringService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IScoringServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IScoringServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(l: { url: string }): ListHandle {
    return listOn(this.sp, this.site, l);
  }

  public async getCurrentUser(): Promise<IScoringUser> {
    const u = await this.deps.requests.getCurrentUser();
    return { id: u.id, displayName: u.displayName, isPmo: u.isPmo };
  }

  private async requirePmo(): Promise<IScoringUser> {
    const me = await this.getCurrentUser();
    if (!me.isPmo) throw new ScoringRefusedError('notPmo');
    return me;
  }

  private async readModels(filter?: string): Promise<IModelVersion[]> {
    let q = this.list(ScoringModelsList).items.select(...MODEL_FIELDS).top(5000);
    if (filter) q = q.filter(filter);
    const [rows, criteria] = await Promise.all([q<IModelRow[]>(), this.list(ScoringCriteriaList).items.select(...CRITERION_FIELDS).top(5000)<ICriterionRow[]>()]);
    return rows.map(r => modelOf(r, criteria.filter(c => c.ScoringModelId === r.Id)));
  }

  public async listModels(options: { allVersions?: boolean } = {}): Promise<IModelVersion[]> {
    const all = await this.readModels();
    const latest = new Map<string, IModelVersion>();
    for (const m of all) {
      const seen = latest.get(m.modelKey);
      if (!seen || seen.version < m.version) latest.set(m.modelKey, m);
    }
    const out = options.allVersions ? all : Array.from(latest.values());
    return out.sort((a, b) => a.title.localeCompare(b.title) || a.version - b.version);
  }

  public async getModel(id: number): Promise<IModelVersion> {
    return (await this.readModel(id)).model;
  }

  /** A model version with the ETags of its item and of each of its criteria (by criterion id), from one read. */
  private async readModel(id: number): Promise<IModelRead> {
    const [row, criteria] = await Promise.all([
      this.list(ScoringModelsList).items.getById(id).select(...MODEL_FIELDS)<IModelRow>(),
      this.list(ScoringCriteriaList).items.select(...CRITERION_FIELDS).filter(odataEq(lookupId(C.ScoringModel), id)).top(500)<ICriterionRow[]>()
    ]);
    const etags = new Map(criteria.map(c => [c.Id, etagOf(c as { 'odata.etag'?: string })] as const));
    return { model: modelOf(row, criteria), etag: etagOf(row as { 'odata.etag'?: string }), criterionEtags: etags };
  }

  public async listVersions(modelKey: string): Promise<IModelVersion[]> {
    return (await this.readModels(odataEq(M.ModelKey, modelKey))).sort((a, b) => a.version - b.version);
  }

  public async modelEtag(id: number): Promise<string> {
    return etagOf(await this.list(ScoringModelsList).items.getById(id).select(M.Id)<{ 'odata.etag'?: string }>());
  }

  /** The content with AHP weights derived, checked; throws 'invalid' with the issues, or 'needsConfirmation' with what to confirm. */
  private checked(content: IModelContent, options: IModelSaveOptions = {}): IModelContent {
    const issues = validateModel(content);
    if (issues.length) throw new ScoringRefusedError('invalid', { model: issues });
    const confirm = modelConfirmations(content);
    if (confirm.length && !options.confirmed) throw new ScoringRefusedError('needsConfirmation', { confirm });
    return { ...content, criteria: withAhpWeights(content) };
  }

  private modelPayload(c: IModelContent): Record<string, unknown> {
    return {
      [M.Title]: c.title.trim(),
      [M.ScoringMethod]: c.method,
      [M.Summary]: c.summary?.trim() || null,
      [M.AhpMatrixJson]: c.method === 'Ahp' && c.ahpMatrix ? JSON.stringify(c.ahpMatrix) : null,
      ...(c.status ? { [M.ModelStatus]: c.status } : {})
    };
  }

  /**
   * Writes a model's criteria: removes those no longer in `content`, updates the kept ones, adds the new
   * ones. `existing` holds the model's criteria as read with their ETags: each delete and update is sent
   * with its criterion's ETag, so a criterion changed meanwhile (412, kind 'conflict') is not written over.
   */
  private async writeCriteria(modelId: number, content: IModelContent, existing: ReadonlyMap<number, string>): Promise<void> {
    const items = this.list(ScoringCriteriaList).items;
    const keep = new Set(content.criteria.map(c => c.id).filter(id => id > 0));
    for (const [id, etag] of Array.from(existing.entries())) if (!keep.has(id)) await items.getById(id).delete(etag);
    for (const [i, c] of content.criteria.entries()) {
      const payload = {
        [C.Title]: c.title.trim(), [lookupId(C.ScoringModel)]: modelId, [C.Weight]: c.weight, [C.CriterionDirection]: c.direction, [C.CriterionRole]: c.role,
        [C.ScaleMin]: c.scaleMin, [C.ScaleMax]: c.scaleMax, [C.ScaleLevelsJson]: JSON.stringify(c.levels), [lookupId(C.StrategicObjective)]: c.objectiveId ?? null,
        [C.SortOrder]: (i + 1) * 10, [C.Summary]: c.summary?.trim() || null
      };
      const etag = c.id > 0 ? existing.get(c.id) : undefined;
      if (etag !== undefined) await items.getById(c.id).update(payload, etag);
      else await items.add(payload);
    }
  }

  public async createModel(content: IModelContent, options?: IModelSaveOptions): Promise<IModelVersion> {
    await this.requirePmo();
    const c = this.checked({ ...content, status: content.status ?? 'Draft' }, options);
    const added = (await this.list(ScoringModelsList).items.add({ ...this.modelPayload({ ...c, status: c.status ?? 'Draft' }), [M.ModelVersion]: 1, [M.VersionLocked]: false })) as { Id: number };
    await this.list(ScoringModelsList).items.getById(added.Id).update({ [M.ModelKey]: `SM-${String(added.Id).padStart(4, '0')}` });
    await this.writeCriteria(added.Id, { ...c, criteria: c.criteria.map(x => ({ ...x, id: 0 })) }, new Map());
    return this.getModel(added.Id);
  }

  public async saveModel(id: number, content: IModelContent, etag?: string, options?: IModelSaveOptions): Promise<IModelSaveResult> {
    await this.requirePmo();
    const read = await this.readModel(id);
    const current = read.model;
    const c = this.checked({ ...content, status: content.status ?? current.status }, options);
    const plan = planModelEdit(current, c);
    const models = this.list(ScoringModelsList).items;
    if (plan.kind === 'unchanged') return { model: current, saved: 'unchanged' };
    if (plan.kind === 'inPlace') {
      await models.getById(id).update(this.modelPayload(plan.next), etag ?? read.etag);
      await this.writeCriteria(id, plan.next, read.criterionEtags);
      return { model: await this.getModel(id), saved: 'inPlace' };
    }
    // A new version: created first, then the edited one superseded under the ETag the user saw; a
    // concurrent change (412) removes the new version again, so the model has one latest version.
    const added = (await models.add({ ...this.modelPayload(plan.next), [M.ModelKey]: current.modelKey, [M.ModelVersion]: plan.version, [M.VersionLocked]: false })) as { Id: number };
    await this.writeCriteria(added.Id, plan.next, new Map());
    try {
      await models.getById(id).update({ [M.ModelStatus]: 'Superseded' }, etag ?? read.etag);
    } catch (e) {
      await this.removeModel(added.Id);
      throw e;
    }
    return { model: await this.getModel(added.Id), saved: 'newVersion' };
  }

  private async removeModel(id: number): Promise<void> {
    const criteria = await this.list(ScoringCriteriaList).items.select(C.Id).filter(odataEq(lookupId(C.ScoringModel), id))<Array<{ Id: number }>>();
    for (const c of criteria) await this.list(ScoringCriteriaList).items.getById(c.Id).delete();
    await this.list(ScoringModelsList).items.getById(id).delete();
  }

  public async saveAhpMatrix(id: number, matrix: number[][], etag?: string): Promise<IAhpSaveResult> {
    const current = await this.getModel(id);
    const saved = await this.saveModel(id, { ...current, method: 'Ahp', ahpMatrix: matrix }, etag);
    const ahp = ahpWeights(matrix);
    return { ...saved, ahp, inconsistentPair: mostInconsistentPair(matrix, ahp.weights) };
  }

  public async openRound(input: IRoundInput): Promise<IScoringRound> {
    await this.requirePmo();
    const issues: IRoundIssue[] = [];
    if (!input.title.trim()) issues.push({ field: 'title', code: 'required' });
    if (!input.members.length) issues.push({ field: 'members', code: 'required' });
    if (!input.requests.length && !(input.projects ?? []).length) issues.push({ field: 'requests', code: 'required' });
    if (!isIsoDay(input.deadline)) issues.push({ field: 'deadline', code: 'required' });
    const threshold = input.spreadThreshold ?? 0.3;
    if (!(threshold >= 0 && threshold <= 1)) issues.push({ field: 'spreadThreshold', code: 'invalid' });
    if (issues.length) throw new ScoringRefusedError('invalid', { round: issues });
    const read = await this.readModel(input.modelId).catch(() => undefined);
    const model = read?.model;
    if (!read || !model || (model.status !== 'Active' && model.status !== 'Draft') || validateModel(model).length) throw new ScoringRefusedError('modelNotUsable');
    const { ready, inOpenRounds } = await this.roundableState();
    const notReady = input.requests.filter(r => !ready.some(x => x.id === r));
    if (notReady.length) throw new ScoringRefusedError('notReadyForScoring', { round: notReady.map(r => ({ field: `requests.${r}`, code: 'notReadyForScoring' as const })) });
    const taken = input.requests.filter(r => inOpenRounds.has(r));
    if (taken.length) throw new ScoringRefusedError('inOpenRound', { round: taken.map(r => ({ field: `requests.${r}`, code: 'inOpenRound' as const })) });
    // Locked with the ETag of the model as checked above: a model saved in place meanwhile (412, kind
    // 'conflict') is not locked and no round opens on criteria nobody checked.
    if (!model.locked) await this.list(ScoringModelsList).items.getById(model.id).update({ [M.VersionLocked]: true }, read.etag);
    const candidates: IRoundCandidate[] = [...Array.from(new Set(input.requests)).map(request => ({ request })), ...Array.from(new Set(input.projects ?? [])).map(project => ({ project }))];
    const zone = await this.deps.siteTimeZone.get(this.sp.web);
    const added = (await this.list(ScoringRoundsList).items.add({
      [RD.Title]: input.title.trim().slice(0, 255), [lookupId(RD.ScoringModel)]: model.id, [RD.RoundStatus]: 'Open', [RD.Deadline]: writeDateOnly(input.deadline, zone),
      [lookupId(RD.BoardMembers)]: Array.from(new Set(input.members)), [RD.SpreadThreshold]: threshold, [RD.CandidatesJson]: JSON.stringify(candidates), [RD.Summary]: input.summary?.trim() || null
    })) as { Id: number };
    return this.getRound(added.Id);
  }

  public async listRoundableRequests(): Promise<IRequestSummary[]> {
    const { ready, inOpenRounds } = await this.roundableState();
    return ready.filter(r => !inOpenRounds.has(r.id));
  }

  /**
   * The requests "Ready for scoring" and those already in an open round: a request is scored in one
   * open round at a time (two would give it two totals and two rankings).
   */
  private async roundableState(): Promise<{ ready: IRequestSummary[]; inOpenRounds: Set<number> }> {
    const [ready, open] = await Promise.all([this.deps.requests.listAll([SCORABLE_STATE]), this.listRounds('Open')]);
    return { ready, inOpenRounds: new Set(open.reduce<number[]>((all, r) => all.concat(r.requests), [])) };
  }

  public async listRounds(status?: IScoringRound['status']): Promise<IScoringRound[]> {
    let q = this.list(ScoringRoundsList).items.select(...ROUND_FIELDS).orderBy(RD.Id, false).top(5000);
    if (status) q = q.filter(odataEq(RD.RoundStatus, status));
    const [rows, zone] = await Promise.all([q<IRoundRow[]>(), this.deps.siteTimeZone.get(this.sp.web)]);
    return rows.map(r => roundOf(r, zone)).sort(compareRoundsNewestFirst);
  }

  public async listMyOpenRounds(): Promise<IScoringRound[]> {
    const [me, open] = await Promise.all([this.getCurrentUser(), this.listRounds('Open')]);
    return open.filter(r => r.members.indexOf(me.id) >= 0);
  }

  public async getRound(id: number): Promise<IScoringRound> {
    const [row, zone] = await Promise.all([this.list(ScoringRoundsList).items.getById(id).select(...ROUND_FIELDS)<IRoundRow>(), this.deps.siteTimeZone.get(this.sp.web)]);
    return roundOf(row, zone);
  }

  /**
   * The caller's own score rows of a round: the submitted ones (Scores) and the drafts (ScoreDrafts),
   * read in one $batch. Item-level security shows a member nothing else; the filter keeps the PMO to its
   * own too.
   */
  private async myRows(roundId: number, me: number): Promise<IMyRows> {
    const [b, execute] = this.sp.batched();
    const filter = `${odataEq(S.RoundNumber, roundId)} and ${odataEq(lookupId(S.Author), me)}`;
    const submittedP = listOn(b, this.site, ScoresList).items.select(...SCORE_FIELDS).filter(filter).top(5000)<IScoreRow[]>();
    const draftsP = listOn(b, this.site, ScoreDraftsList).items.select(...SCORE_FIELDS).filter(filter).top(5000)<IScoreRow[]>();
    await execute();
    const [submitted, drafts] = await Promise.all([submittedP, draftsP]);
    return { submitted: submitted.filter(r => r.ScoreState === 'Submitted'), drafts };
  }

  /** 'Submitted' once every scorable request has a submitted value for every criterion. */
  private static stateOf(scorable: ReadonlyArray<number>, model: IModelVersion, rows: ReadonlyArray<IScoreRow>): ScoreState {
    const submitted = rows.filter(r => r.ScoreState === 'Submitted' && typeof r.ScoreValue === 'number' && scorable.indexOf(r.RequestNumber ?? 0) >= 0).length;
    return submitted > 0 && submitted >= scorable.length * model.criteria.length ? 'Submitted' : 'Draft';
  }

  /** The request numbers of a round that can still be scored (see {@link getRoundRequests}). */
  private async scorableOf(round: IScoringRound): Promise<number[]> {
    return (await this.getRoundRequests(round)).filter(r => r.scorable).map(r => r.id);
  }

  public async getMyScores(roundId: number): Promise<IMyScores> {
    const me = await this.getCurrentUser();
    const round = await this.getRound(roundId);
    const [model, rows, scorable] = await Promise.all([this.getModel(round.modelId), this.myRows(roundId, me.id), this.scorableOf(round)]);
    const sheet = sheetOf(rows);
    return { round, entries: sheet.map(entryOf), state: ScoringService.stateOf(scorable, model, sheet), versions: versionsOf(rows) };
  }

  public saveDraftScores(roundId: number, entries: ReadonlyArray<IScoreEntry>, seen?: Readonly<Record<string, string>>): Promise<IMyScores> {
    return this.writeScores(roundId, entries, 'Draft', seen);
  }

  public submitScores(roundId: number, entries: ReadonlyArray<IScoreEntry>, seen?: Readonly<Record<string, string>>): Promise<IMyScores> {
    return this.writeScores(roundId, entries, 'Submitted', seen);
  }

  private async writeScores(roundId: number, entries: ReadonlyArray<IScoreEntry>, state: ScoreState, seen?: Readonly<Record<string, string>>): Promise<IMyScores> {
    const me = await this.getCurrentUser();
    const round = await this.getRound(roundId);
    if (round.members.indexOf(me.id) < 0) throw new ScoringRefusedError('notInvited');
    if (round.status !== 'Open') throw new ScoringRefusedError('roundNotOpen');
    const [model, rows, scorable] = await Promise.all([this.getModel(round.modelId), this.myRows(roundId, me.id), this.scorableOf(round)]);
    const sheet = sheetOf(rows);
    if (ScoringService.stateOf(scorable, model, sheet) === 'Submitted') {
      if (state === 'Submitted' && sameScores(rows.submitted, entries)) {
        await this.removeDrafts(rows.drafts);
        return { round, entries: rows.submitted.map(entryOf), state: 'Submitted', versions: versionsOf({ submitted: rows.submitted, drafts: [] }) };
      }
      throw new ScoringRefusedError('alreadySubmitted');
    }
    // A score for a request of the round that left "Ready for scoring" is refused, naming the request.
    const leftOut = entries.filter(e => round.requests.indexOf(e.request) >= 0 && scorable.indexOf(e.request) < 0);
    if (leftOut.length) throw new ScoringRefusedError('notScorable', { scores: leftOut.map(e => ({ request: e.request, criterion: e.criterion, code: 'notScorable' as const })) });
    const issues = checkScores(model.method, model.criteria, scorable, entries, state === 'Submitted' ? 'submit' : 'draft');
    if (issues.length) throw new ScoringRefusedError('invalid', { scores: issues });
    // A cell submitted by an earlier, interrupted submission is final: the same value passes, another is refused.
    if (!sameScores(rows.submitted, entries.filter(e => rows.submitted.some(r => cellOf(r) === `${e.request}:${e.criterion}`)))) throw new ScoringRefusedError('alreadySubmitted');
    if (seen && changedSince(rows, seen)) throw new ChangedMeanwhileError(`The scores of round ${roundId} changed since they were read (saved in another session).`);
    const fixed = { [S.RoundNumber]: roundId, [lookupId(S.BoardMember)]: me.id, [lookupId(S.ScoringModel)]: model.id };
    if (state === 'Submitted') await this.addSubmitted(roundId, entries, rows, fixed);
    else {
      const submitted = new Set(rows.submitted.map(cellOf));
      await this.writeDrafts(roundId, entries.filter(e => !submitted.has(`${e.request}:${e.criterion}`)), rows.drafts, fixed, !!seen);
    }
    if (state === 'Submitted') await this.removeDrafts(rows.drafts);
    return this.getMyScores(roundId);
  }

  /**
   * Adds the submitted scores not yet in Scores (the board adds there and cannot change or delete: a
   * submitted score is final in SharePoint itself). A repeated submission adds only what is missing.
   */
  private async addSubmitted(roundId: number, entries: ReadonlyArray<IScoreEntry>, rows: IMyRows, fixed: Record<string, unknown>): Promise<void> {
    const have = new Set(rows.submitted.map(cellOf));
    const items = this.list(ScoresList).items;
    for (const e of entries) {
      if (have.has(`${e.request}:${e.criterion}`) || e.value === undefined) continue;
      await items.add({
        [S.Title]: `Round ${roundId} · request ${e.request}`, [S.RequestNumber]: e.request, [lookupId(S.Criterion)]: e.criterion, ...fixed,
        [S.ScoreValue]: e.value, [S.ScoreComment]: e.comment?.trim() || null, [S.ScoreState]: 'Submitted'
      });
    }
  }

  /** Writes the member's drafts in ScoreDrafts: changed cells updated (with the ETag read when `guarded`), new ones added. */
  private async writeDrafts(roundId: number, entries: ReadonlyArray<IScoreEntry>, drafts: ReadonlyArray<IScoreRow>, fixed: Record<string, unknown>, guarded: boolean): Promise<void> {
    const byKey = new Map(drafts.map(r => [cellOf(r), r] as const));
    const items = this.list(ScoreDraftsList).items;
    for (const e of entries) {
      const existing = byKey.get(`${e.request}:${e.criterion}`);
      const values = { [S.ScoreValue]: e.value ?? null, [S.ScoreComment]: e.comment?.trim() || null, [S.ScoreState]: 'Draft' };
      if (existing) {
        if (existing.ScoreValue !== values[S.ScoreValue] || (existing.ScoreComment ?? null) !== values[S.ScoreComment]) await items.getById(existing.Id).update(values, guarded ? etagOf(existing) : undefined);
      } else if (e.value !== undefined || e.comment?.trim()) {
        await items.add({ [S.Title]: `Round ${roundId} · request ${e.request}`, [S.RequestNumber]: e.request, [lookupId(S.Criterion)]: e.criterion, ...fixed, ...values });
      }
    }
  }

  /** Deletes the member's drafts once their scores are submitted (Scores holds them now). */
  private async removeDrafts(drafts: ReadonlyArray<IScoreRow>): Promise<void> {
    const items = this.list(ScoreDraftsList).items;
    for (const d of drafts) await items.getById(d.Id).delete();
  }

  public async closeRound(roundId: number): Promise<IRoundClosure> {
    await this.requirePmo();
    const round = await this.getRound(roundId);
    if (round.status === 'Closed' && round.result) {
      // A repeated close (an earlier answer lost) also finishes what the first one may not have.
      await this.recordScores(round.result);
      return { round, result: round.result, closedNow: false };
    }
    if (round.status !== 'Open') throw new ScoringRefusedError('roundNotOpen');
    const model = await this.getModel(round.modelId);
    const rows: IScoreRow[] = [];
    // The PMO (Design: Override List Behaviors) reads every member's scores; RoundNumber is indexed.
    for await (const page of this.list(ScoresList).items.select(...SCORE_FIELDS).filter(odataEq(S.RoundNumber, roundId)).top(5000)) rows.push(...(page as IScoreRow[]));
    const scores = rows
      .filter(r => r.ScoreState === 'Submitted' && typeof r.ScoreValue === 'number' && typeof r.RequestNumber === 'number' && typeof r.CriterionId === 'number' && typeof r.AuthorId === 'number')
      // The member is the item's author (SharePoint sets it), never a column a client could write.
      .map(r => ({ member: r.AuthorId as number, request: r.RequestNumber as number, criterion: r.CriterionId as number, value: r.ScoreValue as number }));
    // Only the requests still "Ready for scoring" are aggregated; the others are listed with the reason.
    const statuses = await this.getRoundRequests(round);
    const scorable = statuses.filter(r => r.scorable).map(r => r.id);
    const leftOut = statuses.filter(r => !r.scorable).map(r => ({ request: r.id, reason: r.leftOut ?? 'unavailable' }));
    const aggregated = aggregateRound({ method: model.method, criteria: model.criteria, requests: scorable, members: round.members, scores, spreadThreshold: round.spreadThreshold });
    const closedAt = new Date().toISOString();
    const result: IStoredRoundResult = {
      format: 1, modelId: model.id, modelVersion: model.version, method: model.method, spreadThreshold: round.spreadThreshold, members: round.members,
      criteria: model.criteria.map(c => ({ id: c.id, title: c.title, weight: c.weight })), closedAt, ...aggregated, leftOut
    };
    try {
      await this.list(ScoringRoundsList).items.getById(roundId).update({ [RD.RoundStatus]: 'Closed', [RD.RoundResultJson]: JSON.stringify(result), [RD.ClosedDate]: closedAt }, round.etag);
    } catch (e) {
      // Closed concurrently (or by an earlier attempt whose answer was lost): the stored result stands.
      const now = await this.getRound(roundId);
      if (now.status === 'Closed' && now.result) return { round: now, result: now.result, closedNow: false };
      throw e;
    }
    const closed = await this.getRound(roundId);
    await this.recordScores(closed.result ?? result);
    return { round: closed, result: closed.result ?? result, closedNow: true };
  }

  /** Each scored request of a closed round gets its total in ProjectRequests (through the request service, which owns the list). */
  private async recordScores(result: IStoredRoundResult): Promise<void> {
    for (const r of result.requests) {
      if (typeof r.total === 'number' && Number.isFinite(r.total)) await this.deps.requests.recordScore(r.request, { total: r.total, modelId: result.modelId });
    }
  }

  public async cancelRound(roundId: number): Promise<IScoringRound> {
    await this.requirePmo();
    const round = await this.getRound(roundId);
    if (round.status === 'Cancelled') return round;
    if (round.status !== 'Open') throw new ScoringRefusedError('roundNotOpen');
    await this.list(ScoringRoundsList).items.getById(roundId).update({ [RD.RoundStatus]: 'Cancelled' }, round.etag);
    return this.getRound(roundId);
  }

  public async listBoardMembers(): Promise<IScoringPerson[]> {
    const users = await loadGroupUsers(this.sp, this.site, ['strategyBoard']);
    return users.map(u => ({ id: u.Id, displayName: u.Title })).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  public async getPeople(ids: ReadonlyArray<number>): Promise<IScoringPerson[]> {
    const unique = Array.from(new Set(ids));
    const found = await Promise.all(unique.map(id => this.sp.web.siteUsers.getById(id).select('Id', 'Title')<{ Id: number; Title: string }>().catch(() => undefined)));
    return found.filter((u): u is { Id: number; Title: string } => !!u).map(u => ({ id: u.Id, displayName: u.Title }));
  }

  public async getRequests(ids: ReadonlyArray<number>): Promise<IRoundRequest[]> {
    return (await this.readRequests(ids)).map(r => ({ id: r.id, title: r.title }));
  }

  /** Requests by number with their intake state, in the order given (a request the caller may not read is left out). */
  private async readRequests(ids: ReadonlyArray<number>): Promise<Array<IRoundRequest & { state?: IntakeState }>> {
    const unique = Array.from(new Set(ids));
    const R = ProjectRequestsList.fields;
    const rows: Array<{ Id: number; Title: string; IntakeState?: string }> = [];
    // 50 ids per query keep the URL short; Id is always indexed.
    for (let k = 0; k < unique.length; k += 50) {
      const part = unique.slice(k, k + 50);
      rows.push(...await this.list(ProjectRequestsList).items.select(R.Id, R.Title, R.IntakeState).filter(part.map(id => odataEq(R.Id, id)).join(' or ')).top(part.length)<Array<{ Id: number; Title: string; IntakeState?: string }>>());
    }
    const byId = new Map(rows.map(r => [r.Id, r] as const));
    return unique.filter(id => byId.has(id)).map(id => {
      const r = byId.get(id) as { Title: string; IntakeState?: string };
      return { id, title: r.Title ?? '', ...(isCode(INTAKE_STATES, r.IntakeState) ? { state: r.IntakeState } : {}) };
    });
  }

  public async getRoundRequests(round: IScoringRound): Promise<IRoundRequestStatus[]> {
    const found = new Map((await this.readRequests(round.requests)).map(r => [r.id, r] as const));
    return round.requests.map((id): IRoundRequestStatus => {
      const r = found.get(id);
      const state = r?.state;
      if (r && state === SCORABLE_STATE) return { ...r, scorable: true };
      return { id, title: r?.title ?? '', state, scorable: false, leftOut: state === undefined || state === 'ReadyForScoring' ? 'unavailable' : state };
    });
  }

  public async getRoundProgress(roundId: number): Promise<IMemberProgress[]> {
    await this.requirePmo();
    const round = await this.getRound(roundId);
    const [model, scorable] = await Promise.all([this.getModel(round.modelId), this.scorableOf(round)]);
    const rows: IScoreRow[] = [];
    // States only: the values are read by the PMO's query but never leave this method. Submitted scores and drafts.
    for (const l of [ScoresList, ScoreDraftsList]) {
      for await (const page of this.list(l).items.select(S.Id, S.ScoreState, S.ScoreValue, S.RequestNumber, lookupId(S.Author)).filter(odataEq(S.RoundNumber, roundId)).top(5000)) rows.push(...(page as IScoreRow[]));
    }
    return round.members.map(member => {
      const mine = rows.filter(r => r.AuthorId === member);
      const state = mine.length === 0 ? 'none' : ScoringService.stateOf(scorable, model, mine) === 'Submitted' ? 'submitted' : 'draft';
      return { member, state };
    });
  }
}

/** A model version as read, with the ETags of its item and of its criteria (by id). */
interface IModelRead {
  model: IModelVersion;
  etag: string;
  criterionEtags: ReadonlyMap<number, string>;
}

/** A member's rows of a round: submitted (Scores, final) and drafts (ScoreDrafts). */
interface IMyRows {
  submitted: IScoreRow[];
  drafts: IScoreRow[];
}

/** A row's cell: `<request>:<criterion>`. */
function cellOf(r: IScoreRow): string {
  return `${r.RequestNumber}:${r.CriterionId}`;
}

/** The member's sheet: each cell's submitted score, else its draft. */
function sheetOf(rows: IMyRows): IScoreRow[] {
  const submitted = new Set(rows.submitted.map(cellOf));
  return [...rows.submitted, ...rows.drafts.filter(d => !submitted.has(cellOf(d)))];
}

/**
 * The ETags of a member's rows by list and cell (`d:<request>:<criterion>` for a draft, `s:…` for a
 * submitted score; ETags of two lists could be equal).
 */
function versionsOf(rows: IMyRows): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows.drafts) out[`d:${cellOf(r)}`] = etagOf(r);
  for (const r of rows.submitted) out[`s:${cellOf(r)}`] = etagOf(r);
  return out;
}

/** Whether the rows differ from those read (`seen`): a row added, changed (another ETag) or removed since. */
function changedSince(rows: IMyRows, seen: Readonly<Record<string, string>>): boolean {
  const now = versionsOf(rows);
  const keys = Object.keys(now);
  return keys.length !== Object.keys(seen).length || keys.some(k => seen[k] !== now[k]);
}

/** A score row as the member's entry. */
function entryOf(r: IScoreRow): IScoreEntry {
  return { request: r.RequestNumber ?? 0, criterion: r.CriterionId ?? 0, value: typeof r.ScoreValue === 'number' ? r.ScoreValue : undefined, comment: r.ScoreComment || undefined };
}

/** Whether entries repeat what the rows hold (a repeated submission). */
function sameScores(rows: ReadonlyArray<IScoreRow>, entries: ReadonlyArray<IScoreEntry>): boolean {
  const byKey = new Map(rows.map(r => [`${r.RequestNumber}:${r.CriterionId}`, r] as const));
  return entries.every(e => {
    const r = byKey.get(`${e.request}:${e.criterion}`);
    return !!r && r.ScoreValue === (e.value ?? null) && (r.ScoreComment || undefined) === (e.comment?.trim() || undefined);
  });
}
