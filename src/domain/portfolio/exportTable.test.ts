import { columnValue } from './columns';
import { exportTable, type IExportLabels } from './exportTable';
import { sortRows } from './sort';
import { rows } from './fixtures';

describe('portfolio: export table', () => {
  const labels: IExportLabels = { column: c => `#${c}`, stage: s => `stage:${s}`, status: s => `status:${s}`, rag: r => r.toUpperCase(), noCurrentRag: 'no current' };

  it('writes a header and one row per project with typed cells, in view order', () => {
    const t = exportTable(sortRows(rows.slice(0, 2), [{ column: 'budget', descending: true }]), ['title', 'stage', 'ragOverall', 'budget', 'nextMilestoneDate', 'objectives'], labels);
    expect(t[0]).toEqual(['#title', '#stage', '#ragOverall', '#budget', '#nextMilestoneDate', '#objectives']);
    expect(t[1]).toEqual(['ERP upgrade', 'stage:Initiation', 'RED', 1200000.5, new Date('2026-11-30'), 'Lean administration']);
    expect(t[2]).toEqual(['Müller-Straße Bürgerportal', 'stage:Delivery', 'AMBER', 250000, new Date('2026-12-01'), 'Digital first']);
    // "Archive scanning" is closed: no current RAG, said in words as in the grid (trial finding).
    expect(exportTable([rows[3]], ['programme', 'ragOverall', 'budget'], labels)[1]).toEqual([undefined, 'no current', undefined]);
    expect(columnValue(rows[0], 'projectManager')).toBe('Hugo Lefèvre');
  });
});
