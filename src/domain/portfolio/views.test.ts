import { applyView, defaultView, parseView, serializeView, validateView, type IPortfolioView } from './views';
import { ids, rows } from './fixtures';
import { withRequiredColumns } from './columns';

describe('portfolio: saved views', () => {
  const view: IPortfolioView = {
    name: 'Red projects of DTP',
    columns: ['title', 'ragOverall', 'budget'],
    filters: { programmeIds: [1], rag: ['Red', 'Amber'], stages: [], ragDimension: 'overall' },
    groupBy: 'department',
    sort: [{ column: 'budget', descending: true }],
    search: ' erp '
  };

  it('applies filters, search and sort of a view', () => {
    expect(ids(applyView(rows, view))).toEqual([2]);
    expect(ids(applyView(rows, defaultView()))).toEqual([4, 5, 2, 3, 1]);
  });

  it('serialises compactly and reads back the same view', () => {
    const json = serializeView(view);
    expect(JSON.parse(json)).toEqual({ v: 1, columns: ['title', 'ragOverall', 'budget'], filters: { programmeIds: [1], rag: ['Red', 'Amber'] }, groupBy: 'department', sort: [{ column: 'budget', descending: true }], search: 'erp' });
    const back = parseView('Red projects of DTP', json);
    expect(back.problems).toEqual([]);
    expect(back.view).toEqual({ ...view, filters: { programmeIds: [1], rag: ['Red', 'Amber'] }, search: 'erp' });
  });

  it('names every problem of an invalid view', () => {
    const bad = { ...view, name: ' ', columns: ['title', 'title', 'colour'], sort: [{ column: 'x', descending: false }], groupBy: 'weather', filters: { rag: ['Purple'], statuses: ['Dreaming'], programmeIds: ['1'] } } as unknown as IPortfolioView;
    expect(validateView(bad).map(p => p.code + (p.detail ? `:${p.detail}` : ''))).toEqual([
      'nameRequired', 'duplicateColumn:title', 'unknownColumn:colour', 'unknownSort:x', 'unknownGroupBy:weather', 'badFilter:programmeIds', 'badFilter:rag', 'badFilter:statuses'
    ]);
    expect(validateView({ ...view, name: 'x'.repeat(256) }).map(p => p.code)).toEqual(['nameTooLong']);
    expect(validateView({ ...view, columns: [] }).map(p => p.code)).toEqual(['noColumns']);
    expect(() => serializeView({ ...view, name: '' })).toThrow(/nameRequired/);
  });

  it('drops columns a newer release added, and refuses broken or future JSON', () => {
    const r = parseView('v', '{"v":1,"columns":["title","futureColumn"],"filters":{},"sort":[{"column":"futureColumn","descending":false}]}');
    expect(r.view?.columns).toEqual(['title']);
    expect(r.view?.sort).toEqual([]);
    expect(parseView('v', '{not json').problems).toEqual([{ code: 'badFormat', detail: 'json' }]);
    expect(parseView('v', '{"v":2,"columns":["title"]}').problems).toEqual([{ code: 'badFormat', detail: 'version' }]);
    expect(parseView('v', '{"v":1,"columns":[],"filters":{},"sort":[]}').problems.map(p => p.code)).toEqual(['noColumns']);
  });

  it('gives a stored view without the project column that column back, in front (trial finding: a grid without names)', () => {
    expect(parseView('v', '{"v":1,"columns":["code","budget"],"filters":{},"sort":[]}').view?.columns).toEqual(['title', 'code', 'budget']);
    expect(withRequiredColumns(['budget', 'title'])).toEqual(['budget', 'title']);
    expect(withRequiredColumns(['budget'])).toEqual(['title', 'budget']);
  });
});
