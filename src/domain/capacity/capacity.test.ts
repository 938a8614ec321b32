/**
 * The capacity model on worked examples. Calendar facts used (Gregorian calendar): 1 January 2027 is
 * a Friday, 1 February 2027 a Monday, 1 December 2026 a Tuesday; January 2027 has 21 weekdays,
 * February 2027 20 (four whole weeks), December 2026 23, March 2027 23.
 */
import {
  applyWhatIf, buildHeatMap, commitmentKey, commitPlan, coveredWorkingDays, daysToFte, daysToHours, DEFAULT_CAPACITY_SETTINGS, isMonthKey,
  isWhatIfEmpty, monthRange, monthsBetweenDays, overAllocations, personCapacityDays, planningRoles, requestDemand, requestDemandIsProposed, roleCapacity,
  shiftEntries, shiftMonth, utilisation, utilisationBand, workingDaysBetween, workingDaysInMonth,
  type IDemandEntry, type IResourcePool
} from './index';
import { buildPrioritizationProblem } from '../prioritization/builder';

const close = (v: number): number => Math.round(v * 1000) / 1000;

describe('months and working days', () => {
  it('counts Monday–Friday days per month', () => {
    expect(['2026-12', '2027-01', '2027-02', '2027-03'].map(workingDaysInMonth)).toEqual([23, 21, 20, 23]);
    // A leap February: 1 February 2028 is a Tuesday; 29 days, 21 weekdays.
    expect(workingDaysInMonth('2028-02')).toBe(21);
    expect(workingDaysBetween('2027-01-28', '2027-02-05')).toBe(7); // Thu, Fri + Mon–Fri
    expect(workingDaysBetween('2027-02-06', '2027-02-07')).toBe(0); // a weekend
    expect(workingDaysBetween('2027-02-05', '2027-02-01')).toBe(0);
  });

  it('shifts months across year ends, both ways', () => {
    expect(shiftMonth('2027-11', 3)).toBe('2028-02');
    expect(shiftMonth('2027-02', -3)).toBe('2026-11');
    expect(shiftMonth('2027-02', 0)).toBe('2027-02');
    expect(monthRange('2026-11', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetweenDays('2027-01-31', '2027-03-01')).toBe(2);
    expect(monthsBetweenDays('2027-03-15', '2026-12-01')).toBe(-3);
    expect([isMonthKey('2027-13'), isMonthKey('2027-1'), isMonthKey('2027-12')]).toEqual([false, false, true]);
    expect(() => shiftMonth('2027-13', 1)).toThrow(RangeError);
  });

  it('counts an absence across a month boundary in each month, and overlapping absences once', () => {
    const leave = { start: '2027-01-28', end: '2027-02-05' };
    expect(coveredWorkingDays('2027-01', [leave])).toBe(2);
    expect(coveredWorkingDays('2027-02', [leave])).toBe(5);
    // A public holiday on Monday 1 February inside the leave is not counted twice; one on 8 February is.
    const holidays = [{ start: '2027-02-01', end: '2027-02-01' }, { start: '2027-02-08', end: '2027-02-08' }];
    expect(coveredWorkingDays('2027-02', [leave, ...holidays])).toBe(6);
    // Invalid or reversed ranges cover nothing.
    expect(coveredWorkingDays('2027-02', [{ start: '2027-02-10', end: '2027-02-09' }, { start: 'x', end: '2027-02-09' }])).toBe(0);
  });
});

describe('capacity of people and roles', () => {
  // Anna: 0.8 FTE, 25 % non-project time, on leave Thu 28 January – Fri 5 February 2027.
  // Ben: 1 FTE, no non-project time. New Year's Day (Fri 1 January 2027) is a holiday for everyone.
  const pool: IResourcePool = {
    roles: [
      { id: 1, title: 'Developer', monthlyDays: 10, byMonth: [{ month: '2027-02', days: 4 }] },
      { id: 2, title: 'Business analyst', monthlyDays: 30 }
    ],
    people: [
      { id: 11, title: 'Anna', role: 1, team: 'Apps', fte: 0.8, nonProjectPercent: 25 },
      { id: 12, title: 'Ben', role: 1, team: 'Apps', fte: 1 },
      { id: 13, title: 'Cleo', role: 1, team: 'Infra', fte: 1, active: false }
    ],
    absences: [{ person: 11, start: '2027-01-28', end: '2027-02-05' }, { start: '2027-01-01', end: '2027-01-01' }]
  };

  it('derives a person\'s capacity from FTE, working days, absences and non-project time', () => {
    const everyone = [pool.absences[1]];
    // January: 21 weekdays − New Year − 2 leave days = 18; × 0.8 × 0.75 = 10.8 days.
    expect(close(personCapacityDays(pool.people[0], '2027-01', [pool.absences[0], ...everyone]))).toBe(10.8);
    // February: 20 − 5 leave days = 15; × 0.8 × 0.75 = 9 days.
    expect(close(personCapacityDays(pool.people[0], '2027-02', [pool.absences[0], ...everyone]))).toBe(9);
    // Ben in January: 21 − 1 = 20 days; Cleo is inactive: 0.
    expect(personCapacityDays(pool.people[1], '2027-01', everyone)).toBe(20);
    expect(personCapacityDays(pool.people[2], '2027-01', everyone)).toBe(0);
  });

  it('adds the role\'s set capacity (its month override first) to its active people', () => {
    const cap = roleCapacity(pool, ['2027-01', '2027-02']);
    // Developer January: Anna 10.8 + Ben 20 + set 10 less New Year's Day, everyone's (10 × 20 / 21 =
    // 9.524) = 40.324; February: 9 + 20 + set 4 (the month's override, no holiday) = 33.
    expect(cap.get(1)?.map(c => close(c.days))).toEqual([40.324, 33]);
    expect(cap.get(1)?.map(c => [close(c.peopleDays), close(c.setDays)])).toEqual([[30.8, 9.524], [29, 4]]);
    // Business analyst: no one tracked, only the set 30 days a month, less New Year's Day in January (30 × 20 / 21).
    expect(cap.get(2)?.map(c => close(c.days))).toEqual([28.571, 30]);
  });

  it('gives the optimizer the same figures (planningRoles)', () => {
    const roles = planningRoles(pool, ['2027-01', '2027-02']);
    expect(roles[0].byMonth.map(c => close(c.days))).toEqual([40.324, 33]);
    expect(roles[1].byMonth.map(c => [c.month, close(c.days)])).toEqual([['2027-01', 28.571], ['2027-02', 30]]);
  });

  it('converts days to hours with the organisation\'s weekly hours, and to FTE with the month\'s working days', () => {
    expect(daysToHours(3.5, DEFAULT_CAPACITY_SETTINGS)).toBe(28); // 40 h a week = 8 h a day
    expect(daysToHours(2, { hoursPerWeek: 38.5 })).toBe(15.4); // 7.7 h a day
    expect(daysToFte(10, '2027-02')).toBe(0.5); // 10 of 20 working days
  });
});

describe('demand, utilisation and the heat map', () => {
  const pool: IResourcePool = {
    roles: [{ id: 1, title: 'Developer', monthlyDays: 20 }, { id: 2, title: 'Architect', monthlyDays: 10 }],
    people: [],
    absences: []
  };
  const alpha = { kind: 'project' as const, id: 5, title: 'Alpha' };
  const beta = { kind: 'project' as const, id: 6, title: 'Beta' };
  const gamma = { kind: 'request' as const, id: 12, title: 'Gamma' };
  const demand: IDemandEntry[] = [
    { source: alpha, state: 'Committed', role: 1, month: '2027-03', days: 12 },
    { source: beta, state: 'Committed', role: 1, month: '2027-03', days: 6 },
    { source: gamma, state: 'Proposed', role: 1, month: '2027-03', days: 5 },
    { source: gamma, state: 'Proposed', role: 1, month: '2027-04', days: 5 },
    { source: alpha, state: 'Committed', role: 2, month: '2027-04', days: 4 }
  ];
  const settings = { ...DEFAULT_CAPACITY_SETTINGS };

  it('bands utilisation at the thresholds: amber from 85 %, red above 100 %', () => {
    expect([0.84, 0.85, 1, 1.01].map(u => utilisationBand(u, settings))).toEqual(['ok', 'amber', 'amber', 'red']);
    expect([utilisation(3, 0), utilisation(0, 0), utilisation(0, 10), utilisation(9, 10)]).toEqual([Infinity, undefined, 0, 0.9]);
    expect(utilisationBand(Infinity, settings)).toBe('red');
    expect(utilisationBand(undefined, settings)).toBe('none');
  });

  it('aggregates committed demand, and proposed only when asked', () => {
    const months = ['2027-03', '2027-04'];
    const committed = buildHeatMap({ pool, demand, months, dimension: 'role', includeProposed: false, settings });
    const dev = committed.filter(r => r.key === '1')[0];
    // March: 12 + 6 = 18 of 20 days = 90 % (amber); the proposed 5 days are known but not counted.
    expect([dev.cells[0].demandDays, dev.cells[0].proposedDays, dev.cells[0].utilisation, dev.cells[0].band]).toEqual([18, 5, 0.9, 'amber']);
    expect(dev.cells[0].contributions.map(c => [c.source.title, c.days])).toEqual([['Alpha', 12], ['Beta', 6]]);
    const all = buildHeatMap({ pool, demand, months, dimension: 'role', includeProposed: true, settings });
    const devAll = all.filter(r => r.key === '1')[0];
    // With proposed: 23 of 20 = 115 % (red), Gamma contributes.
    expect([devAll.cells[0].demandDays, close(devAll.cells[0].utilisation ?? 0), devAll.cells[0].band]).toEqual([23, 1.15, 'red']);
    expect(devAll.cells[0].contributions.map(c => c.source.title)).toEqual(['Alpha', 'Beta', 'Gamma']);
    // Rows sorted by title: Architect before Developer.
    expect(all.map(r => r.title)).toEqual(['Architect', 'Developer']);
    // Over-allocation: Developer March, 3 days = 24 hours over.
    expect(overAllocations(all, settings).map(o => [o.title, o.month, o.overDays, o.overHours, o.contributions.length])).toEqual([['Developer', '2027-03', 3, 24, 3]]);
  });

  it('clears the over-allocation with a what-if shift, before anything is saved', () => {
    const months = ['2027-03', '2027-04', '2027-05'];
    const moved = applyWhatIf(demand, { shifts: [{ source: 'request:12', months: 2 }], leaveOut: [] });
    expect(moved.filter(e => e.source.id === 12).map(e => e.month)).toEqual(['2027-05', '2027-06']);
    expect(demand.filter(e => e.source.id === 12).map(e => e.month)).toEqual(['2027-03', '2027-04']); // input unchanged
    const map = buildHeatMap({ pool, demand: moved, months, dimension: 'role', includeProposed: true, settings });
    expect(overAllocations(map, settings)).toEqual([]);
    const left = applyWhatIf(demand, { shifts: [], leaveOut: ['request:12'] });
    expect(left.length).toBe(3);
    expect([isWhatIfEmpty({ shifts: [{ source: 'x', months: 0 }], leaveOut: [] }), isWhatIfEmpty({ shifts: [], leaveOut: ['x'] })]).toEqual([true, false]);
    expect(shiftEntries([{ month: '2027-11' }], 3)).toEqual([{ month: '2028-02' }]);
  });

  it('shows teams and people from named work, and work of no person in its own row', () => {
    const p: IResourcePool = { ...pool, people: [{ id: 11, title: 'Anna', role: 1, team: 'Apps', fte: 1 }, { id: 12, title: 'Ben', role: 1, fte: 1 }] };
    const named: IDemandEntry[] = [{ ...demand[0], person: 11 }, demand[1]];
    const team = buildHeatMap({ pool: p, demand: named, months: ['2027-03'], dimension: 'team', includeProposed: false, settings });
    // Anna's team Apps: 23 working days in March 2027, 12 days of Alpha; Beta's 6 days are given to no one.
    expect(team.map(r => [r.key, r.cells[0].capacityDays, r.cells[0].demandDays])).toEqual([['team:Apps', 23, 12], ['', 0, 6]]);
    const person = buildHeatMap({ pool: p, demand: named, months: ['2027-03'], dimension: 'person', includeProposed: false, settings });
    expect(person.map(r => [r.title, r.cells[0].demandDays])).toEqual([['Anna', 12], ['Ben', 0], ['', 6]]);
    // Work given to no one has no capacity of its own: it is shown, but it is no one's utilisation and
    // never an over-allocation (the trial saw it fill the over-allocation list with "∞" in every month).
    const unassigned = person[2].cells[0];
    expect([unassigned.utilisation, unassigned.band]).toEqual([undefined, 'none']);
    expect(overAllocations(person, settings)).toEqual([]);
    expect(overAllocations(team, settings)).toEqual([]);
  });

  it('reads an undecided request\'s grid as proposed demand, dropping invalid cells', () => {
    expect(requestDemand({ id: 12, title: 'Gamma' }, [{ role: 1, month: '2027-03', days: 5 }, { role: 1, month: '2027-3', days: 5 }, { role: 1, month: '2027-04', days: 0 }]))
      .toEqual([{ source: { kind: 'request', id: 12, title: 'Gamma' }, state: 'Proposed', role: 1, month: '2027-03', days: 5 }]);
    expect([requestDemandIsProposed('InReview', false), requestDemandIsProposed('Approved', false), requestDemandIsProposed('ReadyForScoring', true), requestDemandIsProposed('Draft', false)])
      .toEqual([true, false, false, false]);
  });
});

describe('writing a request\'s committed demand exactly once (commitPlan)', () => {
  const grid = [{ role: 1, month: '2027-03', days: 5 }, { role: 1, month: '2027-03', days: 2 }, { role: 2, month: '2027-04', days: 3 }, { role: 2, month: 'bad', days: 3 }];

  it('adds every cell once (same role and month summed) when nothing is written yet', () => {
    expect(commitPlan(12, grid, [])).toEqual({
      add: [{ key: 'R12|1|2027-03', role: 1, month: '2027-03', days: 7 }, { key: 'R12|2|2027-04', role: 2, month: '2027-04', days: 3 }],
      remove: []
    });
  });

  it('adds nothing when run again, and removes the duplicates two writers left (keeping the oldest row)', () => {
    const written = [{ id: 40, key: commitmentKey(12, 1, '2027-03') }, { id: 41, key: commitmentKey(12, 2, '2027-04') }];
    expect(commitPlan(12, grid, written)).toEqual({ add: [], remove: [] });
    expect(commitPlan(12, grid, [...written, { id: 39, key: 'R12|2|2027-04' }, { id: 44, key: 'R12|1|2027-03' }])).toEqual({ add: [], remove: [41, 44] });
  });
});

describe('one capacity model for the heat map and the optimizer', () => {
  it('gives the optimizer\'s role × month rows the heat map\'s capacity and committed days', () => {
    const pool: IResourcePool = {
      roles: [{ id: 1, title: 'Developer', monthlyDays: 5 }],
      people: [{ id: 11, title: 'Anna', role: 1, fte: 0.5 }, { id: 12, title: 'Ben', role: 1, fte: 1, nonProjectPercent: 20 }],
      absences: [{ person: 12, start: '2027-03-29', end: '2027-04-09' }]
    };
    const months = ['2027-03', '2027-04'];
    const committed: IDemandEntry[] = [
      { source: { kind: 'project', id: 5, title: 'Alpha' }, state: 'Committed', role: 1, month: '2027-03', days: 14 },
      { source: { kind: 'project', id: 5, title: 'Alpha' }, state: 'Committed', role: 1, month: '2027-04', days: 9 }
    ];
    const map = buildHeatMap({ pool, demand: committed, months, dimension: 'role', includeProposed: false, settings: DEFAULT_CAPACITY_SETTINGS });
    const problem = buildPrioritizationProblem({
      candidates: [{ id: 'request:12', kind: 'request', title: 'Gamma', score: 1, costPlan: [], demand: [{ role: 1, month: '2027-03', days: 1 }, { role: 1, month: '2027-04', days: 1 }], objectiveIds: [] }],
      budgets: [],
      roles: planningRoles(pool, months),
      months,
      committed: committed.map(e => ({ role: e.role, month: e.month, days: e.days }))
    });
    const rows = problem.resources.filter(r => r.kind === 'capacity');
    expect(rows.map(r => (r.kind === 'capacity' ? [r.month, close(r.capacity ?? NaN), r.committed] : [])))
      .toEqual(map[0].cells.map(c => [c.month, close(c.capacityDays), c.committedDays]));
    // Worked out: March 23 days: Anna 11.5 + Ben (23 − 3 leave) × 0.8 = 16 + set 5 = 32.5; April 22 days: 11 + (22 − 7) × 0.8 = 12 + 5 = 28.
    expect(map[0].cells.map(c => close(c.capacityDays))).toEqual([32.5, 28]);
  });
});
