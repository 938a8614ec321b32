/** What-if portfolio selections (PortfolioScenarios) of open requests and running projects within a budget cap. */
import { PortfolioScenariosList, ProjectRequestsList, ProjectsList, ScoringModelsList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { jsonRef, ref, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row } from '../rows';
import type { IProjectSim } from '../simulate';
import type { IRequestOutcome } from './requests';

const S = PortfolioScenariosList.fields;
const scenarioStatus = choiceCodes(PortfolioScenariosList.choices.ScenarioStatus);
const NAMES: ReadonlyArray<string> = ['baseline', 'growth', 'savings', 'security first', 'citizen first'];

/** One scenario per 20 projects (at least 3; none without projects), for 2027 and 2026, under the active scoring model. */
export function scenarioRows(rng: Rng, sims: ReadonlyArray<IProjectSim>, outcomes: ReadonlyArray<IRequestOutcome>, activeModel: number): ISeedRow[] {
  const n = sims.length;
  const count = n === 0 ? 0 : Math.max(3, Math.round(n / 20));
  const openRequests = outcomes.map((r, i) => ({ r, i })).filter(x => x.r.state === 'ReadyForScoring' || x.r.state === 'Approved').map(x => x.i);
  const runningProjects = sims.filter(s => s.lifecycle === 'Active' || s.lifecycle === 'Proposed').map(s => s.index);
  const rows: ISeedRow[] = [];
  for (let i = 0; i < count; i++) {
    const year = i % 3 === 2 ? 2026 : 2027;
    const status = i === 0 ? scenarioStatus('Approved') : i === 1 ? scenarioStatus('Proposed') : year === 2026 ? scenarioStatus('Archived') : rng.weighted(scenarioStatus.weights([['Draft', 3], ['Proposed', 1], ['Archived', 1]]));
    const cap = Math.round(rng.range(0.25, 0.6) * n * 900) * 1000;
    const pickedRequests = rng.sample(openRequests, Math.min(40, Math.ceil(openRequests.length * rng.range(0.4, 0.8)))).sort((x, y) => x - y);
    const pickedProjects = rng.sample(runningProjects, Math.min(40, Math.ceil(runningProjects.length * 0.5))).sort((x, y) => x - y);
    rows.push(row(PortfolioScenariosList, {
      [S.Title]: `Portfolio ${year} – ${NAMES[i % 5]}${i >= 5 ? ` (${Math.floor(i / 5) + 1})` : ''}`,
      [S.ScenarioStatus]: status,
      [S.BudgetCap]: cap,
      [S.FiscalYear]: year,
      [S.ScoringModel]: ref(ScoringModelsList, activeModel),
      [S.Summary]: `Selection under a budget cap of EUR ${cap.toLocaleString('en-US')}.`,
      [S.ScenarioJson]: {
        json: {
          budgetCap: cap,
          requests: pickedRequests.map(x => jsonRef(ProjectRequestsList, x)),
          projects: pickedProjects.map(x => jsonRef(ProjectsList, x))
        }
      }
    }));
  }
  return rows;
}
