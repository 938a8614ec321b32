/**
 * The dashboard's model (pure, no I/O): the KPI tiles and the charts' series of the projects in scope, from
 * the Projects rows (the latest published report's RAG and earned value) and the days' figures
 * (kpiFigures.ts). At the current day the RAG shares and SPI/CPI KPIs run src/domain/kpi's own
 * formulas over the reports Projects carries; every other point adds the projects' partial sums of its
 * period's figures up.
 */
import { readDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { rollUpEarnedValue } from '../domain/evm';
import { INTAKE_STATE_ORDER } from '../domain/intake';
import {
  checkKpiDefinition, computeKpi, kpiFormula, kpiStatus, ratedTrendDirection,
  type IKpiContext, type IKpiData, type IKpiDefinitionInput, type IKpiProject, type IKpiStatusReport, type IKpiTrend, type IKpiTrendPoint
} from '../domain/kpi';
import { hasEnded, type IPortfolioRef, type IPortfolioRow } from '../domain/portfolio';
import { ragDistribution } from '../domain/reports';
import { text } from './itemValues';
import { ProjectsList } from '../schema/refs';
import { CURRENT_REPORT_FORMULAS, figuresEntry, figuresYears, kpiFromRows, type IDayFigures, type ProjectFigures } from './kpiFigures';
import type { IDashboardBudgetPoint, IDashboardCharts, IDashboardConfiguration, IDashboardIndexPoint, IDashboardKpi, IKpiDefinitionRow } from './DashboardService';

const P = ProjectsList.fields;

/** The Projects columns a KPI project is made of. */
export const KPI_PROJECT_SELECT: ReadonlyArray<string> = [P.Id, P.LifecycleStatus, P.EndDate];

/** A Projects item as a KPI project: a closed or cancelled one ended on its end day. */
export function kpiProjectOf(r: Readonly<Record<string, unknown>>, zone: ISiteTimeZone): IKpiProject {
  const status = text(r[P.LifecycleStatus]);
  const endedOn = hasEnded(status) ? readDateOnly(text(r[P.EndDate]), zone) : undefined;
  return { id: r[P.Id] as number, status, ...(endedOn ? { endedOn } : {}) };
}

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

/** The id of a project's current report (Projects carries its values, not its id): one above any SharePoint item id. */
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

/**
 * The KPI tiles of a scope: value, status and trend of each definition shown. At the current day the
 * RAG shares and SPI/CPI run the domain's formula over the reports Projects carries (the latest
 * published ones); every other point adds its period's figures up (kpiFigures.ts).
 */
export function dashboardKpis(rows: ReadonlyArray<IKpiDefinitionRow>, scope: IKpiScope): IDashboardKpi[] {
  const ids = scope.projects.map(p => p.row.id);
  const last = scope.periods.length - 1;
  // Each period's figures of the projects in scope, looked up once for every formula.
  const figuresOf = scope.periods.map((end, i) => (i === last ? scope.current : scope.past.get(end)));
  const rowsOf: Array<ReadonlyArray<ProjectFigures | undefined>> = figuresOf.map(f => (f ? ids.map(id => f.projects.get(id)) : []));
  let currentData: IKpiData | undefined;
  const out: IDashboardKpi[] = [];
  for (const row of rows) {
    const d = row.definition;
    if (!d) continue;
    const points = scope.periods.map((end, i): IKpiTrendPoint => {
      if (i === last && CURRENT_REPORT_FORMULAS.indexOf(d.formula) >= 0) {
        currentData ??= { projects: scope.projects.map(p => p.kpi), reports: currentReports(scope.projects) };
        return { end, result: computeKpi(d.formula, currentData, { ...scope.context, at: end }) };
      }
      const figures = figuresOf[i];
      return { end, result: figures ? kpiFromRows(d.formula, figures, rowsOf[i], { ...scope.context, at: figures.day }) : { kind: 'noData', reason: 'noProjects' } };
    });
    const trend: IKpiTrend = { points, ...ratedTrendDirection(points.map(p => (p.result.kind === 'value' ? p.result.value : undefined)), d.higherIsBetter, kpiFormula(d.formula).unit, kpiFormula(d.formula).rates) };
    const result = points[last].result;
    out.push({ id: row.id, definition: d, result, status: kpiStatus(result, { greenThreshold: d.greenThreshold, amberThreshold: d.amberThreshold, higherIsBetter: d.higherIsBetter }, d.unit, kpiFormula(d.formula).rates), trend });
  }
  return out;
}

/** The budget chart: each programme's (and the projects without one) budget lines per fiscal year, from the current figures. */
function budgetSeries(projects: ReadonlyArray<IDashboardProject>, current: IDayFigures, compare: (a: string, b: string) => number): IDashboardBudgetPoint[] {
  // Programme (0: none) → fiscal year → point.
  const groups = new Map<number, Map<number, IDashboardBudgetPoint>>();
  for (const p of projects) {
    const f = current.projects.get(p.row.id);
    if (!f) continue;
    const key = p.row.programme?.id ?? 0;
    let years = groups.get(key);
    for (const [fiscalYear, planned, forecast, actual] of figuresYears(f)) {
      if (!years) groups.set(key, (years = new Map()));
      let g = years.get(fiscalYear);
      if (!g) years.set(fiscalYear, (g = { ...(p.row.programme ? { programme: p.row.programme } : {}), fiscalYear, planned: 0, forecast: 0, actual: 0 }));
      g.planned += planned;
      g.forecast += forecast;
      g.actual += actual;
    }
  }
  const round = (n: number): number => Math.round(n * 100) / 100;
  const out: IDashboardBudgetPoint[] = [];
  for (const years of groups.values()) for (const g of years.values()) out.push({ ...g, planned: round(g.planned), forecast: round(g.forecast), actual: round(g.actual) });
  return out.sort((a, b) => {
    if (!a.programme !== !b.programme) return a.programme ? -1 : 1;
    return (a.programme && b.programme ? compare(a.programme.title, b.programme.title) || a.programme.id - b.programme.id : 0) || a.fiscalYear - b.fiscalYear;
  });
}

/** The SPI/CPI scatter: running projects whose latest report has both indices. */
function indexSeries(projects: ReadonlyArray<IDashboardProject>): IDashboardIndexPoint[] {
  const out: IDashboardIndexPoint[] = [];
  for (const p of projects) {
    if (hasEnded(p.row.status)) continue;
    // The project's own indices, by the rule the SPI/CPI KPIs apply to each project (`rollUpEarnedValue` of one).
    const f = rollUpEarnedValue([{ pv: p.pv, ev: p.ev, ac: p.ac }]);
    if (f.spi.value === null || f.cpi.value === null) continue;
    out.push({ projectId: p.row.id, title: p.row.title, ...(p.row.code ? { code: p.row.code } : {}), spi: f.spi.value, cpi: f.cpi.value, ...(p.pv !== undefined ? { pv: p.pv } : {}) });
  }
  return out;
}

/** The charts' series of a scope. */
export function dashboardCharts(projects: ReadonlyArray<IDashboardProject>, current: IDayFigures, compare: (a: string, b: string) => number): IDashboardCharts {
  let onTime = 0;
  let due = 0;
  let lateOpen = 0;
  for (const p of projects) {
    const f = current.projects.get(p.row.id);
    if (!f) continue;
    const adherence = figuresEntry(f, 'MilestonesOnTime');
    if (Array.isArray(adherence)) {
      onTime += adherence[0];
      due += adherence[1];
    }
    const late = figuresEntry(f, 'MilestonesLate');
    if (Array.isArray(late)) lateOpen += late[0];
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
