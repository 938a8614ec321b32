/**
 * A project's registers: Risks (probability, impact, owner, mitigation), Issues (priority, owner,
 * resolution), project board Decisions and ChangeRequests. A finished project's risks and issues are
 * closed and its changes decided.
 */
import type { Priority } from '../../../src/domain/vocabulary';
import { ChangeRequestsList, DecisionsList, IssuesList, RisksList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { workday } from '../dates';
import { user, users, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row } from '../rows';
import { REF_DAY, clamp, iso } from '../shared';
import { CHANGES, DECISIONS, EXPECTED_BENEFITS, ISSUES, MITIGATIONS, RESOLUTIONS, RISKS } from '../text';
import { countFor, dueAround, type IProjectScope } from './scope';

const K = RisksList.fields;
const I = IssuesList.fields;
const D = DecisionsList.fields;
const C = ChangeRequestsList.fields;
const riskStatus = choiceCodes(RisksList.choices.RiskStatus);
const riskCategory = choiceCodes(RisksList.choices.RiskCategory);
const issueStatus = choiceCodes(IssuesList.choices.IssueStatus);
const decisionBody = choiceCodes(DecisionsList.choices.DecisionBody);
const decisionOutcome = choiceCodes(DecisionsList.choices.DecisionOutcome);
const changeStatus = choiceCodes(ChangeRequestsList.choices.ChangeStatus);

/** The category of each risk text (by its position in RISKS). */
const RISK_CATEGORY: ReadonlyArray<string> = riskCategory.many(['Schedule', 'Quality', 'Compliance', 'Other', 'Security', 'Scope', 'Other', 'Cost', 'Cost', 'Compliance']);

/** The project's risks. */
export function riskRows(rng: Rng, p: IProjectScope): ISeedRow[] {
  const L = p.lang;
  const rows: ISeedRow[] = [];
  // No two risks of a project share a title while the texts last (the same draws as before).
  const used = new Set<number>();
  const indexes = RISKS[L].map((_r, k) => k);
  for (let i = countFor(rng, p, [0, 2], [3, 9], [2, 6]); i > 0; i--) {
    const t = rng.pickFresh(indexes, used);
    const status = p.finished ? riskStatus('Closed') : rng.weighted(riskStatus.weights([['Open', 45], ['Mitigating', 35], ['Occurred', 8], ['Closed', 12]]));
    // Drawn in the order they always were (the demo stays the same); RiskExposure is the score as an indexed number.
    const probability = rng.int(1, 5);
    const impact = rng.int(1, 5);
    rows.push(row(RisksList, {
      [K.Title]: RISKS[L][t], [K.Project]: p.project, [K.RiskStatus]: status, [K.RiskCategory]: RISK_CATEGORY[t], [K.Probability]: probability, [K.Impact]: impact,
      [K.RiskExposure]: probability * impact,
      [K.RiskOwner]: user(rng.pick(p.owners).userPrincipalName), [K.Mitigation]: rng.chance(0.85) ? rng.pick(MITIGATIONS[L]) : null, [K.DueDate]: dueAround(rng, p)
    }));
  }
  return rows;
}

/** The project's issues. */
export function issueRows(rng: Rng, p: IProjectScope): ISeedRow[] {
  const L = p.lang;
  const rows: ISeedRow[] = [];
  const used = new Set<number>();
  for (let i = countFor(rng, p, [0, 0], [0, 5], [0, 3]); i > 0; i--) {
    const status = p.finished ? issueStatus('Closed') : rng.weighted(issueStatus.weights([['Open', 35], ['InProgress', 35], ['Resolved', 20], ['Closed', 10]]));
    rows.push(row(IssuesList, {
      [I.Title]: rng.pickFresh(ISSUES[L], used), [I.Project]: p.project, [I.IssueStatus]: status, [I.Priority]: rng.weighted<Priority>([['Low', 2], ['Medium', 5], ['High', 3], ['Critical', 1]]),
      [I.IssueOwner]: user(rng.pick(p.owners).userPrincipalName), [I.DueDate]: dueAround(rng, p), [I.Summary]: `${p.s.title}: ${rng.pick(ISSUES[L])}.`,
      [I.Resolution]: status === issueStatus('Resolved') || status === issueStatus('Closed') ? rng.pick(RESOLUTIONS[L]) : null
    }));
  }
  return rows;
}

/** Decisions of the project board (and a few of the PMO). */
export function projectDecisionRows(rng: Rng, p: IProjectScope): ISeedRow[] {
  const { s, startDay, lastDay } = p;
  const L = p.lang;
  const rows: ISeedRow[] = [];
  const used = new Set<number>();
  for (let i = countFor(rng, p, [0, 1], [1, 3], [1, 3]); i > 0; i--) {
    const day = workday(clamp(startDay + rng.int(20, 700), startDay, Math.min(lastDay, REF_DAY - 1)));
    rows.push(row(DecisionsList, {
      [D.Title]: rng.pickFresh(DECISIONS[L], used), [D.Project]: p.project, [D.DecisionDate]: iso(day), [D.DecisionBody]: decisionBody(rng.chance(0.85) ? 'ProjectBoard' : 'Pmo'),
      [D.DecisionOutcome]: rng.weighted(decisionOutcome.weights([['Approved', 6], ['Noted', 2], ['Deferred', 1], ['Rejected', 1]])),
      [D.DecidedBy]: users([s.sponsor.userPrincipalName, s.pm.userPrincipalName]), [D.Rationale]: rng.pick(EXPECTED_BENEFITS[L])
    }));
  }
  return rows;
}

/** The project's change requests; submitted and assessed ones are not decided yet. */
export function changeRequestRows(rng: Rng, p: IProjectScope): ISeedRow[] {
  const { s, startDay, lastDay } = p;
  const L = p.lang;
  const rows: ISeedRow[] = [];
  const used = new Set<number>();
  for (let i = countFor(rng, p, [0, 0], [0, 3], [0, 2]); i > 0; i--) {
    const status = p.finished
      ? rng.weighted(changeStatus.weights([['Implemented', 3], ['Rejected', 1]]))
      : rng.weighted(changeStatus.weights([['Submitted', 2], ['Assessed', 2], ['Approved', 2], ['Rejected', 1], ['Implemented', 2]]));
    const decided = status !== changeStatus('Submitted') && status !== changeStatus('Assessed');
    rows.push(row(ChangeRequestsList, {
      [C.Title]: rng.pickFresh(CHANGES[L], used), [C.Project]: p.project, [C.ChangeStatus]: status, [C.Priority]: rng.weighted<Priority>([['Low', 2], ['Medium', 5], ['High', 2], ['Critical', 1]]),
      [C.CostImpact]: Math.round(rng.range(-0.02, 0.12) * s.budget / 100) * 100, [C.ScheduleImpactDays]: rng.int(-5, 60), [C.Summary]: `${rng.pick(CHANGES[L])}.`,
      [C.DecisionDate]: decided ? iso(workday(clamp(startDay + rng.int(30, 600), startDay, Math.min(lastDay, REF_DAY - 1)))) : null
    }));
  }
  return rows;
}
