import { groupRows } from './grouping';
import { sortRows } from './sort';
import { ids, rows } from './fixtures';

describe('portfolio: group by', () => {
  it('groups by programme alphabetically with "none" last and counts per group', () => {
    const g = groupRows(sortRows(rows, [{ column: 'title', descending: false }]), 'programme');
    expect(g.groups.map(x => [x.value, x.startIndex, x.count])).toEqual([['Digital Transformation', 0, 3], ['Public Services Modernisation', 3, 1], [undefined, 4, 1]]);
    expect(ids(g.rows)).toEqual([5, 2, 3, 1, 4]);
    // Each group's budget subtotal (issue 9, item 21): 50,000 + 1,200,000.50 + 400,000; 250,000; none.
    expect(g.groups.map(x => x.budget)).toEqual([1650000.5, 250000, 0]);
  });

  it('groups RAG worst first, stages and statuses in lifecycle order, departments case-insensitively', () => {
    expect(groupRows(rows, 'rag').groups.map(x => [x.key, x.count])).toEqual([['Red', 1], ['Amber', 1], ['Green', 2], ['', 1]]);
    expect(groupRows(rows, 'stage').groups.map(x => x.key)).toEqual(['StartingUp', 'Initiation', 'Delivery', 'Closing']);
    expect(groupRows(rows, 'status').groups.map(x => x.key)).toEqual(['Proposed', 'Active', 'OnHold', 'Closed']);
    expect(groupRows(rows, 'department').groups.map(x => [x.value, x.count])).toEqual([['Finance', 2], ['IT Infrastructure', 1], ['Public Services', 2]]);
    expect(groupRows(rows, 'projectManager').groups.map(x => [x.value, x.count])).toEqual([['Anna Schmidt', 2], ['Emma Clarke', 1], ['Hugo Lefèvre', 2]]);
  });
});
