import { axisTicks, budgetRows, budgetYears, defaultBudgetYear, evAxis, evQuadrant, evRows, intakeRows, milestoneRows, niceStep, ragRows, valueAxis } from './chartModel';
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

describe('the dashboard charts\' axes', () => {
  it('steps at round values (1, 2, 2.5, 5 × 10^k), whole steps for counts', () => {
    expect(niceStep(12_713_000, 5)).toBe(5_000_000);
    expect(niceStep(9_534_750, 5)).toBe(2_000_000);
    expect(niceStep(1, 4)).toBe(0.25);
    expect(niceStep(10, 5, true)).toBe(2);
    expect(niceStep(12.5, 5, true)).toBe(5);
    expect(niceStep(3, 5, true)).toBe(1);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('runs a bar chart\'s value axis from 0 to the first round step at or above the largest value', () => {
    expect(valueAxis(12_713_000, false)).toEqual({ min: 0, max: 15_000_000, step: 5_000_000 });
    expect(valueAxis(47, true)).toEqual({ min: 0, max: 50, step: 10 });
    expect(valueAxis(18, true)).toEqual({ min: 0, max: 20, step: 5 });
    expect(valueAxis(0, true)).toEqual({ min: 0, max: 1, step: 1 });
  });

  it('centres the SPI/CPI axes around 1.0: at least 0.5 to 1.5, wider for the data, 1.0 always a tick', () => {
    const usual = evAxis([{ spi: 0.65, cpi: 0.7 }, { spi: 1.08, cpi: 1.05 }]);
    expect(usual).toEqual({ min: 0.5, max: 1.5, step: 0.25 });
    expect(axisTicks(usual)).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
    expect(axisTicks(evAxis([{ spi: 0.3, cpi: 0.7 }]))).toEqual([0, 0.5, 1, 1.5]);
    expect(axisTicks(evAxis([{ spi: 1.2, cpi: 2.3 }]))).toEqual([0.5, 1, 1.5, 2, 2.5]);
    expect(evAxis([])).toEqual(usual);
  });
});
