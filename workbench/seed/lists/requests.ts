/**
 * Project requests through the intake workflow (src/domain/intake.ts): ProjectRequests, their
 * RequestHistory (Draft → Submitted → InReview → ReadyForScoring → decision, some approved ones
 * deferred once), the board's Scores, and the strategy board's Decisions on them. Approved requests
 * became the projects that started most recently (or are proposed) and are linked both ways.
 */
import type { IntakeState, Priority } from '../../../src/domain/vocabulary';
import { DecisionsList, ProjectRequestsList, ProjectsList, RequestHistoryList, ScoresList, ScoringModelsList, ScoringRoundsList, StrategicObjectivesList } from '../../../src/schema';
import type { IDemoUser } from '../../directory';
import { choiceCodes } from '../choices';
import { dayOf, isoOfDayTime, monthEndDay, monthStartDay, workday } from '../dates';
import { jsonRef, ref, refs, user, users, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { BOARD, OFFICERS, PROJECT_MANAGERS } from '../reference';
import { row } from '../rows';
import { REF_DAY, REF_MONTH, iso } from '../shared';
import type { IProjectSim } from '../simulate';
import { DECISION_REASONS, EXPECTED_BENEFITS, GOALS, PROBLEM_STATEMENTS, type Lang } from '../text';
import type { TitleBook } from '../titles';
import { COMPLIANCE_NOTE, INTAKE_COMMENTS, REQUEST_DECISION_TITLES } from '../vocabulary';
import { costPlan, planRequest, resourceDemand, type ICostYear, type IRequestPlan } from './requestPlans';
import { boardScores, type IScoring } from './scoring';

const Q = ProjectRequestsList.fields;
const H = RequestHistoryList.fields;
const D = DecisionsList.fields;
const procurementProcedure = choiceCodes(ProjectRequestsList.choices.ProcurementProcedure);
const decisionBody = choiceCodes(DecisionsList.choices.DecisionBody);
const decisionOutcome = choiceCodes(DecisionsList.choices.DecisionOutcome);

/** Where a request ended, for the lists generated after the requests. */
export interface IRequestOutcome {
  state: IntakeState;
  /** The project it became. */
  sim?: IProjectSim;
  /** The day of its decision (or of its latest step). */
  decisionDay: number;
  lang: Lang;
  /** Its scoring model's row. */
  model: number;
  score?: number;
  /** Its scoring round's row (ScoringRounds), set by roundRows. */
  round?: number;
}

/** The rows of the intake lists, and each request's outcome (by row). */
export interface IRequests {
  requests: ISeedRow[];
  history: ISeedRow[];
  scores: ISeedRow[];
  outcomes: IRequestOutcome[];
}

/** One step of a request's history. */
interface IStep {
  from: IntakeState;
  to: IntakeState;
  actor: IDemoUser;
  at: string;
  comment?: string;
  reason?: string;
}

/** What a request's row is made of besides its plan. */
interface IRequestParts {
  years: ICostYear[];
  demand: unknown[];
  procurement: boolean;
  steps: IStep[];
  reason: string | null;
  /** Its scoring model's row when it was scored. */
  scoringModel?: number;
  total?: number;
}

/**
 * Requests for 70 % of the number of projects (a third of them approved); sets each approved
 * request's row on its project (`sim.request`). Requests that did not become a project take new
 * titles from `titles`, so no two requests or projects share one.
 */
export function requestRows(rng: Rng, sims: IProjectSim[], scoring: IScoring, activeObjectives: number[], titles: TitleBook): IRequests {
  const requestCount = Math.round(sims.length * 0.7);
  const approvedTarget = Math.round(requestCount * 0.35);
  // Approved requests became the projects that started most recently (or are proposed).
  const candidates = sims.filter(s => s.startMonth >= REF_MONTH - 30 && s.lifecycle !== 'Cancelled').slice(0, approvedTarget);
  const out: IRequests = { requests: [], history: [], scores: [], outcomes: [] };
  for (let r = 0; r < requestCount; r++) {
    const sim: IProjectSim | undefined = candidates[r];
    const plan = planRequest(rng, r, sim, titles);
    const years = costPlan(rng, plan);
    const demand = resourceDemand(rng, plan);
    const procurement = sim ? sim.procurement : rng.chance(0.55);
    const { state } = plan;
    const scored = state === 'Approved' || state === 'ReadyForScoring' || ((state === 'Rejected' || state === 'Deferred') && rng.chance(0.6));
    const model = plan.submittedDay >= dayOf('2026-01-01T00:00:00Z') ? scoring.activeModel : scoring.retiredModel;
    const { steps, decisionDay, reason } = intakeSteps(rng, plan, scored);
    const quality = state === 'Approved' ? 7.2 : state === 'Rejected' ? 3.8 : state === 'Deferred' ? 5.6 : 6;
    // Scores first (so the request carries its total).
    const scores = scored ? boardScores(rng, { title: plan.title, lang: plan.lang, model, partial: state === 'ReadyForScoring', quality }, BOARD, scoring) : undefined;
    const parts: IRequestParts = { years, demand, procurement, steps, reason, scoringModel: scored ? model : undefined, total: scores?.total };
    const reqIdx = out.requests.push(requestRow(rng, plan, parts, activeObjectives)) - 1;
    if (sim) sim.request = reqIdx;
    steps.forEach((h, k) => out.history.push({ ...historyRow(reqIdx, h), round: k }));
    for (const s of scores?.rows ?? []) {
      s.values[ScoresList.fields.RequestNumber] = jsonRef(ProjectRequestsList, reqIdx);
      out.scores.push(s);
    }
    out.outcomes.push({ state, sim, decisionDay, lang: plan.lang, model, score: scores?.total });
  }
  return out;
}

/**
 * The path through the intake workflow (src/domain/intake.ts): Draft → Submitted → InReview →
 * (ReadyForScoring →) decision; some approved requests were deferred once and reviewed again.
 * Later steps never come earlier: days do not decrease and the hour grows with the step.
 */
function intakeSteps(rng: Rng, plan: IRequestPlan, scored: boolean): { steps: IStep[]; decisionDay: number; reason: string | null } {
  const { state, r } = plan;
  // A withdrawn request was a draft its author gave up on: it was never submitted.
  const path: IntakeState[] = state === 'Draft' ? ['Draft'] : state === 'Withdrawn' ? ['Draft', 'Withdrawn'] : ['Draft', 'Submitted'];
  if (state !== 'Draft' && state !== 'Submitted' && state !== 'Withdrawn') {
    if (state === 'Approved' && rng.chance(0.15)) path.push('InReview', 'Deferred');
    path.push('InReview');
    if (state === 'ReadyForScoring' || scored) path.push('ReadyForScoring');
    if (state === 'Approved' || state === 'Rejected' || state === 'Deferred') path.push(state);
  }
  const count = path.length - 1;
  const stepDays = Math.max(1, Math.floor(plan.ageDays / (count + 1)));
  const decisionDay = plan.submittedDay + stepDays * Math.max(0, count - 1);
  const reasons = DECISION_REASONS[plan.lang];
  const decisionText = (to: IntakeState): string | null => (to === 'Approved' ? reasons[0] : to === 'Rejected' ? reasons[1] : to === 'Deferred' ? reasons[2] : null);
  // Reasons are kept for the states that need one (Rejected, Deferred), as the request service does.
  const reason = state === 'Rejected' || state === 'Deferred' ? decisionText(state) : null;
  const stepComment = (to: IntakeState): string | undefined =>
    to === 'Submitted' ? undefined : to === 'InReview' ? INTAKE_COMMENTS[plan.lang].review : to === 'ReadyForScoring' ? INTAKE_COMMENTS[plan.lang].ready : to === 'Approved' ? decisionText(to) ?? undefined : undefined;
  const steps = path.slice(1).map((to, k): IStep => {
    const actor = k === 0 ? plan.author : OFFICERS[(r + k) % OFFICERS.length];
    const at = isoOfDayTime(Math.min(plan.submittedDay + stepDays * k, REF_DAY - 1), 8 + k, ((r * 7 + k) % 4) * 15);
    const why = to === 'Rejected' || to === 'Deferred' ? decisionText(to) ?? undefined : undefined;
    return { from: path[k], to, actor, at, comment: stepComment(to), reason: why };
  });
  return { steps, decisionDay, reason };
}

/** The request's row, authored by its requester. */
function requestRow(rng: Rng, plan: IRequestPlan, parts: IRequestParts, activeObjectives: number[]): ISeedRow {
  const { lang, sim } = plan;
  const { years, steps } = parts;
  return row(ProjectRequestsList, {
    [Q.Title]: plan.title,
    [Q.BusinessUnit]: plan.deptName,
    [Q.ProblemStatement]: rng.pick(PROBLEM_STATEMENTS[lang]),
    [Q.Goals]: rng.sample(GOALS[lang], 2).join('\n'),
    [Q.StrategicObjectives]: refs(StrategicObjectivesList, rng.sample(activeObjectives, rng.int(1, 3)).sort((x, y) => x - y)),
    [Q.ExpectedBenefits]: rng.sample(EXPECTED_BENEFITS[lang], 2).join('\n'),
    [Q.CostPlanJson]: { json: years },
    [Q.CapexTotal]: years.reduce((s, y) => s + y.capex, 0),
    [Q.OpexTotal]: years.reduce((s, y) => s + y.opex, 0),
    [Q.DesiredStart]: iso(monthStartDay(plan.desiredStartMonth)),
    [Q.DesiredEnd]: iso(monthEndDay(plan.desiredStartMonth + plan.duration - 1)),
    [Q.Urgency]: rng.weighted<Priority>([['Low', 2], ['Medium', 5], ['High', 3], ['Critical', 1]]),
    [Q.Sponsor]: user(plan.sponsor.userPrincipalName),
    // About half the requesters propose a project manager (a fixed pick: the random stream stays as it was).
    [Q.ProposedManager]: plan.r % 2 === 0 ? user(PROJECT_MANAGERS[(plan.r >> 1) % PROJECT_MANAGERS.length].userPrincipalName) : null,
    [Q.PersonalData]: rng.chance(0.45),
    [Q.Iso27001Scope]: rng.chance(0.5),
    [Q.Nis2Relevant]: rng.chance(0.3),
    [Q.ProcurementNeeded]: parts.procurement,
    [Q.ProcurementProcedure]: parts.procurement
      ? rng.weighted(procurementProcedure.weights([['Open', 3], ['Restricted', 2], ['Negotiated', 1], ['FrameworkAgreement', 4], ['BelowThreshold', 3]]))
      : procurementProcedure('None'),
    [Q.ComplianceNotes]: rng.chance(0.4) ? COMPLIANCE_NOTE[lang] : null,
    [Q.IntakeState]: plan.state,
    [Q.DecisionReason]: parts.reason,
    [Q.ResourceDemandJson]: { json: parts.demand },
    [Q.ScoringModel]: parts.scoringModel !== undefined ? ref(ScoringModelsList, parts.scoringModel) : null,
    [Q.TotalScore]: parts.total ?? null,
    [Q.SubmittedDate]: steps.length > 0 && steps[0].to === 'Submitted' ? steps[0].at : null,
    [Q.IntakeLogJson]: steps.length > 0 ? { json: steps.map(h => ({ at: h.at, by: h.actor.displayName, from: h.from, to: h.to, ...(h.comment ? { comment: h.comment } : {}), ...(h.reason ? { reason: h.reason } : {}) })) } : null,
    // ProjectRequests.Project is set by the writer once Projects exist.
    [Q.Project]: sim ? ref(ProjectsList, sim.index) : null
  }, { author: plan.author.userPrincipalName, stamp: requestStamp(plan, steps) });
}

/**
 * When the request was created and last changed, and by whom: the author started the draft three
 * days before submitting it (a draft: before its last edit); the last change is the last step of
 * its history, by who took it.
 */
function requestStamp(plan: IRequestPlan, steps: ReadonlyArray<IStep>): NonNullable<ISeedRow['stamp']> {
  const created = isoOfDayTime(Math.min(plan.submittedDay, REF_DAY - 1) - 3, 9, 10);
  const last = steps[steps.length - 1];
  return last
    ? { created, modified: last.at, editor: last.actor.userPrincipalName }
    : { created, modified: isoOfDayTime(Math.min(plan.submittedDay, REF_DAY - 1), 16, 40), editor: plan.author.userPrincipalName };
}

/** One step of a request's history, authored by who took it, when it was taken (its Created: the intake history's time). */
function historyRow(request: number, h: IStep): ISeedRow {
  return row(RequestHistoryList, {
    [H.Title]: `${h.from} → ${h.to}`,
    [H.RequestNumber]: jsonRef(ProjectRequestsList, request),
    [H.FromState]: h.from,
    [H.ToState]: h.to,
    [H.TransitionComment]: [h.reason, h.comment].filter(x => !!x).join('\n\n') || null
  }, { author: h.actor.userPrincipalName, stamp: { created: h.at, modified: h.at, editor: h.actor.userPrincipalName } });
}

/** The strategy board's decisions on the requests it approved, rejected or deferred. */
export function requestDecisionRows(requests: ReadonlyArray<ISeedRow>, outcomes: ReadonlyArray<IRequestOutcome>): ISeedRow[] {
  const rows: ISeedRow[] = [];
  outcomes.forEach((r, i) => {
    if (r.state !== 'Approved' && r.state !== 'Rejected' && r.state !== 'Deferred') return;
    const values = requests[i].values;
    rows.push(row(DecisionsList, {
      [D.Title]: `${REQUEST_DECISION_TITLES[r.lang][r.state]}${String(values[Q.Title]).slice(0, 200)}`,
      [D.Project]: r.sim ? ref(ProjectsList, r.sim.index) : null,
      [D.RequestNumber]: jsonRef(ProjectRequestsList, i),
      [D.DecisionDate]: iso(workday(Math.min(r.decisionDay, REF_DAY - 1))),
      [D.DecisionBody]: decisionBody('StrategyBoard'),
      [D.DecisionOutcome]: decisionOutcome(r.state),
      [D.DecidedBy]: users(BOARD.map(u => u.userPrincipalName)),
      [D.Rationale]: r.state === 'Approved' ? DECISION_REASONS[r.lang][0] : (values[Q.DecisionReason] as string),
      [D.RoundNumber]: r.round !== undefined ? jsonRef(ScoringRoundsList, r.round) : null
    }));
  });
  return rows;
}

/** The rows of approved requests that have not become a project (yet). */
export function approvedWithoutProject(outcomes: ReadonlyArray<IRequestOutcome>): number[] {
  return outcomes.map((r, i) => (r.state === 'Approved' && !r.sim ? i : -1)).filter(i => i >= 0);
}
