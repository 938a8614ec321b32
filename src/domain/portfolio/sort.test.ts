import { sortRows, toggleSort } from './sort';
import { ids, rows } from './fixtures';

describe('portfolio: sort', () => {
  it('sorts by several keys, empty values last in both directions', () => {
    expect(ids(sortRows(rows, [{ column: 'budget', descending: true }]))).toEqual([2, 3, 1, 5, 4]);
    expect(ids(sortRows(rows, [{ column: 'budget', descending: false }]))).toEqual([5, 1, 3, 2, 4]);
    expect(ids(sortRows(rows, [{ column: 'programme', descending: false }, { column: 'title', descending: true }]))).toEqual([3, 2, 5, 1, 4]);
    expect(ids(sortRows(rows, [{ column: 'nextMilestoneDate', descending: false }]))).toEqual([2, 1, 3, 4, 5]);
  });

  it('sorts RAG by severity and stages/statuses in lifecycle order', () => {
    expect(ids(sortRows(rows, [{ column: 'ragOverall', descending: true }]))).toEqual([2, 1, 3, 5, 4]);
    expect(ids(sortRows(rows, [{ column: 'stage', descending: false }]))).toEqual([5, 2, 1, 3, 4]);
    expect(ids(sortRows(rows, [{ column: 'status', descending: false }]))).toEqual([5, 1, 2, 3, 4]);
  });

  it('sorts text with the locale collator (accents at base level)', () => {
    expect(ids(sortRows(rows, [{ column: 'title', descending: false }]))).toEqual([4, 5, 2, 3, 1]);
  });

  it('toggles the sort on header clicks: replace, flip, Shift adds a key', () => {
    let s = toggleSort([], 'title');
    expect(s).toEqual([{ column: 'title', descending: false }]);
    s = toggleSort(s, 'title');
    expect(s).toEqual([{ column: 'title', descending: true }]);
    s = toggleSort(s, 'budget', true);
    expect(s).toEqual([{ column: 'title', descending: true }, { column: 'budget', descending: false }]);
    s = toggleSort(s, 'budget', true);
    expect(s).toEqual([{ column: 'title', descending: true }, { column: 'budget', descending: true }]);
    expect(toggleSort(s, 'code')).toEqual([{ column: 'code', descending: false }]);
  });
});
