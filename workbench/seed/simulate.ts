/**
 * The projects' histories, simulated before any row is made: department, lifecycle and stage,
 * timing, people, budget, programme and the monthly highlight reports with consistent earned value
 * (PV follows an S-curve, EV and AC only grow, EV ≤ budget; RAG schedule/cost from SPI/CPI).
 * The rows of Projects, StatusReports and everything else of a project are made from these.
 */
import type { IDemoUser } from '../directory';
import type { LifecycleStatus, Prince2Stage, Rag } from '../../src/domain/vocabulary';
import { monthEndDay, workdayOnOrBefore } from './dates';
import { hashString, Rng } from './prng';
import { BOARD, DEPARTMENTS, PROJECT_MANAGERS } from './reference';
import { LAST_MONTH, REF_MONTH, clamp } from './shared';
import { QUALIFIERS, type Lang } from './text';
import { plannedAmount, type TitleBook } from './titles';
import { departmentName } from './vocabulary';

/** One simulated monthly highlight report. */
export interface IReportSim {
  /** Its row in StatusReports (set when the rows are made; -1 before). */
  index: number;
  month: number;
  day: number;
  pv: number;
  ev: number;
  ac: number;
  /** Overall, schedule, cost, scope, risk. */
  rag: [Rag, Rag, Rag, Rag, Rag];
  /** Quality and resources (the other two standard dimensions; the overall RAG is from the four above). */
  quality: Rag;
  resources: Rag;
  published: boolean;
}

/** One simulated project. */
export interface IProjectSim {
  index: number;
  /** Unique in the organisation, in the site's language. */
  title: string;
  /** The site's language: everything of the project is written in it. */
  lang: Lang;
  /** The department's key (the directory's department name). */
  dept: string;
  /** The department's name in the site's language (Projects.Department). */
  deptName: string;
  lifecycle: LifecycleStatus;
  stage: Prince2Stage;
  startMonth: number;
  durationMonths: number;
  /** Last month with activity (reports): now, the end, the hold or the cancellation. */
  lastActiveMonth: number;
  pm: IDemoUser;
  sponsor: IDemoUser;
  budget: number;
  /** Its programme's row, if any. */
  programme?: number;
  procurement: boolean;
  reports: IReportSim[];
  spiLast: number;
  cpiLast: number;
  /** Its request's row, if it came from one (set by the requests). */
  request?: number;
  /** Its milestones' rows (set when the rows are made). */
  milestoneIdx: number[];
}

/** Lifecycle and stage of the first projects (then drawn by weight). */
const COVERAGE: ReadonlyArray<readonly [LifecycleStatus, Prince2Stage]> = [
  ['Active', 'Delivery'], ['Closed', 'Closing'], ['Proposed', 'StartingUp'], ['OnHold', 'Delivery'], ['Active', 'Initiation'], ['Cancelled', 'Initiation'], ['Active', 'Closing']
];

/** The programme a department's projects most often belong to (the named programmes' rows). */
const PROGRAMME_OF_DEPT: Readonly<Record<string, number>> = { 'Digital Services': 0, 'Customer Service': 0, 'Public Services': 1, 'Legal & Compliance': 1, Finance: 2, Procurement: 2, 'IT Infrastructure': 3 };

/** Smoothstep S-curve of planned progress. */
function sCurve(x: number): number {
  const t = clamp(x, 0, 1);
  return t * t * (3 - 2 * t);
}

function ragOf(index: number): Rag {
  return index >= 0.95 ? 'Green' : index >= 0.85 ? 'Amber' : 'Red';
}

/** A mean-reverting RAG walk: most months stay, problems get fixed, few escalate. */
function walkRag(rng: Rng, r: Rag): Rag {
  const x = rng.next();
  if (r === 'Green') return x < 0.06 ? 'Amber' : 'Green';
  if (r === 'Red') return x < 0.45 ? 'Amber' : 'Red';
  return x < 0.3 ? 'Green' : x < 0.36 ? 'Red' : 'Amber';
}

/** Simulates `count` projects on one stream, in order; their titles are taken from `titles` (the site's language). */
export function simulateProjects(rng: Rng, count: number, programmeCount: number, titles: TitleBook): IProjectSim[] {
  const deptWeights = DEPARTMENTS.map(d => [d.name, d.weight] as const);
  const sims: IProjectSim[] = [];
  for (let p = 0; p < count; p++) sims.push(simulateProject(rng, p, { deptWeights, pms: PROJECT_MANAGERS, board: BOARD, programmeCount, titles }));
  return sims;
}

/** What every simulated project draws from. */
interface ISimulationContext {
  deptWeights: ReadonlyArray<readonly [string, number]>;
  pms: ReadonlyArray<IDemoUser>;
  board: ReadonlyArray<IDemoUser>;
  programmeCount: number;
  titles: TitleBook;
}

function simulateProject(rng: Rng, index: number, ctx: ISimulationContext): IProjectSim {
  const { deptWeights, pms, board, programmeCount, titles } = ctx;
  const dept = rng.weighted(deptWeights);
  const lang = titles.lang;
  const subject = rng.pick(titles.subjects);
  const title = titles.take(subject, rng.chance(0.45) ? rng.pick(QUALIFIERS[lang]) : undefined);
  // The first projects cover every lifecycle status and stage, so even a tiny demo shows them all.
  const lifecycle: LifecycleStatus = index < COVERAGE.length ? COVERAGE[index][0] : rng.weighted<LifecycleStatus>([['Active', 68], ['Closed', 15], ['OnHold', 6], ['Cancelled', 4], ['Proposed', 7]]);
  const { stage, duration, start, last } = timing(rng, index, lifecycle);
  const deptPms = pms.filter(u => u.department === dept);
  const pm = deptPms.length > 0 && rng.chance(0.7) ? rng.pick(deptPms) : rng.pick(pms);
  const sponsor = rng.pick(board);
  const budget = plannedAmount(Math.exp(rng.range(Math.log(80), Math.log(6000))) * 1000);
  let programme: number | undefined;
  if (programmeCount > 0 && rng.chance(0.55)) {
    const mapped = PROGRAMME_OF_DEPT[dept];
    programme = mapped !== undefined && mapped < programmeCount && (programmeCount <= 4 || rng.chance(0.5)) ? mapped : rng.int(0, programmeCount - 1);
  }
  const { reports, spi, cpi } = simulateReports(rng, lifecycle, budget, start, last, duration);
  rateQualityAndResources(title, reports);
  // Some running projects' latest report is still a draft; the first project's always is (drafts have a
  // list of their own, and even a tiny demo shows one). The draw is made either way, so the streams stay.
  if (lifecycle === 'Active' && reports.length > 0 && (rng.chance(0.15) || index === 0)) reports[reports.length - 1].published = false;
  return {
    index, title, lang, dept, deptName: departmentName(lang, dept), lifecycle, stage, startMonth: start, durationMonths: duration, lastActiveMonth: last, pm, sponsor, budget, programme,
    procurement: rng.chance(0.6), reports, spiLast: spi, cpiLast: cpi, milestoneIdx: []
  };
}

/** Stage, planned duration, start month and last active month of a project in a lifecycle status. */
function timing(rng: Rng, index: number, lifecycle: LifecycleStatus): { stage: Prince2Stage; duration: number; start: number; last: number } {
  let stage: Prince2Stage;
  let duration = rng.int(12, 40);
  let start: number;
  let last: number;
  switch (lifecycle) {
    case 'Proposed':
      stage = 'StartingUp';
      start = REF_MONTH + rng.int(1, 6);
      last = start - 1;
      break;
    case 'Active': {
      stage = index < COVERAGE.length ? COVERAGE[index][1] : rng.weighted<Prince2Stage>([['Initiation', 8], ['Delivery', 82], ['Closing', 10]]);
      if (stage === 'Closing') duration = rng.int(18, 40);
      const elapsed = stage === 'Initiation' ? rng.int(1, 3) : stage === 'Closing' ? duration : rng.int(12, 60);
      if (stage === 'Delivery') duration = Math.max(duration, elapsed + rng.int(3, 14));
      start = REF_MONTH - elapsed;
      last = LAST_MONTH;
      break;
    }
    case 'OnHold': {
      stage = rng.chance(0.8) ? 'Delivery' : 'Initiation';
      const elapsed = rng.int(8, 40);
      duration = Math.max(duration, elapsed + rng.int(3, 12));
      start = REF_MONTH - elapsed;
      last = LAST_MONTH - rng.int(0, 4);
      break;
    }
    case 'Closed':
      stage = 'Closing';
      last = LAST_MONTH - rng.int(0, 10);
      start = last - duration + 1;
      break;
    default: {
      stage = rng.chance(0.6) ? 'Delivery' : 'Initiation';
      last = LAST_MONTH - rng.int(0, 12);
      start = last - rng.int(3, 14);
      break;
    }
  }
  return { stage, duration, start, last };
}

/** Monthly highlight reports for the last two years of activity, with consistent EVM; the last SPI and CPI. */
function simulateReports(
  rng: Rng,
  lifecycle: LifecycleStatus,
  budget: number,
  start: number,
  last: number,
  duration: number
): { reports: IReportSim[]; spi: number; cpi: number } {
  const reports: IReportSim[] = [];
  const troubled = rng.chance(0.18);
  const spi0 = rng.normal(1.0, 0.04, 0.85, 1.08);
  const cpi0 = rng.normal(1.0, 0.04, 0.85, 1.1);
  let spi = spi0;
  let cpi = cpi0;
  let ev = 0;
  let ac = 0;
  let scope: Rag = 'Green';
  let risk: Rag = rng.chance(0.7) ? 'Green' : 'Amber';
  const firstReport = Math.max(start, REF_MONTH - 24);
  for (let m = start; m <= last; m++) {
    // Healthy projects revert to their own level; troubled ones drift down.
    spi = clamp(spi + (troubled ? -0.012 : (spi0 - spi) * 0.2) + rng.normal(0, 0.015), 0.65, 1.12);
    cpi = clamp(cpi + (troubled ? -0.01 : (cpi0 - cpi) * 0.2) + rng.normal(0, 0.012), 0.7, 1.12);
    const pv = budget * sCurve((m - start + 1) / duration);
    ev = Math.min(budget, Math.max(ev, pv * spi));
    if (lifecycle === 'Closed' && m === last) ev = budget;
    ac = Math.max(ac, ev / cpi);
    scope = walkRag(rng, scope);
    risk = walkRag(rng, risk);
    if (m < firstReport) continue;
    const pvR = Math.round(lifecycle === 'Closed' && m === last ? Math.max(pv, budget) : pv);
    const evR = Math.round(ev);
    const acR = Math.round(ac);
    const sched = ragOf(pvR > 0 ? evR / pvR : 1);
    const cost = ragOf(acR > 0 ? evR / acR : 1);
    reports.push({ index: -1, month: m, day: workdayOnOrBefore(monthEndDay(m)), pv: pvR, ev: evR, ac: acR, rag: [overallRag(sched, cost, scope, risk), sched, cost, scope, risk], quality: 'Green', resources: 'Green', published: true });
  }
  return { reports, spi, cpi };
}

/**
 * Quality and resources of each report, as their own walks from a stream derived from the project's
 * title: the main stream's draws (and so every other value of the demo) stay as they were.
 */
function rateQualityAndResources(title: string, reports: IReportSim[]): void {
  const rng = new Rng(hashString(`${title}|quality-resources`));
  let quality: Rag = rng.chance(0.8) ? 'Green' : 'Amber';
  let resources: Rag = rng.chance(0.65) ? 'Green' : 'Amber';
  for (const r of reports) {
    quality = walkRag(rng, quality);
    resources = walkRag(rng, resources);
    r.quality = quality;
    r.resources = resources;
  }
}

/** The overall RAG of a report from its schedule, cost, scope and risk RAG. */
function overallRag(sched: Rag, cost: Rag, scope: Rag, risk: Rag): Rag {
  const reds = [sched, cost, scope, risk].filter(x => x === 'Red').length;
  const ambers = [sched, cost, scope, risk].filter(x => x === 'Amber').length;
  return sched === 'Red' || cost === 'Red' || reds >= 2 ? 'Red' : reds === 1 || ambers >= 2 ? 'Amber' : ambers === 1 && (sched === 'Amber' || cost === 'Amber') ? 'Amber' : 'Green';
}
