/**
 * The dashboard's KPI figures (pure): what KpiSnapshots keeps of each project at a day, so that a
 * dashboard view adds figures up instead of reading the registers and the status report history.
 *
 * For one day, per project:
 * - the status report valid at the day (its id, day, overall RAG and earned-value inputs): the RAG
 *   shares and the SPI/CPI KPIs are then computed by src/domain/kpi's own formulas over these reports;
 * - for each register formula (milestones, risks, issues, benefits, gates) the project's partial sum:
 *   the formula computed on the project's rows alone, kept as [part, basis] (a share's part is
 *   value × basis ÷ 100, a count's part is its value). Every register formula adds up over projects
 *   (a share is Σ part ÷ Σ basis, a count Σ part with Σ basis), so the figures of any filter of
 *   projects give exactly what the formula gives on their rows;
 * - the budget lines of the day's fiscal year summed ([planned, forecast, lines], `budgetTotals`), and
 *   on the current day each fiscal year's sums (the budget chart).
 * For the whole portfolio: requests per intake state and the intake days (requests belong to no
 * programme yet: the intake KPIs cover every request).
 *
 * Stored as JSON parts of at most `FIGURES_PART_CHARS` characters (a SharePoint note stays well under
 * its 63,999 characters): `{ v, day, part, parts, intake?, p: [[projectId, report | 0, …register
 * pairs | 0, budget | 0, years | 0]] }`.
 */
import { budgetTotals } from '../domain/budget';
import type { IsoDay } from '../domain/dates';
import { isIntakeState, type IntakeState } from '../domain/intake';
import {
  computeKpi, fiscalYearOf, INTAKE_OPEN_STATES, kpiFormula, kpiShare, kpiValue, noKpiData, reportsValidAt, requestsByState,
  type IKpiContext, type IKpiData, type IKpiProject, type IKpiStatusReport, type KpiFormulaCode, type KpiNoDataReason, type KpiResult
} from '../domain/kpi';
import type { Rag } from '../domain/portfolio';

/** The formulas whose figures are taken per project from the registers. */
export const REGISTER_FORMULAS = ['MilestonesOnTime', 'MilestonesLate', 'OpenHighRisks', 'OverdueIssues', 'BenefitsRealisedShare', 'GatesPassedFirstAttempt'] as const;
/** A register formula. */
export type RegisterFormula = (typeof REGISTER_FORMULAS)[number];

/** The formulas computed from the status report valid at each day (by the domain's formulas, over the figures' reports). */
export const REPORT_FORMULAS: ReadonlyArray<KpiFormulaCode> = ['RagShareGreen', 'RagShareAmber', 'RagShareRed', 'SpiAverage', 'SpiWorst', 'CpiAverage', 'CpiWorst'];

/** The longest JSON part (characters). */
export const FIGURES_PART_CHARS: number = 60000;

const FORMAT_VERSION = 1;

/** A project's status report valid at the day, as the figures keep it. */
export interface IFiguresReport {
  /** StatusReports item id. */
  id: number;
  date: IsoDay;
  rag?: Rag;
  pv?: number;
  ev?: number;
  ac?: number;
  bac?: number;
}

/** One project's figures at a day. */
export interface IProjectFigures {
  projectId: number;
  report?: IFiguresReport;
  /** [part, basis] of each register formula that has a value for the project. */
  register: Partial<Record<RegisterFormula, [number, number]>>;
  /** The budget lines of the day's fiscal year: [planned, forecast, lines]. */
  budget?: [number, number, number];
  /** Each fiscal year's lines: [year, planned, forecast, actual] (taken on the current day only). */
  years?: Array<[number, number, number, number]>;
}

/** The portfolio's intake at a day. */
export interface IIntakeFigures {
  /** Requests per intake state (states with none left out). */
  states: Partial<Record<IntakeState, number>>;
  /** Σ days in intake and the requests decided in the window (`intakeDaysAverage`); absent when none was decided. */
  days?: [number, number];
}

/** The figures of one day. */
export interface IDayFigures {
  day: IsoDay;
  projects: Map<number, IProjectFigures>;
  intake: IIntakeFigures;
}

/** The rows of one project (the input lists of `IKpiData` filtered to it). */
type ProjectRows = Required<Omit<IKpiData, 'projects' | 'requests'>>;

/** The input lists grouped by project once (a day's figures read each project's rows for every formula). */
export interface IGroupedKpiData {
  projects: ReadonlyArray<IKpiProject>;
  rows: Map<number, ProjectRows>;
  requests: NonNullable<IKpiData['requests']>;
}

const emptyRows = (): ProjectRows => ({ reports: [], milestones: [], risks: [], issues: [], benefits: [], budgetLines: [], gateDecisions: [] });

/** Groups the input lists by project (rows of projects not in `data.projects` are left out). */
export function groupByProject(data: IKpiData): IGroupedKpiData {
  const rows = new Map<number, ProjectRows>();
  for (const p of data.projects ?? []) rows.set(p.id, emptyRows());
  const put = <K extends keyof ProjectRows>(key: K, list: ReadonlyArray<ProjectRows[K][number] & { projectId: number }> | undefined): void => {
    for (const r of list ?? []) (rows.get(r.projectId)?.[key] as Array<typeof r> | undefined)?.push(r);
  };
  put('reports', data.reports);
  put('milestones', data.milestones);
  put('risks', data.risks);
  put('issues', data.issues);
  put('benefits', data.benefits);
  put('budgetLines', data.budgetLines);
  put('gateDecisions', data.gateDecisions);
  return { projects: data.projects ?? [], rows, requests: data.requests ?? [] };
}

const isShare = (code: KpiFormulaCode): boolean => kpiFormula(code).unit === 'percent';
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A register formula's result as a partial sum: [part, basis]; undefined without a value. */
function partOf(code: RegisterFormula, result: KpiResult): [number, number] | undefined {
  if (result.kind !== 'value') return undefined;
  return [isShare(code) ? Math.round((result.value * result.basis) / 100) : result.value, result.basis];
}

/** One project's figures at the context's day. */
function projectFigures(project: IKpiProject, rows: ProjectRows, context: IKpiContext, withYears: boolean): IProjectFigures {
  const data: IKpiData = { projects: [project], ...rows };
  const out: IProjectFigures = { projectId: project.id, register: {} };
  const report = reportsValidAt(rows.reports, new Set([project.id]), context.at)[0];
  if (report) out.report = figuresReport(report);
  for (const code of REGISTER_FORMULAS) {
    const part = partOf(code, computeKpi(code, data, context));
    if (part) out.register[code] = part;
  }
  const year = fiscalYearOf(context.at, context.fiscalYearStartMonth);
  const totals = budgetTotals(rows.budgetLines.filter(l => l.fiscalYear === year));
  if (totals.lines > 0) out.budget = [round2(totals.planned), round2(totals.forecast), totals.lines];
  if (withYears && rows.budgetLines.length > 0) {
    const years = Array.from(new Set(rows.budgetLines.map(l => l.fiscalYear))).sort((a, b) => a - b);
    out.years = years.map(y => {
      const t = budgetTotals(rows.budgetLines.filter(l => l.fiscalYear === y));
      return [y, round2(t.planned), round2(t.forecast), round2(t.actual)];
    });
  }
  return out;
}

function figuresReport(r: IKpiStatusReport): IFiguresReport {
  const out: IFiguresReport = { id: r.id, date: r.reportDate };
  if (r.rag.overall) out.rag = r.rag.overall;
  for (const key of ['pv', 'ev', 'ac', 'bac'] as const) {
    const v = r[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  return out;
}

/**
 * Takes the figures of one day: each project's (see the module's description) and the intake's.
 * `withYears`: also each fiscal year's budget sums (the current day's figures, for the budget chart).
 */
export function takeDayFigures(grouped: IGroupedKpiData, context: IKpiContext, withYears: boolean): IDayFigures {
  const projects = new Map<number, IProjectFigures>();
  for (const p of grouped.projects) projects.set(p.id, projectFigures(p, grouped.rows.get(p.id) ?? emptyRows(), context, withYears));
  const requests = { requests: grouped.requests };
  const counts = requestsByState(requests, context);
  const states: Partial<Record<IntakeState, number>> = {};
  for (const s of Object.keys(counts) as IntakeState[]) if (counts[s] > 0) states[s] = counts[s];
  const days = computeKpi('IntakeDaysAverage', requests, context);
  return { day: context.at, projects, intake: { states, ...(days.kind === 'value' ? { days: [days.value * days.basis, days.basis] as [number, number] } : {}) } };
}

// ---------------------------------------------------------------- stored form

/* eslint-disable @rushstack/no-new-null -- JSON keeps an absent number as null */
type StoredReport = [number, string, string, number | null, number | null, number | null, number | null];
type StoredProject = Array<number | StoredReport | [number, number] | [number, number, number] | Array<[number, number, number, number]> | null>;

interface IStoredPart {
  v: number;
  day: IsoDay;
  part: number;
  parts: number;
  intake?: IIntakeFigures;
  p: StoredProject[];
}

const num = (v: number | undefined): number | null => (v === undefined ? null : round2(v));
/* eslint-enable @rushstack/no-new-null */

function storedProject(f: IProjectFigures): StoredProject {
  const r = f.report;
  const report: StoredReport | 0 = r ? [r.id, r.date, r.rag ? r.rag[0] : '', num(r.pv), num(r.ev), num(r.ac), num(r.bac)] : 0;
  return [f.projectId, report, ...REGISTER_FORMULAS.map(c => f.register[c] ?? 0), f.budget ?? 0, f.years ?? 0];
}

/** A day's figures as JSON parts of at most `maxChars` characters each (part 0 carries the intake). */
export function encodeDayFigures(figures: IDayFigures, maxChars: number = FIGURES_PART_CHARS): string[] {
  const chunks: StoredProject[][] = [[]];
  let size = JSON.stringify({ v: FORMAT_VERSION, day: figures.day, part: 0, parts: 0, intake: figures.intake, p: [] }).length + 16;
  for (const f of figures.projects.values()) {
    const stored = storedProject(f);
    const length = JSON.stringify(stored).length + 1;
    if (size + length > maxChars && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      size = 80;
    }
    chunks[chunks.length - 1].push(stored);
    size += length;
  }
  return chunks.map((p, part) => JSON.stringify({ v: FORMAT_VERSION, day: figures.day, part, parts: chunks.length, ...(part === 0 ? { intake: figures.intake } : {}), p } as IStoredPart));
}

const RAG_OF_LETTER: Readonly<Record<string, Rag>> = { G: 'Green', A: 'Amber', R: 'Red' };
const pair = (v: unknown): [number, number] | undefined => (Array.isArray(v) && v.length === 2 && v.every(n => typeof n === 'number' && Number.isFinite(n)) ? [v[0], v[1]] : undefined);
const opt = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function readProject(row: unknown): IProjectFigures | undefined {
  if (!Array.isArray(row) || typeof row[0] !== 'number') return undefined;
  const out: IProjectFigures = { projectId: row[0], register: {} };
  const r = row[1];
  if (Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'string') {
    out.report = { id: r[0], date: r[1], rag: RAG_OF_LETTER[String(r[2])], pv: opt(r[3]), ev: opt(r[4]), ac: opt(r[5]), bac: opt(r[6]) };
  }
  REGISTER_FORMULAS.forEach((code, i) => {
    const p = pair(row[2 + i]);
    if (p) out.register[code] = p;
  });
  const budget = row[2 + REGISTER_FORMULAS.length];
  if (Array.isArray(budget) && budget.length === 3 && budget.every(n => typeof n === 'number')) out.budget = [budget[0], budget[1], budget[2]];
  const years = row[3 + REGISTER_FORMULAS.length];
  if (Array.isArray(years)) out.years = (years as unknown[]).filter((y): y is [number, number, number, number] => Array.isArray(y) && y.length === 4 && y.every(n => typeof n === 'number'));
  return out;
}

function parsePart(json: string): IStoredPart | undefined {
  try {
    const parsed = JSON.parse(json) as Partial<IStoredPart>;
    if (!parsed || parsed.v !== FORMAT_VERSION || typeof parsed.day !== 'string' || typeof parsed.part !== 'number' || typeof parsed.parts !== 'number' || !Array.isArray(parsed.p)) return undefined;
    return parsed as IStoredPart;
  } catch {
    return undefined;
  }
}

/**
 * A day's figures from its stored parts (in any order); undefined unless every part of the day is
 * there and readable (a day whose writer stopped half-way is taken again). A project in two parts
 * (two writers of one day) counts once.
 */
export function decodeDayFigures(parts: ReadonlyArray<string>): IDayFigures | undefined {
  const read = parts.map(parsePart);
  if (read.length === 0 || read.some(p => !p)) return undefined;
  const valid = read as IStoredPart[];
  const first = valid.filter(p => p.part === 0)[0];
  if (!first || valid.some(p => p.day !== first.day)) return undefined;
  const seen = new Set(valid.map(p => p.part));
  for (let i = 0; i < first.parts; i++) if (!seen.has(i)) return undefined;
  const projects = new Map<number, IProjectFigures>();
  for (const part of valid) {
    for (const row of part.p) {
      const f = readProject(row);
      if (f && !projects.has(f.projectId)) projects.set(f.projectId, f);
    }
  }
  const states: Partial<Record<IntakeState, number>> = {};
  for (const [s, n] of Object.entries(first.intake?.states ?? {})) if (isIntakeState(s) && typeof n === 'number') states[s] = n;
  const days = pair(first.intake?.days);
  return { day: first.day, projects, intake: { states, ...(days ? { days } : {}) } };
}

// ---------------------------------------------------------------- adding figures up

/** Whether a formula's value comes from the figures' status reports (the domain's formula over them). */
export function isReportFormula(code: KpiFormulaCode): boolean {
  return REPORT_FORMULAS.indexOf(code) >= 0;
}

/** The status reports of the figures of several days, as the domain's formulas read them (one per project and day). */
export function figuresReports(days: ReadonlyArray<IDayFigures>, ids: ReadonlySet<number>): IKpiStatusReport[] {
  const out: IKpiStatusReport[] = [];
  const seen = new Set<number>();
  for (const d of days) {
    for (const id of ids) {
      const r = d.projects.get(id)?.report;
      if (!r || seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ id: r.id, projectId: id, reportDate: r.date, status: 'Published', rag: r.rag ? { overall: r.rag } : {}, pv: r.pv, ev: r.ev, ac: r.ac, bac: r.bac });
    }
  }
  return out;
}

/** The reason a formula gives no data on rows that have none (its own reason, as the domain says it). */
function noDataReason(code: KpiFormulaCode, context: IKpiContext): KpiNoDataReason {
  const r = computeKpi(code, { projects: [] }, context);
  return r.kind === 'noData' ? r.reason : 'noProjects';
}

/**
 * A register, budget or intake formula's result for the projects `ids` from a day's figures (the
 * day is the context's): the partial sums added up. Report formulas are not computed here (see
 * `figuresReports`). Throws RangeError for a report formula.
 */
export function kpiFromFigures(code: KpiFormulaCode, figures: IDayFigures, ids: ReadonlySet<number>, context: IKpiContext): KpiResult {
  if (isReportFormula(code)) throw new RangeError(`${code} is computed from the figures' reports`);
  if (code === 'BudgetVariance' || code === 'BudgetVarianceAmount') return budgetResult(code, figures, ids);
  if (code === 'RequestsInState') return requestsInState(figures, context);
  if (code === 'IntakeDaysAverage') {
    const days = figures.intake.days;
    return days && days[1] > 0 ? kpiValue(days[0] / days[1], days[1]) : noKpiData('noDecisions');
  }
  const register = code as RegisterFormula;
  let part = 0;
  let basis = 0;
  for (const id of ids) {
    const p = figures.projects.get(id)?.register[register];
    if (!p) continue;
    part += p[0];
    basis += p[1];
  }
  if (basis === 0) return noKpiData(noDataReason(code, context));
  return isShare(code) ? kpiShare(part, basis, noDataReason(code, context)) : kpiValue(part, basis);
}

function budgetResult(code: 'BudgetVariance' | 'BudgetVarianceAmount', figures: IDayFigures, ids: ReadonlySet<number>): KpiResult {
  let planned = 0;
  let forecast = 0;
  let lines = 0;
  for (const id of ids) {
    const b = figures.projects.get(id)?.budget;
    if (!b) continue;
    planned += b[0];
    forecast += b[1];
    lines += b[2];
  }
  if (lines === 0 || planned === 0) return noKpiData('noBudgetLines');
  return kpiValue(code === 'BudgetVariance' ? ((forecast - planned) / planned) * 100 : forecast - planned, lines);
}

function requestsInState(figures: IDayFigures, context: IKpiContext): KpiResult {
  const wanted = context.requestStates ?? INTAKE_OPEN_STATES;
  let submitted = 0;
  let matching = 0;
  for (const [state, n] of Object.entries(figures.intake.states) as Array<[IntakeState, number]>) {
    if (state !== 'Draft') submitted += n;
    if (wanted.indexOf(state) >= 0) matching += n;
  }
  return submitted > 0 ? kpiValue(matching, submitted) : noKpiData('noRequests');
}
