/**
 * A project's reporting: monthly StatusReports (from the simulated reports, with a comment on each
 * dimension that is not green and the decisions needed of some running projects), Milestones with
 * baseline, forecast and actual dates (the forecast slips with the schedule performance), the
 * project's next milestone (by the portfolio's rule), and MilestoneSnapshots at every quarterly
 * report for milestone trend analysis.
 */
import { nextMilestone } from '../../../src/domain/portfolio';
import { GatesList, MilestoneSnapshotsList, MilestonesList, StatusReportDraftsList, StatusReportsList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { monthEndDay, monthKey, monthStartDay, workday } from '../dates';
import { ref, type ISeedRow, type SeedValue } from '../model';
import { hashString, type Rng } from '../prng';
import { DIMENSION_COMMENTS, ESCALATIONS, REPORT_DIMENSIONS, type ReportDimension } from '../reportTexts';
import { row, type SeedValues } from '../rows';
import { LAST_MONTH, REF_DAY, clamp, iso } from '../shared';
import { HIGHLIGHTS, MILESTONES, NEXT_STEPS } from '../text';
import { gateIndex } from './gates';
import type { IProjectScope } from './scope';
import type { IProjectSim } from '../simulate';

const R = StatusReportsList.fields;
const M = MilestonesList.fields;
const N = MilestoneSnapshotsList.fields;
const reportStatus = choiceCodes(StatusReportsList.choices.ReportStatus);
const milestoneStatus = choiceCodes(MilestonesList.choices.MilestoneStatus);

/** A milestone of a project, in days. */
export interface IMilestone {
  /** Its row in Milestones (set when appended; -1 before). */
  idx: number;
  title: string;
  gate?: string;
  baseline: number;
  forecast: number;
  actual?: number;
  status: string;
}

const D = StatusReportDraftsList.fields;

/**
 * The project's monthly reports, authored by its project manager (in the order of `s.reports`): the
 * rows of StatusReports (published) and of StatusReportDrafts (a report not yet published, since
 * schema 6 in a list of its own). Each report takes the same draws, published or not.
 */
export function statusReportRows(rng: Rng, p: IProjectScope): { published: ISeedRow[]; drafts: ISeedRow[] } {
  const rows = reportRows(rng, p);
  const published: ISeedRow[] = [];
  const drafts: ISeedRow[] = [];
  p.s.reports.forEach((r, k) => {
    if (r.published) published.push(rows[k]);
    else drafts.push(draftRow(rows[k]));
  });
  return { published, drafts };
}

/** A report's row as a draft: the columns both lists have (no status). */
function draftRow(report: ISeedRow): ISeedRow {
  const values: Record<string, SeedValue> = {};
  const columns = new Set<string>(Object.values(D));
  for (const [k, v] of Object.entries(report.values)) if (columns.has(k)) values[k] = v;
  // Only the drafts list's own columns were kept above.
  return row(StatusReportDraftsList, values as SeedValues<'StatusReportDrafts'>, report.author ? { author: report.author } : undefined);
}

/**
 * A report's RagDetailsJson: every dimension in the configured order (overall first) with its RAG,
 * and the project manager's comment on each that is not green (picked by project, month and
 * dimension, without a draw: the rest of the demo stays as it was).
 */
function ragDetails(p: IProjectScope, r: IProjectSim['reports'][number]): string {
  const rags: Readonly<Record<ReportDimension, string>> = { overall: r.rag[0], schedule: r.rag[1], cost: r.rag[2], scope: r.rag[3], quality: r.quality, risk: r.rag[4], resources: r.resources };
  return JSON.stringify(REPORT_DIMENSIONS.map((dimension, k) => {
    const rag = rags[dimension];
    if (rag === 'Green') return { dimension, rag };
    const comment = DIMENSION_COMMENTS[p.lang][dimension][hashString(`${p.project.index}|${r.month}|${k}`) % 2];
    return { dimension, rag, comment };
  }));
}

/**
 * The decisions needed of a report (Escalations, one a line): on the latest published report of an
 * active project, two of the language's decisions when it is red overall, one when it is amber with
 * its schedule or cost off plan (a decision on time or money; picked by the project, without a
 * draw); none elsewhere. `k`: the report's index in `p.s.reports`; `latest`: that of its latest published report.
 */
function escalations(p: IProjectScope, k: number, latest: number): string | null { // eslint-disable-line @rushstack/no-new-null -- an empty SharePoint column
  const { s } = p;
  const r = s.reports[k];
  if (s.lifecycle !== 'Active' || k !== latest || r.rag[0] === 'Green') return null; // eslint-disable-line @rushstack/no-new-null -- as above
  const h = hashString(`${p.project.index}|decisions`);
  if (r.rag[0] === 'Amber' && r.rag[1] === 'Green' && r.rag[2] === 'Green') return null; // eslint-disable-line @rushstack/no-new-null -- as above
  const texts = ESCALATIONS[p.lang];
  const first = (h >>> 1) % texts.length;
  const count = r.rag[0] === 'Red' ? 2 : 1;
  return Array.from({ length: count }, (_, i) => texts[(first + i) % texts.length]).join('\n');
}

function reportRows(rng: Rng, p: IProjectScope): ISeedRow[] {
  const { s } = p;
  const latest = s.reports.map(x => x.published).lastIndexOf(true);
  return s.reports.map((r, k) =>
    row(StatusReportsList, {
      [R.Title]: `${p.short} – ${monthKey(r.month)}`,
      [R.Project]: p.project,
      [R.ReportDate]: iso(r.day),
      [R.PeriodStart]: iso(monthStartDay(r.month)),
      [R.PeriodEnd]: iso(monthEndDay(r.month)),
      [R.ReportStatus]: reportStatus(r.published ? 'Published' : 'Draft'),
      [R.RagOverall]: r.rag[0],
      [R.RagSchedule]: r.rag[1],
      [R.RagCost]: r.rag[2],
      [R.RagScope]: r.rag[3],
      [R.RagRisk]: r.rag[4],
      [R.RagQuality]: r.quality,
      [R.RagResources]: r.resources,
      [R.RagDetailsJson]: ragDetails(p, r),
      [R.Escalations]: escalations(p, k, latest),
      [R.PlannedValue]: r.pv,
      [R.EarnedValue]: r.ev,
      [R.ActualCost]: r.ac,
      [R.PercentComplete]: clamp(Math.round((r.ev / s.budget) * 100), 0, 100),
      [R.BudgetAtCompletion]: s.budget,
      [R.Highlights]: rng.pick(HIGHLIGHTS[p.lang]),
      [R.NextSteps]: rng.pick(NEXT_STEPS[p.lang])
    }, { author: s.pm.userPrincipalName })
  );
}

/** Milestones: baseline from the plan, forecast slipping with the schedule performance. */
export function simulateMilestones(rng: Rng, p: IProjectScope): IMilestone[] {
  const { s, startDay, span, lastDay } = p;
  const kinds: Array<{ k: number; frac: number; gate?: string }> = [{ k: 0, frac: 0, gate: 'G0' }, { k: 1, frac: 0.1, gate: 'G1' }, { k: 2, frac: 0.25 }];
  if (s.procurement) kinds.push({ k: 3, frac: 0.35, gate: 'G2' });
  if (rng.chance(0.5)) kinds.push({ k: 4, frac: 0.6 });
  kinds.push({ k: 5, frac: 0.85, gate: 'G3' }, { k: 6, frac: 1, gate: 'G4' });
  return kinds.map(kd => {
    const baseline = workday(startDay + Math.round(span * kd.frac));
    const slip = Math.max(-7, Math.round((1 - s.spiLast) * 260 * kd.frac + rng.normal(0, 6)));
    let forecast = workday(baseline + (kd.frac === 0 ? 0 : slip));
    let actual: number | undefined;
    let status: string;
    const cutoff = s.lifecycle === 'Active' || s.lifecycle === 'Proposed' ? REF_DAY - 1 : lastDay;
    if (s.lifecycle === 'Closed') {
      forecast = Math.min(forecast, lastDay);
      actual = forecast;
      status = milestoneStatus('Achieved');
    } else if (forecast <= cutoff && s.lifecycle !== 'Proposed') {
      actual = forecast;
      status = milestoneStatus('Achieved');
    } else if (s.lifecycle === 'Cancelled') {
      status = milestoneStatus('Cancelled');
    } else {
      if (forecast <= REF_DAY) forecast = workday(REF_DAY + rng.int(7, 60));
      status = milestoneStatus(baseline < REF_DAY || forecast - baseline > 20 ? 'Late' : 'Planned');
    }
    return { idx: -1, title: MILESTONES[p.lang][kd.k], gate: kd.gate, baseline, forecast, actual, status };
  });
}

/** The rows of a project's milestones, in order. */
export function milestoneRows(p: IProjectScope, milestones: ReadonlyArray<IMilestone>): ISeedRow[] {
  return milestones.map((m, order) =>
    row(MilestonesList, {
      [M.Title]: m.title,
      [M.Project]: p.project,
      [M.BaselineDate]: iso(m.baseline),
      [M.ForecastDate]: iso(m.forecast),
      [M.ActualDate]: m.actual !== undefined ? iso(m.actual) : null,
      [M.MilestoneStatus]: m.status,
      [M.Gate]: m.gate ? ref(GatesList, gateIndex(m.gate)) : null,
      [M.SortOrder]: (order + 1) * 10
    })
  );
}

/** The project's next milestone (title and date), by the same rule as the portfolio service. */
export function nextMilestoneOf(rows: ReadonlyArray<ISeedRow>): { title: string; date: string } | undefined {
  return nextMilestone(
    rows.map(r => {
      const v = r.values;
      return { title: String(v[M.Title]), status: String(v[M.MilestoneStatus]), baselineDate: v[M.BaselineDate] as string, forecastDate: v[M.ForecastDate] as string, actualDate: (v[M.ActualDate] as string | null) ?? undefined };
    })
  );
}

/** Milestone trend snapshots with every quarterly report (Jan, Apr, Jul, Oct); milestones and reports must have their rows. */
export function snapshotRows(p: IProjectScope, milestones: ReadonlyArray<IMilestone>): ISeedRow[] {
  const rows: ISeedRow[] = [];
  for (const r of p.s.reports) {
    // Snapshots are taken when a report is published (a draft has none).
    if (r.month % 3 !== LAST_MONTH % 3 || !r.published) continue;
    const snap = r.day;
    const periodStart = monthStartDay(r.month);
    for (const m of milestones) {
      if (m.actual !== undefined && m.actual < periodStart) continue;
      const achieved = m.actual !== undefined && m.actual <= snap;
      const progress = clamp((snap - p.startDay) / Math.max(1, m.forecast - p.startDay), 0, 1);
      const f = achieved ? (m.actual as number) : Math.max(snap + 1, workday(m.baseline + Math.round((m.forecast - m.baseline) * progress)));
      rows.push(row(MilestoneSnapshotsList, {
        [N.Title]: `${m.title} @ ${iso(snap).slice(0, 10)}`,
        [N.Milestone]: ref(MilestonesList, m.idx),
        [N.Project]: p.project,
        [N.SnapshotDate]: iso(snap),
        [N.BaselineDate]: iso(m.baseline),
        [N.ForecastDate]: iso(f),
        [N.ActualDate]: achieved ? iso(m.actual as number) : null,
        [N.StatusReport]: ref(StatusReportsList, r.index)
      }));
    }
  }
  return rows;
}
