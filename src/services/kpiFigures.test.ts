/**
 * The KPI figures' stored form (pure): parts of at most 60,000 characters that read back as taken,
 * days with a part missing or in another format not read, and partial sums that add up over projects
 * to what the domain's formulas give on the projects' rows.
 */
import { computeKpi, type IKpiData, type IKpiMilestone, type IKpiProject, type IKpiStatusReport } from '../domain/kpi';
import {
  decodeDayFigures, dayOfFirstPartKey, encodeDayFigures, figuresBudget, figuresEntry, figuresKey, figuresKeyRange, figuresYears, groupByProject, kpiFromFigures, takeDayFigures,
  FIGURES_PART_CHARS, PROJECT_FORMULAS
} from './kpiFigures';

const AT = '2027-03-31';

function demo(n: number): IKpiData {
  const projects: IKpiProject[] = [];
  const reports: IKpiStatusReport[] = [];
  const milestones: IKpiMilestone[] = [];
  for (let i = 1; i <= n; i++) {
    projects.push(i % 7 === 0 ? { id: i, status: 'Closed', endedOn: '2026-12-31' } : { id: i, status: 'Active' });
    reports.push({ id: 1000 + i, projectId: i, reportDate: '2027-03-28', status: 'Published', rag: i % 5 === 0 ? {} : { overall: (['Green', 'Amber', 'Red'] as const)[i % 3] }, pv: 1000 * i, ev: 900 * i + (i % 4) * 50, ac: 950 * i });
    milestones.push({ projectId: i, title: `M${i}`, baselineDate: '2027-02-15', actualDate: i % 2 === 0 ? '2027-02-10' : undefined, status: i % 2 === 0 ? 'Achieved' : 'Planned' });
  }
  return { projects, reports, milestones, budgetLines: projects.map(p => ({ projectId: p.id, fiscalYear: 2027, planned: 10000, forecast: 10000 + p.id * 10, actual: 500 })) };
}

describe('the KPI figures', () => {
  const data = demo(900);
  const day = takeDayFigures(groupByProject(data), { at: AT }, true);

  it('are stored in parts of at most 60,000 characters that read back as taken', () => {
    const parts = encodeDayFigures(day);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(FIGURES_PART_CHARS);
    const back = decodeDayFigures(parts.slice().reverse());
    expect(back?.day).toBe(AT);
    expect([...(back?.projects.keys() ?? [])].sort((a, b) => a - b)).toEqual(data.projects?.map(p => p.id));
    const f = back?.projects.get(14);
    expect(f && figuresBudget(f)).toEqual([10000, 10140, 1]);
    expect(f && figuresYears(f)).toEqual([[2027, 10000, 10140, 500]]);
    expect(f && figuresEntry(f, 'RagShareGreen')).toBe('noProjects'); // project 14 closed before the day
    expect(figuresKey(AT, 3)).toMatch(/^2027-03-31#\d+\.3$/);
    const range = figuresKeyRange(AT);
    expect(figuresKey(AT, 12) >= range.from && figuresKey(AT, 12) < range.to).toBe(true);
    expect(dayOfFirstPartKey(figuresKey(AT, 0))).toBe(AT);
    expect(dayOfFirstPartKey(figuresKey(AT, 1))).toBeUndefined();
    expect(dayOfFirstPartKey('2027-03-31#0')).toBeUndefined();
  });

  it('are not read when a part is missing or unreadable, and parts of another format are left out', () => {
    const parts = encodeDayFigures(day);
    expect(decodeDayFigures(parts.slice(1))).toBeUndefined();
    expect(decodeDayFigures([...parts.slice(0, -1), '{"v":'])).toBeUndefined();
    const older = JSON.stringify({ v: 1, day: AT, part: 0, parts: 9, p: [] });
    expect(decodeDayFigures([...parts, older])?.projects.size).toBe(900);
  });

  it('add up over any set of projects to what the formulas give on their rows', () => {
    const sets = [[1, 2, 3], data.projects?.filter(p => p.id % 3 === 0).map(p => p.id) ?? [], [7, 14], []];
    for (const ids of sets) {
      const mine = new Set(ids);
      const rows: IKpiData = {
        projects: data.projects?.filter(p => mine.has(p.id)), reports: data.reports?.filter(r => mine.has(r.projectId)),
        milestones: data.milestones?.filter(m => mine.has(m.projectId)), budgetLines: data.budgetLines?.filter(l => mine.has(l.projectId))
      };
      for (const code of [...PROJECT_FORMULAS, 'BudgetVariance', 'BudgetVarianceAmount'] as const) {
        const expected = computeKpi(code, rows, { at: AT });
        const actual = kpiFromFigures(code, day, ids, { at: AT });
        expect({ ids: ids.length, code, kind: actual.kind, reason: actual.kind === 'noData' ? actual.reason : undefined })
          .toEqual({ ids: ids.length, code, kind: expected.kind, reason: expected.kind === 'noData' ? expected.reason : undefined });
        if (actual.kind === 'value' && expected.kind === 'value') {
          expect(actual.value).toBeCloseTo(expected.value, 6);
          expect(actual.basis).toBe(expected.basis);
        }
      }
    }
  });
});
