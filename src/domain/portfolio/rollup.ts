/** The programme roll-up of the portfolio: project count, budget sum and RAG per programme. */
import { hasEnded, worstRag, type Rag, type RagFilterValue } from './rag';
import type { IPortfolioRef, IPortfolioRow } from './row';
import { textComparer, type TextCompare } from './sort';

/** One programme's roll-up. */
export interface IProgrammeRollup {
  /** The programme (undefined: projects without a programme). */
  programme?: IPortfolioRef;
  /** Its projects that have not ended (proposed, active, on hold). */
  projectCount: number;
  /** Sum of those projects' budgets (projects without a budget count 0). */
  budget: number;
  /** Its closed and cancelled projects, counted apart. */
  endedCount: number;
  /** Sum of the closed and cancelled projects' budgets. */
  endedBudget: number;
  /** Worst overall RAG of its running projects (undefined when none has a report). */
  worstRag?: Rag;
  /** Running projects per overall RAG; 'None' counts those without a report. */
  ragCounts: Record<RagFilterValue, number>;
}

/**
 * Rolls rows up by programme: project count, budget sum, worst overall RAG and the number of
 * projects per RAG, over the projects that have not ended; closed and cancelled projects are
 * counted apart with their budgets. Programmes alphabetically, projects without a programme last.
 */
export function programmeRollup(rows: ReadonlyArray<IPortfolioRow>, compare: TextCompare = textComparer('en')): IProgrammeRollup[] {
  const map: Record<string, IProgrammeRollup> = {};
  const order: string[] = [];
  for (const r of rows) {
    const key = r.programme ? String(r.programme.id) : '';
    let roll = map[key];
    if (!roll) {
      roll = { programme: r.programme, projectCount: 0, budget: 0, endedCount: 0, endedBudget: 0, ragCounts: { Red: 0, Amber: 0, Green: 0, None: 0 } };
      map[key] = roll;
      order.push(key);
    }
    if (hasEnded(r.status)) {
      roll.endedCount++;
      roll.endedBudget = roundMoney(roll.endedBudget + (r.budget ?? 0));
      continue;
    }
    roll.projectCount++;
    roll.budget = roundMoney(roll.budget + (r.budget ?? 0));
    roll.worstRag = worstRag([roll.worstRag, r.rag.overall]);
    roll.ragCounts[r.rag.overall ?? 'None']++;
  }
  return order.map(k => map[k]).sort((a, b) => {
    if (!a.programme || !b.programme) return a.programme === b.programme ? 0 : a.programme ? -1 : 1;
    return compare(a.programme.title, b.programme.title);
  });
}

/** The sum of the budgets of rows `start` to `start + count - 1` (all rows by default), to the cent; rows without a budget count 0. */
export function budgetSum(rows: ReadonlyArray<IPortfolioRow>, start: number = 0, count: number = rows.length): number {
  let sum = 0;
  for (let i = start; i < start + count && i < rows.length; i++) sum = roundMoney(sum + (rows[i].budget ?? 0));
  return sum;
}

function roundMoney(n: number): number {
  return Math.round(n * 100) / 100;
}
