/**
 * TEST-ONLY: a small, hand-computable portfolio on a blank, provisioned emulator site, for the
 * controlling roll-up's service and component tests. Projects carry their denormalised summary
 * (latest RAG, LastReportDate, PV/EV/AC/BAC) as ProjectService.refreshSummary writes it.
 *
 * | project | programme | report | PV    | EV    | AC    | BAC    | overall | schedule |
 * |---------|-----------|--------|-------|-------|-------|--------|---------|----------|
 * | Alpha   | Archive   | yes    | 1,000 |   900 | 1,200 |  5,000 | Green   | Amber    |
 * | Beta    | Archive   | yes    | 3,000 | 3,100 | 2,500 | 10,000 | Amber   | —        |
 * | Gamma   | none      | yes    | 2,000 | 1,500 |   —   |  4,000 | Red     | —        |
 * | Delta   | Archive   | none   |       |       |       |        |         |          |
 * | Omega   | Archive   | yes (closed: not counted)  | 9,999 | … |  |  | Red     |          |
 *
 * KPI rules: SPI green ≥ 0.95, amber ≥ 0.90 (schedule); CPI green ≥ 1.00, amber ≥ 0.90 (cost).
 */
import type { SPFI } from '../../platform/pnp';

const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);

/** The example's ids. */
export interface IControllingExample {
  programmeId: number;
  projectIds: Record<'alpha' | 'beta' | 'gamma' | 'delta' | 'omega', number>;
}

/** Adds the example's programme, projects and KPI rules (as the site owner). */
export async function seedControllingExample(sp: SPFI): Promise<IControllingExample> {
  const me = await sp.web.currentUser.select('Id')<{ Id: number }>();
  const programme = (await list(sp, 'Lists/Programmes').items.add({ Title: 'Archive programme' })) as { Id: number };
  const reported = { LastReportDate: '2026-10-30T00:00:00Z' };
  const add = async (Title: string, values: Record<string, unknown>): Promise<number> =>
    ((await list(sp, 'Lists/Projects').items.add({ Title, ProjectCode: Title.toUpperCase(), ProjectManagerId: me.Id, LifecycleStatus: 'Active', ...values })) as { Id: number }).Id;
  const projectIds = {
    alpha: await add('Alpha', { ProgrammeId: programme.Id, ...reported, RagOverall: 'Green', RagSchedule: 'Amber', PlannedValue: 1000, EarnedValue: 900, ActualCost: 1200, BudgetAtCompletion: 5000 }),
    beta: await add('Beta', { ProgrammeId: programme.Id, ...reported, RagOverall: 'Amber', PlannedValue: 3000, EarnedValue: 3100, ActualCost: 2500, BudgetAtCompletion: 10000 }),
    gamma: await add('Gamma', { ...reported, RagOverall: 'Red', PlannedValue: 2000, EarnedValue: 1500, BudgetAtCompletion: 4000 }),
    delta: await add('Delta', { ProgrammeId: programme.Id }),
    omega: await add('Omega', { ProgrammeId: programme.Id, LifecycleStatus: 'Closed', ...reported, RagOverall: 'Red', PlannedValue: 9999, EarnedValue: 1, ActualCost: 9999 })
  };
  const kpi = (Code: string, ReportDimension: string, KpiMetric: string, GreenThreshold: number, AmberThreshold: number): Promise<unknown> =>
    list(sp, 'Lists/KpiDefinitions').items.add({ Title: Code, Code, ReportDimension, KpiMetric, GreenThreshold, AmberThreshold, HigherIsBetter: true, IsActive: true });
  await kpi('KPI-SPI', 'schedule', 'Spi', 0.95, 0.9);
  await kpi('KPI-CPI', 'cost', 'Cpi', 1, 0.9);
  return { programmeId: programme.Id, projectIds };
}
