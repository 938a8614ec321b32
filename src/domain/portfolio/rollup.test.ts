import { currentRag, hasEnded, worstRag } from './rag';
import { budgetSum, programmeRollup } from './rollup';
import { DTP, PSM, row, rows } from './fixtures';

describe('portfolio: programme roll-up', () => {
  it('counts projects, sums budgets, takes the worst RAG and counts per RAG', () => {
    const r = programmeRollup(rows);
    expect(r.map(x => x.programme?.title)).toEqual(['Digital Transformation', 'Public Services Modernisation', undefined]);
    expect(r[0]).toEqual({ programme: DTP, projectCount: 3, budget: 1650000.5, endedCount: 0, endedBudget: 0, worstRag: 'Red', ragCounts: { Red: 1, Amber: 0, Green: 2, None: 0 } });
    expect(r[1]).toEqual({ programme: PSM, projectCount: 1, budget: 250000, endedCount: 0, endedBudget: 0, worstRag: 'Amber', ragCounts: { Red: 0, Amber: 1, Green: 0, None: 0 } });
    // "Archive scanning" is closed: counted apart, not as a running project without a report.
    expect(r[2]).toEqual({ programme: undefined, projectCount: 0, budget: 0, endedCount: 1, endedBudget: 0, worstRag: undefined, ragCounts: { Red: 0, Amber: 0, Green: 0, None: 0 } });
    expect(worstRag([undefined, 'Green', 'Amber', undefined])).toBe('Amber');
    expect(worstRag([])).toBeUndefined();
  });

  it('keeps the budgets of closed and cancelled projects apart from the running ones (issue 9, item 21)', () => {
    const r = programmeRollup([
      row(1, { programme: DTP, status: 'Active', budget: 100000, rag: { overall: 'Amber' } }),
      row(2, { programme: DTP, status: 'Cancelled', budget: 900000, rag: { overall: 'Green' } }),
      row(3, { programme: DTP, status: 'Closed', budget: 50000.25, rag: { overall: 'Red' } }),
      row(4, { programme: DTP, status: 'OnHold', budget: 20000 })
    ]);
    expect(r).toEqual([{ programme: DTP, projectCount: 2, budget: 120000, endedCount: 2, endedBudget: 950000.25, worstRag: 'Amber', ragCounts: { Red: 0, Amber: 1, Green: 0, None: 1 } }]);
  });

  it('sums the budgets of a range of rows to the cent', () => {
    const three = [row(1, { budget: 0.1 }), row(2, { budget: 0.2 }), row(3, {})];
    expect(budgetSum(three)).toBe(0.3);
    expect(budgetSum(three, 1, 2)).toBe(0.2);
    expect(budgetSum([])).toBe(0);
  });
});

describe('portfolio: current RAG', () => {
  it('is the latest report\'s while a project runs, and none once it is closed or cancelled', () => {
    expect(currentRag('Active', { overall: 'Green' })).toEqual({ overall: 'Green' });
    expect(currentRag('OnHold', { overall: 'Red' })).toEqual({ overall: 'Red' });
    expect(currentRag('Proposed', { overall: 'Amber' })).toEqual({ overall: 'Amber' });
    expect(currentRag('Cancelled', { overall: 'Green', cost: 'Red' })).toEqual({});
    expect(currentRag('Closed', { overall: 'Green' })).toEqual({});
    expect(hasEnded(undefined)).toBe(false);
  });
});
