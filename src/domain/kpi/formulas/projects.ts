/**
 * Project-level KPIs read from the status report valid on the day: the share of running projects
 * per overall RAG, and the portfolio's SPI and CPI (average and worst).
 *
 * Sources: SPI = EV / PV and CPI = EV / AC as in PMI, A Guide to the Project Management Body of
 * Knowledge (PMBOK® Guide), 6th ed., Table 7-1, and PMI, Practice Standard for Earned Value
 * Management, 2nd ed. (2011), which computes indices above the project level from summed EV, PV
 * and AC. The RAG shares are PMO Hub's own definition.
 */
import { rollUpEarnedValue, type IEvmFigure } from '../../evm';
import type { Rag } from '../../portfolio';
import { kpiShare, kpiValue, noKpiData, type IKpiContext, type IKpiData, type KpiResult } from '../inputs';
import { reportsValidAt, runningProjectIds } from '../scope';

/**
 * The share (per cent) of running projects whose status report valid on the day has overall RAG
 * `rag`, among the running projects whose valid report has an overall RAG (`basis`). A project with
 * no report yet, or whose report has no overall RAG, counts in no share (so the three shares add up
 * to 100). No data: no project runs (`noProjects`), or none has a rated report (`noReports`).
 */
export function ragShare(rag: Rag, data: IKpiData, context: IKpiContext): KpiResult {
  const running = runningProjectIds(data.projects, context.at);
  if (running.size === 0) return noKpiData('noProjects');
  let rated = 0;
  let matching = 0;
  for (const report of reportsValidAt(data.reports, running, context.at)) {
    const overall = report.rag.overall;
    if (overall === undefined) continue;
    rated++;
    if (overall === rag) matching++;
  }
  return kpiShare(matching, rated, 'noReports');
}

/** The running projects' reports valid on the day, or the no-data reason. */
function validReports(data: IKpiData, context: IKpiContext): ReturnType<typeof reportsValidAt> | KpiResult {
  const running = runningProjectIds(data.projects, context.at);
  if (running.size === 0) return noKpiData('noProjects');
  return reportsValidAt(data.reports, running, context.at);
}

function indexResult(figure: IEvmFigure, basis: number): KpiResult {
  return figure.value === null || basis === 0 ? noKpiData('noEarnedValue') : kpiValue(figure.value, basis);
}

/**
 * The portfolio's SPI (`index` 'spi') or CPI ('cpi') on the day: ΣEV / ΣPV (ΣEV / ΣAC) over the
 * running projects whose valid report has both inputs, i.e. the average of the projects' indices
 * weighted by PV (AC), so that a small project does not weigh as much as a large one
 * (`rollUpEarnedValue`). `basis`: the projects counted. No data: no project runs, no valid report has
 * the inputs, or they sum to 0 (`noEarnedValue`).
 */
export function indexAverage(index: 'spi' | 'cpi', data: IKpiData, context: IKpiContext): KpiResult {
  const reports = validReports(data, context);
  if (!Array.isArray(reports)) return reports;
  const rollup = rollUpEarnedValue(reports);
  return index === 'spi' ? indexResult(rollup.spi, rollup.spiProjects) : indexResult(rollup.cpi, rollup.cpiProjects);
}

/**
 * The worst (lowest) SPI or CPI of a running project on the day, from its valid report (EV / PV,
 * EV / AC as `earnedValue` computes them: a project whose index is not available — an input missing
 * or invalid, PV or AC 0 — is left out). `basis`: the projects that have the index. No data as `indexAverage`.
 */
export function indexWorst(index: 'spi' | 'cpi', data: IKpiData, context: IKpiContext): KpiResult {
  const reports = validReports(data, context);
  if (!Array.isArray(reports)) return reports;
  let worst: number | undefined;
  let basis = 0;
  for (const report of reports) {
    // The project's own index, by the same rule as the average (`rollUpEarnedValue` of one project).
    const value = rollUpEarnedValue([report])[index].value;
    if (value === null) continue;
    basis++;
    if (worst === undefined || value < worst) worst = value;
  }
  return worst === undefined ? noKpiData('noEarnedValue') : kpiValue(worst, basis);
}
