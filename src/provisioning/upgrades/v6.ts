/**
 * Migrations of the upgrade from schema version 5 to 6 (src/schema/upgrades.ts): status report drafts
 * get a list of their own, and each reported project's summary gets the columns new in schema 6. StatusReports keeps the published reports, which project managers may add
 * and read but not edit (`PMO Hub Add Items`), so a draft left in StatusReports would be frozen.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';
import { ProjectService } from '../../services/ProjectService';
import { siteAddress } from '../../services/site';
import { restSiteTimeZone } from '../../services/siteTimeZone';

/** The columns a draft keeps when it moves (both lists define them; Id and ReportStatus stay behind). */
const DRAFT_COLUMNS: ReadonlyArray<string> = [
  'Title', 'ReportDate', 'PeriodStart', 'PeriodEnd', 'RagOverall', 'RagSchedule', 'RagCost', 'RagScope', 'RagRisk', 'RagQuality', 'RagResources', 'RagDetailsJson',
  'PlannedValue', 'EarnedValue', 'ActualCost', 'BudgetAtCompletion', 'PercentComplete', 'EacMethod', 'EvmSourcesJson', 'Highlights', 'NextSteps', 'Escalations'
];

/**
 * v5 → v6: every StatusReports item still in ReportStatus 'Draft' is copied into StatusReportDrafts
 * (its StatusReports id in LegacyReportNumber) and then deleted from StatusReports. Idempotent: a draft
 * whose copy exists (found by the indexed LegacyReportNumber) is only deleted, so a run stopped between
 * the copy and the delete neither copies it twice nor loses it. Returns the drafts moved or finished.
 */
export async function moveReportDrafts(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const reports = sp.web.getList(ctx.listUrl('StatusReports'));
  const drafts = sp.web.getList(ctx.listUrl('StatusReportDrafts'));
  const found: Array<Record<string, unknown>> = [];
  // ReportStatus is indexed, so the filter stays within the list view threshold on a large list.
  for await (const page of reports.items.select('Id', 'ProjectId', ...DRAFT_COLUMNS).filter("ReportStatus eq 'Draft'").top(1000)) {
    found.push(...(page as Array<Record<string, unknown>>));
  }
  let moved = 0;
  for (const r of found) {
    const id = r.Id as number;
    const copies = (await drafts.items.select('Id').filter(`LegacyReportNumber eq ${id}`).top(1)()) as unknown[];
    if (copies.length === 0) {
      const values: Record<string, unknown> = { ProjectId: r.ProjectId, LegacyReportNumber: id };
      for (const c of DRAFT_COLUMNS) if (r[c] !== null && r[c] !== undefined) values[c] = r[c];
      await drafts.items.add(values);
    }
    await reports.items.getById(id).delete();
    moved++;
  }
  ctx.log(`StatusReports: ${moved} drafts moved to StatusReportDrafts`);
  return moved;
}

/** The Projects columns schema 6 added to the summary (the latest published report's). */
const SUMMARY_V6: ReadonlyArray<string> = ['RagQuality', 'RagResources', 'PlannedValue', 'EarnedValue', 'ActualCost', 'BudgetAtCompletion'];
/** Projects refreshed between two progress lines. */
const PROGRESS_EVERY: number = 100;

/** Ids of the projects with at least one published report: StatusReports paged by ID without a filter (no list view threshold). */
async function reportedProjects(sp: SPFI, ctx: IUpgradeContext): Promise<Set<number>> {
  const ids = new Set<number>();
  for await (const page of sp.web.getList(ctx.listUrl('StatusReports')).items.select('Id', 'ProjectId', 'ReportStatus').top(5000)) {
    for (const r of page as Array<Record<string, unknown>>) if (r.ReportStatus === 'Published' && typeof r.ProjectId === 'number') ids.add(r.ProjectId);
  }
  return ids;
}

/**
 * v5 → v6: a site upgraded with published status reports has the summary columns new in schema 6
 * empty, so the portfolio roll-up would call those projects "no report". Each project with a
 * published report whose summary lacks them (no LastReportDate, or none of the six columns set) is
 * refreshed through {@link ProjectService.refreshSummary}, the summary's one owner (it reads the latest
 * published report and the milestones, and writes only what changed, ETag-guarded). StatusReports and
 * Projects are paged by ID without a filter (threshold-safe); it runs after the drafts have moved.
 * Idempotent: a refreshed project no longer matches (one whose latest report gives none of the six is
 * refreshed again, which writes nothing). Logs progress every 100 projects; returns the projects refreshed.
 */
export async function refreshProjectSummaries(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const reported = await reportedProjects(sp, ctx);
  const stale: number[] = [];
  for await (const page of sp.web.getList(ctx.listUrl('Projects')).items.select('Id', 'LastReportDate', ...SUMMARY_V6).top(5000)) {
    for (const p of page as Array<Record<string, unknown>>) {
      const empty = (c: string): boolean => p[c] === null || p[c] === undefined || p[c] === '';
      if (reported.has(p.Id as number) && (empty('LastReportDate') || SUMMARY_V6.every(empty))) stale.push(p.Id as number);
    }
  }
  if (stale.length === 0) {
    ctx.log('Projects: every reported project\'s summary is up to date');
    return 0;
  }
  const web = await sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
  const projects = new ProjectService(sp, siteAddress(web.ServerRelativeUrl), restSiteTimeZone(sp));
  let done = 0;
  for (const id of stale) {
    await projects.refreshSummary(id);
    if (++done % PROGRESS_EVERY === 0) ctx.log(`Projects: ${done} of ${stale.length} summaries refreshed from their latest published report`);
  }
  ctx.log(`Projects: ${done} summaries refreshed from their latest published report`);
  return done;
}
