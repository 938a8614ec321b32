/**
 * The strategy board's scoring rounds (ScoringRounds): the scored requests grouped into one closed
 * round per model (2025 with the AHP model, 2026 with the weighted model), whose result is the
 * domain's aggregation of the board's scores, and one open round of the requests ready for scoring.
 * Sets each score's round (and a partly scored member's open-round scores to Draft) and each
 * decided request's round. Each round carries the day it was opened (Created), which orders the lists
 * of rounds.
 */
import { ProjectRequestsList, ScoresList, ScoringCriteriaList, ScoringModelsList, ScoringRoundsList } from '../../../src/schema';
import { aggregateRound, type ICriterion, type IRoundResult } from '../../../src/domain/scoring';
import { choiceCodes } from '../choices';
import { jsonRef, jsonUser, ref, users, type IJsonRef, type ILookupRef, type ISeedRow, type IUserRef } from '../model';
import { BOARD } from '../reference';
import { row } from '../rows';
import { REF_DAY, iso } from '../shared';
import type { Lang } from '../text';
import { ROUND_TITLES } from '../vocabulary';
import type { IRequests } from './requests';
import { domainCriteria, type IScoring } from './scoring';

const RD = ScoringRoundsList.fields;
const S = ScoresList.fields;
const roundStatus = choiceCodes(ScoringRoundsList.choices.RoundStatus);
const scoreState = choiceCodes(ScoresList.choices.ScoreState);
const SPREAD = 0.3;
/** How long a closed round was open before its deadline, in weeks. */
const OPEN_WEEKS = 4;

/** One round being built: its model, requests (rows) and whether it is closed. */
interface IRoundPlan {
  model: number;
  requests: number[];
  closed: boolean;
  period: string;
  /** Day it closed (closed rounds) or its deadline (the open round). */
  day: number;
}

/** The round's result with seed references instead of ids (requests, criteria and members). */
function resultJson(scoring: IScoring, plan: IRoundPlan, scores: ReadonlyArray<ISeedRow>, closedAt: string): unknown {
  const criteria: ICriterion[] = domainCriteria(scoring, plan.model);
  const memberIndex = (upn: string): number => BOARD.findIndex(b => b.userPrincipalName === upn) + 1;
  const result: IRoundResult = aggregateRound({
    method: scoring.models[plan.model].values[ScoringModelsList.fields.ScoringMethod] === 'Ahp' ? 'Ahp' : 'Weighted',
    criteria,
    requests: plan.requests.map(r => r + 1),
    members: BOARD.map((_b, i) => i + 1),
    spreadThreshold: SPREAD,
    scores: scores.map(s => ({
      member: memberIndex((s.values[S.BoardMember] as IUserRef).user),
      request: (s.values[S.RequestNumber] as IJsonRef).$index + 1,
      criterion: (s.values[S.Criterion] as ILookupRef).index + 1,
      value: s.values[S.ScoreValue] as number
    }))
  });
  const req = (n: number): IJsonRef => jsonRef(ProjectRequestsList, n - 1);
  const cr = (n: number): IJsonRef => jsonRef(ScoringCriteriaList, n - 1);
  const member = (n: number): unknown => jsonUser(BOARD[n - 1].userPrincipalName);
  return {
    format: 1, modelId: jsonRef(ScoringModelsList, plan.model), modelVersion: 1, method: criteria.length && scoring.models[plan.model].values[ScoringModelsList.fields.ScoringMethod] === 'Ahp' ? 'Ahp' : 'Weighted',
    spreadThreshold: SPREAD, members: BOARD.map((_b, i) => member(i + 1)), criteria: criteria.map(c => ({ id: cr(c.id), title: c.title, weight: c.weight })), closedAt,
    requests: result.requests.map(r => ({
      ...r, request: req(r.request), missingMembers: r.missingMembers.map(member), disagreementCriteria: r.disagreementCriteria.map(cr),
      criteria: r.criteria.map(c => ({ ...c, criterion: cr(c.criterion) }))
    })),
    ties: result.ties.map(t => ({ ...t, above: req(t.above), below: req(t.below), ...(t.criterion !== undefined ? { criterion: cr(t.criterion) } : {}) }))
  };
}

/** The rounds' rows; sets RoundNumber (and ScoreState) on the scores and `round` on the outcomes. */
export function roundRows(requests: IRequests, scoring: IScoring, lang: Lang): ISeedRow[] {
  const plans: IRoundPlan[] = [];
  const planOf = (model: number, closed: boolean): IRoundPlan => {
    let p = plans.filter(x => x.model === model && x.closed === closed)[0];
    if (!p) plans.push((p = { model, requests: [], closed, period: '', day: closed ? Number.MAX_SAFE_INTEGER : REF_DAY + 14 }));
    return p;
  };
  requests.outcomes.forEach((o, i) => {
    if (o.score === undefined) return;
    const p = planOf(o.model, o.state !== 'ReadyForScoring');
    p.requests.push(i);
    if (p.closed) p.day = Math.min(p.day, o.decisionDay - 1);
  });
  const byRequest = new Map<number, ISeedRow[]>();
  for (const s of requests.scores) {
    const r = (s.values[S.RequestNumber] as IJsonRef).$index;
    byRequest.set(r, [...(byRequest.get(r) ?? []), s]);
  }
  return plans.map((p, k) => {
    const scores = p.requests.flatMap(r => byRequest.get(r) ?? []);
    for (const s of scores) s.values[S.RoundNumber] = jsonRef(ScoringRoundsList, k);
    for (const r of p.requests) requests.outcomes[r].round = k;
    if (!p.closed) {
      // In the open round a member who has not scored every request is still at the draft stage, and so
      // is the last member who has scores (still weighing them): the demo always has drafts (ScoreDrafts).
      const drafting = BOARD.filter(b => scores.some(s => (s.values[S.BoardMember] as IUserRef).user === b.userPrincipalName)).pop();
      for (const b of BOARD) {
        const mine = scores.filter(s => (s.values[S.BoardMember] as IUserRef).user === b.userPrincipalName);
        const done = new Set(mine.map(s => (s.values[S.RequestNumber] as IJsonRef).$index)).size === p.requests.length;
        if (!done || b === drafting) for (const s of mine) s.values[S.ScoreState] = scoreState('Draft');
      }
    }
    const day = p.closed ? Math.min(p.day, REF_DAY - 1) : p.day;
    const year = iso(day).slice(0, 4);
    const closedAt = `${iso(day).slice(0, 10)}T16:00:00Z`;
    // Opened four weeks before a closed round's deadline; the open round a week before the reference day.
    const openedAt = `${iso(p.closed ? day - 3 - OPEN_WEEKS * 7 : REF_DAY - 7).slice(0, 10)}T09:00:00Z`;
    return row(ScoringRoundsList, {
      [RD.Title]: p.closed ? ROUND_TITLES[lang].closed.replace('{0}', year) : ROUND_TITLES[lang].open,
      [RD.ScoringModel]: ref(ScoringModelsList, p.model),
      [RD.RoundStatus]: roundStatus(p.closed ? 'Closed' : 'Open'),
      [RD.Deadline]: iso(p.closed ? day - 3 : day),
      [RD.BoardMembers]: users(BOARD.map(b => b.userPrincipalName)),
      [RD.SpreadThreshold]: SPREAD,
      [RD.CandidatesJson]: { json: p.requests.map(r => ({ request: jsonRef(ProjectRequestsList, r) })) },
      [RD.RoundResultJson]: p.closed ? { json: resultJson(scoring, p, scores.filter(s => s.values[S.ScoreState] === scoreState('Submitted')), closedAt) } : null,
      [RD.ClosedDate]: p.closed ? closedAt : null
    }, { stamp: { created: openedAt } });
  });
}
