/**
 * The dashboard's model (pure): the KPI tiles and the charts' series of the projects in scope, from
 * the Projects rows (the latest published report's RAG and earned value) and the days' figures
 * (kpiFigures.ts). The RAG shares and SPI/CPI KPIs run src/domain/kpi's own formulas over the status
 * reports the figures keep for each period end plus the current one from Projects; every other KPI adds
 * the projects' partial sums of its period's figures up.
 */
import type { IsoDay } from '../domain/dates';
import { earnedValue } from '../domain/evm';
import { INTAKE_STATE_ORDER } from '../domain/intake';
import {
  checkKpiDefinition, kpiFormula, kpiStatus, kpiTrend, trendDirection, type IKpiContext, type IKpiDefinitionInput, type IKpiProject, type IKpiStatusReport, type IKpiTrend, type KpiResult
} from '../domain/kpi';
import { hasEnded, type IPortfolioRef, type IPortfolioRow } from '../domain/portfolio';
import { ragDistribution } from '../domain/reports';
import { figuresReports, isReportFormula, kpiFromFigures, type IDayFigures } from './kpiFigures';
import type { IDashboardBudgetPoint, IDashboardCharts, IDashboardConfiguration, IDashboardIndexPoint, IDashboardKpi, IKpiDefinitionRow } from './DashboardService';

/** A project of the dashboard: its Portfolio row, its KPI project and the earned value Projects carries. */
export interface IDashboardProject {
  row: IPortfolioRow;
  kpi: IKpiProject;
  pv?: number;
  ev?: number;
  ac?: number;
  bac?: number;
}

/** What the KPIs of one scope are computed from. */
export interface IKpiScope {
  /** The projects in scope. */
  projects: ReadonlyArray<IDashboardProject>;
  /** The trend's period ends, oldest first; the last is the current day. */
  periods: ReadonlyArray<IsoDay>;
  /** The figures of each period end but the last, by day. */
  past: ReadonlyMap<IsoDay, IDayFigures>;
  /** The figures for the current period (of `current.day`, today or an earlier day of the period). */
  current: IDayFigures;
  /** The context's settings (the day is set per point). */
  context: Omit<IKpiContext, 'at'>;
}

/** A status report id above any SharePoint item id: the current report from Projects wins over a stored one of the same day. */
const CURRENT_REPORT_ID: number = Number.MAX_SAFE_INTEGER;

/** The latest published report of each project in scope, as Projects carries it. */
function currentReports(projects: ReadonlyArray<IDashboardProject>): IKpiStatusReport[] {
  const out: IKpiStatusReport[] = [];
  for (const p of projects) {
    if (!p.row.lastReportDate) continue;
    const overall = p.row.rag.overall;
    out.push({ id: CURRENT_REPORT_ID, projectId: p.row.id, reportDate: p.row.lastReportDate, status: 'Published', rag: overall ? { overall } : {}, pv: p.pv, ev: p.ev, ac: p.ac, bac: p.bac });
  }
  return out;
}

/** Each KpiDefinitions item checked: its definition, or its problems. */
export function definitionRows(items: ReadonlyArray<{ id: number; etag: string; input: IKpiDefinitionInput }>): IKpiDefinitionRow[] {
  return items.map(i => {
    const check = checkKpiDefinition(i.input);
    return check.ok ? { ...i, definition: check.definition, problems: [] } : { ...i, problems: check.problems };
  }).sort((a, b) => (a.input.name ?? '').localeCompare(b.input.name ?? ''));
}

/** The definitions that show: the configuration's codes in its order (valid and active ones), else every active valid one, by title. */
export function shownDefinitions(rows: ReadonlyArray<IKpiDefinitionRow>, configuration: IDashboardConfiguration): IKpiDefinitionRow[] {
  const usable = rows.filter(r => r.definition && r.definition.active);
  const codes = configuration.kpiCodes;
  if (!codes || codes.length === 0) return usable;
  const byCode = new Map(usable.map(r => [r.definition?.code.toLowerCase() ?? '', r] as const));
  return codes.map(c => byCode.get(c.trim().toLowerCase())).filter((r): r is IKpiDefinitionRow => !!r);
}

/** The KPI tiles of a scope: value, status and trend of each definition shown. */
export function dashboardKpis(rows: ReadonlyArray<IKpiDefinitionRow>, scope: IKpiScope): IDashboardKpi[] {
  const ids = new Set(scope.projects.map(p => p.row.id));
  const kpiProjects = scope.projects.map(p => p.kpi);
  const at = scope.periods[scope.periods.length - 1];
  const reports = [...figuresReports([...scope.past.values(), scope.current], ids), ...currentReports(scope.projects)];
  const reportData = { projects: kpiProjects, reports };
  const out: IDashboardKpi[] = [];
  for (const row of rows) {
    const d = row.definition;
    if (!d) continue;
    const formula = kpiFormula(d.formula);
    let trend: IKpiTrend;
    if (isReportFormula(d.formula)) {
      trend = kpiTrend(d.formula, reportData, { ...scope.context, at }, { periods: scope.periods.length, higherIsBetter: d.higherIsBetter });
    } else {
      const points = scope.periods.map((end, i) => {
        const figures = i === scope.periods.length - 1 ? scope.current : scope.past.get(end);
        const result: KpiResult = figures ? kpiFromFigures(d.formula, figures, ids, { ...scope.context, at: figures.day }) : { kind: 'noData', reason: 'noProjects' };
        return { end, result };
      });
      trend = { points, ...trendDirection(points.map(p => (p.result.kind === 'value' ? p.result.value : undefined)), d.higherIsBetter, formula.unit) };
    }
    const result = trend.points[trend.points.length - 1].result;
    out.push({ id: row.id, definition: d, result, status: kpiStatus(result, { greenThreshold: d.greenThreshold, amberThreshold: d.amberThreshold, higherIsBetter: d.higherIsBetter }, d.unit), trend });
  }
  return out;
}

/** The budget chart: each programme's (and the projects without one) budget lines per fiscal year, from the current figures. */
function budgetSeries(projects: ReadonlyArray<IDashboardProject>, current: IDayFigures, compare: (a: string, b: string) => number): IDashboardBudgetPoint[] {
  const groups = new Map<string, IDashboardBudgetPoint>();
  for (const p of projects) {
    for (const [fiscalYear, planned, forecast, actual] of current.projects.get(p.row.id)?.years ?? []) {
      const key = `${p.row.programme?.id ?? 0}/${fiscalYear}`;
      const g = groups.get(key) ?? { ...(p.row.programme ? { programme: p.row.programme } : {}), fiscalYear, planned: 0, forecast: 0, actual: 0 };
      g.planned += planned;
      g.forecast += forecast;
      g.actual += actual;
      groups.set(key, g);
    }
  }
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [...groups.values()].map(g => ({ ...g, planned: round(g.planned), forecast: round(g.forecast), actual: round(g.actual) })).sort((a, b) => {
    if (!a.programme !== !b.programme) return a.programme ? -1 : 1;
    return (a.programme && b.programme ? compare(a.programme.title, b.programme.title) || a.programme.id - b.programme.id : 0) || a.fiscalYear - b.fiscalYear;
  });
}

/** The SPI/CPI scatter: running projects whose latest report has both indices. */
function indexSeries(projects: ReadonlyArray<IDashboardProject>): IDashboardIndexPoint[] {
  const out: IDashboardIndexPoint[] = [];
  for (const p of projects) {
    if (hasEnded(p.row.status)) continue;
    const f = earnedValue({ pv: p.pv, ev: p.ev, ac: p.ac, bac: p.bac });
    if (f.spi === null || f.cpi === null) continue;
    out.push({ projectId: p.row.id, title: p.row.title, ...(p.row.code ? { code: p.row.code } : {}), spi: f.spi, cpi: f.cpi, ...(p.pv !== undefined ? { pv: p.pv } : {}) });
  }
  return out;
}

/** The charts' series of a scope. */
export function dashboardCharts(projects: ReadonlyArray<IDashboardProject>, current: IDayFigures, compare: (a: string, b: string) => number): IDashboardCharts {
  let onTime = 0;
  let due = 0;
  let lateOpen = 0;
  for (const p of projects) {
    const f = current.projects.get(p.row.id)?.register;
    if (!f) continue;
    if (f.MilestonesOnTime) {
      onTime += f.MilestonesOnTime[0];
      due += f.MilestonesOnTime[1];
    }
    if (f.MilestonesLate) lateOpen += f.MilestonesLate[0];
  }
  const distribution = ragDistribution(projects.map(p => p.row));
  return {
    rag: { counts: distribution.counts, notReported: distribution.notReported },
    budget: budgetSeries(projects, current, compare),
    earnedValue: indexSeries(projects),
    milestones: { onTime, late: due - onTime, lateOpen },
    intake: INTAKE_STATE_ORDER.filter(s => s !== 'Draft').map(state => ({ state, count: current.intake.states[state] ?? 0 }))
  };
}

/** The filter's options: programmes and active objectives by title, the departments projects name. */
export function dashboardOptions(rows: ReadonlyArray<IPortfolioRow>, programmes: ReadonlyArray<IPortfolioRef>, objectives: ReadonlyArray<IPortfolioRef>, compare: (a: string, b: string) => number): {
  programmes: IPortfolioRef[]; departments: string[]; objectives: IPortfolioRef[];
} {
  const departments = Array.from(new Set(rows.map(r => r.department).filter((d): d is string => !!d))).sort(compare);
  const byTitle = (a: IPortfolioRef, b: IPortfolioRef): number => compare(a.title, b.title) || a.id - b.id;
  return { programmes: programmes.slice().sort(byTitle), departments, objectives: objectives.slice().sort(byTitle) };
}
