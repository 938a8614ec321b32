import { addressOfFilters, filtersOfAddress, hasAddressFilters } from './addressFilters';

describe('the Portfolio\'s filters in a page address', () => {
  it('reads programmes, departments, objectives, statuses and RAGs, repeated parameters OR-ed', () => {
    expect(filtersOfAddress('?programme=3&programme=5&department=Finance&department=Public%20Services&objective=7&status=Active&rag=Red&rag=None&user=a%40b'))
      .toEqual({ programmeIds: [3, 5], departments: ['Finance', 'Public Services'], objectiveIds: [7], statuses: ['Active'], rag: ['Red', 'None'] });
  });

  it('reads "none" as projects without a programme and drops what it does not know', () => {
    expect(filtersOfAddress('programme=none&programme=x&objective=-2&status=Sleeping&rag=Purple&department=')).toEqual({ withoutProgramme: true });
    expect(filtersOfAddress('')).toEqual({});
    expect(hasAddressFilters('?projectId=4')).toBe(false);
    expect(hasAddressFilters('?department=IT')).toBe(true);
  });

  it('writes what it reads, in a fixed order, and leaves out a RAG of another dimension than overall', () => {
    const filters = { programmeIds: [3], withoutProgramme: true, departments: ['R&D / Labs'], objectiveIds: [2], statuses: ['Active', 'OnHold'], rag: ['Green' as const] };
    const query = addressOfFilters(filters);
    expect(query).toBe('programme=3&programme=none&department=R%26D+%2F+Labs&objective=2&status=Active&status=OnHold&rag=Green');
    expect(filtersOfAddress(query)).toEqual(filters);
    expect(addressOfFilters({ rag: ['Red'], ragDimension: 'cost' })).toBe('');
    expect(addressOfFilters({})).toBe('');
  });
});
