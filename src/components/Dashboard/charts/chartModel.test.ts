import { budgetRows, budgetYears, defaultBudgetYear, evQuadrant, evRows, intakeRows, milestoneRows, ragRows } from './chartModel';
import type { IDashboardBudgetPoint } from '../../../services/DashboardService';

const RUNNING = ['Proposed', 'Active', 'OnHold'];

describe('the dashboard charts\' rows', () => {
  it('lists the RAG distribution Green, Amber, Red, then no report, each opening the running projects with that RAG', () => {
    expect(ragRows({ counts: { Green: 5, Amber: 2, Red: 1 }, notReported: 3 })).toEqual([
      { rag: 'Green', count: 5, target: { filters: { statuses: RUNNING, rag: ['Green'] } } },
      { rag: 'Amber', count: 2, target: { filters: { statuses: RUNNING, rag: ['Amber'] } } },
      { rag: 'Red', count: 1, target: { filters: { statuses: RUNNING, rag: ['Red'] } } },
      { rag: 'None', count: 3, target: { filters: { statuses: RUNNING, rag: ['None'] } } }
    ]);
  });

  const budget: IDashboardBudgetPoint[] = [
    { programme: { id: 2, title: 'Digital' }, fiscalYear: 2025, planned: 10, forecast: 11, actual: 9 },
    { programme: { id: 2, title: 'Digital' }, fiscalYear: 2026, planned: 20, forecast: 22, actual: 5 },
    { programme: { id: 3, title: 'Finance' }, fiscalYear: 2027, planned: 7, forecast: 7, actual: 0 },
    { fiscalYear: 2026, planned: 4, forecast: 4, actual: 1 }
  ];

  it('opens the budget chart on the year of the day, else the latest year before it, else the first', () => {
    const years = budgetYears(budget);
    expect(years).toEqual([2025, 2026, 2027]);
    expect(defaultBudgetYear(years, '2026-11-15')).toBe(2026);
    expect(defaultBudgetYear([2023, 2024, 2030], '2026-11-15')).toBe(2024);
    expect(defaultBudgetYear([2030, 2031], '2026-11-15')).toBe(2030);
    expect(defaultBudgetYear([], '2026-11-15')).toBeUndefined();
  });

  it('gives a year\'s budget rows in the service\'s order, a programme opening its projects and the rest those without one', () => {
    expect(budgetRows(budget, 2026)).toEqual([
      { programme: { id: 2, title: 'Digital' }, planned: 20, forecast: 22, actual: 5, target: { filters: { programmeIds: [2] } } },
      { planned: 4, forecast: 4, actual: 1, target: { filters: { withoutProgramme: true } } }
    ]);
  });

  it('places a project by its indices as shown (two decimals): 0.995 is on plan, 0.994 behind', () => {
    expect(evQuadrant(1, 1)).toBe('onPlan');
    expect(evQuadrant(0.995, 1.2)).toBe('onPlan');
    expect(evQuadrant(0.994, 1.2)).toBe('behind');
    expect(evQuadrant(1.1, 0.9)).toBe('over');
    expect(evQuadrant(0.8, 0.9)).toBe('both');
  });

  it('lists the SPI/CPI points worst first, each opening its project\'s panel among the running projects', () => {
    const rows = evRows([
      { projectId: 1, title: 'A', spi: 1.1, cpi: 1.05 },
      { projectId: 2, title: 'B', spi: 0.9, cpi: 0.95 },
      { projectId: 3, title: 'C', spi: 1.0, cpi: 0.8 },
      { projectId: 4, title: 'D', spi: 0.7, cpi: 0.9 }
    ]);
    expect(rows.map(r => [r.projectId, r.quadrant])).toEqual([[4, 'both'], [2, 'both'], [3, 'over'], [1, 'onPlan']]);
    expect(rows[0].target).toEqual({ filters: { statuses: RUNNING }, projectId: 4 });
  });

  it('lists milestone adherence and the intake pipeline as the service counts them', () => {
    expect(milestoneRows({ onTime: 14, late: 12, lateOpen: 4 })).toEqual([{ key: 'onTime', count: 14 }, { key: 'late', count: 12 }, { key: 'lateOpen', count: 4 }]);
    expect(intakeRows([{ state: 'Submitted', count: 2 }, { state: 'Approved', count: 6 }])).toEqual([{ state: 'Submitted', count: 2 }, { state: 'Approved', count: 6 }]);
  });
});
