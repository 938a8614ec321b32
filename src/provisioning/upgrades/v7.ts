/**
 * Migrations of the upgrade from schema version 6 to 7 (src/schema/upgrades.ts), governance: projects
 * and gates get a lifecycle and a stage code, the decisions recorded on gate reviews become board
 * decisions in Decisions (a gate review is now the project manager's immutable request), and risks get
 * their score as an indexed number. Each is idempotent and self-contained.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';
import type { GateDecision } from '../../domain/governance/vocabulary';
import type { DecisionOutcome } from '../../domain/scoring/vocabulary';
import { DecisionsList, GateReviewsList, GatesList, lookupId, ProjectsList, RisksList } from '../../schema/refs';

/* eslint-disable @rushstack/no-new-null -- item JSON from SharePoint REST uses null */
interface IStageRow {
  Id: number;
  Lifecycle?: string | null;
  StageCode?: string | null;
  Prince2Stage?: string | null;
}

interface IV6GateReview {
  Id: number;
  Title?: string | null;
  ProjectId?: number | null;
  ReviewDate?: string | null;
  Created: string;
  GateDecision?: string | null;
  Conditions?: string | null;
  ReviewersId?: number[] | null;
}

interface IRiskRow {
  Id: number;
  Probability?: number | null;
  Impact?: number | null;
  RiskExposure?: number | null;
}
/* eslint-enable @rushstack/no-new-null */

/** The lifecycle every project and gate of a schema-6 site follows. */
const V6_LIFECYCLE = 'prince2';

/**
 * The values a project or gate row lacks: Lifecycle 'prince2' when empty, StageCode = Prince2Stage when
 * empty and a PRINCE2 stage is set (PRINCE2's stage codes are the same in STAGE_CODES). Empty when the
 * row needs nothing.
 */
export function lifecycleBackfill(row: IStageRow): Record<string, string> {
  const values: Record<string, string> = {};
  if (!row.Lifecycle) values.Lifecycle = V6_LIFECYCLE;
  if (!row.StageCode && row.Prince2Stage) values.StageCode = row.Prince2Stage;
  return values;
}

/**
 * v6 → v7: every project and gate without a lifecycle gets 'prince2', and without a stage code its
 * Prince2Stage (where set). Pages through each list by id (no filter, so it stays within the list view
 * threshold at any size). Idempotent; returns the items written.
 */
export async function backfillLifecycle(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  let changes = 0;
  for (const ref of [ProjectsList, GatesList]) {
    const list = sp.web.getList(ctx.listUrl(ref.key));
    let written = 0;
    for await (const page of list.items.select('Id', 'Lifecycle', 'StageCode', 'Prince2Stage').top(1000)) {
      for (const row of page as IStageRow[]) {
        const values = lifecycleBackfill(row);
        if (Object.keys(values).length === 0) continue;
        await list.items.getById(row.Id).update(values);
        written++;
      }
    }
    ctx.log(`${ref.key}: ${written} items put on a lifecycle and stage`);
    changes += written;
  }
  return changes;
}

/** Each schema-6 gate review decision and the gate decision it is from schema 7 ('Pending': none). */
export const V6_GATE_DECISIONS: Readonly<Record<string, GateDecision>> = {
  Passed: 'Go',
  PassedWithConditions: 'GoWithConditions',
  Failed: 'Stop',
  Deferred: 'Recycle'
};

/** The decision outcome a gate decision records (Decisions.DecisionOutcome, shared with the board's other decisions). */
const OUTCOME_OF: Readonly<Record<GateDecision, DecisionOutcome>> = { Go: 'Approved', GoWithConditions: 'Approved', Stop: 'Rejected', Recycle: 'Deferred' };

const D = DecisionsList.fields;
const G = GateReviewsList.fields;

/**
 * The Decisions row that records a schema-6 review's decision, or undefined when the review was not
 * decided (Pending, empty or an unknown code). Body ProjectBoard, date = the review date (the review's
 * creation when it has none), decided by its reviewers, its conditions as the rationale.
 */
export function gateDecisionRow(review: IV6GateReview): Record<string, unknown> | undefined {
  const outcome = review.GateDecision && Object.prototype.hasOwnProperty.call(V6_GATE_DECISIONS, review.GateDecision) ? V6_GATE_DECISIONS[review.GateDecision] : undefined;
  if (!outcome) return undefined;
  return {
    [D.Title]: review.Title || `Gate review ${review.Id}`,
    [lookupId(D.Project)]: review.ProjectId ?? null,
    [lookupId(D.GateReview)]: review.Id,
    [D.GateOutcome]: outcome,
    [D.DecisionOutcome]: OUTCOME_OF[outcome],
    [D.DecisionBody]: 'ProjectBoard',
    [D.DecisionDate]: review.ReviewDate || review.Created,
    [lookupId(D.DecidedBy)]: review.ReviewersId ?? [],
    [D.Rationale]: review.Conditions || null
  };
}

/**
 * v6 → v7: each gate review with a decision other than Pending gets one Decisions row (see
 * `gateDecisionRow`), unless a decision naming the review exists (found by the indexed GateReview
 * lookup), so a run stopped midway adds none twice. The review keeps its GateDecision (unused from
 * schema 7). Returns the decisions added.
 */
export async function recordGateDecisions(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const reviews = sp.web.getList(ctx.listUrl(GateReviewsList.key));
  const decisions = sp.web.getList(ctx.listUrl(DecisionsList.key));
  const decided: IV6GateReview[] = [];
  const fields = [G.Id, G.Title, lookupId(G.Project), G.ReviewDate, G.Created, G.GateDecision, G.Conditions, lookupId(G.Reviewers)];
  for await (const page of reviews.items.select(...fields).top(1000)) {
    for (const r of page as IV6GateReview[]) if (gateDecisionRow(r)) decided.push(r);
  }
  let added = 0;
  for (const review of decided) {
    const existing = (await decisions.items.select(D.Id).filter(`${lookupId(D.GateReview)} eq ${review.Id}`).top(1)()) as unknown[];
    if (existing.length > 0) continue;
    await decisions.items.add(gateDecisionRow(review) as Record<string, unknown>);
    added++;
  }
  ctx.log(`Decisions: ${added} gate decisions recorded from gate reviews`);
  return added;
}

/**
 * v6 → v7: each risk whose RiskExposure is not its probability × impact gets it (risks without a
 * rating are left alone). Idempotent; returns the risks written.
 */
export async function fillRiskExposure(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const list = sp.web.getList(ctx.listUrl(RisksList.key));
  const R = RisksList.fields;
  let written = 0;
  for await (const page of list.items.select(R.Id, R.Probability, R.Impact, R.RiskExposure).top(1000)) {
    for (const row of page as IRiskRow[]) {
      if (!row.Probability || !row.Impact) continue;
      const exposure = row.Probability * row.Impact;
      if (row.RiskExposure === exposure) continue;
      await list.items.getById(row.Id).update({ [R.RiskExposure]: exposure });
      written++;
    }
  }
  ctx.log(`Risks: ${written} risk exposures written`);
  return written;
}
