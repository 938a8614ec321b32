/**
 * Budget variance per fiscal year and benefits realised (PMO Hub's own definitions) on worked
 * examples, with the no-data cases.
 */
import { computeKpi, fiscalYearOf, type IKpiBenefit, type IKpiBudgetLine, type IKpiData, type IKpiProject } from './index';

const projects: IKpiProject[] = [
  { id: 1, status: 'Active' },
  { id: 2, status: 'Active' },
  { id: 3, status: 'Closed', endedOn: '2026-12-20' }
];

const value = (code: string, d: IKpiData, day: string, fiscalYearStartMonth?: number): unknown => {
  const r = computeKpi(code, d, { at: day, fiscalYearStartMonth });
  return r.kind === 'value' ? { value: Number(r.value.toFixed(4)), basis: r.basis } : r;
};

describe('fiscalYearOf', () => {
  it('names the fiscal year by the calendar year it starts in', () => {
    expect(fiscalYearOf('2027-03-31')).toBe(2027);
    expect(fiscalYearOf('2027-03-31', 4)).toBe(2026);
    expect(fiscalYearOf('2027-04-01', 4)).toBe(2027);
    expect(fiscalYearOf('2027-12-31', 10)).toBe(2027);
    expect(fiscalYearOf('2027-09-30', 10)).toBe(2026);
    expect(fiscalYearOf('2027-05-01', 13)).toBe(2027); // not a month: January
    expect(() => fiscalYearOf('2027-02-30')).toThrow(RangeError);
  });
});

describe('BudgetVariance and BudgetVarianceAmount: forecast against planned of the fiscal year', () => {
  const lines: IKpiBudgetLine[] = [
    { projectId: 1, fiscalYear: 2027, planned: 1000, forecast: 1100, actual: 300 },
    { projectId: 2, fiscalYear: 2027, planned: 500 }, // no forecast: the plan stands
    { projectId: 3, fiscalYear: 2026, planned: 800, forecast: 700 }, // a closed project's year still counts
    { projectId: 9, fiscalYear: 2027, planned: 10000, forecast: 20000 } // not in scope
  ];
  const data: IKpiData = { projects, budgetLines: lines };

  it('calendar fiscal year: (1600 − 1500) / 1500 = +6.7 %, +100', () => {
    expect(value('BudgetVariance', data, '2027-03-31')).toEqual({ value: 6.6667, basis: 2 });
    expect(value('BudgetVarianceAmount', data, '2027-03-31')).toEqual({ value: 100, basis: 2 });
  });

  it('a fiscal year from April: 31 March 2027 is in FY 2026, an underspend of 12.5 %', () => {
    expect(value('BudgetVariance', data, '2027-03-31', 4)).toEqual({ value: -12.5, basis: 1 });
    expect(value('BudgetVarianceAmount', data, '2027-03-31', 4)).toEqual({ value: -100, basis: 1 });
  });

  it('has no data without lines for the year, or with nothing planned: never 0 %', () => {
    expect(computeKpi('BudgetVariance', data, { at: '2028-01-15' })).toEqual({ kind: 'noData', reason: 'noBudgetLines' });
    expect(computeKpi('BudgetVarianceAmount', { projects }, { at: '2027-01-15' })).toEqual({ kind: 'noData', reason: 'noBudgetLines' });
    const unplanned: IKpiData = { projects, budgetLines: [{ projectId: 1, fiscalYear: 2027, forecast: 50 }] };
    expect(computeKpi('BudgetVariance', unplanned, { at: '2027-01-15' })).toEqual({ kind: 'noData', reason: 'noBudgetLines' });
    expect(computeKpi('BudgetVariance', { budgetLines: lines }, { at: '2027-01-15' })).toEqual({ kind: 'noData', reason: 'noBudgetLines' });
  });
});

describe('BenefitsRealisedShare: realised of those planned to be realised by the day', () => {
  const benefits: IKpiBenefit[] = [
    // A cost cut from 100 to 60, due 1 February: 80 in January (not there), 58 in March (reached).
    { projectId: 1, baseline: 100, target: 60, plannedDate: '2027-02-01', measurements: [{ on: '2027-01-15', value: 80 }, { on: '2027-03-01', value: 58 }] },
    // A closed project's benefit, realised after closure: counts.
    { projectId: 3, baseline: 0, target: 10, plannedDate: '2027-01-31', measurements: [{ on: '2027-01-20', value: 12 }] },
    // Due in June: not yet due.
    { projectId: 2, baseline: 0, target: 5, plannedDate: '2027-06-30', measurements: [{ on: '2027-03-01', value: 6 }] },
    // No target: cannot be judged.
    { projectId: 2, baseline: 0, target: undefined, plannedDate: '2027-01-01', measurements: [{ on: '2027-01-05', value: 3 }] },
    // Due 1 March, nothing measured: due and not realised.
    { projectId: 2, baseline: 10, target: 20, plannedDate: '2027-03-01', measurements: [] },
    // Not in scope.
    { projectId: 9, baseline: 0, target: 1, plannedDate: '2027-01-01', measurements: [{ on: '2027-01-01', value: 1 }] }
  ];
  const data: IKpiData = { projects, benefits };

  it('end of March: 2 of 3 due are realised (66.7 %)', () => {
    expect(value('BenefitsRealisedShare', data, '2027-03-31')).toEqual({ value: 66.6667, basis: 3 });
  });

  it('end of February: the cost cut was due and not yet reached, the March benefit not yet due (50 %)', () => {
    expect(value('BenefitsRealisedShare', data, '2027-02-28')).toEqual({ value: 50, basis: 2 });
  });

  it('has no data before any benefit is due: never 0 %', () => {
    expect(computeKpi('BenefitsRealisedShare', data, { at: '2027-01-15' })).toEqual({ kind: 'noData', reason: 'noBenefitsDue' });
    expect(computeKpi('BenefitsRealisedShare', { projects }, { at: '2027-03-31' })).toEqual({ kind: 'noData', reason: 'noBenefitsDue' });
  });
});
