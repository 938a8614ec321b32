import { activeFilterCount, matchesFilters } from './filters';
import { ids, rows } from './fixtures';

describe('portfolio: filters', () => {
  const f = (filters: Parameters<typeof matchesFilters>[1]): number[] => ids(rows.filter(r => matchesFilters(r, filters)));

  it('filters by status, stage, programme (with "no programme"), department (case-insensitive) and PM', () => {
    expect(f({ statuses: ['Active'] })).toEqual([1, 2]);
    expect(f({ statuses: ['Active', 'OnHold'] })).toEqual([1, 2, 3]);
    expect(f({ stages: ['Delivery'] })).toEqual([1, 3]);
    expect(f({ programmeIds: [1] })).toEqual([2, 3, 5]);
    expect(f({ programmeIds: [2], withoutProgramme: true })).toEqual([1, 4]);
    expect(f({ withoutProgramme: true })).toEqual([4]);
    expect(f({ departments: ['Finance'] })).toEqual([2, 5]);
    expect(f({ projectManagerIds: [11] })).toEqual([2, 4]);
  });

  it('filters by RAG of a dimension, with "None" for projects without a report', () => {
    expect(f({ rag: ['Red'] })).toEqual([2]);
    expect(f({ rag: ['Green', 'None'] })).toEqual([3, 4, 5]);
    expect(f({ rag: ['Red'], ragDimension: 'schedule' })).toEqual([1, 2]);
    expect(f({ rag: ['Amber'], ragDimension: 'risk' })).toEqual([5]);
  });

  it('filters by strategic objective and ANDs different filters', () => {
    expect(f({ objectiveIds: [100] })).toEqual([1, 3]);
    expect(f({ objectiveIds: [101], programmeIds: [1], statuses: ['Active'] })).toEqual([2]);
    expect(f({ statuses: [], stages: [] })).toEqual([1, 2, 3, 4, 5]);
    expect(activeFilterCount({ statuses: ['Active'], stages: [], rag: ['Red'], withoutProgramme: true })).toBe(3);
  });
});
