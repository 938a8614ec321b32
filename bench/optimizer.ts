/**
 * The portfolio optimizer at the size of a large PMO: `npm run bench -- optimizer`.
 *
 * A seeded instance of issue 10's shape, built as the Prioritization screen builds it (PMO data →
 * `buildPrioritizationProblem` → `solvePortfolio`):
 * - 1,000 candidates of size 1–5, each with a score of 10–100 that grows with its size, a cost of
 *   50–500 (thousands) × its size in each of 3 fiscal years, and demand in about 30 % of its
 *   active months (a run of 3–12 of the 12 planning months) for each of 10 roles, 1–5 days × size;
 * - each year's budget is 30 % of the candidates' total for that year; each role-month's capacity
 *   is 35 % of the candidates' total demand in it; 20 random "B needs A" dependencies.
 *
 * stdout gets exactly six lines:
 *   optimizer.candidates: 1000
 *   optimizer.constraints: <rows of the model>
 *   optimizer.ms: <median of 5 runs of problem build + solve, 2,000 ms limit>
 *   optimizer.gap: <(bound − objective) ÷ objective of the median run>
 *   optimizer.vs_greedy: <objective ÷ the greedy selection's objective>
 *   optimizer.frontier_ms: <11 points, 50 %–150 % of the budgets>
 * Per-run and per-point details go to stderr. BENCH_OPTIMIZER_SEED changes the seed (default 10).
 */
import type { Highs } from 'highs';
import { Rng } from '../workbench/seed/prng';
import {
  buildPrioritizationProblem, efficientFrontier, greedySelection,
  type IPrioritizationCandidate, type IPrioritizationInput, type IRoleMonthDays
} from '../src/domain/prioritization';
import { solveWith } from '../src/optimizer/solve';
import { highsRuntime } from '../src/optimizer/runtime';
import { nowMs } from '../src/optimizer/highsRun';

const CANDIDATES = 1000;
const ROLES = 10;
const YEARS = [2027, 2028, 2029];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${i < 9 ? '0' : ''}${i + 1}`);
const RUNS = 5;

function candidate(rng: Rng, i: number): IPrioritizationCandidate {
  const size = rng.range(1, 5);
  const score = Math.round(Math.min(100, Math.max(10, 10 + 22.5 * (size - 1) + rng.normal(0, 8))));
  const costPlan = YEARS.map(year => ({ year, capex: Math.round(rng.range(50, 500) * size * 0.6), opex: Math.round(rng.range(50, 500) * size * 0.4) }));
  const first = rng.int(0, 11);
  const last = Math.min(11, first + rng.int(2, 11));
  const demand: IRoleMonthDays[] = [];
  for (let role = 1; role <= ROLES; role++) {
    for (let m = first; m <= last; m++) {
      if (rng.chance(0.3)) demand.push({ role, month: MONTHS[m], days: Math.round(rng.range(1, 5) * size * 2) / 2 });
    }
  }
  return { id: `request:${i + 1}`, kind: 'request', title: `Request ${i + 1}`, score, costPlan, demand, objectiveIds: [] };
}

/** The seeded instance (PMO data, before the problem is built). */
export function optimizerInstance(seed: number = 10): IPrioritizationInput {
  const rng = new Rng(seed);
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => candidate(rng.fork(`candidate ${i}`), i));
  const budgets = YEARS.map(year => ({ year, amount: Math.round(0.3 * candidates.reduce((s, c) => s + c.costPlan.filter(y => y.year === year).reduce((t, y) => t + y.capex + y.opex, 0), 0)) }));
  const demandTotal = new Map<string, number>();
  for (const c of candidates) for (const d of c.demand) demandTotal.set(`${d.role}|${d.month}`, (demandTotal.get(`${d.role}|${d.month}`) ?? 0) + d.days);
  const roles = Array.from({ length: ROLES }, (_, r) => ({
    role: r + 1, title: `Role ${r + 1}`, monthlyDays: 0,
    byMonth: MONTHS.map(month => ({ month, days: Math.round(0.35 * (demandTotal.get(`${r + 1}|${month}`) ?? 0) * 10) / 10 }))
  }));
  const deps = rng.fork('dependencies');
  const dependencies: Array<{ dependent: string; prerequisite: string }> = [];
  const seen = new Set<string>();
  while (dependencies.length < 20) {
    const [b, a] = [deps.int(1, CANDIDATES), deps.int(1, CANDIDATES)];
    if (a === b || seen.has(`${b}|${a}`) || seen.has(`${a}|${b}`)) continue;
    seen.add(`${b}|${a}`);
    dependencies.push({ dependent: `request:${b}`, prerequisite: `request:${a}` });
  }
  return { candidates, budgets, roles, months: MONTHS, dependencies };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function frontier(highs: Highs, input: IPrioritizationInput): Promise<number> {
  const built = buildPrioritizationProblem(input);
  const budgetRows = built.resources.map((r, k) => (r.kind === 'budget' ? k : -1)).filter(k => k >= 0);
  const t0 = nowMs();
  const points = await efficientFrontier(built.problem, budgetRows, async (p, o) => solveWith(highs, p, o), {
    onPoint: (p) => log(`  frontier ${Math.round(p.level * 100)} %: ${p.solution.status}, objective ${p.solution.objective}, gap ${p.solution.gap.toFixed(4)}, ${Math.round(p.solution.ms)} ms, ${p.solution.selected.length} selected`)
  });
  const ms = nowMs() - t0;
  log(`  frontier: ${points.length} points`);
  return ms;
}

/** Runs the benchmark (see the module comment). */
export async function run(): Promise<void> {
  const seed = Number(process.env.BENCH_OPTIMIZER_SEED ?? 10);
  const input = optimizerInstance(seed);
  const highs = await highsRuntime();
  const runs: Array<{ ms: number; gap: number; objective: number; constraints: number }> = [];
  let greedy = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = nowMs();
    const built = buildPrioritizationProblem(input);
    const solution = solveWith(highs, built.problem, { timeLimitMs: 2000 }, t0);
    const ms = nowMs() - t0;
    const constraints = built.problem.capacities.length + (built.problem.requires ?? []).length + (built.problem.excludes ?? []).length + (built.problem.minimums ?? []).length;
    runs.push({ ms, gap: solution.gap, objective: solution.objective, constraints });
    if (r === 0) greedy = greedySelection(built.problem).objective;
    log(`  run ${r + 1}: ${solution.status}, objective ${solution.objective}, bound ${solution.bound.toFixed(2)}, gap ${solution.gap.toFixed(5)}, ${Math.round(ms)} ms, ${solution.selected.length} selected`);
  }
  const mid = runs.slice().sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)];
  log(`  greedy objective ${greedy}`);
  const frontierMs = await frontier(highs, input);
  process.stdout.write(`optimizer.candidates: ${input.candidates.length}\n`);
  process.stdout.write(`optimizer.constraints: ${mid.constraints}\n`);
  process.stdout.write(`optimizer.ms: ${Math.round(median(runs.map(x => x.ms)))}\n`);
  process.stdout.write(`optimizer.gap: ${mid.gap.toFixed(4)}\n`);
  process.stdout.write(`optimizer.vs_greedy: ${(mid.objective / greedy).toFixed(4)}\n`);
  process.stdout.write(`optimizer.frontier_ms: ${Math.round(frontierMs)}\n`);
}
