import {
  activeFilterCount, applyView, columnValue, defaultView, exportTable, foldText, groupRows, latestPublishedReport, matchesFilters,
  matchesSearch, nextMilestone, parseView, programmeRollup, projectSummary, serializeView, sortRows, teamDefaultFilters, toggleSort,
  validateView, worstRag, type IExportLabels, type IPortfolioRow, type IPortfolioView
} from './portfolio';

const DTP = { id: 1, title: 'Digital Transformation' };
const PSM = { id: 2, title: 'Public Services Modernisation' };
const anna = { id: 11, name: 'Anna Schmidt', email: 'anna.schmidt@pmohub.demo' };
const hugo = { id: 12, name: 'Hugo Lefèvre', email: 'hugo.lefevre@pmohub.demo' };
const emma = { id: 13, name: 'Emma Clarke', email: 'emma.clarke@pmohub.demo' };

function row(id: number, extra: Partial<IPortfolioRow>): IPortfolioRow {
  return { id, title: `Project ${id}`, rag: {}, objectives: [], ...extra };
}

/** A small worked portfolio: five projects, two programmes, one without. */
const rows: IPortfolioRow[] = [
  row(1, { title: 'Müller-Straße Bürgerportal', code: 'PRJ-2025-0001', programme: PSM, department: 'Public Services', projectManager: hugo, stage: 'Delivery', status: 'Active', rag: { overall: 'Amber', schedule: 'Red', cost: 'Green' }, budget: 250000, nextMilestone: { title: 'Go-live', date: '2026-12-01' }, objectives: [{ id: 100, title: 'Digital first' }], teamsGroupId: 'G-PSM' }),
  row(2, { title: 'ERP upgrade', code: 'PRJ-2024-0002', programme: DTP, department: 'Finance', projectManager: anna, stage: 'Initiation', status: 'Active', rag: { overall: 'Red', schedule: 'Red' }, budget: 1200000.5, nextMilestone: { title: 'Vendor chosen', date: '2026-11-30' }, objectives: [{ id: 101, title: 'Lean administration' }], teamsGroupId: 'G-DTP' }),
  row(3, { title: 'Modern workplace', code: 'PRJ-2024-0003', programme: DTP, department: 'IT Infrastructure', projectManager: emma, stage: 'Delivery', status: 'OnHold', rag: { overall: 'Green' }, budget: 400000, objectives: [{ id: 100, title: 'Digital first' }, { id: 101, title: 'Lean administration' }], teamsGroupId: 'G-DTP' }),
  row(4, { title: 'Archive scanning', code: 'PRJ-2023-0004', department: 'Public Services', projectManager: anna, stage: 'Closing', status: 'Closed', budget: undefined }),
  row(5, { title: 'Éléments de données', code: 'PRJ-2025-0005', programme: DTP, department: 'finance', projectManager: hugo, stage: 'StartingUp', status: 'Proposed', rag: { overall: 'Green', risk: 'Amber' }, budget: 50000, teamsGroupId: 'G-OTHER' })
];

const ids = (rs: ReadonlyArray<IPortfolioRow>): number[] => rs.map(r => r.id);

describe('portfolio: text search', () => {
  it('folds case and diacritics (ü, è, é, ß)', () => {
    expect(foldText('Müller-Straße Lefèvre ÉLÉMENTS')).toBe('muller-strasse lefevre elements');
  });

  it('matches every word, diacritics-insensitive, across title, code, programme, PM and objectives', () => {
    expect(ids(rows.filter(r => matchesSearch(r, 'muller strasse')))).toEqual([1]);
    expect(ids(rows.filter(r => matchesSearch(r, 'LEFEVRE')))).toEqual([1, 5]);
    expect(ids(rows.filter(r => matchesSearch(r, 'elements donnees')))).toEqual([5]);
    expect(ids(rows.filter(r => matchesSearch(r, 'prj-2024')))).toEqual([2, 3]);
    expect(ids(rows.filter(r => matchesSearch(r, 'digital first')))).toEqual([1, 3]);
    expect(ids(rows.filter(r => matchesSearch(r, 'public go-live')))).toEqual([1]);
    expect(ids(rows.filter(r => matchesSearch(r, '   ')))).toEqual([1, 2, 3, 4, 5]);
    expect(ids(rows.filter(r => matchesSearch(r, 'nothing like this')))).toEqual([]);
  });
});

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

describe('portfolio: group by', () => {
  it('groups by programme alphabetically with "none" last and counts per group', () => {
    const g = groupRows(sortRows(rows, [{ column: 'title', descending: false }]), 'programme');
    expect(g.groups.map(x => [x.value, x.startIndex, x.count])).toEqual([['Digital Transformation', 0, 3], ['Public Services Modernisation', 3, 1], [undefined, 4, 1]]);
    expect(ids(g.rows)).toEqual([5, 2, 3, 1, 4]);
  });

  it('groups RAG worst first, stages and statuses in lifecycle order, departments case-insensitively', () => {
    expect(groupRows(rows, 'rag').groups.map(x => [x.key, x.count])).toEqual([['Red', 1], ['Amber', 1], ['Green', 2], ['', 1]]);
    expect(groupRows(rows, 'stage').groups.map(x => x.key)).toEqual(['StartingUp', 'Initiation', 'Delivery', 'Closing']);
    expect(groupRows(rows, 'status').groups.map(x => x.key)).toEqual(['Proposed', 'Active', 'OnHold', 'Closed']);
    expect(groupRows(rows, 'department').groups.map(x => [x.value, x.count])).toEqual([['Finance', 2], ['IT Infrastructure', 1], ['Public Services', 2]]);
    expect(groupRows(rows, 'projectManager').groups.map(x => [x.value, x.count])).toEqual([['Anna Schmidt', 2], ['Emma Clarke', 1], ['Hugo Lefèvre', 2]]);
  });
});

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
});

describe('portfolio: Teams default filter', () => {
  it('uses the programme linked to the team group', () => {
    expect(teamDefaultFilters({ groupId: 'g-psm', name: 'Whatever' }, [{ ...DTP }, { ...PSM, teamsGroupId: 'G-PSM' }], rows)).toEqual({ programmeIds: [2] });
  });

  it('falls back to the programme most of the team\'s projects belong to', () => {
    expect(teamDefaultFilters({ groupId: 'G-DTP', name: 'Digital' }, [DTP, PSM], rows)).toEqual({ programmeIds: [1] });
  });

  it('falls back to a department named like the team, else no filter', () => {
    expect(teamDefaultFilters({ groupId: 'G-FIN', name: 'Finance Department' }, [DTP, PSM], rows)).toEqual({ departments: ['Finance'] });
    expect(teamDefaultFilters({ groupId: 'G-X', name: 'Public services' }, [DTP, PSM], rows)).toEqual({ departments: ['Public Services'] });
    expect(teamDefaultFilters({ groupId: 'G-X', name: 'PMO Team' }, [DTP, PSM], rows)).toEqual({});
  });
});

describe('portfolio: denormalised summary', () => {
  it('takes the next open milestone by forecast (baseline without one), overdue included', () => {
    const ms = [
      { title: 'Kick-off', status: 'Achieved', baselineDate: '2026-01-10', actualDate: '2026-01-12' },
      { title: 'Design', status: 'Late', baselineDate: '2026-03-01', forecastDate: '2026-05-01' },
      { title: 'Build', status: 'Planned', baselineDate: '2026-04-01' },
      { title: 'Dropped', status: 'Cancelled', baselineDate: '2026-02-01' }
    ];
    expect(nextMilestone(ms)).toEqual({ title: 'Build', date: '2026-04-01' });
    expect(nextMilestone(ms.slice(0, 2))).toEqual({ title: 'Design', date: '2026-05-01' });
    expect(nextMilestone([ms[0], ms[3]])).toBeUndefined();
  });

  it('takes the latest published report; drafts never count', () => {
    const reports = [
      { id: 1, reportDate: '2026-09-30', status: 'Published', rag: { overall: 'Green' as const } },
      { id: 2, reportDate: '2026-10-31', status: 'Published', rag: { overall: 'Amber' as const, cost: 'Red' as const } },
      { id: 3, reportDate: '2026-11-30', status: 'Draft', rag: { overall: 'Red' as const } }
    ];
    expect(latestPublishedReport(reports)?.id).toBe(2);
    expect(projectSummary(reports, [])).toEqual({ rag: { overall: 'Amber', cost: 'Red' }, lastReportDate: '2026-10-31', nextMilestone: undefined });
    expect(projectSummary([reports[2]], [])).toEqual({ rag: {}, lastReportDate: undefined, nextMilestone: undefined });
  });
});

describe('portfolio: export table', () => {
  const labels: IExportLabels = { column: c => `#${c}`, stage: s => `stage:${s}`, status: s => `status:${s}`, rag: r => r.toUpperCase() };

  it('writes a header and one row per project with typed cells, in view order', () => {
    const t = exportTable(sortRows(rows.slice(0, 2), [{ column: 'budget', descending: true }]), ['title', 'stage', 'ragOverall', 'budget', 'nextMilestoneDate', 'objectives'], labels);
    expect(t[0]).toEqual(['#title', '#stage', '#ragOverall', '#budget', '#nextMilestoneDate', '#objectives']);
    expect(t[1]).toEqual(['ERP upgrade', 'stage:Initiation', 'RED', 1200000.5, new Date('2026-11-30'), 'Lean administration']);
    expect(t[2]).toEqual(['Müller-Straße Bürgerportal', 'stage:Delivery', 'AMBER', 250000, new Date('2026-12-01'), 'Digital first']);
    expect(exportTable([rows[3]], ['programme', 'ragOverall', 'budget'], labels)[1]).toEqual([undefined, undefined, undefined]);
    expect(columnValue(rows[0], 'projectManager')).toBe('Hugo Lefèvre');
  });
});
