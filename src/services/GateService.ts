import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { etagOf, num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { STAGE_SELECT, stageStateOf, type IProjectService } from './ProjectService';
import { loadGroupUsers } from './pmoMembers';
import {
  byAuthors, CHECKLIST_SELECT, checklistItemOf, checklistJson, CONDITION_SELECT, DECISION_SELECT, draftOf, DRAFT_SELECT, GATE_SELECT, gateDecisionOf, gateOf, gateOfStage,
  GateRefusedError, ignoreNotFound, loadTrustedAuthors, PMO_GROUPS, replayDecisions, REVIEW_SELECT, reviewOf, samePosition, WAIVER_SELECT, waiverOf,
  type IGate, type IGateChecklistItem, type IGateConditionRow, type IGateDecisionRow, type IGateReview, type IGateReviewDraft, type IGateWaiver, type ITrustedAuthors
} from './gateRecords';
import { dayAt, readDateOnly, writeDateOnly, type IsoDay } from '../domain/dates';
import {
  applyGateDecision, checkEvidence, checkGateDecision, gateReadiness, nextStage, lifecycleOf,
  type IChecklistAnswer, type IGateReadiness, type IProjectLifecycleState, type NextStageResult
} from '../domain/governance';
import type { GateDecision } from '../domain/governance/vocabulary';
import {
  DecisionsList, GateChecklistItemsList, GateConditionsList, GateReviewDraftsList, GateReviewsList, GatesList, GateWaiversList, lookupId, projected, ProjectsList
} from '../schema/refs';

/** A project's place in its lifecycle and the gate ahead, as the project page shows it. */
export interface ILifecycleView {
  projectId: number;
  projectTitle: string;
  /** Where the project is: lifecycle, stage (and delivery stage number), status — after every trusted decision. */
  state: IProjectLifecycleState;
  /** The gate that ends the current stage (undefined when the PMO configured none). */
  gate?: IGate;
  /** The gate's checklist, in its order (SortOrder, then id). */
  checklist: IGateChecklistItem[];
  /** Where a go at this gate leads. */
  next: NextStageResult;
  /**
   * 'moved': a trusted decision moved the stage during this read (written through the project register);
   * 'pending': one moves it, but this user may not edit the project (the next load by its manager or the PMO writes it);
   * 'none': Projects is up to date.
   */
  stageSync: 'moved' | 'pending' | 'none';
}

/** A review with everything the board decides on: its gate's checklist, the trusted waivers, the readiness, the decision and its conditions. */
export interface IGateReviewView {
  review: IGateReview;
  gate?: IGate;
  checklist: IGateChecklistItem[];
  /** Waivers that count (by PMO officers or owners), visible in the review forever. */
  waivers: IGateWaiver[];
  readiness: IGateReadiness;
  /** The board's decision that counts (by the board or the PMO), if any. */
  decision?: IGateDecisionRow;
  conditions: IGateConditionRow[];
}

/** A condition of a go with conditions, as the board gives it. */
export interface IConditionInput {
  text: string;
  /** The owner (site user id; 0 or absent is refused). */
  ownerId?: number;
  /** The due day ('YYYY-MM-DD'). */
  due: IsoDay;
}

/**
 * What the signed-in user may do in a project's gate reviews (the web part shows only the controls of
 * the user's role; the service and SharePoint refuse the others anyway), and who may own a condition.
 */
export interface IGateAccess {
  /** The user's site user id. */
  userId: number;
  /** Edits the project (its manager, deputy, the PMO): fills the checklist, requests the review, marks conditions met. */
  canPrepare: boolean;
  /** A PMO officer or owner: records waivers. */
  canWaive: boolean;
  /** A strategy board member or the PMO: decides. */
  canDecide: boolean;
  /** The people who may own a condition: the project's manager and deputy, the board's and the PMO's members the user sees; by name. */
  people: Array<{ id: number; name: string }>;
}

/** The outcome of a decision. */
export interface IDecideResult {
  decisionId: number;
  /** False when an earlier (interrupted or repeated) call of the same user had recorded it. */
  created: boolean;
  /** GateConditions rows this call added. */
  conditionsAdded: number;
  /** The project's state after the decision. */
  state: IProjectLifecycleState;
  /** 'moved': written now (the user is PMO); 'pending': the board member may not edit Projects, the next load by the PM or PMO writes it; 'none': no move (recycle). */
  stage: 'moved' | 'pending' | 'none';
}

/**
 * Gate reviews (issue 12): the lifecycle read, the project manager's checklist draft (ETag) and review
 * request (immutable, once), the PMO's waivers (add-only), the board's decision with its conditions,
 * the stage move a trusted go makes (through the project register, its one owner), and conditions
 * marked met. Who may do what: SharePoint enforces the list permissions (add-only reviews, waivers
 * and decisions; Read on Projects for the board), the service refuses early by group membership and
 * applies the trust rule (a decision counts only from the board or the PMO).
 */
export interface IGateService {
  /** The project's lifecycle, stage, next gate and its checklist, in one $batch; applies a trusted decision not yet on Projects (when the user may). */
  getLifecycle(projectId: number): Promise<ILifecycleView>;
  /** The user's role in the project's gate reviews and the people who may own a condition (groups and the project's managers, read together). */
  getAccess(projectId: number): Promise<IGateAccess>;
  /** The project's draft checklist, if any. */
  getDraft(projectId: number): Promise<IGateReviewDraft | undefined>;
  /** The draft for the gate of the project's current stage: the existing one, or a new empty one. Refused ('noGate') without a gate. */
  startDraft(projectId: number): Promise<IGateReviewDraft>;
  /** Saves the answers with the ETag the user saw ('conflict' when stale); a link that is not http(s) is refused ('evidenceUrlInvalid', naming the item). */
  saveDraft(draftId: number, answers: ReadonlyArray<IChecklistAnswer>, etag: string): Promise<IGateReviewDraft>;
  /**
   * Requests the review: adds the immutable GateReviews item (its DraftNumber = the draft, indexed) and
   * deletes the draft. A repeated call finds the review and only finishes what is missing.
   */
  requestReview(draftId: number, etag?: string): Promise<{ review: IGateReview; created: boolean }>;
  /** A review with its checklist, trusted waivers, readiness, trusted decision and conditions. */
  getReview(reviewId: number): Promise<IGateReviewView>;
  /** The project's reviews, newest first. */
  listReviews(projectId: number): Promise<IGateReview[]>;
  /**
   * A PMO officer waives a checklist item of a review with a reason (GateWaivers, add-only). Refused
   * early for anyone else ('notPmo', kind forbidden; SharePoint would answer 403 too); an existing
   * trusted waiver of the item is returned, not added twice.
   */
  recordWaiver(reviewId: number, itemId: number, reason: string): Promise<IGateWaiver>;
  /**
   * The board decides (Decisions: body ProjectBoard, GateReview, GateOutcome, DecidedBy, Rationale) and,
   * for a go with conditions, adds each condition (GateConditions). Refused: not board or PMO
   * ('notBoard'), go while a mandatory item lacks evidence and a waiver ('decisionRefused' with the
   * domain's problems), a review already decided or not at the project's stage. The stage moves in
   * the same call when the user may edit Projects (PMO); else on the next load by the PM or PMO.
   */
  decide(reviewId: number, outcome: GateDecision, rationale: string, conditions?: ReadonlyArray<IConditionInput>): Promise<IDecideResult>;
  /** The conditions of the project's gate decisions (those of trusted decisions), by due day. */
  listConditions(projectId: number): Promise<IGateConditionRow[]>;
  /** Marks a condition met with the ETag the user saw ('conflict' when stale). */
  markConditionMet(conditionId: number, etag: string): Promise<IGateConditionRow>;
}

/** What the gate service receives from the other services. */
export interface IGateServiceDeps {
  projects: IProjectService;
  siteTimeZone: ISiteTimeZoneSource;
}

const P = ProjectsList.fields;
const DR = GateReviewDraftsList.fields;
const RV = GateReviewsList.fields;
const W = GateWaiversList.fields;
const D = DecisionsList.fields;
const CO = GateConditionsList.fields;
const CI = GateChecklistItemsList.fields;
const PAGE: number = 5000;

/** What the lifecycle read gathers in its $batch. */
interface IProjectGovernance {
  title: string;
  stored: IProjectLifecycleState;
  gates: IGate[];
  items: IGateChecklistItem[];
  reviews: IGateReview[];
  decisions: IGateDecisionRow[];
}

/** {@link IGateService} over PnPjs, composing the project register for the stage move. */
export class GateService implements IGateService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IGateServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IGateServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  private list(list: typeof DecisionsList | typeof GateConditionsList | typeof GateReviewDraftsList | typeof GateReviewsList | typeof GateWaiversList, sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, list);
  }

  /** One $batch: the project's lifecycle columns, the gates, every checklist item, the project's reviews and gate decisions. */
  private async readProject(projectId: number): Promise<IProjectGovernance> {
    const [b, execute] = this.sp.batched();
    const projectP = listOn(b, this.site, ProjectsList).items.getById(projectId).select(P.Id, P.Title, ...STAGE_SELECT)<Record<string, unknown>>();
    const gatesP = listOn(b, this.site, GatesList).items.select(...GATE_SELECT).top(PAGE)<Array<Record<string, unknown>>>();
    const itemsP = listOn(b, this.site, GateChecklistItemsList).items.select(...CHECKLIST_SELECT).orderBy(CI.SortOrder).orderBy(CI.Id).top(PAGE)<Array<Record<string, unknown>>>();
    // Project is indexed on both lists: one project's rows of 100,000.
    const reviewsP = this.list(GateReviewsList, b).items.select(...REVIEW_SELECT).expand(RV.Author).filter(odataEq(lookupId(RV.Project), projectId)).orderBy(RV.Id, false).top(500)<Array<Record<string, unknown>>>();
    const decisionsP = this.list(DecisionsList, b).items.select(...DECISION_SELECT).expand(D.Author).filter(odataEq(lookupId(D.Project), projectId)).top(PAGE)<Array<Record<string, unknown>>>();
    await execute();
    const [project, gates, items, reviews, decisions] = await Promise.all([projectP, gatesP, itemsP, reviewsP, decisionsP]);
    return {
      title: text(project[P.Title]) ?? '',
      stored: stageStateOf(project),
      gates: gates.map(gateOf).filter((g): g is IGate => !!g),
      items: items.map(checklistItemOf).filter((i): i is IGateChecklistItem => !!i),
      reviews: reviews.map(reviewOf),
      decisions: decisions.map(gateDecisionOf).filter((d): d is IGateDecisionRow => !!d)
    };
  }

  public async getLifecycle(projectId: number): Promise<ILifecycleView> {
    const data = await this.readProject(projectId);
    const { state, stageSync } = await this.syncStage(projectId, data);
    const gate = gateOfStage(data.gates, state.lifecycle, state.stage);
    return {
      projectId, projectTitle: data.title, state, gate,
      checklist: gate ? data.items.filter(i => i.gateId === gate.id) : [],
      next: nextStage(lifecycleOf(state.lifecycle), state.stage, state.deliveryStageNo, state.deliveryStageCount ?? 1),
      stageSync
    };
  }

  /**
   * Applies the trusted decisions Projects does not show yet. Only decisions whose review was requested
   * at the project's stored position can apply, so the membership is read only when there is one.
   */
  private async syncStage(projectId: number, data: IProjectGovernance, authors?: ITrustedAuthors): Promise<{ state: IProjectLifecycleState; stageSync: ILifecycleView['stageSync'] }> {
    const candidates = replayDecisions(data.stored, data.reviews, data.decisions);
    if (candidates.moves.length === 0) return { state: data.stored, stageSync: 'none' };
    const trustedAuthors = authors ?? (await loadTrustedAuthors(this.sp, this.site));
    const { state, moves } = replayDecisions(data.stored, data.reviews, byAuthors(data.decisions, trustedAuthors.deciders));
    if (moves.length === 0) return { state: data.stored, stageSync: 'none' };
    const me = await this.currentUserId();
    const mayEdit = trustedAuthors.pmo.has(me) || (await this.mayEditProject(projectId));
    if (!mayEdit) return { state, stageSync: 'pending' };
    await this.deps.projects.applyStage(projectId, data.stored, state);
    return { state, stageSync: 'moved' };
  }

  private async mayEditProject(projectId: number): Promise<boolean> {
    const perms = await listOn(this.sp, this.site, ProjectsList).items.getById(projectId).getCurrentUserEffectivePermissions();
    // PermissionKind.EditListItems is bit 3 of Low.
    return ((Number(perms.Low) >>> 2) & 1) === 1;
  }

  private async currentUserId(): Promise<number> {
    return ((await this.sp.web.currentUser.select('Id')()) as { Id: number }).Id;
  }

  public async getAccess(projectId: number): Promise<IGateAccess> {
    const managersP = listOn(this.sp, this.site, ProjectsList).items.getById(projectId)
      .select(lookupId(P.ProjectManager), projected(P.ProjectManager, 'Title'), lookupId(P.DeputyProjectManager), projected(P.DeputyProjectManager, 'Title'))
      .expand(P.ProjectManager, P.DeputyProjectManager)<Record<string, unknown>>();
    const [board, pmo, me, canPrepare, project] = await Promise.all([
      loadGroupUsers(this.sp, this.site, ['strategyBoard']), loadGroupUsers(this.sp, this.site, PMO_GROUPS), this.currentUserId(), this.mayEditProject(projectId), managersP
    ]);
    const people = new Map<number, string>();
    for (const field of [P.ProjectManager, P.DeputyProjectManager]) {
      const id = num(project[lookupId(field)]);
      if (id) people.set(id, text((project[field] as { Title?: string } | undefined)?.Title) ?? `#${id}`);
    }
    for (const u of [...board, ...pmo]) people.set(u.Id, u.Title);
    const isPmo = pmo.some(u => u.Id === me);
    return {
      userId: me, canPrepare, canWaive: isPmo, canDecide: isPmo || board.some(u => u.Id === me),
      people: Array.from(people, ([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
    };
  }

  public async getDraft(projectId: number): Promise<IGateReviewDraft | undefined> {
    const rows = await this.list(GateReviewDraftsList).items.select(...DRAFT_SELECT).filter(odataEq(lookupId(DR.Project), projectId)).orderBy(DR.Id, false).top(1)<Array<Record<string, unknown>>>();
    return rows.length ? draftOf(rows[0]) : undefined;
  }

  public async startDraft(projectId: number): Promise<IGateReviewDraft> {
    const existing = await this.getDraft(projectId);
    if (existing) return existing;
    const view = await this.getLifecycle(projectId);
    if (!view.gate) throw new GateRefusedError('noGate', 'gate');
    const position = { stage: view.state.stage, ...(view.state.deliveryStageNo !== undefined ? { deliveryStageNo: view.state.deliveryStageNo } : {}) };
    const added = (await this.list(GateReviewDraftsList).items.add({
      [DR.Title]: `${view.gate.title || view.gate.code} – ${view.projectTitle}`.slice(0, 255),
      [lookupId(DR.Project)]: projectId,
      [lookupId(DR.Gate)]: view.gate.id,
      [DR.ChecklistResultJson]: checklistJson({ position, answers: [] })
    })) as { Id: number };
    return this.readDraft(added.Id);
  }

  private async readDraft(draftId: number): Promise<IGateReviewDraft> {
    return draftOf(await this.list(GateReviewDraftsList).items.getById(draftId).select(...DRAFT_SELECT)<Record<string, unknown>>());
  }

  public async saveDraft(draftId: number, answers: ReadonlyArray<IChecklistAnswer>, etag: string): Promise<IGateReviewDraft> {
    if (!etag) throw new Error('A gate checklist is saved with the ETag the user saw.');
    for (const a of answers) {
      const problem = checkEvidence(a).filter(p => p.code === 'evidenceUrlInvalid')[0];
      if (problem) throw new GateRefusedError('evidenceUrlInvalid', `answers.${a.itemId}.evidenceUrl`, [problem]);
    }
    const draft = await this.readDraft(draftId);
    await this.list(GateReviewDraftsList).items.getById(draftId).update({ [DR.ChecklistResultJson]: checklistJson({ position: draft.position, answers: [...answers] }) }, etag);
    return this.readDraft(draftId);
  }

  public async requestReview(draftId: number, etag?: string): Promise<{ review: IGateReview; created: boolean }> {
    const earlier = await this.list(GateReviewsList).items.select(...REVIEW_SELECT).expand(RV.Author).filter(odataEq(RV.DraftNumber, draftId)).top(1)<Array<Record<string, unknown>>>();
    let review = earlier.length ? reviewOf(earlier[0]) : undefined;
    const created = !review;
    if (!review) {
      const draft = await this.readDraft(draftId);
      if (etag && etag !== draft.etag) throw new GateRefusedError('reviewOutdated', 'etag');
      const added = (await this.list(GateReviewsList).items.add({
        [RV.Title]: `Review ${draftId}`,
        [lookupId(RV.Project)]: draft.projectId,
        [lookupId(RV.Gate)]: draft.gateId,
        [RV.ReviewDate]: new Date().toISOString(),
        [RV.ChecklistResultJson]: checklistJson(draft),
        [RV.DraftNumber]: draftId
      })) as { Id: number };
      review = await this.readReview(added.Id);
    }
    await this.list(GateReviewDraftsList).items.getById(draftId).delete().catch(ignoreNotFound);
    return { review, created };
  }

  private async readReview(reviewId: number): Promise<IGateReview> {
    return reviewOf(await this.list(GateReviewsList).items.getById(reviewId).select(...REVIEW_SELECT).expand(RV.Author)<Record<string, unknown>>());
  }

  public async listReviews(projectId: number): Promise<IGateReview[]> {
    return (await this.readProject(projectId)).reviews;
  }

  /** The review, its gate's checklist, its waivers, decisions and conditions (every row; trust applied by the callers) in one $batch. */
  private async readReviewRecords(reviewId: number): Promise<{ review: IGateReview; gate?: IGate; checklist: IGateChecklistItem[]; waivers: IGateWaiver[]; decisions: IGateDecisionRow[]; conditions: IGateConditionRow[] }> {
    const review = await this.readReview(reviewId);
    const [b, execute] = this.sp.batched();
    const gateP = listOn(b, this.site, GatesList).items.getById(review.gateId).select(...GATE_SELECT)<Record<string, unknown>>();
    const itemsP = listOn(b, this.site, GateChecklistItemsList).items.select(...CHECKLIST_SELECT).filter(odataEq(lookupId(CI.Gate), review.gateId)).orderBy(CI.SortOrder).orderBy(CI.Id).top(PAGE)<Array<Record<string, unknown>>>();
    const waiversP = this.list(GateWaiversList, b).items.select(...WAIVER_SELECT).expand(W.Author).filter(odataEq(lookupId(W.GateReview), reviewId)).orderBy(W.Id).top(PAGE)<Array<Record<string, unknown>>>();
    const decisionsP = this.list(DecisionsList, b).items.select(...DECISION_SELECT).expand(D.Author).filter(odataEq(lookupId(D.GateReview), reviewId)).orderBy(D.Id).top(PAGE)<Array<Record<string, unknown>>>();
    const conditionsP = this.list(GateConditionsList, b).items.select(...CONDITION_SELECT).expand(CO.ConditionOwner).filter(odataEq(lookupId(CO.GateReview), reviewId)).orderBy(CO.Id).top(PAGE)<Array<Record<string, unknown>>>();
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const [gate, items, waivers, decisions, conditions, zone] = await Promise.all([gateP, itemsP, waiversP, decisionsP, conditionsP, zoneP]);
    return {
      review, gate: gateOf(gate),
      checklist: items.map(checklistItemOf).filter((i): i is IGateChecklistItem => !!i),
      waivers: waivers.map(waiverOf),
      decisions: decisions.map(gateDecisionOf).filter((d): d is IGateDecisionRow => !!d),
      conditions: conditions.map(c => conditionOf(c, zone))
    };
  }

  public async getReview(reviewId: number): Promise<IGateReviewView> {
    const [records, authors] = await Promise.all([this.readReviewRecords(reviewId), loadTrustedAuthors(this.sp, this.site)]);
    return this.viewOf(records, authors);
  }

  private viewOf(records: Awaited<ReturnType<GateService['readReviewRecords']>>, authors: ITrustedAuthors): IGateReviewView {
    const waivers = byAuthors(records.waivers, authors.pmo);
    const decision = byAuthors(records.decisions, authors.deciders)[0];
    return {
      review: records.review, gate: records.gate, checklist: records.checklist, waivers,
      readiness: gateReadiness(records.checklist, records.review.answers, waivers),
      decision,
      conditions: decision ? records.conditions.filter(c => c.decisionId === decision.id) : []
    };
  }

  public async recordWaiver(reviewId: number, itemId: number, reason: string): Promise<IGateWaiver> {
    if (reason.trim() === '') throw new GateRefusedError('waiverReasonRequired', 'reason');
    const [records, authors, me] = await Promise.all([this.readReviewRecords(reviewId), loadTrustedAuthors(this.sp, this.site), this.currentUserId()]);
    if (!authors.pmo.has(me)) throw new GateRefusedError('notPmo');
    if (!records.checklist.some(i => i.id === itemId)) throw new GateRefusedError('itemNotInGate', 'itemId');
    const existing = byAuthors(records.waivers, authors.pmo).filter(w => w.itemId === itemId)[0];
    if (existing) return existing;
    const added = (await this.list(GateWaiversList).items.add({
      [W.Title]: `Waiver ${reviewId}/${itemId}`,
      [lookupId(W.Project)]: records.review.projectId,
      [lookupId(W.GateReview)]: reviewId,
      [lookupId(W.ChecklistItem)]: itemId,
      [W.WaiverReason]: reason.trim()
    })) as { Id: number };
    return waiverOf(await this.list(GateWaiversList).items.getById(added.Id).select(...WAIVER_SELECT).expand(W.Author)<Record<string, unknown>>());
  }

  public async decide(reviewId: number, outcome: GateDecision, rationale: string, conditions: ReadonlyArray<IConditionInput> = []): Promise<IDecideResult> {
    const [records, authors, me] = await Promise.all([this.readReviewRecords(reviewId), loadTrustedAuthors(this.sp, this.site), this.currentUserId()]);
    if (!authors.deciders.has(me)) throw new GateRefusedError('notBoard');
    const view = this.viewOf(records, authors);
    const project = await this.readProject(records.review.projectId);
    const { state } = replayDecisions(project.stored, project.reviews, byAuthors(project.decisions, authors.deciders));
    const earlier = view.decision;
    if (earlier && (earlier.outcome !== outcome || earlier.authorId !== me)) throw new GateRefusedError('alreadyDecided');
    // An earlier call of the same user that was interrupted recorded the decision: only finish what is missing.
    if (!earlier) this.checkDecision(view, state, outcome, conditions);
    // Named as the decision log lists it: the gate and the project (as the board's minutes would).
    const title = `${records.gate?.title || records.gate?.code || ''} – ${project.title}`;
    const decisionId = earlier ? earlier.id : await this.addDecision(records.review, outcome, rationale, me, title);
    const conditionsAdded = await this.addConditions(records.review, decisionId, outcome === 'GoWithConditions' ? conditions : [], records.conditions);
    if (outcome === 'Recycle') return { decisionId, created: !earlier, conditionsAdded, state, stage: 'none' };
    const sync = await this.syncStage(records.review.projectId, await this.readProject(records.review.projectId), authors);
    return { decisionId, created: !earlier, conditionsAdded, state: sync.state, stage: sync.stageSync === 'pending' ? 'pending' : 'moved' };
  }

  /** Refuses a decision the domain does not allow, before anything is written. */
  private checkDecision(view: IGateReviewView, state: IProjectLifecycleState, outcome: GateDecision, conditions: ReadonlyArray<IConditionInput>): void {
    if (!samePosition(view.review.position, state)) throw new GateRefusedError('reviewOutdated', 'review');
    const problems = checkGateDecision(view.readiness, outcome, conditions.map(c => ({ text: c.text, owner: c.ownerId && c.ownerId > 0 ? String(c.ownerId) : '', due: c.due })));
    if (problems.length) throw new GateRefusedError('decisionRefused', problems[0].field ?? problems[0].code, problems);
    const moved = applyGateDecision(state, { decision: outcome });
    if (!moved.ok) throw new GateRefusedError('stageNotDecidable', moved.problems[0].field, moved.problems);
  }

  private async addDecision(review: IGateReview, outcome: GateDecision, rationale: string, me: number, title: string): Promise<number> {
    const zone = await this.deps.siteTimeZone.get();
    const added = (await this.list(DecisionsList).items.add({
      [D.Title]: title.slice(0, 255),
      [lookupId(D.Project)]: review.projectId,
      [lookupId(D.GateReview)]: review.id,
      [D.GateOutcome]: outcome,
      [D.DecisionBody]: 'ProjectBoard',
      [D.DecisionOutcome]: outcome === 'Stop' ? 'Rejected' : outcome === 'Recycle' ? 'Deferred' : 'Approved',
      [D.DecisionDate]: writeDateOnly(dayAt(Date.now(), zone.iana), zone),
      [lookupId(D.DecidedBy)]: [me],
      [D.Rationale]: rationale.trim() || null
    })) as { Id: number };
    return added.Id;
  }

  /** Adds the conditions not yet recorded for the decision (by text), in one $batch. */
  private async addConditions(review: IGateReview, decisionId: number, conditions: ReadonlyArray<IConditionInput>, existing: ReadonlyArray<IGateConditionRow>): Promise<number> {
    const have = new Set(existing.filter(c => c.decisionId === decisionId).map(c => c.text));
    const missing = conditions.filter(c => !have.has(c.text.trim()));
    if (missing.length === 0) return 0;
    const zone = await this.deps.siteTimeZone.get();
    const [b, execute] = this.sp.batched();
    const adds = missing.map(c => this.list(GateConditionsList, b).items.add({
      [CO.Title]: c.text.trim().slice(0, 255),
      [lookupId(CO.Project)]: review.projectId,
      [lookupId(CO.GateReview)]: review.id,
      [lookupId(CO.Decision)]: decisionId,
      [lookupId(CO.ConditionOwner)]: c.ownerId,
      [CO.DueDate]: writeDateOnly(c.due, zone),
      [CO.ConditionStatus]: 'Open'
    }));
    await execute();
    await Promise.all(adds);
    return missing.length;
  }

  public async listConditions(projectId: number): Promise<IGateConditionRow[]> {
    const [b, execute] = this.sp.batched();
    const rowsP = this.list(GateConditionsList, b).items.select(...CONDITION_SELECT).expand(CO.ConditionOwner).filter(odataEq(lookupId(CO.Project), projectId)).top(PAGE)<Array<Record<string, unknown>>>();
    const decisionsP = this.list(DecisionsList, b).items.select(...DECISION_SELECT).expand(D.Author).filter(odataEq(lookupId(D.Project), projectId)).top(PAGE)<Array<Record<string, unknown>>>();
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const [rows, decisions, zone, authors] = await Promise.all([rowsP, decisionsP, zoneP, loadTrustedAuthors(this.sp, this.site)]);
    const counted = new Set(byAuthors(decisions.map(gateDecisionOf).filter((d): d is IGateDecisionRow => !!d), authors.deciders).map(d => d.id));
    return rows.map(r => conditionOf(r, zone)).filter(c => counted.has(c.decisionId)).sort((a, b2) => (a.due ?? '9999').localeCompare(b2.due ?? '9999') || a.id - b2.id);
  }

  public async markConditionMet(conditionId: number, etag: string): Promise<IGateConditionRow> {
    if (!etag) throw new Error('A condition is marked met with the ETag the user saw.');
    const item = this.list(GateConditionsList).items.getById(conditionId);
    await item.update({ [CO.ConditionStatus]: 'Met' }, etag);
    const zone = await this.deps.siteTimeZone.get();
    return conditionOf(await item.select(...CONDITION_SELECT).expand(CO.ConditionOwner)<Record<string, unknown>>(), zone);
  }
}

/** A GateConditions row, its due day in the site's time zone. */
function conditionOf(r: Record<string, unknown>, zone: Parameters<typeof readDateOnly>[1]): IGateConditionRow {
  const owner = r[CO.ConditionOwner] as { Title?: string } | undefined;
  return {
    id: r[CO.Id] as number, projectId: r[lookupId(CO.Project)] as number, reviewId: r[lookupId(CO.GateReview)] as number, decisionId: r[lookupId(CO.Decision)] as number,
    text: text(r[CO.Title]) ?? '', ownerId: num(r[lookupId(CO.ConditionOwner)]), ownerName: text(owner?.Title), due: readDateOnly(text(r[CO.DueDate]), zone),
    status: r[CO.ConditionStatus] === 'Met' ? 'Met' : 'Open', etag: etagOf(r)
  };
}
