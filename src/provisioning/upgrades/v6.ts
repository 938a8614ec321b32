/**
 * Migration of the upgrade from schema version 5 to 6 (src/schema/upgrades.ts): status report drafts
 * get a list of their own. StatusReports keeps the published reports, which project managers may add
 * and read but not edit (`PMO Hub Add Items`), so a draft left in StatusReports would be frozen.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';

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
