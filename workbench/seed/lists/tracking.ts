/**
 * What schema 7 added to a project's registers, drawn from their own stream so that the registers'
 * earlier data stays the same: each risk's proximity and PRINCE2 response, its rating at the last two
 * published status reports (RiskSnapshots, as StatusReportService writes them at publish, so the RAID
 * log shows a trend), the scope a change request touches, how a benefit is measured and its realised
 * value over time (BenefitMeasurements, as BenefitService writes them), and the evidence register of the
 * project's last passed gate in its library (ProjectDocuments).
 */
import { isOpenRisk } from '../../../src/domain/governance';
import type { RiskResponse } from '../../../src/domain/governance/vocabulary';
import { BenefitMeasurementsList, BenefitsList, ChangeRequestsList, GateReviewsList, IssuesList, ProjectDocumentsList, RiskSnapshotsList, RisksList, StatusReportsList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { dayOf, workday } from '../dates';
import { BENEFIT_MEASURES, EVIDENCE_COMMENTS, EVIDENCE_DOCUMENT, SCOPE_IMPACTS } from '../governanceTexts';
import { ref, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row, type SeedLists } from '../rows';
import { REF_DAY, clamp, iso, round2 } from '../shared';
import { BENEFITS, CHANGES } from '../text';
import type { IProjectScope } from './scope';

const K = RisksList.fields;
const I = IssuesList.fields;
const S = RiskSnapshotsList.fields;
const C = ChangeRequestsList.fields;
const B = BenefitsList.fields;
const M = BenefitMeasurementsList.fields;
const V = GateReviewsList.fields;
const DOC = ProjectDocumentsList.fields;
const riskResponse = choiceCodes(RisksList.choices.RiskResponse);
const documentType = choiceCodes(ProjectDocumentsList.choices.DocumentType);

/**
 * Projects whose library gets an evidence document: uploads are not batched (one request each), so the
 * demo's first projects have one and a 5,000-project seed does not upload thousands of files.
 */
export const EVIDENCE_DOCUMENT_PROJECTS: number = 100;

/** The rows of a list appended from `first` on. */
function since(lists: SeedLists, list: Parameters<SeedLists['rows']>[0], first: number): ISeedRow[] {
  return lists.rows(list).slice(first);
}

/** A rating one step away (1–5), or the same. */
function step(rng: Rng, value: number, direction: -1 | 0 | 1): number {
  return direction === 0 ? value : clamp(value + direction, 1, 5);
}

/**
 * Proximity and response of the project's risks (rows from `firstRisk` on) and their snapshots at the
 * project's last two published reports: open risks only (as publishing writes them); about one risk in
 * ten is newer than the last report (no snapshot: its trend is "new"), the others were rated the same,
 * lower (now rising) or higher (now falling) at the last report. Each risk is raised (Created) before
 * its first snapshot, a "new" one after the last report.
 */
export function riskTracking(rng: Rng, lists: SeedLists, p: IProjectScope, firstRisk: number): void {
  const risks = since(lists, RisksList, firstRisk);
  const published = p.s.reports.filter(r => r.published && r.index >= 0).slice(-2);
  const snapshots: ISeedRow[] = [];
  risks.forEach((r, k) => {
    const v = r.values;
    const open = isOpenRisk({ status: String(v[K.RiskStatus]) });
    const due = typeof v[K.DueDate] === 'string' ? dayOf(v[K.DueDate] as string) : REF_DAY + 60;
    v[K.Proximity] = iso(workday(open ? clamp(due - rng.int(0, 45), REF_DAY + 5, REF_DAY + 365) : Math.min(due, REF_DAY - 1)));
    const response: RiskResponse = v[K.Mitigation] ? rng.weighted<RiskResponse>([['Reduce', 6], ['Avoid', 2], ['Fallback', 1], ['Transfer', 1], ['Share', 1]]) : 'Accept';
    v[K.RiskResponse] = riskResponse(response);
    const firstReportDay = published.length ? published[0].day : REF_DAY;
    if (!open || rng.chance(0.1)) {
      // Raised during the project; an open risk without a rating at the last report was raised after it ("new").
      const after = open && published.length ? published[published.length - 1].day + 1 : p.startDay;
      r.stamp = stampOn(clamp(after + rng.int(0, 40), after, Math.min(REF_DAY - 1, Math.max(after, p.lastDay))));
      return;
    }
    r.stamp = stampOn(clamp(firstReportDay - rng.int(1, 120), p.startDay, firstReportDay - 1));
    const probability = Number(v[K.Probability]);
    const impact = Number(v[K.Impact]);
    const moved = rng.weighted<'same' | 'rising' | 'falling'>([['same', 6], ['rising', 2], ['falling', 2]]);
    const direction: -1 | 0 | 1 = moved === 'rising' ? -1 : moved === 'falling' ? 1 : 0;
    const last = { probability: step(rng, probability, rng.chance(0.5) ? direction : 0), impact: impact };
    if (last.probability === probability) last.impact = step(rng, impact, direction);
    const ratings = [{ probability: step(rng, last.probability, rng.chance(0.3) ? -1 : 0), impact: last.impact }, last];
    published.forEach((report, j) => {
      const rating = ratings[ratings.length - published.length + j];
      snapshots.push(row(RiskSnapshotsList, {
        [S.Title]: `${String(v[K.Title])} @ ${iso(report.day).slice(0, 10)}`.slice(0, 255), [S.Risk]: ref(RisksList, firstRisk + k), [S.Project]: p.project,
        [S.StatusReport]: ref(StatusReportsList, report.index), [S.SnapshotDate]: iso(report.day), [S.Probability]: rating.probability, [S.Impact]: rating.impact
      }));
    });
  });
  lists.append(RiskSnapshotsList, snapshots);
}

/** A row's Created and Modified on a day (its history, as a migration keeps it). */
function stampOn(day: number): ISeedRow['stamp'] {
  return { created: iso(day), modified: iso(day) };
}

/**
 * When each of the project's issues (rows from `firstIssue` on) was raised: a week to two months before
 * it is due, and before the reference date (so the portfolio's "open issues by age" spreads over its
 * buckets, and an overdue issue is not "raised this week").
 */
export function issueStamps(rng: Rng, lists: SeedLists, p: IProjectScope, firstIssue: number): void {
  for (const r of since(lists, IssuesList, firstIssue)) {
    const due = typeof r.values[I.DueDate] === 'string' ? dayOf(r.values[I.DueDate] as string) : REF_DAY;
    const raised = Math.min(due - rng.int(7, 60), REF_DAY - rng.int(1, 150));
    r.stamp = stampOn(clamp(raised, p.startDay, REF_DAY - 1));
  }
}

/** The scope each of the project's change requests (rows from `firstChange` on) touches, in the site's language. */
export function changeTracking(lists: SeedLists, p: IProjectScope, firstChange: number): void {
  for (const r of since(lists, ChangeRequestsList, firstChange)) {
    const k = CHANGES[p.lang].indexOf(String(r.values[C.Title]));
    r.values[C.ScopeImpact] = k >= 0 ? SCOPE_IMPACTS[p.lang][k] : null;
  }
}

/**
 * How each of the project's benefits (rows from `firstBenefit` on) is measured, and its measurements:
 * quarterly over the last year up to the reference date, from the project's planned end when it is
 * finished (else from its first quarter: early benefits), moving from the baseline to the realised value, the last one equal to it.
 * A benefit without a realised value has none.
 */
export function benefitTracking(rng: Rng, lists: SeedLists, p: IProjectScope, firstBenefit: number): void {
  const measurements: ISeedRow[] = [];
  since(lists, BenefitsList, firstBenefit).forEach((r, k) => {
    const v = r.values;
    const index = BENEFITS[p.lang].findIndex(b => b[0] === v[B.Title]);
    v[B.BenefitMeasure] = index >= 0 ? BENEFIT_MEASURES[p.lang][index] : null;
    if (typeof v[B.ActualValue] !== 'number') return;
    const baseline = Number(v[B.BaselineValue] ?? 0);
    const actual = v[B.ActualValue] as number;
    const from = Math.max(Math.min(p.finished ? p.plannedEndDay : p.startDay + 90, REF_DAY - 30), REF_DAY - 365);
    const days: number[] = [];
    for (let day = REF_DAY - 14; day >= from && days.length < 6; day -= 91) days.unshift(workday(day));
    days.forEach((day, j) => {
      const share = days.length === 1 ? 1 : (j + 1) / days.length;
      const value = j === days.length - 1 ? actual : round2(baseline + (actual - baseline) * share * rng.range(0.85, 1));
      measurements.push(row(BenefitMeasurementsList, {
        [M.Title]: `${String(v[B.Title])} – ${iso(day).slice(0, 10)}`.slice(0, 255), [M.Benefit]: ref(BenefitsList, firstBenefit + k), [M.Project]: p.project,
        [M.MeasureDate]: iso(day), [M.RealisedValue]: value, [M.Comment]: null
      }));
    });
  });
  lists.append(BenefitMeasurementsList, measurements);
}

/** A file name SharePoint accepts: without the characters it refuses in names. */
function fileName(name: string): string {
  return name.replace(/["*:<>?/\\|#%~&{}]/g, '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/**
 * The evidence register of the project's last passed gate (a Markdown file in ProjectDocuments, typed
 * GateEvidence): the checklist's evidence comments, as the project manager filed them. Only for the
 * first EVIDENCE_DOCUMENT_PROJECTS projects, from the gate reviews appended from `firstReview` on.
 */
export function evidenceDocuments(lists: SeedLists, p: IProjectScope, firstReview: number): void {
  if (p.s.index >= EVIDENCE_DOCUMENT_PROJECTS) return;
  const passed = since(lists, GateReviewsList, firstReview).filter(r => r.values[V.GateDecision] === 'Passed' || r.values[V.GateDecision] === 'PassedWithConditions');
  const last = passed[passed.length - 1];
  if (!last) return;
  const gate = String(last.values[V.Title]).split(' – ')[0];
  const title = EVIDENCE_DOCUMENT[p.lang](gate);
  const answers = ((last.values[V.ChecklistResultJson] as { json?: { answers?: Array<{ comment?: string }> } }).json?.answers ?? [])
    .map(a => a.comment).filter((c): c is string => !!c);
  const lines = (answers.length ? answers : EVIDENCE_COMMENTS[p.lang]).map(c => `- ${c}`);
  lists.append(ProjectDocumentsList, [row(
    ProjectDocumentsList,
    { [DOC.Title]: `${title} – ${p.short}`.slice(0, 255), [DOC.Project]: p.project, [DOC.DocumentType]: documentType('GateEvidence') },
    { file: { name: `${fileName(`${title} – ${p.short}`)} (${p.s.index + 1}).md`, content: `# ${title}\n\n${p.s.title}\n\n${lines.join('\n')}\n` } }
  )]);
}
