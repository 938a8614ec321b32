import { worstRag } from './rag';
import { programmeRollup } from './rollup';
import { DTP, PSM, rows } from './fixtures';

describe('portfolio: programme roll-up', () => {
  it('counts projects, sums budgets, takes the worst RAG and counts per RAG', () => {
    const r = programmeRollup(rows);
    expect(r.map(x => x.programme?.title)).toEqual(['Digital Transformation', 'Public Services Modernisation', undefined]);
    expect(r[0]).toEqual({ programme: DTP, projectCount: 3, budget: 1650000.5, worstRag: 'Red', ragCounts: { Red: 1, Amber: 0, Green: 2, None: 0 } });
    expect(r[1]).toEqual({ programme: PSM, projectCount: 1, budget: 250000, worstRag: 'Amber', ragCounts: { Red: 0, Amber: 1, Green: 0, None: 0 } });
    expect(r[2]).toEqual({ programme: undefined, projectCount: 1, budget: 0, worstRag: undefined, ragCounts: { Red: 0, Amber: 0, Green: 0, None: 1 } });
    expect(worstRag([undefined, 'Green', 'Amber', undefined])).toBe('Amber');
    expect(worstRag([])).toBeUndefined();
  });
});
