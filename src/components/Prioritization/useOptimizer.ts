import * as React from 'react';
import type { IFrontierPoint, IPortfolioSolution, IPrioritizationProblem } from '../../domain/prioritization';
import { loadOptimizer as loadDefault, type OptimizerModule } from '../../optimizer/load';
import type { IImproveProgress } from '../../optimizer';

/** Where the shown selection comes from. */
export type SelectionSource = 'optimizer' | 'frontier' | 'scenario';

/**
 * The shown selection: the optimizer's answer, a frontier point or a reopened scenario. Its analysis
 * (binding rows, the reason of each left-out candidate, the diagnosis of an infeasible problem) is
 * made where it is shown (OptimizeTab, `analyseShown`), in the Optimize tab's own chunk.
 */
export interface IShownSelection {
  source: SelectionSource;
  solution: IPortfolioSolution;
  /** The problem it was solved with, and is analysed against. */
  problem: IPrioritizationProblem;
  /** The frontier level (source 'frontier') or the scenario's title (source 'scenario'). */
  level?: number;
  scenarioTitle?: string;
}

/** The optimizer's state on the screen. */
export interface IOptimizerState {
  busy: 'none' | 'loading' | 'solving' | 'improving' | 'frontier';
  error?: unknown;
  shown?: IShownSelection;
  /** Progress of "Keep improving" (after each round). */
  progress?: IImproveProgress;
  frontier: IFrontierPoint[];
  /** Points solved and planned while the frontier runs. */
  frontierProgress?: { done: number; total: number };
  /** Runs the optimizer (default gap and time limit). */
  run: () => void;
  /** Solves on in rounds from the shown selection until proven optimal, the budget is spent or Cancel. */
  keepImproving: () => void;
  /** Cancels "Keep improving" or the frontier after the current round or point. */
  cancel: () => void;
  /** Solves the frontier, 11 points from 50 % to 150 % of the budgets. */
  runFrontier: () => void;
  /** Shows a frontier point's selection, analysed against the problem solved at that point (its budgets). */
  showPoint: (point: IFrontierPoint) => void;
  /** Shows a selection (a reopened scenario) analysed against the problem its parameters make (`problemFor`). */
  showSelection: (selection: ReadonlyArray<string>, scenarioTitle: string, problem: IPrioritizationProblem) => void;
}

/**
 * The optimizer on the Prioritization screen. HiGHS loads on first use from its own chunk
 * (`loadOptimizer`), never with the web part. "Keep improving" and the frontier can be cancelled;
 * cancel takes effect between rounds or points (see src/optimizer/improve.ts).
 */
export function useOptimizer(problem: IPrioritizationProblem | undefined, loadOptimizer: () => Promise<OptimizerModule> = loadDefault): IOptimizerState {
  const [busy, setBusy] = React.useState<IOptimizerState['busy']>('none');
  const [error, setError] = React.useState<unknown>(undefined);
  const [shown, setShown] = React.useState<IShownSelection | undefined>(undefined);
  const [progress, setProgress] = React.useState<IImproveProgress | undefined>(undefined);
  const [frontier, setFrontier] = React.useState<IFrontierPoint[]>([]);
  const [frontierProgress, setFrontierProgress] = React.useState<{ done: number; total: number } | undefined>(undefined);
  const abort = React.useRef<AbortController | undefined>(undefined);
  // The problem the frontier was solved from: its points' rows are labelled by it, whatever changed since.
  const frontierBase = React.useRef<IPrioritizationProblem | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; abort.current?.abort(); }, []);

  const show = (p: IPrioritizationProblem, solution: IPortfolioSolution, source: SelectionSource, extra: Partial<IShownSelection> = {}): void => {
    setShown({ source, solution, problem: p, ...extra });
  };
  const guard = (work: (p: IPrioritizationProblem) => Promise<void>): void => {
    if (!problem || busy !== 'none') return;
    const p = problem;
    setError(undefined);
    setBusy('loading');
    void work(p).catch((e: unknown) => { if (mounted.current) setError(e); }).then(() => { if (mounted.current) setBusy('none'); });
  };

  return {
    busy, error, shown, progress, frontier, frontierProgress,
    run: () => guard(async p => {
      const opt = await loadOptimizer();
      setBusy('solving');
      setProgress(undefined);
      const solution = await opt.solvePortfolio(p.problem);
      if (mounted.current) show(p, solution, 'optimizer');
    }),
    keepImproving: () => guard(async p => {
      const opt = await loadOptimizer();
      const controller = new AbortController();
      abort.current = controller;
      setBusy('improving');
      const starts = shown && shown.solution.status !== 'infeasible' ? [shown.solution.selected] : undefined;
      const solution = await opt.keepImproving(p.problem, {
        signal: controller.signal, firstRoundMs: 2000, maxRoundMs: 8000, ...(starts ? { starts } : {}),
        onProgress: pr => { if (mounted.current) setProgress(pr); }
      });
      if (mounted.current) show(p, solution, 'optimizer');
    }),
    cancel: () => abort.current?.abort(),
    runFrontier: () => guard(async p => {
      const opt = await loadOptimizer();
      const controller = new AbortController();
      abort.current = controller;
      setBusy('frontier');
      setFrontier([]);
      frontierBase.current = p;
      const budgetRows = p.resources.map((r, k) => (r.kind === 'budget' ? k : -1)).filter(k => k >= 0);
      await opt.solveFrontier(p.problem, budgetRows, {
        shouldStop: () => controller.signal.aborted,
        onPoint: (point, done, total) => {
          if (!mounted.current) return;
          setFrontier(f => [...f, point]);
          setFrontierProgress({ done, total });
        }
      });
    }),
    showPoint: point => {
      const base = frontierBase.current ?? problem;
      // One problem for the solve and its analysis: the point's own (its budgets), with the base's row labels.
      if (base) show({ ...base, problem: point.problem }, point.solution, 'frontier', { level: point.level });
    },
    showSelection: (selection, scenarioTitle, p) => {
      const known = new Set(p.problem.candidates.map(c => c.id));
      const selected = selection.filter(id => known.has(id));
      const objective = p.problem.candidates.filter(c => selected.indexOf(c.id) >= 0).reduce((t, c) => t + c.value, 0);
      show(p, { status: 'feasible', selected, objective, bound: Infinity, gap: Infinity, ms: 0 }, 'scenario', { scenarioTitle });
    }
  };
}
