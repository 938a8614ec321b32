/** The programme roll-up of the portfolio: project count, budget sum and RAG per programme. */
import { worstRag, type Rag, type RagFilterValue } from './rag';
import type { IPortfolioRef, IPortfolioRow } from './row';
import { textComparer, type TextCompare } from './sort';

/** One programme's roll-up. */
export interface IProgrammeRollup {
  /** The programme (undefined: projects without a programme). */
  programme?: IPortfolioRef;
  projectCount: number;
  /** Sum of the projects' budgets (projects without a budget count 0). */
  budget: number;
  /** Worst overall RAG of its projects (undefined when none has a report). */
  worstRag?: Rag;
  /** Projects per overall RAG; 'None' counts projects without a report. */
  ragCounts: Record<RagFilterValue, number>;
}

/**
 * Rolls rows up by programme: project count, budget sum, worst overall RAG and the number of
 * projects per RAG. Programmes alphabetically, projects without a programme last.
 */
export function programmeRollup(rows: ReadonlyArray<IPortfolioRow>, compare: TextCompare = textComparer('en')): IProgrammeRollup[] {
  const map: Record<string, IProgrammeRollup> = {};
  const order: string[] = [];
  for (const r of rows) {
    const key = r.programme ? String(r.programme.id) : '';
    let roll = map[key];
    if (!roll) {
      roll = { programme: r.programme, projectCount: 0, budget: 0, ragCounts: { Red: 0, Amber: 0, Green: 0, None: 0 } };
      map[key] = roll;
      order.push(key);
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

function roundMoney(n: number): number {
  return Math.round(n * 100) / 100;
}
